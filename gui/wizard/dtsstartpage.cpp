// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsstartpage.h"

#include "gui/safety/actiongate.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/session.h"
#include "gui/wizard/dtswizard.h"
#include "model/actionchecks.h"
#include "model/wireenum.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kJobPollMs = 5000; // service time between job descriptions

} // namespace

DtsStartPage::DtsStartPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_view(new NameResolutionView(this))
    , m_useSelected(new QPushButton(tr("&Use the Selected Job"), this))
    , m_newJob(new QPushButton(tr("Create a &New Job With This Name"), this))
    , m_create(new QPushButton(tr("&Create and Start…"), this))
    , m_start(new QPushButton(tr("&Start…"), this))
    , m_stop(new QPushButton(tr("S&top…"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_gate(new ActionGate(this))
{
    setTitle(tr("Create and Start the Job"));
    setSubTitle(tr("Name the migration job. An existing job is used only when you confirm it. "
                   "DTS runs the precheck first and migrates only when it passes."));
    m_name->setObjectName(QStringLiteral("dtsJobName"));
    m_name->setPlaceholderText(tr("job name, e.g. inventory-migration"));
    m_view->setObjectKind(NameResolutionView::kindName(ResourceKind::DtsJob));
    m_view->hide();
    m_status->setObjectName(QStringLiteral("dtsStartStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("dtsStartError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_create->setObjectName(QStringLiteral("dtsCreateJob"));
    m_start->setObjectName(QStringLiteral("dtsStartJob"));
    m_stop->setObjectName(QStringLiteral("dtsStopJob"));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Job name:"), this));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_find);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_useSelected);
    pickRow->addWidget(m_newJob);
    pickRow->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(pickRow);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_find, &QPushButton::clicked, this, &DtsStartPage::findJob);
    connect(m_name, &QLineEdit::returnPressed, this, &DtsStartPage::findJob);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        // A different name: whatever was decided for the old one no longer holds.
        if (m_started)
            return;
        m_choice = Choice::Undecided;
        m_wizard->settings().dtsJobId.clear();
        m_wizard->settings().existingJob = false;
        m_view->hide();
        updateState();
    });
    connect(m_view, &NameResolutionView::selectionChanged, this, &DtsStartPage::updateState);
    connect(m_view, &NameResolutionView::resolved, this, &DtsStartPage::useExisting);
    connect(m_useSelected, &QPushButton::clicked, this, [this] { m_view->confirmSelection(); });
    connect(m_newJob, &QPushButton::clicked, this, &DtsStartPage::chooseNewJob);
    connect(m_create, &QPushButton::clicked, this, &DtsStartPage::createJob);
    connect(m_start, &QPushButton::clicked, this, [this] { jobAction(true); });
    connect(m_stop, &QPushButton::clicked, this, [this] { jobAction(false); });
    connect(m_wizard, &DtsWizard::jobChanged, this, [this] {
        m_gate->refresh();
        updateState();
    });

    const auto existing = [this]() -> const model::DtsJob * {
        if (m_choice != Choice::Existing || !m_wizard->job())
            return nullptr;
        return &*m_wizard->job();
    };
    m_gate->bind(m_start, [this, existing] {
        if (m_busy)
            return model::ActionCheck::deny(tr("A call is under way."));
        const model::DtsJob *job = existing();
        return job ? model::checkStart(*job) : ActionGate::nothingSelected(tr("an existing job"));
    });
    m_gate->bind(m_stop, [this, existing] {
        if (m_busy)
            return model::ActionCheck::deny(tr("A call is under way."));
        const model::DtsJob *job = existing();
        return job ? model::checkStop(*job) : ActionGate::nothingSelected(tr("an existing job"));
    });
    m_gate->bind(m_create, [this] {
        if (m_busy)
            return model::ActionCheck::deny(tr("A call is under way."));
        if (m_started)
            return model::ActionCheck::deny(tr("The job has been started."));
        if (m_choice != Choice::NewJob)
            return model::ActionCheck::deny(
                tr("Find the name first and choose to create a new job."));
        return model::ActionCheck::allow();
    });
    updateState();
}

DtsStartPage::~DtsStartPage()
{
    m_lookup.cancel();
    m_call.cancel();
}

void DtsStartPage::initializePage()
{
    if (m_name->text().isEmpty()) {
        const DtsWizardSettings &s = m_wizard->settings();
        if (!s.jobName.isEmpty())
            m_name->setText(s.jobName);
        else if (!s.dbList.isEmpty())
            m_name->setText(s.dbList.first().sourceName + QStringLiteral("-migration"));
    }
    updateState();
}

void DtsStartPage::findJob()
{
    Session *session = m_wizard->session();
    const QString typed = m_name->text().trimmed();
    if (!session || typed.isEmpty() || m_started)
        return;
    m_choice = Choice::Undecided;
    m_wizard->settings().dtsJobId.clear();
    m_wizard->settings().existingJob = false;
    m_error->hide();
    m_status->setText(tr("Looking for jobs named “%1”…").arg(typed));
    cloudapi::DtsJobQuery q;
    q.regionId = m_wizard->settings().regionId;
    q.jobType = m_wizard->settings().jobType;
    q.withoutDbList = true;
    m_lookup = session->dts().fetchAllJobs(
        q, this, {}, [this, typed](cloudapi::Result<QList<model::DtsJob>> r) {
            if (!r.ok()) {
                m_status->clear();
                m_wizard->showError(r.error(), m_error);
                return;
            }
            m_jobs = r.value();
            QList<model::NameCandidate> candidates;
            for (const model::DtsJob &job : std::as_const(m_jobs))
                candidates.append(model::nameCandidate(job));
            const model::Resolution resolution = model::resolveName(typed, candidates);
            m_view->show();
            if (resolution.kind == model::ResolutionKind::None)
                m_choice = Choice::NewJob;
            m_view->setResolution(resolution); // Exact: resolved() picks it up at once
            updateState();
        });
}

void DtsStartPage::useExisting(const model::NameCandidate &candidate)
{
    DtsWizardSettings &s = m_wizard->settings();
    m_choice = Choice::Existing;
    s.existingJob = true;
    s.dtsJobId = candidate.id;
    s.jobName = candidate.name;
    s.dtsInstanceId.clear();
    for (const model::DtsJob &job : std::as_const(m_jobs)) {
        if (job.dtsJobId == candidate.id)
            s.dtsInstanceId = job.dtsInstanceId;
    }
    m_wizard->refreshJob();
    updateState();
}

void DtsStartPage::chooseNewJob()
{
    DtsWizardSettings &s = m_wizard->settings();
    m_choice = Choice::NewJob;
    s.existingJob = false;
    s.dtsJobId.clear();
    s.jobName = m_name->text().trimmed();
    updateState();
}

void DtsStartPage::createJob()
{
    DtsWizardSettings &s = m_wizard->settings();
    if (m_choice != Choice::NewJob || m_busy || m_started)
        return;
    if (!s.dtsJobId.isEmpty()) { // configured before; only the instance is missing
        buyInstance();
        return;
    }
    s.jobName = m_name->text().trimmed();
    const cloudapi::ConfigureDtsJobParams params = configureParams(s);
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(params);
    request.title = tr("Configure the migration job %1").arg(s.jobName);
    request.summary = tr("DTS records the endpoints, the objects and the migration types. Nothing "
                         "is copied until the job has an instance, which is the next step.");
    request.confirmText = tr("Configure job");
    m_wizard->confirm(request, [this, params] {
        Session *session = m_wizard->session();
        if (!session)
            return;
        m_busy = true;
        m_error->hide();
        m_status->setText(tr("Configuring the job…"));
        updateState();
        m_call = session->dts().configureJob(
            params, this, [this](cloudapi::Result<cloudapi::DtsJobConfigured> r) {
                m_busy = false;
                if (!r.ok()) {
                    m_status->clear();
                    m_wizard->showError(r.error(), m_error);
                    updateState();
                    return;
                }
                m_wizard->settings().dtsJobId = r.value().dtsJobId;
                m_wizard->settings().dtsInstanceId = r.value().dtsInstanceId;
                updateState();
                buyInstance();
            });
    });
}

void DtsStartPage::buyInstance()
{
    DtsWizardSettings &s = m_wizard->settings();
    const cloudapi::CreateDtsInstanceParams params = createInstanceParams(s);
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(params);
    request.title = tr("Buy the instance of %1 and start it").arg(s.jobName);
    request.summary = tr("DTS creates a pay-as-you-go instance for the job and starts it: the "
                         "precheck runs first, and when it passes the migration begins.");
    request.warnings = {tr("The instance is billed by the hour until the job is stopped or "
                           "released.")};
    if (s.dataInitialization && !s.dataSynchronization)
        request.warnings << tr("Writes to the source must stop now: without incremental "
                               "migration they will not reach the target.");
    request.confirmText = tr("Buy and start");
    m_wizard->confirm(request, [this, params] {
        Session *session = m_wizard->session();
        if (!session)
            return;
        m_busy = true;
        m_error->hide();
        m_status->setText(tr("Creating the instance…"));
        updateState();
        m_call = session->dts().createInstance(
            params, this, [this](cloudapi::Result<cloudapi::DtsInstanceCreated> r) {
                m_busy = false;
                if (!r.ok()) {
                    m_status->clear();
                    m_wizard->showError(r.error(), m_error);
                    updateState();
                    return;
                }
                DtsWizardSettings &st = m_wizard->settings();
                st.dtsInstanceId = r.value().instanceId;
                st.precheckRuns += 1;
                m_started = true;
                m_wizard->setJobPolling(kJobPollMs);
                updateState();
                Q_EMIT completeChanged();
            });
    });
}

void DtsStartPage::jobAction(bool start)
{
    const DtsWizardSettings &s = m_wizard->settings();
    if (m_choice != Choice::Existing || m_busy || s.dtsJobId.isEmpty())
        return;
    const cloudapi::DtsJobRef ref = jobRef(s);
    const cloudapi::DtsJobAction action =
        start ? cloudapi::DtsJobAction::Start : cloudapi::DtsJobAction::Stop;
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(action, ref);
    if (start) {
        request.title = tr("Start the job %1").arg(s.jobName);
        request.summary = tr("DTS runs the precheck again (or resumes the job) and migrates when "
                             "it passes.");
        request.confirmText = tr("Start job");
    } else {
        request.title = tr("Stop the job %1").arg(s.jobName);
        request.summary = tr("DTS ends the job. A stopped job cannot be resumed.");
        request.warnings = {tr("Stop only after the applications use the target database.")};
        request.confirmText = tr("Stop job");
    }
    m_wizard->confirm(request, [this, ref, action, start] {
        Session *session = m_wizard->session();
        if (!session)
            return;
        m_busy = true;
        m_error->hide();
        updateState();
        m_call = session->dts().jobAction(action, ref, this,
                                          [this, start](cloudapi::Result<cloudapi::Done> r) {
                                              m_busy = false;
                                              if (!r.ok()) {
                                                  m_wizard->showError(r.error(), m_error);
                                              } else if (start) {
                                                  m_wizard->settings().precheckRuns += 1;
                                                  m_started = true;
                                              }
                                              m_wizard->setJobPolling(kJobPollMs);
                                              updateState();
                                              Q_EMIT completeChanged();
                                          });
    });
}

void DtsStartPage::updateState()
{
    const model::Resolution &res = m_view->resolution();
    const bool picking = m_choice == Choice::Undecided && res.needsPick();
    m_useSelected->setVisible(picking);
    m_useSelected->setEnabled(picking && m_view->selectedCandidate().has_value());
    m_newJob->setVisible(m_choice == Choice::Undecided && m_view->isVisible() && !m_started);
    m_create->setVisible(m_choice != Choice::Existing);
    m_start->setVisible(m_choice == Choice::Existing);
    m_stop->setVisible(m_choice == Choice::Existing);

    const DtsWizardSettings &s = m_wizard->settings();
    if (m_busy) {
        // the status says what is under way
    } else if (m_started) {
        m_status->setText(tr("The job %1 (%2) has been started. Go on to follow the precheck.")
                              .arg(s.jobName, s.dtsJobId));
    } else if (m_choice == Choice::NewJob) {
        m_status->setText(
            s.dtsJobId.isEmpty()
                ? tr("A new job named “%1” will be created.").arg(s.jobName)
                : tr("The job %1 is configured; it still needs an instance.").arg(s.dtsJobId));
    } else if (m_choice == Choice::Existing) {
        const std::optional<model::DtsJob> &job = m_wizard->job();
        m_status->setText(job && job->dtsJobId == s.dtsJobId
                              ? tr("Using the existing job %1 (%2), now %3.")
                                    .arg(s.jobName, s.dtsJobId, model::displayName(job->status))
                              : tr("Using the existing job %1 (%2).").arg(s.jobName, s.dtsJobId));
    } else if (picking) {
        m_status->setText(tr("Pick a job and confirm it, or create a new job with this name."));
    } else if (!m_view->isVisible()) {
        m_status->setText(tr("Type a name and press Find."));
    }
    m_find->setEnabled(!m_started && !m_busy);
    m_name->setReadOnly(m_started);
    m_gate->refresh();
    Q_EMIT completeChanged();
}

bool DtsStartPage::isComplete() const
{
    const DtsWizardSettings &s = m_wizard->settings();
    return !m_busy && !s.dtsJobId.isEmpty() && (m_started || m_choice == Choice::Existing);
}

} // namespace ferry::gui
