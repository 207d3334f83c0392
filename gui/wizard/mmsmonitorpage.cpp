// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsmonitorpage.h"

#include "cloudapi/mmsclient.h"
#include "gui/safety/actiongate.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/jobortaskdialog.h"
#include "gui/wizard/mmspoller.h"
#include "gui/wizard/mmswizard.h"
#include "gui/wizard/wizardtables.h"
#include "model/actionchecks.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace ferry::gui {

namespace {

constexpr qint64 kMonitorPollMs = 30'000;
constexpr qint64 kCreatePollMs = 2'000; ///< while MMS is still creating the job

QString timeText(const QDateTime &utc)
{
    return utc.isValid()
               ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

} // namespace

MmsMonitorPage::MmsMonitorPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsMonitorPage"));
    setTitle(tr("Monitor the Job"));
    setSubTitle(tr("Ferry looks every 30 seconds. A job runs one task per table or group of "
                   "partitions; a failed task can be retried on its own."));
    m_poller = wizard.makePoller(kMonitorPollMs, this);
    m_gate = new ActionGate(this);
    auto *layout = new QVBoxLayout(this);

    auto *jobBox = new QGroupBox(tr("Migration job"), this);
    auto *jobLayout = new QVBoxLayout(jobBox);
    m_jobLabel = new QLabel(tr("Waiting for MMS to create the job…"), jobBox);
    m_jobLabel->setObjectName(QStringLiteral("jobSummary"));
    m_jobLabel->setWordWrap(true);
    m_counts = new QLabel(jobBox);
    m_counts->setObjectName(QStringLiteral("taskCounts"));
    m_counts->setWordWrap(true);
    auto *jobButtons = new QHBoxLayout;
    m_message = new QLabel(jobBox);
    m_message->setObjectName(QStringLiteral("monitorMessage"));
    m_message->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), jobBox);
    m_refresh->setObjectName(QStringLiteral("refreshJob"));
    m_retryJob = new QPushButton(tr("Retry &Job…"), jobBox);
    m_retryJob->setObjectName(QStringLiteral("retryJob"));
    m_retryJob->setToolTip(tr("Runs every failed task of the job again"));
    jobButtons->addWidget(m_message, 1);
    jobButtons->addWidget(m_refresh);
    jobButtons->addWidget(m_retryJob);
    jobLayout->addWidget(m_jobLabel);
    jobLayout->addWidget(m_counts);
    jobLayout->addLayout(jobButtons);
    layout->addWidget(jobBox);

    auto *taskBox = new QGroupBox(tr("Tasks of this job"), this);
    auto *taskLayout = new QVBoxLayout(taskBox);
    auto *findRow = new QHBoxLayout;
    m_find = new QLineEdit(taskBox);
    m_find->setObjectName(QStringLiteral("findJobOrTask"));
    m_find->setPlaceholderText(tr("Task or job ID, or source table name"));
    m_find->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("F&ind:"), taskBox);
    findLabel->setBuddy(m_find);
    m_findButton = new QPushButton(tr("&Show"), taskBox);
    m_findButton->setObjectName(QStringLiteral("findJobOrTaskButton"));
    m_findMessage = new QLabel(taskBox);
    m_findMessage->setObjectName(QStringLiteral("findMessage"));
    m_findMessage->setWordWrap(true);
    m_findMessage->hide(); // until there is something to say
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findButton);
    taskLayout->addLayout(findRow);
    taskLayout->addWidget(m_findMessage);
    auto *splitter = new QSplitter(Qt::Vertical, taskBox);
    m_taskTable = makeRowTable({tr("Task ID"), tr("Source table"), tr("Target table"), tr("Status"),
                                tr("Retries"), tr("Started"), tr("Ended")},
                               "taskTable", splitter);
    splitter->addWidget(m_taskTable);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailRow = new QHBoxLayout;
    m_taskDetail = new QLabel(tr("Select a task to see its detail and logs."), detail);
    m_taskDetail->setObjectName(QStringLiteral("taskDetail"));
    m_taskDetail->setWordWrap(true);
    m_retryTask = new QPushButton(tr("Retry &Task…"), detail);
    m_retryTask->setObjectName(QStringLiteral("retryTask"));
    m_retryTask->setToolTip(tr("Runs the failed phase of this task again"));
    detailRow->addWidget(m_taskDetail, 1);
    detailRow->addWidget(m_retryTask, 0, Qt::AlignTop);
    m_logTable =
        makeRowTable({tr("Time"), tr("Status"), tr("Action"), tr("Message")}, "taskLogs", detail);
    m_logTable->setWordWrap(true);
    detailLayout->addLayout(detailRow);
    detailLayout->addWidget(m_logTable, 1);
    splitter->addWidget(detail);
    taskLayout->addWidget(splitter);
    layout->addWidget(taskBox, 1);

    m_gate->bind(m_retryJob, [this] {
        return m_job ? model::checkRetry(*m_job) : ActionGate::nothingSelected(tr("a job"));
    });
    m_gate->bind(m_retryTask, [this]() -> model::ActionCheck {
        const auto task = selectedTask();
        if (!task)
            return ActionGate::nothingSelected(tr("a task"));
        if (m_job && m_job->stopped)
            return model::ActionCheck::deny(tr("The job is stopped; start it again first."));
        return model::checkRetry(*task);
    });

    connect(m_poller, &MmsPoller::due, this, &MmsMonitorPage::pollNow);
    connect(m_refresh, &QPushButton::clicked, this, &MmsMonitorPage::pollNow);
    connect(m_retryJob, &QPushButton::clicked, this, &MmsMonitorPage::requestRetryJob);
    connect(m_retryTask, &QPushButton::clicked, this, &MmsMonitorPage::requestRetryTask);
    connect(m_findButton, &QPushButton::clicked, this, &MmsMonitorPage::findJobOrTask);
    connect(m_find, &QLineEdit::returnPressed, this, &MmsMonitorPage::findJobOrTask);
    connect(m_taskTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_filling)
            return;
        const auto items = m_taskTable->selectedItems();
        const qint64 id =
            items.isEmpty() ? 0 : m_taskTable->item(items.first()->row(), 0)->text().toLongLong();
        if (id != m_selectedTask) {
            m_selectedTask = id;
            m_logs.clear();
            m_logTable->setRowCount(0);
            showTaskDetail();
            if (id)
                loadLogs(id);
        }
        m_gate->refresh();
    });
}

