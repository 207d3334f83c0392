// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/mmsparams.h"
#include "cloudapi/wiredescription.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace ferry::gui {

class ConfirmActionDialog;
class CopyableTable;
class MmsWizard;

/// Every parameter of CreateMmsJob exactly as it will be sent, with the warnings that matter:
/// the job starts at once, and writes to the source tables must stop until it is verified.
/// Creating asks once more through ConfirmActionDialog; the job is created once.
class MmsConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsConfirmPage)

public:
    explicit MmsConfirmPage(MmsWizard &wizard);
    ~MmsConfirmPage() override;

    void initializePage() override;
    bool isComplete() const override;

    const cloudapi::CreateMmsJobParams &params() const { return m_params; }
    const cloudapi::WireDescription &wire() const { return m_wire; }
    CopyableTable *parameterTable() const { return m_table; }
    QPushButton *createButton() const { return m_create; }
    /// The confirmation open now, if any.
    ConfirmActionDialog *confirmDialog() const;
    bool isCreating() const { return m_call.isActive(); }

public Q_SLOTS:
    /// Asks for confirmation; creates the job when confirmed.
    void requestCreate();

Q_SIGNALS:
    void jobCreated(qint64 jobId, qint64 asyncTaskId);

private:
    void create();

    MmsWizard &m_wizard;
    cloudapi::CreateMmsJobParams m_params;
    cloudapi::WireDescription m_wire;
    cloudapi::CallHandle m_call;
    QPointer<ConfirmActionDialog> m_dialog;
    QLabel *m_request = nullptr;
    CopyableTable *m_table = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace ferry::gui
