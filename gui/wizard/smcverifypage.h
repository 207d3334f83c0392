// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace ferry::gui {

class ActionGate;
class SmcWizard;

/// Step 7: the result. While the last sync runs, its progress; when the job is Finished, the
/// image or instance SMC made and what to check on it; when it is InError, what SMC said, how
/// to troubleshoot, a retry (confirmed), and a warning that the intermediate instance and its
/// disks keep costing money until released, with how to release them.
class SmcVerifyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcVerifyPage)

public:
    explicit SmcVerifyPage(SmcWizard *wizard);
    ~SmcVerifyPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void askToRetry();

    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    QWidget *errorPanel() const { return m_errorPanel; }
    QLabel *costWarning() const { return m_cost; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void refreshState();
    void retry();

    SmcWizard *m_wizard;
    cloudapi::CallHandle m_call;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_cost = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_retryStatus = nullptr;
    ActionGate *m_gate = nullptr;
};

} // namespace ferry::gui
