// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmswizard.h"

#include "cloudapi/apierror.h"
#include "gui/safety/permissionerrordialog.h"
#include "gui/session.h"
#include "gui/wizard/mmsbrowsepage.h"
#include "gui/wizard/mmsconfirmpage.h"
#include "gui/wizard/mmsdatasourcepage.h"
#include "gui/wizard/mmsgranularitypage.h"
#include "gui/wizard/mmsmonitorpage.h"
#include "gui/wizard/mmspoller.h"
#include "gui/wizard/mmsprerequisitespage.h"
#include "gui/wizard/mmsscanpage.h"
#include "gui/wizard/mmsverifypage.h"

namespace ferry::gui {

MmsWizard::MmsWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mmsWizard"));
    setWindowTitle(tr("Migrate a Data Warehouse to MaxCompute (MMS)"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::HaveHelpButton, false);
    m_prerequisites = new MmsPrerequisitesPage(*this);
    m_dataSource = new MmsDataSourcePage(*this);
    m_scan = new MmsScanPage(*this);
    m_browse = new MmsBrowsePage(*this);
    m_granularity = new MmsGranularityPage(*this);
    m_confirm = new MmsConfirmPage(*this);
    m_monitor = new MmsMonitorPage(*this);
    m_verify = new MmsVerifyPage(*this);
    setPage(PrerequisitesPageId, m_prerequisites);
    setPage(DataSourcePageId, m_dataSource);
    setPage(ScanPageId, m_scan);
    setPage(BrowsePageId, m_browse);
    setPage(GranularityPageId, m_granularity);
    setPage(ConfirmPageId, m_confirm);
    setPage(MonitorPageId, m_monitor);
    setPage(VerifyPageId, m_verify);
    setStartId(PrerequisitesPageId);
    setButtonText(QWizard::CommitButton, tr("Monitor the Job"));
    if (session)
        connect(session, &QObject::destroyed, this, &QWidget::close);
    resize(980, 720);
}

MmsWizard::~MmsWizard() = default;

Session *MmsWizard::session() const
{
    return m_session.data();
}

const cloudapi::MmsClient &MmsWizard::mms() const
{
    return m_session->mms();
}

MmsPoller *MmsWizard::makePoller(qint64 intervalMs, QObject *parent) const
{
    auto *poller = new MmsPoller(intervalMs, parent);
    if (m_session)
        poller->setTimeScale(m_session->timeScale());
    return poller;
}

QString MmsWizard::reportError(const cloudapi::ApiError &error)
{
    if (error.kind == cloudapi::ErrorKind::Permission) {
        if (m_permissionDialog)
            m_permissionDialog->close();
        auto *dialog = new PermissionErrorDialog(error, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_permissionDialog = dialog;
        dialog->show();
    }
    const QString explanation = error.explanation();
    return explanation.isEmpty() ? error.summary() : tr("%1\n%2").arg(explanation, error.summary());
}

QUrl MmsWizard::consoleUrl(const QString &regionId)
{
    return QUrl(QStringLiteral("https://maxcompute.console.aliyun.com/%1/mma/datasource")
                    .arg(regionId.isEmpty() ? QStringLiteral("cn-hangzhou") : regionId));
}

PermissionErrorDialog *MmsWizard::permissionDialog() const
{
    return m_permissionDialog.data();
}

QString MmsWizard::consoleRegion() const
{
    if (!m_settings.sourceRegion.isEmpty())
        return m_settings.sourceRegion;
    return m_session ? m_session->regionId() : QString();
}

} // namespace ferry::gui
