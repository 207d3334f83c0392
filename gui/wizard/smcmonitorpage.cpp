// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcmonitorpage.h"

#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/smcjobpoller.h"
#include "gui/wizard/smcwizard.h"
#include "model/actionchecks.h"
#include "model/wireenum.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

QString smcJobStateText(const model::SmcReplicationJob &job)
{
    if (job.status == model::SmcJobStatus::Running)
        return SmcMonitorPage::tr("%1 (%2), %3 %")
            .arg(model::displayName(job.status), model::displayName(job.businessStatus))
            .arg(job.progress, 0, 'f', 0);
    return model::displayName(job.status);
}

QString smcJobErrorText(const model::SmcReplicationJob &job)
{
    if (job.status != model::SmcJobStatus::InError)
        return {};
    QString text =
        SmcMonitorPage::tr("SMC reports an error: %1.")
            .arg(job.errorCode.isEmpty() ? SmcMonitorPage::tr("no error code") : job.errorCode);
    if (!job.statusInfo.isEmpty())
        text += QLatin1Char(' ') + SmcMonitorPage::tr("Details: %1").arg(job.statusInfo);
    return text;
}

QString smcCostWarningText(const model::SmcReplicationJob &job)
{
    const QString intermediate =
        job.transitionInstanceId.isEmpty()
            ? SmcMonitorPage::tr("the intermediate instance SMC created")
            : SmcMonitorPage::tr("the intermediate instance %1").arg(job.transitionInstanceId);
    return SmcMonitorPage::tr(
               "While the job is in error, %1 and its disks stay in your account and keep "
               "costing money. Retry the job, or release them by deleting the job (SMC console, "
               "Migration Jobs, Delete, or DeleteReplicationJob): SMC then releases the "
               "intermediate instance and its disks.")
        .arg(intermediate);
}

