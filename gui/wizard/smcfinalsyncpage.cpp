// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcfinalsyncpage.h"

#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/smcjobpoller.h"
#include "gui/wizard/smcmonitorpage.h"
#include "gui/wizard/smcwizard.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

SmcFinalSyncPage::SmcFinalSyncPage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new ActionGate(this))
{
    setObjectName(QStringLiteral("smcFinalSyncPage"));
    setTitle(tr("Final sync"));
    setSubTitle(tr("Switch over with as little data loss as possible: stop the services, sync the "
                   "last changes, then complete the incremental synchronization."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
    auto *layout = new QVBoxLayout(this);

    auto *reminder = new QGroupBox(tr("1. Stop the services"), this);
    auto *reminderLayout = new QVBoxLayout(reminder);
    auto *text = new QLabel(tr("Stop the applications and databases on the source server that "
                               "write data, so the last sync captures everything. Keep them "
                               "stopped until the migrated server is verified."),
                            reminder);
    text->setWordWrap(true);
    m_stopped = new QCheckBox(tr("The services on the source server are &stopped"), reminder);
    m_stopped->setObjectName(QStringLiteral("smcServicesStopped"));
    reminderLayout->addWidget(text);
    reminderLayout->addWidget(m_stopped);
    layout->addWidget(reminder);

    auto *syncBox = new QGroupBox(tr("2. Sync the changes now (optional)"), this);
    auto *syncLayout = new QHBoxLayout(syncBox);
    auto *syncText = new QLabel(tr("A manual incremental sync shortens the last one."), syncBox);
    syncText->setWordWrap(true);
    m_sync = new QPushButton(tr("Run an incremental sync &now…"), syncBox);
    m_sync->setObjectName(QStringLiteral("smcManualSync"));
    syncLayout->addWidget(syncText, 1);
    syncLayout->addWidget(m_sync);
    layout->addWidget(syncBox);

    auto *cutBox = new QGroupBox(tr("3. Complete the migration"), this);
    auto *cutLayout = new QVBoxLayout(cutBox);
    auto *cutText = new QLabel(tr("SMC runs one last synchronization, then ends the job: it "
                                  "never syncs again. This cannot be undone."),
                               cutBox);
    cutText->setWordWrap(true);
    m_cutOver = new QPushButton(tr("&Complete incremental synchronization…"), cutBox);
    m_cutOver->setObjectName(QStringLiteral("smcCutOver"));
    cutLayout->addWidget(cutText);
    cutLayout->addWidget(m_cutOver, 0, Qt::AlignRight);
    layout->addWidget(cutBox);

    m_job = new QLabel(this);
    m_job->setObjectName(QStringLiteral("smcFinalJobState"));
    m_job->setWordWrap(true);
    layout->addWidget(m_job);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("smcFinalStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_sync, &QPushButton::clicked, this, &SmcFinalSyncPage::askToSync);
    connect(m_cutOver, &QPushButton::clicked, this, &SmcFinalSyncPage::askToCutOver);
    connect(m_stopped, &QCheckBox::toggled, m_gate, &ActionGate::refresh);
    m_gate->bind(m_sync, [this] { return manualSyncCheck(); });
    m_gate->bind(m_cutOver, [this] { return cutOverCheck(); });
    connect(m_wizard->poller(), &SmcJobPoller::jobUpdated, this, &SmcFinalSyncPage::refreshState);
}

SmcFinalSyncPage::~SmcFinalSyncPage()
{
    m_call.cancel();
}

void SmcFinalSyncPage::initializePage()
{
    m_wizard->poller()->start();
    refreshState();
}

model::ActionCheck SmcFinalSyncPage::manualSyncCheck() const
{
    if (m_wizard->settings().cutOverSent)
        return model::ActionCheck::deny(tr("The migration is being completed."));
    if (m_call.isActive())
        return model::ActionCheck::deny(tr("A request is on its way."));
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return model::ActionCheck::deny(tr("Waiting for the job's state."));
    // SMC runs a Waiting incremental job at once on StartReplicationJob (a manual run).
    if (job->runOnce || job->status != model::SmcJobStatus::Waiting)
        return model::ActionCheck::deny(
            tr("A manual sync needs the job to be Waiting; it is %1.").arg(smcJobStateText(*job)));
    return model::ActionCheck::allow();
}

model::ActionCheck SmcFinalSyncPage::cutOverCheck() const
{
    if (m_wizard->settings().cutOverSent)
        return model::ActionCheck::deny(tr("The migration is being completed."));
    if (m_call.isActive())
        return model::ActionCheck::deny(tr("A request is on its way."));
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return model::ActionCheck::deny(tr("Waiting for the job's state."));
    if (const model::ActionCheck check = model::checkCutOver(*job); !check.allowed)
        return check;
    if (!m_stopped->isChecked())
        return model::ActionCheck::deny(tr("Stop the services on the source server first."));
    return model::ActionCheck::allow();
}

void SmcFinalSyncPage::refreshState()
{
    if (const auto &job = m_wizard->poller()->job()) {
        m_job->setText(tr("Job %1: %2, %n run(s) so far.", nullptr, int(job->runs.size()))
                           .arg(job->name, smcJobStateText(*job)));
    }
    m_gate->refresh();
}

void SmcFinalSyncPage::askToSync()
{
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return;
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::SmcJobAction::Start, {job->jobId});
    request.title = tr("Sync %1 now").arg(job->name);
    request.summary = tr("SMC copies the changes made since the last sync; the schedule stays as "
                         "it is.");
    request.confirmText = tr("Sync now");
    m_wizard->askConfirmation(request, [this] { sync(); });
}

void SmcFinalSyncPage::sync()
{
    const auto &job = m_wizard->poller()->job();
    if (!job || !manualSyncCheck().allowed)
        return;
    m_status->setText(tr("Starting a manual sync…"));
    m_call = m_wizard->session()->smc().startJob(
        {job->jobId}, this, [this](cloudapi::Result<cloudapi::Done> r) {
            if (!r.ok()) {
                m_status->setText(m_wizard->reportError(r.error()));
            } else {
                ++m_wizard->settings().manualSyncs;
                m_status->setText(tr("The manual sync has started."));
            }
            m_gate->refresh();
            m_wizard->poller()->pollNow();
        });
    m_gate->refresh();
}

void SmcFinalSyncPage::askToCutOver()
{
    const auto &job = m_wizard->poller()->job();
    if (!job)
        return;
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::CutOverParams{job->jobId, true});
    request.title = tr("Complete incremental synchronization of %1").arg(job->name);
    request.summary = tr("SMC performs one last synchronization, then ends the job.");
    request.warnings = {tr("This cannot be undone: the job never syncs again."),
                        tr("Changes made on the source server after the last synchronization "
                           "are not migrated.")};
    request.confirmText = tr("Complete synchronization");
    request.typedConfirmation = job->name;
    m_wizard->askConfirmation(request, [this] { cutOver(); });
}

void SmcFinalSyncPage::cutOver()
{
    const auto &job = m_wizard->poller()->job();
    if (!job || !cutOverCheck().allowed)
        return;
    m_status->setText(tr("Completing the incremental synchronization…"));
    m_call = m_wizard->session()->smc().cutOverJob(
        cloudapi::CutOverParams{job->jobId, true}, this,
        [this](cloudapi::Result<cloudapi::Done> r) {
            if (!r.ok()) {
                m_status->setText(m_wizard->reportError(r.error()));
            } else {
                m_wizard->settings().cutOverSent = true;
                m_status->setText(tr("SMC is running the last synchronization. Continue to "
                                     "verify the result."));
            }
            m_gate->refresh();
            m_wizard->poller()->pollNow();
            Q_EMIT completeChanged();
        });
    m_gate->refresh();
}

bool SmcFinalSyncPage::isComplete() const
{
    return m_wizard->settings().cutOverSent;
}

} // namespace ferry::gui
