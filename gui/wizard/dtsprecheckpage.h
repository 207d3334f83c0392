// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/dts.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ferry::gui {

class ActionGate;
class DtsWizard;

/// The precheck of the job (DescribePreCheckStatus, polled on a timer): every item with its
/// state, failures with DTS's repair advice. After a failure the person fixes the source and
/// runs the precheck again (StartDtsJob, behind a confirmation, offered only while the job's
/// state allows it).
class DtsPrecheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsPrecheckPage)

public:
    enum Column
    {
        ItemColumn,
        StateColumn,
        ProblemColumn,
        RepairColumn
    };

    explicit DtsPrecheckPage(DtsWizard *wizard);
    ~DtsPrecheckPage() override;

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *rerunButton() const { return m_rerun; }
    /// The last answer, once there is one.
    const std::optional<model::DtsPrecheckStatus> &status() const { return m_last; }
    bool hasFailed() const;
    bool hasPassed() const { return m_passed; }

    /// Asks for the precheck status now.
    void poll();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void show(const model::DtsPrecheckStatus &status);
    void rerun();
    void updateState();

    DtsWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_rerun = nullptr;
    ActionGate *m_gate = nullptr;
    QTimer *m_timer = nullptr;
    std::optional<model::DtsPrecheckStatus> m_last;
    bool m_passed = false;
    bool m_busy = false;
    cloudapi::CallHandle m_poll;
    cloudapi::CallHandle m_call;
};

} // namespace ferry::gui