SmcMonitorPage::SmcMonitorPage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new ActionGate(this))
{
    setObjectName(QStringLiteral("smcMonitorPage"));
    setTitle(tr("Start and monitor"));
    setSubTitle(tr("Start the job: SMC first copies the whole server, then waits and syncs the "
                   "changes at the interval you chose. Ferry checks the job regularly; you may "
                   "leave this page open."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(tr("Not started."), this);
    m_status->setObjectName(QStringLiteral("smcJobStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress, 1);
    layout->addLayout(top);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("smcNextSync"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("smcJobError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_runs = new QTableWidget(0, 4, this);
    m_runs->setObjectName(QStringLiteral("smcRuns"));
    m_runs->setHorizontalHeaderLabels({tr("Started"), tr("Ended"), tr("Run"), tr("Image")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_runs, 1);

    auto *buttons = new QHBoxLayout;
    m_action = new QLabel(this);
    m_action->setObjectName(QStringLiteral("smcMonitorAction"));
    m_action->setWordWrap(true);
    m_start = new QPushButton(tr("&Start job…"), this);
    m_start->setObjectName(QStringLiteral("smcStartJob"));
    buttons->addWidget(m_action, 1);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &SmcMonitorPage::askToStart);
    m_gate->bind(m_start, [this]() -> model::ActionCheck {
        if (m_call.isActive())
            return model::ActionCheck::deny(tr("The job is being started."));
        const auto &job = m_wizard->poller()->job();
        if (!job)
            return model::ActionCheck::deny(tr("Waiting for the job's state."));
        return model::checkStart(*job);
    });
    connect(m_wizard->poller(), &SmcJobPoller::jobUpdated, this, &SmcMonitorPage::show);
    connect(m_wizard->poller(), &SmcJobPoller::pollFailed, this,
            [this](const cloudapi::ApiError &e) { m_action->setText(m_wizard->reportError(e)); });
}

SmcMonitorPage::~SmcMonitorPage()
{
    m_call.cancel();
}

void SmcMonitorPage::initializePage()
{
    m_wizard->poller()->setJobId(m_wizard->settings().jobId);
    m_wizard->poller()->start();
    m_gate->refresh();
}

std::optional<QDateTime> SmcMonitorPage::nextScheduledSync(const model::SmcReplicationJob &job)
{
    if (job.runOnce || !job.frequencyHours || job.status != model::SmcJobStatus::Waiting)
        return std::nullopt;
    // The interval counts from the start of the latest run, scheduled or manual.
    QDateTime last;
    for (const model::SmcReplicationJobRun &run : job.runs) {
        if (run.startTime.isValid() && (!last.isValid() || run.startTime > last))
            last = run.startTime;
    }
    if (!last.isValid())
        return std::nullopt;
    return last.addSecs(qint64(*job.frequencyHours) * 3600);
}

void SmcMonitorPage::show(const model::SmcReplicationJob &job)
{
    m_status->setText(tr("Job %1: %2").arg(job.name, smcJobStateText(job)));
    m_progress->setValue(int(job.progress));
    const QString error = smcJobErrorText(job);
    m_error->setText(error.isEmpty()
                         ? QString()
                         : error + QLatin1Char(' ') +
                               tr("Fix the cause (often the source server's network or agent), "
                                  "then start the job again to retry.") +
                               QStringLiteral("\n\n") + smcCostWarningText(job));
    m_error->setVisible(!error.isEmpty());
    const QLocale locale;
    if (const auto next = nextScheduledSync(job)) {
        m_next->setText(tr("Waiting. The next scheduled sync is due around %1 (every %n hour(s)).",
                           nullptr, job.frequencyHours.value_or(0))
                            .arg(locale.toString(next->toLocalTime(), QLocale::ShortFormat)));
    } else if (job.status == model::SmcJobStatus::Waiting) {
        m_next->setText(tr("Waiting for the next scheduled sync."));
    } else {
        m_next->clear();
    }
    m_runs->setRowCount(int(job.runs.size()));
    for (int r = 0; r < job.runs.size(); ++r) {
        const model::SmcReplicationJobRun &run = job.runs[r];
        const auto when = [&](const QDateTime &t) {
            return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        };
        const QString type = run.type == model::SmcRunType::Manual     ? tr("Manual")
                             : run.type == model::SmcRunType::Schedule ? tr("Scheduled")
                                                                       : run.type.raw;
        m_runs->setItem(r, 0, new QTableWidgetItem(when(run.startTime)));
        m_runs->setItem(r, 1, new QTableWidgetItem(when(run.endTime)));
        m_runs->setItem(r, 2, new QTableWidgetItem(type));
        m_runs->setItem(r, 3, new QTableWidgetItem(run.imageId));
    }
    m_runs->resizeColumnsToContents();
    if (job.status == model::SmcJobStatus::Waiting)
        m_action->setText(tr("The full copy is done. Continue to the final sync when you are ready "
                             "to switch over."));
    m_gate->refresh();
    Q_EMIT completeChanged();
}

void SmcMonitorPage::askToStart()
{
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return;
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::SmcJobAction::Start, {job->jobId});
    const bool retry = job->status == model::SmcJobStatus::InError;
    request.title =
        retry ? tr("Retry the job %1").arg(job->name) : tr("Start the job %1").arg(job->name);
    request.summary = retry ? tr("SMC runs the job again from where it failed.")
                            : tr("SMC starts copying the whole server now; later syncs follow "
                                 "the schedule.");
    request.warnings = {tr("The copy reads the source server's disks and uses its network.")};
    request.confirmText = retry ? tr("Retry job") : tr("Start job");
    m_wizard->askConfirmation(request, [this] { start(); });
}

void SmcMonitorPage::start()
{
    const auto &job = m_wizard->poller()->job();
    if (!job || m_call.isActive())
        return;
    m_action->setText(tr("Starting the job…"));
    m_call = m_wizard->session()->smc().startJob(
        {job->jobId}, this, [this](cloudapi::Result<cloudapi::Done> r) {
            if (!r.ok()) {
                m_action->setText(m_wizard->reportError(r.error()));
            } else {
                m_wizard->settings().started = true;
                m_action->setText(tr("Started. Ferry follows the job."));
            }
            m_gate->refresh();
            m_wizard->poller()->pollNow();
        });
    m_gate->refresh();
}

bool SmcMonitorPage::isComplete() const
{
    const auto &job = m_wizard->poller()->job();
    return job && job->status == model::SmcJobStatus::Waiting;
}

} // namespace ferry::gui
