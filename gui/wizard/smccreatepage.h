// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/smcparams.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class ActionGate;
class SmcWizard;

/// Step 4: creates the incremental replication job. The parameters are shown exactly as they
/// will be sent (ClientToken included, so a repeated click or a retry makes the job once), and
/// CreateReplicationJob goes out only after ConfirmActionDialog. A commit page: once the job
/// exists the wizard does not go back.
class SmcCreatePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcCreatePage)

public:
    explicit SmcCreatePage(SmcWizard *wizard);
    ~SmcCreatePage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// Opens the confirmation; the job is created when it is confirmed.
    void askToCreate();
    /// The parameters that will be sent.
    const cloudapi::CreateReplicationJobParams &params() const { return m_params; }
    bool isCreating() const { return m_call.isActive(); }

    QPushButton *createButton() const { return m_create; }
    QTableWidget *parameterTable() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

private:
    void create();

    SmcWizard *m_wizard;
    cloudapi::CreateReplicationJobParams m_params;
    cloudapi::CallHandle m_call;
    QTableWidget *m_table = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
    ActionGate *m_gate = nullptr;
};

} // namespace ferry::gui
