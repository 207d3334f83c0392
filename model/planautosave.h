// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/planfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace ferry::model {

/// Saves a changed plan to an autosave file a while after the first unsaved change, so a crash
/// loses at most one interval of work. Secret-looking values are masked in the autosave file.
/// Saving is a small synchronous write on the owner's thread.
class PlanAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanAutosave)

public:
    /// Autosaves to `autosavePath`, `interval` after the first unsaved change.
    explicit PlanAutosave(QString autosavePath,
                          std::chrono::milliseconds interval = std::chrono::seconds(30),
                          QObject *parent = nullptr);

    /// The conventional autosave file next to a plan file: "<dir>/.<name>.autosave".
    static QString autosavePathFor(const QString &planPath);

    QString autosavePath() const { return m_path; }
    std::chrono::milliseconds interval() const;
    void setInterval(std::chrono::milliseconds interval);

    /// Records the latest state of the plan; the first change after a save starts the timer
    /// (later changes do not postpone it, so steady editing still gets saved).
    void planChanged(const Plan &plan);
    /// The plan was saved by the user: nothing is pending and the autosave file is removed.
    void markSaved();
    /// True while a change has not been autosaved or saved.
    bool isDirty() const { return m_pending.has_value(); }
    /// Writes the pending plan now; true when there was nothing to do or the write succeeded.
    bool saveNow();

Q_SIGNALS:
    /// The pending plan was written to the autosave file.
    void autosaved(const QString &path);
    /// Writing the autosave file failed; the change stays pending and is retried next interval.
    void autosaveFailed(const ferry::model::PlanFileError &error);

private:
    QString m_path;
    QTimer m_timer;
    std::optional<Plan> m_pending;
};

} // namespace ferry::model
