// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planrecentfiles.h"

#include <QDir>
#include <QFileInfo>

namespace ferry::model {

namespace {

QString normalise(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentPlanFiles::RecentPlanFiles(int capacity)
    : m_capacity(std::max(1, capacity))
{}

void RecentPlanFiles::add(const QString &path)
{
    const QString p = normalise(path);
    if (p.isEmpty())
        return;
    m_files.removeAll(p);
    m_files.prepend(p);
    while (m_files.size() > m_capacity)
        m_files.removeLast();
}

void RecentPlanFiles::remove(const QString &path)
{
    m_files.removeAll(normalise(path));
}

void RecentPlanFiles::setFiles(const QStringList &files)
{
    m_files.clear();
    for (const QString &f : files) {
        const QString p = normalise(f);
        if (!p.isEmpty() && !m_files.contains(p) && m_files.size() < m_capacity)
            m_files.append(p);
    }
}

QStringList RecentPlanFiles::pruneMissing()
{
    QStringList dropped;
    for (const QString &f : std::as_const(m_files)) {
        if (!QFileInfo::exists(f))
            dropped.append(f);
    }
    for (const QString &f : dropped)
        m_files.removeAll(f);
    return dropped;
}

} // namespace ferry::model
