// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/actionchecks.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ferry::gui {

class ActionGate;
class SmcWizard;

/// Step 6: the switch-over. A reminder to stop the services on the source server, a manual
/// incremental sync (StartReplicationJob on the Waiting job), then "Complete incremental
/// synchronization" (CutOverReplicationJob with SyncData: one last sync first), which cannot be
/// undone and so needs the job's name typed into the confirmation.
class SmcFinalSyncPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcFinalSyncPage)

public:
    explicit SmcFinalSyncPage(SmcWizard *wizard);
    ~SmcFinalSyncPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// Whether a manual sync may be started now: an incremental job that is Waiting.
    model::ActionCheck manualSyncCheck() const;
    /// Whether the migration may be completed now: checkCutOver and the services stopped.
    model::ActionCheck cutOverCheck() const;
    void askToSync();
    void askToCutOver();

    QCheckBox *servicesStoppedCheck() const { return m_stopped; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *cutOverButton() const { return m_cutOver; }
    QLabel *statusLabel() const { return m_status; }

private:
    void refreshState();
    void sync();
    void cutOver();

    SmcWizard *m_wizard;
    cloudapi::CallHandle m_call;
    QCheckBox *m_stopped = nullptr;
    QLabel *m_job = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cutOver = nullptr;
    QLabel *m_status = nullptr;
    ActionGate *m_gate = nullptr;
};

} // namespace ferry::gui
