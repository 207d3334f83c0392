// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/permissionerrordialog.h"
#include "gui/wizard/smcwizardsettings.h"

#include <functional>

#include <QPointer>
#include <QWizard>

namespace ferry::gui {

class Session;
class SmcJobPoller;
class SmcSourcePage;
class SmcTargetPage;
class SmcSchedulePage;
class SmcCreatePage;
class SmcMonitorPage;
class SmcFinalSyncPage;
class SmcVerifyPage;

/// The SMC server migration, step by step as SMC runs it: source server (agent online) →
/// target (image or instance, disks) → incremental settings → create → monitor the runs →
/// final sync and "complete incremental synchronization" → verify. Every state-changing call
/// is confirmed with its exact parameters; nothing waits on the network with the event loop
/// held. The pages fill settings().
class SmcWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcWizard)

public:
    enum PageId
    {
        SourcePage,
        TargetPage,
        SchedulePage,
        CreatePage,
        MonitorPage,
        FinalSyncPage,
        VerifyPage,
    };

    /// `session` is not owned and must outlive the wizard.
    explicit SmcWizard(Session *session, QWidget *parent = nullptr);
    ~SmcWizard() override;

    Session *session() const { return m_session; }
    SmcWizardSettings &settings() { return m_settings; }
    const SmcWizardSettings &settings() const { return m_settings; }
    /// Follows the created job (shared by the monitor, final sync and verify pages).
    SmcJobPoller *poller() const { return m_poller; }
    /// Real time between polls of the job (default 15 s).
    void setPollInterval(int ms);

    SmcSourcePage *sourcePage() const { return m_source; }
    SmcTargetPage *targetPage() const { return m_target; }
    SmcSchedulePage *schedulePage() const { return m_schedule; }
    SmcCreatePage *createPage() const { return m_create; }
    SmcMonitorPage *monitorPage() const { return m_monitor; }
    SmcFinalSyncPage *finalSyncPage() const { return m_finalSync; }
    SmcVerifyPage *verifyPage() const { return m_verify; }

    /// What a failed call means, for a page's status line; a permission error also opens
    /// PermissionErrorDialog with the RAM actions needed.
    QString reportError(const cloudapi::ApiError &error);
    /// Asks with ConfirmActionDialog (window-modal, never blocking) and runs `onConfirmed` when
    /// the person confirms. Returns the dialog, which deletes itself when closed.
    ConfirmActionDialog *askConfirmation(ConfirmRequest request, std::function<void()> onConfirmed);
    /// The confirmation dialog opened last, if still open.
    ConfirmActionDialog *confirmDialog() const { return m_confirm; }
    /// The permission dialog opened last, if still open.
    PermissionErrorDialog *permissionDialog() const { return m_permission; }

private:
    Session *m_session;
    SmcWizardSettings m_settings;
    SmcJobPoller *m_poller = nullptr;
    SmcSourcePage *m_source = nullptr;
    SmcTargetPage *m_target = nullptr;
    SmcSchedulePage *m_schedule = nullptr;
    SmcCreatePage *m_create = nullptr;
    SmcMonitorPage *m_monitor = nullptr;
    SmcFinalSyncPage *m_finalSync = nullptr;
    SmcVerifyPage *m_verify = nullptr;
    QPointer<PermissionErrorDialog> m_permission;
    QPointer<ConfirmActionDialog> m_confirm;
};

} // namespace ferry::gui
