// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace ferry::gui {

class DtsWizard;

/// Which stages the job runs: schema migration, full data migration and incremental migration.
class DtsModesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsModesPage)

public:
    explicit DtsModesPage(DtsWizard *wizard);

    QCheckBox *schemaBox() const { return m_schema; }
    QCheckBox *fullBox() const { return m_full; }
    QCheckBox *incrementalBox() const { return m_incremental; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateNote();

    DtsWizard *m_wizard;
    QCheckBox *m_schema = nullptr;
    QCheckBox *m_full = nullptr;
    QCheckBox *m_incremental = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace ferry::gui
