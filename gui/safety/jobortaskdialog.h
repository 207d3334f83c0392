// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nameresolution.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QRadioButton;

namespace ferry::gui {

/// Asks "job or task?" when what the person typed names both a migration job and a task
/// (model::classifyJobOrTask answered Both): an action on a job reaches all of its tasks, so
/// Ferry never guesses. Neither option is preselected; OK is disabled until one is chosen.
class JobOrTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOrTaskDialog)

public:
    JobOrTaskDialog(const QString &typed, const model::NameCandidate &job,
                    const model::NameCandidate &task, QWidget *parent = nullptr);

    /// Job or Task once chosen.
    std::optional<model::JobOrTask> choice() const;
    QRadioButton *jobOption() const { return m_job; }
    QRadioButton *taskOption() const { return m_task; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

Q_SIGNALS:
    /// The person chose model::JobOrTask::Job or model::JobOrTask::Task.
    void chosen(ferry::model::JobOrTask kind);

private:
    QRadioButton *m_job = nullptr;
    QRadioButton *m_task = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ferry::gui
