// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsmonitorpage.h"

#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/dtswizard.h"
#include "model/actionchecks.h"
#include "model/wireenum.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ferry::gui {

namespace {

constexpr int kPollMs = 5000; // service time between job descriptions

bool moving(const model::DtsStageProgress &p)
{
    return p.status == model::DtsStageStatus::Migrating ||
           p.status == model::DtsStageStatus::Catched;
}

} // namespace

DtsMonitorPage::DtsMonitorPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_lag(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stop(new QPushButton(tr("S&top the Job (Cutover)…"), this))
    , m_gate(new ActionGate(this))
{
    setTitle(tr("Monitor"));
    setSubTitle(tr("Follow the migration. Once it is incremental and the lag stays low, switch "
                   "the applications to the target and stop the job."));
    m_phase->setObjectName(QStringLiteral("dtsPhase"));
    m_lag->setObjectName(QStringLiteral("dtsLag"));
    m_detail->setObjectName(QStringLiteral("dtsMonitorDetail"));
    m_stop->setObjectName(QStringLiteral("dtsMonitorStop"));
    m_detail->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    auto *form = new QFormLayout;
    form->addRow(tr("Phase:"), m_phase);
    form->addRow(tr("Progress:"), m_progress);
    form->addRow(tr("Lag:"), m_lag);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addStretch();

    m_gate->bind(m_stop, [this] {
        if (m_busy)
            return model::ActionCheck::deny(tr("A call is under way."));
        const std::optional<model::DtsJob> &job = m_wizard->job();
        return job ? model::checkStop(*job) : ActionGate::nothingSelected(tr("a job"));
    });
    connect(m_stop, &QPushButton::clicked, this, &DtsMonitorPage::stopJob);
    connect(m_wizard, &DtsWizard::jobChanged, this, &DtsMonitorPage::update);
    update();
}

DtsMonitorPage::~DtsMonitorPage()
{
    m_call.cancel();
}

QString DtsMonitorPage::phaseText(const model::DtsJob &job)
{
    using S = model::DtsJobStatus;
    if (job.status == S::NotStarted || job.status == S::NotConfigured)
        return tr("Not started");
    if (job.status == S::Prechecking)
        return tr("Precheck");
    if (job.status == S::PrecheckFailed)
        return tr("Precheck failed");
    if (job.status == S::Finished)
        return tr("Finished");
    if (model::isFailed(job.status.value))
        return tr("Failed: %1").arg(job.errorMessage);
    if (moving(job.dataSynchronization))
        return job.status == S::Suspending ? tr("Incremental migration (paused)")
                                           : tr("Incremental migration");
    if (moving(job.dataInitialization))
        return tr("Full data migration");
    if (moving(job.structureInitialization))
        return tr("Schema migration");
    return model::displayName(job.status);
}

QString DtsMonitorPage::lagText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

void DtsMonitorPage::initializePage()
{
    m_wizard->setJobPolling(kPollMs);
    update();
}

void DtsMonitorPage::cleanupPage()
{
    // Back to the precheck page: it keeps the job polled on its own.
}

void DtsMonitorPage::update()
{
    const std::optional<model::DtsJob> &job = m_wizard->job();
    DtsWizardSettings &s = m_wizard->settings();
    if (!job) {
        m_phase->setText(tr("Waiting for the job's state…"));
        m_lag->setText(tr("not known yet"));
        m_detail->clear();
        m_gate->refresh();
        return;
    }
    const QString phase = phaseText(*job);
    m_phase->setText(phase);
    s.phase = phase;

    const model::DtsStageProgress *current = nullptr;
    if (moving(job->dataSynchronization))
        current = &job->dataSynchronization;
    else if (moving(job->dataInitialization))
        current = &job->dataInitialization;
    else if (moving(job->structureInitialization))
        current = &job->structureInitialization;
    m_incremental =
        current == &job->dataSynchronization || job->status == model::DtsJobStatus::Finished;
    if (current && current->percent)
        m_progress->setValue(int(std::lround(*current->percent)));
    else if (job->status == model::DtsJobStatus::Finished)
        m_progress->setValue(100);

    if (job->delay && m_incremental) {
        const qint64 ms = job->delay->value.count();
        s.lagMs = ms;
        const QString raw = job->delay->rawUnit == model::DelayUnit::Milliseconds
                                ? tr("%1 ms").arg(QString::number(job->delay->raw, 'f', 0))
                                : tr("%1 s").arg(QString::number(job->delay->raw, 'f', 0));
        m_lag->setText(tr("%1 (DTS reported %2)").arg(lagText(ms), raw));
    } else if (job->delay) {
        m_lag->setText(tr("%1 behind (the full load is still being copied)")
                           .arg(lagText(job->delay->value.count())));
    } else {
        m_lag->setText(tr("not reported"));
    }

    QStringList lines;
    lines << tr("Job %1 (%2), state %3.")
                 .arg(job->name, job->dtsJobId, model::displayName(job->status));
    if (job->dataInitialization.isPresent() && !job->dataInitialization.progress.isEmpty())
        lines << tr("Full data: %1").arg(job->dataInitialization.progress);
    if (!job->performance.rps.isEmpty())
        lines << tr("Throughput: %1 records/s, %2 MB/s")
                     .arg(job->performance.rps, job->performance.flow);
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_gate->refresh();
    Q_EMIT completeChanged();
}

void DtsMonitorPage::stopJob()
{
    const DtsWizardSettings &s = m_wizard->settings();
    const cloudapi::DtsJobRef ref = jobRef(s);
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::DtsJobAction::Stop, ref);
    request.title = tr("Stop the job %1").arg(s.jobName);
    request.summary = tr("DTS stops copying changes and ends the job. It cannot be resumed.");
    request.warnings = {tr("Stop only after the applications write to the target database "
                           "and the lag is zero.")};
    request.confirmText = tr("Stop job");
    m_wizard->confirm(request, [this, ref] {
        Session *session = m_wizard->session();
        if (!session)
            return;
        m_busy = true;
        m_gate->refresh();
        m_call = session->dts().stopJob(ref, this, [this](cloudapi::Result<cloudapi::Done> r) {
            m_busy = false;
            if (!r.ok())
                m_wizard->showError(r.error(), m_error);
            m_wizard->refreshJob();
            m_gate->refresh();
        });
    });
}

bool DtsMonitorPage::isComplete() const
{
    return m_incremental;
}

} // namespace ferry::gui