MmsMonitorPage::~MmsMonitorPage()
{
    m_call.cancel();
    m_logCall.cancel();
    m_actionCall.cancel();
}

void MmsMonitorPage::initializePage()
{
    m_poller->setInterval(m_wizard.settings().jobId ? kMonitorPollMs : kCreatePollMs);
    m_poller->start();
    pollNow();
}

void MmsMonitorPage::cleanupPage()
{
    m_poller->stop();
}

bool MmsMonitorPage::isComplete() const
{
    return m_job.has_value();
}

std::optional<model::MmsTask> MmsMonitorPage::selectedTask() const
{
    for (const model::MmsTask &t : m_tasks) {
        if (t.id == m_selectedTask)
            return t;
    }
    return std::nullopt;
}

bool MmsMonitorPage::selectTask(qint64 taskId)
{
    for (int row = 0; row < m_taskTable->rowCount(); ++row) {
        if (m_taskTable->item(row, 0)->text().toLongLong() == taskId) {
            m_taskTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void MmsMonitorPage::pollNow()
{
    if (!m_wizard.session() || m_call.isActive())
        return;
    MmsWizardSettings &s = m_wizard.settings();
    if (s.jobId != 0) {
        pollJob();
        return;
    }
    if (s.asyncTaskId == 0)
        return;
    m_call = m_wizard.mms().getAsyncTask(
        s.sourceId, s.asyncTaskId, this, [this](cloudapi::Result<model::MmsAsyncTask> r) {
            if (!r) {
                m_message->setText(m_wizard.reportError(r.error()));
                return;
            }
            const model::MmsAsyncTask &task = r.value();
            if (task.status == model::MmsAsyncTaskStatus::Failed) {
                m_poller->stop();
                m_jobLabel->setText(tr("MMS could not create the job: %1").arg(task.errorMsg));
                return;
            }
            if (task.status == model::MmsAsyncTaskStatus::Done && task.objectId) {
                m_wizard.settings().jobId = *task.objectId;
                m_poller->setInterval(kMonitorPollMs);
                m_poller->start();
                pollJob();
            }
        });
}

void MmsMonitorPage::pollJob()
{
    const MmsWizardSettings &s = m_wizard.settings();
    const cloudapi::MmsJobRef ref{s.sourceId, s.jobId};
    m_call = m_wizard.mms().getJob(ref, this, [this](cloudapi::Result<model::MmsJob> r) {
        if (!r) {
            m_message->setText(m_wizard.reportError(r.error()));
            return;
        }
        onJob(r.value());
        cloudapi::MmsTaskQuery q;
        q.sourceId = r.value().sourceId ? r.value().sourceId : m_wizard.settings().sourceId;
        q.jobId = r.value().id;
        m_call = m_wizard.mms().fetchAllTasks(
            q, this, {}, [this](cloudapi::Result<QList<model::MmsTask>> tasks) {
                if (!tasks) {
                    m_message->setText(m_wizard.reportError(tasks.error()));
                    return;
                }
                onTasks(tasks.value());
            });
    });
}

void MmsMonitorPage::onJob(const model::MmsJob &job)
{
    const bool first = !m_job;
    m_job = job;
    QString state = model::displayName(job.status);
    if (job.stopped)
        state = tr("%1, stopped").arg(state);
    m_jobLabel->setText(tr("Job %1 (ID %2): %3. %4 of %n task(s) done.", nullptr, int(job.taskNum))
                            .arg(job.name)
                            .arg(job.id)
                            .arg(state)
                            .arg(job.taskDone));
    if (first)
        Q_EMIT completeChanged();
    m_gate->refresh();
}

void MmsMonitorPage::onTasks(const QList<model::MmsTask> &tasks)
{
    m_tasks = tasks;
    std::map<QString, int> counts;
    for (const model::MmsTask &t : tasks)
        ++counts[model::displayName(t.status)];
    QStringList parts;
    for (const auto &[status, n] : counts)
        parts.append(tr("%1: %2").arg(status).arg(n));
    m_counts->setText(parts.isEmpty()
                          ? tr("No tasks yet.")
                          : tr("Tasks by status: %1").arg(parts.join(QStringLiteral(", "))));
    fillTasks();
    showTaskDetail();
    if (m_selectedTask)
        loadLogs(m_selectedTask);
    m_gate->refresh();
    Q_EMIT updated();
}

void MmsMonitorPage::fillTasks()
{
    m_filling = true;
    m_taskTable->setRowCount(int(m_tasks.size()));
    for (int row = 0; row < m_tasks.size(); ++row) {
        const model::MmsTask &t = m_tasks.at(row);
        const QStringList cells = {QString::number(t.id),
                                   t.srcDbName + QLatin1Char('.') + t.srcTableName,
                                   t.dstDbName + QLatin1Char('.') + t.dstTableName,
                                   model::displayName(t.status),
                                   QString::number(t.retriedTimes),
                                   timeText(t.startTime),
                                   timeText(t.endTime)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = readOnlyCell(cells.at(c));
            if (c == 3 && model::isFailed(t.status.value))
                item->setForeground(QColor(0xc0, 0x1c, 0x28));
            m_taskTable->setItem(row, c, item);
        }
        if (t.id == m_selectedTask)
            m_taskTable->selectRow(row);
    }
    m_taskTable->resizeColumnsToContents();
    m_filling = false;
}

void MmsMonitorPage::showTaskDetail()
{
    const auto task = selectedTask();
    if (!task) {
        m_taskDetail->setText(tr("Select a task to see its detail and logs."));
        return;
    }
    m_taskDetail->setText(tr("Task %1 of job %2: %3.%4 → %5.%6, %7, retried %8 times.")
                              .arg(task->id)
                              .arg(task->jobId)
                              .arg(task->srcDbName, task->srcTableName, task->dstDbName,
                                   task->dstTableName, model::displayName(task->status))
                              .arg(task->retriedTimes));
}

void MmsMonitorPage::loadLogs(qint64 taskId)
{
    m_logCall.cancel();
    m_logCall = m_wizard.mms().listTaskLogs(
        {m_wizard.settings().sourceId, taskId}, this,
        [this, taskId](cloudapi::Result<QList<model::MmsTaskLog>> r) {
            if (!r) {
                m_message->setText(m_wizard.reportError(r.error()));
                return;
            }
            if (taskId != m_selectedTask)
                return;
            m_logs = r.value();
            m_logTable->setRowCount(int(m_logs.size()));
            for (int row = 0; row < m_logs.size(); ++row) {
                const model::MmsTaskLog &log = m_logs.at(row);
                m_logTable->setItem(row, 0, readOnlyCell(timeText(log.createTime)));
                m_logTable->setItem(row, 1, readOnlyCell(model::displayName(log.status)));
                m_logTable->setItem(row, 2, readOnlyCell(log.action));
                m_logTable->setItem(row, 3, readOnlyCell(log.msg));
            }
            m_logTable->resizeColumnToContents(0);
            m_logTable->resizeColumnToContents(1);
            Q_EMIT logsLoaded(taskId);
        });
}

void MmsMonitorPage::requestRetryTask()
{
    const auto task = selectedTask();
    if (!task || m_dialog || m_actionCall.isActive() || !m_retryTask->isEnabled())
        return;
    const cloudapi::MmsTaskRef ref{m_wizard.settings().sourceId, task->id};
    ConfirmRequest request;
    request.wire = cloudapi::describeRetryMmsTask(ref);
    request.title =
        tr("Retry task %1 (%2.%3)").arg(task->id).arg(task->srcDbName, task->srcTableName);
    request.summary = tr("MMS runs the failed phase of this one task again; the other tasks of "
                         "the job are not touched.");
    request.confirmText = tr("Retry Task");
    auto *dialog = new ConfirmActionDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConfirmActionDialog::confirmed, this, [this, ref] {
        m_actionCall =
            m_wizard.mms().retryTask(ref, this, [this](cloudapi::Result<cloudapi::Done> r) {
                m_message->setText(r ? tr("Retry requested.") : m_wizard.reportError(r.error()));
                m_call.cancel();
                pollNow();
            });
    });
    dialog->open();
}

void MmsMonitorPage::requestRetryJob()
{
    if (!m_job || m_dialog || m_actionCall.isActive() || !m_retryJob->isEnabled())
        return;
    const cloudapi::MmsJobRef ref{m_wizard.settings().sourceId, m_job->id};
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::MmsJobAction::Retry, ref);
    request.title = tr("Retry job %1").arg(m_job->name);
    request.summary = tr("MMS runs every failed task of this job again.");
    request.confirmText = tr("Retry Job");
    auto *dialog = new ConfirmActionDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConfirmActionDialog::confirmed, this, [this, ref] {
        m_actionCall =
            m_wizard.mms().retryJob(ref, this, [this](cloudapi::Result<cloudapi::Done> r) {
                m_message->setText(r ? tr("Retry requested.") : m_wizard.reportError(r.error()));
                m_call.cancel();
                pollNow();
            });
    });
    dialog->open();
}

