// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/wizard/mmswizardsettings.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace ferry::gui {

class MmsWizard;

/// How much one job migrates: a whole database (with a white or black list of tables), the
/// chosen tables, or chosen partitions and partition filters; and which phases run (schema,
/// data, verification, incremental).
class MmsGranularityPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsGranularityPage)

public:
    explicit MmsGranularityPage(MmsWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The settings as the page's fields would make them.
    MmsWizardSettings pending() const;

    QRadioButton *databaseOption() const { return m_database; }
    QRadioButton *tablesOption() const { return m_tables; }
    QRadioButton *partitionsOption() const { return m_partitions; }
    QLineEdit *whiteListEdit() const { return m_white; }
    QLineEdit *blackListEdit() const { return m_black; }
    QTableWidget *filterTable() const { return m_filters; }
    QCheckBox *schemaBox() const { return m_schema; }
    QCheckBox *dataBox() const { return m_data; }
    QCheckBox *verificationBox() const { return m_verify; }
    QCheckBox *incrementalBox() const { return m_incremental; }
    QLineEdit *jobNameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void update();

    MmsWizard &m_wizard;
    QRadioButton *m_database = nullptr;
    QRadioButton *m_tables = nullptr;
    QRadioButton *m_partitions = nullptr;
    QWidget *m_databaseBox = nullptr;
    QWidget *m_partitionBox = nullptr;
    QLineEdit *m_white = nullptr;
    QLineEdit *m_black = nullptr;
    QLabel *m_tableList = nullptr;
    QLabel *m_partitionCount = nullptr;
    QTableWidget *m_filters = nullptr;
    QCheckBox *m_schema = nullptr;
    QCheckBox *m_data = nullptr;
    QCheckBox *m_verify = nullptr;
    QCheckBox *m_incremental = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ferry::gui
