// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "gui/wizard/mmsverification.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class MmsWizard;

/// Verification per table: the row counts of source and target and the verdict, read from each
/// task's logs.
class MmsVerifyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsVerifyPage)

public:
    explicit MmsVerifyPage(MmsWizard &wizard);
    ~MmsVerifyPage() override;

    void initializePage() override;

    const QList<MmsVerification> &results() const { return m_results; }
    bool isLoading() const { return m_call.isActive(); }
    QTableWidget *resultTable() const { return m_table; }
    QPushButton *refreshButton() const { return m_refresh; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void resultsReady();

private:
    void loadNext();
    void fill();

    MmsWizard &m_wizard;
    cloudapi::CallHandle m_call;
    QList<model::MmsTask> m_pending;
    QList<MmsVerification> m_results;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace ferry::gui
