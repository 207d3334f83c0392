// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/smc.h"

#include <QDateTime>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class ActionGate;
class SmcWizard;

/// Step 5: starts the job (confirmed) and follows it on a timer: status, progress, every run
/// (scheduled or manual), and once the full copy is done and the job is Waiting, when the next
/// scheduled sync is due. Complete once the job is Waiting.
class SmcMonitorPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcMonitorPage)

public:
    explicit SmcMonitorPage(SmcWizard *wizard);
    ~SmcMonitorPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// Opens the confirmation for StartReplicationJob (a first start or a retry after an error).
    void askToStart();
    /// When the next scheduled sync is due: the latest run's start plus the interval.
    static std::optional<QDateTime> nextScheduledSync(const model::SmcReplicationJob &job);

    QPushButton *startButton() const { return m_start; }
    QTableWidget *runTable() const { return m_runs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *nextSyncLabel() const { return m_next; }

private:
    void show(const model::SmcReplicationJob &job);
    void start();

    SmcWizard *m_wizard;
    cloudapi::CallHandle m_call;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_runs = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_action = nullptr;
    ActionGate *m_gate = nullptr;
};

/// "Running (Syncing), 35 %": a job's state in one line (translated).
QString smcJobStateText(const model::SmcReplicationJob &job);
/// What went wrong with a job in error: its error code and status information (translated).
QString smcJobErrorText(const model::SmcReplicationJob &job);
/// That the intermediate instance and its disks of a failed job keep costing money, and how to
/// release them (translated).
QString smcCostWarningText(const model::SmcReplicationJob &job);

} // namespace ferry::gui
