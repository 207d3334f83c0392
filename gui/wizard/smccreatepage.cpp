// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smccreatepage.h"

#include "cloudapi/smcclient.h"
#include "gui/safety/actiongate.h"
#include "gui/session.h"
#include "gui/wizard/smcsourcepage.h"
#include "gui/wizard/smcwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

SmcCreatePage::SmcCreatePage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_gate(new ActionGate(this))
{
    setObjectName(QStringLiteral("smcCreatePage"));
    setTitle(tr("Create the migration job"));
    setSubTitle(tr("These are the parameters Ferry sends to SMC. The job is created but does "
                   "not copy anything until you start it on the next page."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("smcCreateParameters"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_create = new QPushButton(tr("&Create job…"), this);
    m_create->setObjectName(QStringLiteral("smcCreateJob"));
    m_create->setToolTip(tr("Asks for confirmation, then sends CreateReplicationJob."));
    layout->addWidget(m_create, 0, Qt::AlignRight);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("smcCreateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &SmcCreatePage::askToCreate);
    m_gate->bind(m_create, [this] {
        const SmcWizardSettings &s = m_wizard->settings();
        if (!s.jobId.isEmpty())
            return model::ActionCheck::deny(tr("The job %1 has been created.").arg(s.jobId));
        if (m_call.isActive())
            return model::ActionCheck::deny(tr("The job is being created."));
        if (s.sourceId.isEmpty())
            return ActionGate::nothingSelected(tr("a source server"));
        return model::ActionCheck::allow();
    });
}

SmcCreatePage::~SmcCreatePage()
{
    m_call.cancel();
}

void SmcCreatePage::initializePage()
{
    SmcWizardSettings &s = m_wizard->settings();
    // One token for this job: every confirmation, repeated click and transport retry sends it,
    // so SMC creates the job once.
    if (s.clientToken.isEmpty())
        s.clientToken = cloudapi::newClientToken();
    m_params = smcCreateParams(s, m_wizard->session()->regionId());
    const cloudapi::WireParams wire = cloudapi::describeWire(m_params).parameters();
    m_table->setRowCount(int(wire.size()));
    for (int r = 0; r < wire.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(wire[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(wire[r].second));
    }
    m_table->resizeColumnToContents(0);
    m_gate->refresh();
}

void SmcCreatePage::askToCreate()
{
    ConfirmRequest request;
    request.wire = cloudapi::describeWire(m_params);
    request.title = tr("Create the replication job %1").arg(m_params.name);
    request.summary = tr("SMC creates an incremental job for %1 that syncs every %n hour(s) once "
                         "started.",
                         nullptr, m_params.frequencyHours.value_or(0))
                          .arg(m_wizard->settings().sourceName);
    request.warnings = {tr("The ClientToken makes a repeated request create the job only once.")};
    request.confirmText = tr("Create job");
    m_wizard->askConfirmation(request, [this] { create(); });
}

void SmcCreatePage::create()
{
    if (m_call.isActive() || !m_wizard->settings().jobId.isEmpty())
        return;
    m_status->setText(tr("Creating the job…"));
    m_call = m_wizard->session()->smc().createReplicationJob(
        m_params, this, [this](cloudapi::Result<cloudapi::SmcJobCreated> r) {
            if (!r.ok()) {
                m_status->setText(m_wizard->reportError(r.error()));
                m_gate->refresh();
                return;
            }
            m_wizard->settings().jobId = r.value().jobId;
            m_status->setText(tr("Created the job %1 (%2).").arg(m_params.name, r.value().jobId));
            m_gate->refresh();
            Q_EMIT completeChanged();
        });
    m_gate->refresh();
}

bool SmcCreatePage::isComplete() const
{
    return !m_wizard->settings().jobId.isEmpty();
}

} // namespace ferry::gui