ConfirmActionDialog *MmsMonitorPage::confirmDialog() const
{
    return m_dialog.data();
}

QString MmsMonitorPage::findMessage() const
{
    return m_findMessage->text();
}

void MmsMonitorPage::findJobOrTask()
{
    const QString typed = m_find->text().trimmed();
    if (typed.isEmpty() || m_kindDialog)
        return;
    QList<model::NameCandidate> jobs;
    if (m_job)
        jobs.append(model::nameCandidate(*m_job));
    QList<model::NameCandidate> tasks;
    for (const model::MmsTask &t : m_tasks)
        tasks.append(model::nameCandidate(t));
    const model::JobOrTask kind = model::classifyJobOrTask(typed, jobs, tasks);
    if (kind != model::JobOrTask::Both) {
        showFound(kind, typed);
        return;
    }
    // An action on a job reaches every task: Ferry never guesses which one is meant.
    model::NameCandidate task;
    for (const model::NameCandidate &c : tasks) {
        if (c.id == typed || c.name == typed) {
            task = c;
            break;
        }
    }
    auto *dialog = new JobOrTaskDialog(typed, jobs.constFirst(), task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobOrTaskDialog::chosen, this,
            [this, typed](model::JobOrTask chosen) { showFound(chosen, typed); });
    m_kindDialog = dialog;
    dialog->open();
}

