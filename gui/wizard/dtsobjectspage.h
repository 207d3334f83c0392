// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsparams.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ferry::gui {

class DtsWizard;

/// What to migrate: the databases (ticked), each under its target name, whole or limited to
/// listed tables. Builds the job's DbList.
class DtsObjectsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsObjectsPage)

public:
    enum Column
    {
        DatabaseColumn,
        TargetColumn,
        TablesColumn
    };

    explicit DtsObjectsPage(DtsWizard *wizard);

    QTableWidget *table() const { return m_table; }
    /// Adds a database row (unticked) unless it is there; returns its row.
    int addDatabase(const QString &name);
    /// Ticks or unticks the database `name`.
    void setDatabaseChecked(const QString &name, bool checked);
    /// The DbList of the ticked rows.
    QList<cloudapi::DtsDbSelection> selection() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateSummary();

    DtsWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newDb = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ferry::gui
