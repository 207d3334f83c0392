// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class DtsWizard;

/// What DTS reports to verify the migration with: the data check stages (full, incremental and
/// schema checks) and the outcome of each migration stage.
class DtsVerifyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsVerifyPage)

public:
    explicit DtsVerifyPage(DtsWizard *wizard);

    QTableWidget *table() const { return m_table; }
    QLabel *verdictLabel() const { return m_verdict; }

    void initializePage() override;

private:
    void update();

    DtsWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace ferry::gui
