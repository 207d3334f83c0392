// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planautosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ferry::model {

PlanAutosave::PlanAutosave(QString autosavePath, std::chrono::milliseconds interval,
                           QObject *parent)
    : QObject(parent)
    , m_path(std::move(autosavePath))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

QString PlanAutosave::autosavePathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".autosave"));
}

std::chrono::milliseconds PlanAutosave::interval() const
{
    return m_timer.intervalAsDuration();
}

void PlanAutosave::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void PlanAutosave::planChanged(const Plan &plan)
{
    m_pending = plan;
    if (!m_timer.isActive())
        m_timer.start();
}

void PlanAutosave::markSaved()
{
    m_timer.stop();
    m_pending.reset();
    QFile::remove(m_path);
}

bool PlanAutosave::saveNow()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    const PlanFileError error = savePlanFile(m_path, *m_pending, SecretPolicy::Mask);
    if (!error.ok()) {
        m_timer.start(); // keep the change and try again
        Q_EMIT autosaveFailed(error);
        return false;
    }
    m_pending.reset();
    Q_EMIT autosaved(m_path);
    return true;
}

} // namespace ferry::model
