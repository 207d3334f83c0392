// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcverifypage.h"

#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/smcjobpoller.h"
#include "gui/wizard/smcmonitorpage.h"
#include "gui/wizard/smcwizard.h"
#include "model/actionchecks.h"

#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

SmcVerifyPage::SmcVerifyPage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new ActionGate(this))
{
    setObjectName(QStringLiteral("smcVerifyPage"));
    setTitle(tr("Verify"));
    setSubTitle(tr("SMC finishes the last synchronization and creates the image or writes the "
                   "instance. Then check the migrated server before you switch traffic to it."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("smcVerifyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("smcVerifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *errorBox = new QGroupBox(tr("The migration failed"), this);
    m_errorPanel = errorBox;
    m_errorPanel->setObjectName(QStringLiteral("smcVerifyError"));
    auto *errorLayout = new QVBoxLayout(errorBox);
    m_error = new QLabel(errorBox);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *advice = new QLabel(
        tr("To troubleshoot: check that the SMC agent on the source server is running and "
           "online, that the server can reach the Internet or the VPC of the job, and that the "
           "account has enough quota in the region. Then retry: SMC continues from where it "
           "stopped."),
        errorBox);
    advice->setWordWrap(true);
    m_cost = new QLabel(errorBox);
    m_cost->setObjectName(QStringLiteral("smcCostWarning"));
    m_cost->setWordWrap(true);
    m_cost->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_retry = new QPushButton(tr("&Retry…"), errorBox);
    m_retry->setObjectName(QStringLiteral("smcRetryJob"));
    m_retryStatus = new QLabel(errorBox);
    m_retryStatus->setWordWrap(true);
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(advice);
    errorLayout->addWidget(m_cost);
    errorLayout->addWidget(m_retry, 0, Qt::AlignRight);
    errorLayout->addWidget(m_retryStatus);
    m_errorPanel->hide();
    layout->addWidget(m_errorPanel);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &SmcVerifyPage::askToRetry);
    m_gate->bind(m_retry, [this]() -> model::ActionCheck {
        if (m_call.isActive())
            return model::ActionCheck::deny(tr("The job is being started."));
        const auto &job = m_wizard->poller()->job();
        if (!job)
            return model::ActionCheck::deny(tr("Waiting for the job's state."));
        return model::checkStart(*job);
    });
    connect(m_wizard->poller(), &SmcJobPoller::jobUpdated, this, &SmcVerifyPage::refreshState);
}

SmcVerifyPage::~SmcVerifyPage()
{
    m_call.cancel();
}

void SmcVerifyPage::initializePage()
{
    m_wizard->poller()->start();
    refreshState();
}

void SmcVerifyPage::refreshState()
{
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return;
    m_status->setText(tr("Job %1: %2").arg(job->name, smcJobStateText(*job)));
    m_progress->setValue(int(job->progress));
    const bool failed = job->status == model::SmcJobStatus::InError;
    m_errorPanel->setVisible(failed);
    if (failed) {
        m_error->setText(smcJobErrorText(*job));
        m_cost->setText(smcCostWarningText(*job));
    }
    if (job->status == model::SmcJobStatus::Finished) {
        if (job->targetType == QLatin1String("TargetInstance"))
            m_result->setText(tr("Done. The instance %1 now holds the migrated disks. Start it, "
                                 "sign in, and check that the services and data are there "
                                 "before you switch traffic to it.")
                                  .arg(job->instanceId));
        else
            m_result->setText(
                tr("Done. The image %1 (%2) is ready. Create an instance from it in the ECS "
                   "console, sign in, and check that the services and data are there before you "
                   "switch traffic to it.")
                    .arg(job->imageName, job->imageId.isEmpty()
                                             ? tr("its id is shown in the SMC console")
                                             : job->imageId));
        m_wizard->poller()->stop();
    } else if (job->status == model::SmcJobStatus::Running) {
        m_result->setText(tr("SMC is running the last synchronization and then creates the "
                             "result. This page updates on its own."));
    } else {
        m_result->clear(); // an error or a state without a result: nothing to show as done
    }
    m_gate->refresh();
    Q_EMIT completeChanged();
}

void SmcVerifyPage::askToRetry()
{
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return;
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::SmcJobAction::Start, {job->jobId});
    request.title = tr("Retry the job %1").arg(job->name);
    request.summary = tr("SMC runs the job again from where it failed.");
    request.confirmText = tr("Retry job");
    m_wizard->askConfirmation(request, [this] { retry(); });
}

void SmcVerifyPage::retry()
{
    const auto &job = m_wizard->poller()->job();
    if (!job || m_call.isActive())
        return;
    m_retryStatus->setText(tr("Retrying…"));
    m_call = m_wizard->session()->smc().startJob(
        {job->jobId}, this, [this](cloudapi::Result<cloudapi::Done> r) {
            m_retryStatus->setText(r.ok() ? tr("The job runs again.")
                                          : m_wizard->reportError(r.error()));
            m_gate->refresh();
            m_wizard->poller()->pollNow();
        });
    m_gate->refresh();
}

bool SmcVerifyPage::isComplete() const
{
    const auto &job = m_wizard->poller()->job();
    return job && job->status == model::SmcJobStatus::Finished;
}

} // namespace ferry::gui