void MmsMonitorPage::showFound(model::JobOrTask kind, const QString &typed)
{
    m_findMessage->setVisible(kind != model::JobOrTask::Both);
    switch (kind) {
    case model::JobOrTask::Neither:
        m_findMessage->setText(tr("Neither this job nor any of its tasks has the ID or name "
                                  "“%1”. Check what you typed; task IDs are in the first column.")
                                   .arg(typed));
        return;
    case model::JobOrTask::Both:
        return;
    case model::JobOrTask::Job:
        m_taskTable->clearSelection();
        m_findMessage->setText(
            tr("“%1” is the job itself (ID %2): its state and Retry Job are above; they act on "
               "every task.")
                .arg(typed)
                .arg(m_job ? m_job->id : 0));
        return;
    case model::JobOrTask::Task:
        break;
    }
    QList<qint64> matches;
    for (const model::MmsTask &t : m_tasks) {
        if (QString::number(t.id) == typed || t.srcTableName == typed)
            matches.append(t.id);
    }
    if (matches.isEmpty() || !selectTask(matches.constFirst()))
        return;
    m_findMessage->setText(
        matches.size() == 1
            ? tr("Task %1 selected: its detail and logs are below.").arg(matches.constFirst())
            : tr("%n tasks copy “%1”; the first, task %2, is selected.", nullptr,
                 int(matches.size()))
                  .arg(typed)
                  .arg(matches.constFirst()));
}

} // namespace ferry::gui
