// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/wizard/mmswizardsettings.h"

#include <QPointer>
#include <QUrl>
#include <QWizard>

namespace ferry::cloudapi {
class MmsClient;
struct ApiError;
} // namespace ferry::cloudapi

namespace ferry::gui {

class MmsBrowsePage;
class MmsConfirmPage;
class MmsDataSourcePage;
class MmsGranularityPage;
class MmsMonitorPage;
class MmsPoller;
class MmsPrerequisitesPage;
class MmsScanPage;
class MmsVerifyPage;
class PermissionErrorDialog;
class Session;

/// Takes a person through a MaxCompute Migration Service migration, as MMS itself works:
/// prerequisites, data source, metadata scan, browsing and choosing, granularity, confirmation,
/// monitoring, verification. Pages fill settings(); nothing is created without a confirmation
/// showing the exact parameters. Non-modal; polls on the session's clock and never blocks.
class MmsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsWizard)

public:
    enum PageId
    {
        PrerequisitesPageId,
        DataSourcePageId,
        ScanPageId,
        BrowsePageId,
        GranularityPageId,
        ConfirmPageId,
        MonitorPageId,
        VerifyPageId,
    };

    /// `session` is not owned; the wizard closes itself if the session goes away.
    explicit MmsWizard(Session *session, QWidget *parent = nullptr);
    ~MmsWizard() override;

    Session *session() const;
    const cloudapi::MmsClient &mms() const;
    MmsWizardSettings &settings() { return m_settings; }
    const MmsWizardSettings &settings() const { return m_settings; }

    /// A poller every `intervalMs` on the session's clock.
    MmsPoller *makePoller(qint64 intervalMs, QObject *parent) const;
    /// Words for a failed call. A permission error also opens a PermissionErrorDialog.
    QString reportError(const cloudapi::ApiError &error);
    /// The MaxCompute console page where MMS data sources (and their mappings) are managed.
    static QUrl consoleUrl(const QString &regionId);
    /// The region the console link opens: the data source's, else the session's.
    QString consoleRegion() const;

    MmsPrerequisitesPage *prerequisitesPage() const { return m_prerequisites; }
    MmsDataSourcePage *dataSourcePage() const { return m_dataSource; }
    MmsScanPage *scanPage() const { return m_scan; }
    MmsBrowsePage *browsePage() const { return m_browse; }
    MmsGranularityPage *granularityPage() const { return m_granularity; }
    MmsConfirmPage *confirmPage() const { return m_confirm; }
    MmsMonitorPage *monitorPage() const { return m_monitor; }
    MmsVerifyPage *verifyPage() const { return m_verify; }
    /// The permission dialog opened last, if still open.
    PermissionErrorDialog *permissionDialog() const;

private:
    QPointer<Session> m_session;
    MmsWizardSettings m_settings;
    MmsPrerequisitesPage *m_prerequisites = nullptr;
    MmsDataSourcePage *m_dataSource = nullptr;
    MmsScanPage *m_scan = nullptr;
    MmsBrowsePage *m_browse = nullptr;
    MmsGranularityPage *m_granularity = nullptr;
    MmsConfirmPage *m_confirm = nullptr;
    MmsMonitorPage *m_monitor = nullptr;
    MmsVerifyPage *m_verify = nullptr;
    QPointer<PermissionErrorDialog> m_permissionDialog;
};

} // namespace ferry::gui
