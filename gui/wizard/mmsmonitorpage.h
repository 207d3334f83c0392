// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "gui/safety/jobortaskdialog.h"
#include "model/mms.h"
#include "model/nameresolution.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class ActionGate;
class ConfirmActionDialog;
class MmsPoller;
class MmsWizard;

/// Watches the created job and its tasks (a poll every 30 s): the job's state, how many tasks
/// are in each state, a task's detail and logs. Retrying a failed task or a failed job is offered
/// only when the rules allow it, and each asks for confirmation. Jobs and tasks are kept apart:
/// separate boxes, separate buttons.
class MmsMonitorPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsMonitorPage)

public:
    explicit MmsMonitorPage(MmsWizard &wizard);
    ~MmsMonitorPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    const std::optional<model::MmsJob> &job() const { return m_job; }
    const QList<model::MmsTask> &tasks() const { return m_tasks; }
    const QList<model::MmsTaskLog> &logs() const { return m_logs; }
    /// The task selected in the table, if any.
    std::optional<model::MmsTask> selectedTask() const;
    /// Selects the task with `taskId` (shows its detail and logs).
    bool selectTask(qint64 taskId);

    QPushButton *retryTaskButton() const { return m_retryTask; }
    QPushButton *retryJobButton() const { return m_retryJob; }
    QPushButton *refreshButton() const { return m_refresh; }
    QTableWidget *taskTable() const { return m_taskTable; }
    QTableWidget *logTable() const { return m_logTable; }
    QLabel *countsLabel() const { return m_counts; }
    QLineEdit *findEdit() const { return m_find; }
    QPushButton *findButton() const { return m_findButton; }
    /// The "job or task?" question while it is open.
    JobOrTaskDialog *jobOrTaskDialog() const { return m_kindDialog; }
    /// What the find box last said.
    QString findMessage() const;
    ConfirmActionDialog *confirmDialog() const;
    MmsPoller *poller() const { return m_poller; }
    ActionGate *gate() const { return m_gate; }

public Q_SLOTS:
    void pollNow();
    void requestRetryTask();
    void requestRetryJob();
    /// Looks up the id or name typed in the find box among this job and its tasks; when it names
    /// both, asks which one is meant.
    void findJobOrTask();

Q_SIGNALS:
    /// A poll brought the job and its tasks up to date.
    void updated();
    void logsLoaded(qint64 taskId);

private:
    void pollJob();
    void onJob(const model::MmsJob &job);
    void onTasks(const QList<model::MmsTask> &tasks);
    void fillTasks();
    void loadLogs(qint64 taskId);
    void showTaskDetail();
    void showFound(model::JobOrTask kind, const QString &typed);

    MmsWizard &m_wizard;
    MmsPoller *m_poller = nullptr;
    ActionGate *m_gate = nullptr;
    cloudapi::CallHandle m_call;
    cloudapi::CallHandle m_logCall;
    cloudapi::CallHandle m_actionCall;
    QPointer<ConfirmActionDialog> m_dialog;
    std::optional<model::MmsJob> m_job;
    QList<model::MmsTask> m_tasks;
    QList<model::MmsTaskLog> m_logs;
    qint64 m_selectedTask = 0;
    bool m_filling = false;
    QLabel *m_jobLabel = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retryJob = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableWidget *m_taskTable = nullptr;
    QLabel *m_taskDetail = nullptr;
    QTableWidget *m_logTable = nullptr;
    QPushButton *m_retryTask = nullptr;
    QLineEdit *m_find = nullptr;
    QPushButton *m_findButton = nullptr;
    QLabel *m_findMessage = nullptr;
    QPointer<JobOrTaskDialog> m_kindDialog;
};

} // namespace ferry::gui
