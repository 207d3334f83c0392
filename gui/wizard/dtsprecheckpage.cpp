// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsprecheckpage.h"

#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/dtswizard.h"
#include "model/actionchecks.h"
#include "model/wireenum.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kPollMs = 5000; // service time between precheck status calls

QString stateText(const model::Wire<model::DtsPrecheckItemState> &state)
{
    using S = model::DtsPrecheckItemState;
    switch (state.value) {
    case S::NotStarted:
        return DtsPrecheckPage::tr("Waiting");
    case S::Checking:
    case S::Migrating:
        return DtsPrecheckPage::tr("Checking");
    case S::Failed:
        return DtsPrecheckPage::tr("Failed");
    case S::Warning:
        return DtsPrecheckPage::tr("Warning");
    case S::Success:
        return DtsPrecheckPage::tr("Passed");
    case S::Unknown:
        break;
    }
    return state.raw;
}

} // namespace

DtsPrecheckPage::DtsPrecheckPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_rerun(new QPushButton(tr("&Run the Precheck Again…"), this))
    , m_gate(new ActionGate(this))
    , m_timer(new QTimer(this))
{
    setTitle(tr("Precheck"));
    setSubTitle(tr("DTS checks the connections, accounts, binary log and objects before it "
                   "copies anything. Fix what fails, then run the precheck again."));
    m_table->setObjectName(QStringLiteral("dtsPrecheckItems"));
    m_table->setHorizontalHeaderLabels(
        {tr("Check"), tr("State"), tr("Problem"), tr("How to repair")});
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RepairColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("dtsPrecheckStatus"));
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_rerun->setObjectName(QStringLiteral("dtsRerunPrecheck"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    m_gate->bind(m_rerun, [this] {
        if (m_busy)
            return model::ActionCheck::deny(tr("A call is under way."));
        if (!hasFailed())
            return model::ActionCheck::deny(tr("The precheck has not failed."));
        const std::optional<model::DtsJob> &job = m_wizard->job();
        return job ? model::checkStart(*job) : ActionGate::nothingSelected(tr("a job"));
    });
    connect(m_rerun, &QPushButton::clicked, this, &DtsPrecheckPage::rerun);
    connect(m_timer, &QTimer::timeout, this, &DtsPrecheckPage::poll);
    connect(m_wizard, &DtsWizard::jobChanged, this, &DtsPrecheckPage::updateState);
    m_status->setText(tr("Waiting for the precheck to start…"));
}

DtsPrecheckPage::~DtsPrecheckPage()
{
    m_poll.cancel();
    m_call.cancel();
}

void DtsPrecheckPage::initializePage()
{
    m_timer->start(m_wizard->realInterval(kPollMs));
    poll();
    updateState();
}

void DtsPrecheckPage::cleanupPage()
{
    m_timer->stop();
}

void DtsPrecheckPage::poll()
{
    Session *session = m_wizard->session();
    const DtsWizardSettings &s = m_wizard->settings();
    if (!session || s.dtsJobId.isEmpty() || m_poll.isActive())
        return;
    cloudapi::DtsPrecheckQuery q;
    q.regionId = s.regionId;
    q.dtsJobId = s.dtsJobId;
    q.jobCode = cloudapi::DtsJobCode::Precheck;
    q.pageSize = 50;
    m_poll = session->dts().describePrecheckStatus(
        q, this, [this](cloudapi::Result<model::DtsPrecheckStatus> r) {
            if (!r.ok()) {
                m_wizard->showError(r.error(), m_error);
                return;
            }
            m_error->hide();
            show(r.value());
        });
}

bool DtsPrecheckPage::hasFailed() const
{
    return m_last && m_last->state == model::DtsStageStatus::Failed;
}

void DtsPrecheckPage::show(const model::DtsPrecheckStatus &status)
{
    m_last = status;
    m_table->setRowCount(int(status.items.size()));
    for (int r = 0; r < status.items.size(); ++r) {
        const model::DtsPrecheckItem &item = status.items.at(r);
        // ErrMsg is a code; ErrDetail says what was seen.
        const QString problem = item.errDetail.isEmpty() ? item.errMsg : item.errDetail;
        const QStringList texts = {item.item, stateText(item.state), problem, item.repairMethod};
        for (int c = 0; c < texts.size(); ++c) {
            auto *cell = new QTableWidgetItem(texts.at(c));
            cell->setToolTip(texts.at(c));
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeRowsToContents();
    const bool finished = status.state == model::DtsStageStatus::Finished;
    m_passed = finished && status.errorItem == 0;
    if (m_passed) {
        m_wizard->settings().precheckPassed = true;
        m_timer->stop();
    }
    updateState();
}

void DtsPrecheckPage::rerun()
{
    const DtsWizardSettings &s = m_wizard->settings();
    const cloudapi::DtsJobRef ref = jobRef(s);
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(cloudapi::DtsJobAction::Start, ref);
    request.title = tr("Run the precheck of %1 again").arg(s.jobName);
    request.summary = tr("DTS checks everything again; when every check passes the migration "
                         "starts at once.");
    request.warnings = {tr("Run it only after you fixed what failed, or it fails the same way.")};
    request.confirmText = tr("Run precheck");
    m_wizard->confirm(request, [this, ref] {
        Session *session = m_wizard->session();
        if (!session)
            return;
        m_busy = true;
        m_gate->refresh();
        m_call = session->dts().startJob(ref, this, [this](cloudapi::Result<cloudapi::Done> r) {
            m_busy = false;
            if (!r.ok()) {
                m_wizard->showError(r.error(), m_error);
            } else {
                m_wizard->settings().precheckRuns += 1;
                m_last.reset();
                m_table->setRowCount(0);
                m_timer->start(m_wizard->realInterval(kPollMs));
                m_wizard->refreshJob();
                poll();
            }
            updateState();
        });
    });
}

void DtsPrecheckPage::updateState()
{
    if (!m_last) {
        m_status->setText(m_wizard->settings().dtsJobId.isEmpty()
                              ? tr("There is no job yet.")
                              : tr("Waiting for the precheck to start…"));
    } else if (m_passed) {
        m_status->setText(tr("The precheck passed (%n item(s)). The migration has started.",
                             nullptr, m_last->total));
    } else if (hasFailed()) {
        m_status->setText(tr("The precheck failed on %n item(s). Repair them as advised, then "
                             "run the precheck again.",
                             nullptr, m_last->errorItem));
    } else {
        int done = 0;
        for (const model::DtsPrecheckItem &i : m_last->items) {
            if (i.state != model::DtsPrecheckItemState::NotStarted &&
                i.state != model::DtsPrecheckItemState::Checking)
                ++done;
        }
        m_status->setText(tr("Checking: %1 of %2 items done.").arg(done).arg(m_last->total));
    }
    m_gate->refresh();
    Q_EMIT completeChanged();
}

bool DtsPrecheckPage::isComplete() const
{
    return m_passed;
}

} // namespace ferry::gui
