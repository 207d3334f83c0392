// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"
#include "cloudapi/callhandle.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/session.h"
#include "gui/wizard/dtswizardsettings.h"
#include "model/dts.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <optional>

class QLabel;
class QTimer;

namespace ferry::gui {

/// Takes a person through a DTS migration: prerequisites, endpoints (with a connection test),
/// objects, modes, the job (typed name resolved to an existing job, or a new one created behind
/// confirmations), the precheck (failures with repair advice, re-run), monitoring (phase,
/// progress, lag) and verification. Pages fill settings(); every state-changing call waits for a
/// ConfirmActionDialog showing its exact parameters. Never blocks: every call is asynchronous and
/// the job is polled on a timer.
class DtsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsWizard)

public:
    enum PageId
    {
        PrerequisitesPage,
        EndpointsPage,
        ObjectsPage,
        ModesPage,
        StartPage,
        PrecheckPage,
        MonitorPage,
        VerifyPage,
    };

    explicit DtsWizard(Session *session, QWidget *parent = nullptr);
    ~DtsWizard() override;

    Session *session() const { return m_session; }
    DtsWizardSettings &settings() { return m_settings; }
    const DtsWizardSettings &settings() const { return m_settings; }

    /// The job as last described (DescribeDtsJobs), once there is one.
    const std::optional<model::DtsJob> &job() const { return m_job; }
    /// Describes the job now (if one is chosen and no description is under way).
    void refreshJob();
    /// Starts or stops polling the job every `virtualMs` of service time (0 stops).
    void setJobPolling(int virtualMs);
    bool isJobPolling() const;

    /// Real milliseconds to wait for `virtualMs` of service time (the sandbox may run faster).
    int realInterval(int virtualMs) const;

    /// Asks before a state-changing call; `onConfirmed` runs only after the person confirms.
    ConfirmActionDialog *confirm(const ConfirmRequest &request, std::function<void()> onConfirmed);
    /// The confirmation now open, if any.
    ConfirmActionDialog *pendingConfirmation() const { return m_confirmation; }
    /// Shows a failed call: a permission error opens PermissionErrorDialog, anything else is
    /// written to `label` (which may be null).
    void showError(const cloudapi::ApiError &error, QLabel *label);

Q_SIGNALS:
    /// job() changed (a new description arrived).
    void jobChanged();

private:
    QPointer<Session> m_session;
    DtsWizardSettings m_settings;
    std::optional<model::DtsJob> m_job;
    cloudapi::CallHandle m_describe;
    QTimer *m_poll = nullptr;
    QPointer<ConfirmActionDialog> m_confirmation;
};

} // namespace ferry::gui
