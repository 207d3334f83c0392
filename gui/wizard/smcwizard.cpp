// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcwizard.h"

#include "gui/safety/permissionerrordialog.h"
#include "gui/session.h"
#include "gui/wizard/smccreatepage.h"
#include "gui/wizard/smcfinalsyncpage.h"
#include "gui/wizard/smcjobpoller.h"
#include "gui/wizard/smcmonitorpage.h"
#include "gui/wizard/smcschedulepage.h"
#include "gui/wizard/smcsourcepage.h"
#include "gui/wizard/smctargetpage.h"
#include "gui/wizard/smcverifypage.h"

namespace ferry::gui {

SmcWizard::SmcWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_poller(new SmcJobPoller(session->smc(), session->regionId(), this))
{
    setObjectName(QStringLiteral("smcWizard"));
    setWindowTitle(tr("Migrate a Server with SMC"));
    // Going back past the create step would suggest the job can be re-made from there.
    setOption(QWizard::NoBackButtonOnLastPage, true);
    m_source = new SmcSourcePage(this);
    m_target = new SmcTargetPage(this);
    m_schedule = new SmcSchedulePage(this);
    m_create = new SmcCreatePage(this);
    m_monitor = new SmcMonitorPage(this);
    m_finalSync = new SmcFinalSyncPage(this);
    m_verify = new SmcVerifyPage(this);
    setPage(SourcePage, m_source);
    setPage(TargetPage, m_target);
    setPage(SchedulePage, m_schedule);
    setPage(CreatePage, m_create);
    setPage(MonitorPage, m_monitor);
    setPage(FinalSyncPage, m_finalSync);
    setPage(VerifyPage, m_verify);
    setStartId(SourcePage);
    resize(860, 700);
}

SmcWizard::~SmcWizard() = default;

void SmcWizard::setPollInterval(int ms)
{
    m_poller->setInterval(ms);
}

QString SmcWizard::reportError(const cloudapi::ApiError &error)
{
    if (error.kind == cloudapi::ErrorKind::Permission) {
        if (m_permission)
            m_permission->close();
        m_permission = new PermissionErrorDialog(error, this);
        m_permission->setAttribute(Qt::WA_DeleteOnClose);
        m_permission->open();
    }
    const QString explanation = error.explanation();
    return explanation.isEmpty() ? error.summary()
                                 : tr("%1 (%2)").arg(explanation, error.summary());
}

ConfirmActionDialog *SmcWizard::askConfirmation(ConfirmRequest request,
                                                std::function<void()> onConfirmed)
{
    if (m_confirm)
        m_confirm->close();
    m_confirm = new ConfirmActionDialog(std::move(request), this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &ConfirmActionDialog::confirmed, this,
            [run = std::move(onConfirmed)] { run(); });
    m_confirm->open();
    return m_confirm;
}

} // namespace ferry::gui
