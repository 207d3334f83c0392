// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ferry::model {

/// The most recently opened plan files, newest first, without duplicates. The settings class
/// persists files() and restores them with setFiles().
class RecentPlanFiles final
{
public:
    explicit RecentPlanFiles(int capacity = 10);

    int capacity() const { return m_capacity; }
    /// Puts `path` (made absolute and clean) first; drops the oldest beyond the capacity.
    void add(const QString &path);
    void remove(const QString &path);
    void clear() { m_files.clear(); }
    /// Newest first.
    QStringList files() const { return m_files; }
    /// Replaces the list (e.g. from settings): cleaned, de-duplicated, cut to the capacity.
    void setFiles(const QStringList &files);
    /// Drops entries whose file no longer exists; returns the ones dropped.
    QStringList pruneMissing();

private:
    QStringList m_files;
    int m_capacity;
};

} // namespace ferry::model
