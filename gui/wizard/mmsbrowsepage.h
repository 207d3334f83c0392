// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/mms.h"

#include <QSet>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace ferry::gui {

class MmsWizard;

/// Browse what the scan found: databases, their tables (filter by name and status; rows, size,
/// status, target) and a table's columns and partitions. Column types that will not convert
/// losslessly to MaxCompute are flagged. The target mapping is shown as MMS reports it; it is
/// changed in the console. Ticked tables and partitions become the job's scope.
class MmsBrowsePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsBrowsePage)

public:
    explicit MmsBrowsePage(MmsWizard &wizard);
    ~MmsBrowsePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Shows the tables of database `name`.
    void chooseDatabase(const QString &name);
    /// Ticks or clears a table (as the person would with its box).
    bool setTableChecked(const QString &table, bool checked);
    /// Shows the columns and partitions of `table`.
    bool showTable(const QString &table);
    /// Ticks or clears a partition of the shown table.
    bool setPartitionChecked(const QString &value, bool checked);

    const QList<model::MmsDb> &databases() const { return m_dbs; }
    const QList<model::MmsTable> &tables() const { return m_tables; }
    const QList<model::MmsPartition> &partitions() const { return m_partitions; }
    QStringList checkedTables() const;
    bool isLoading() const;
    /// Texts of the lossy-type flags of the listed tables, table name -> flag.
    QMap<QString, QString> lossyFlags() const;

    QComboBox *databaseBox() const { return m_db; }
    QLineEdit *nameFilter() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    QTableWidget *tableView() const { return m_tableView; }
    QTableWidget *columnView() const { return m_columnView; }
    QTableWidget *partitionView() const { return m_partitionView; }

Q_SIGNALS:
    void databasesListed();
    void tablesListed();
    void partitionsListed();

private:
    void listDatabases();
    void listTables();
    void fillTables();
    void fillColumns(const model::MmsTable &table);
    void listPartitions(const model::MmsTable &table);
    void onTableItemChanged(QTableWidgetItem *item);
    void onPartitionItemChanged(QTableWidgetItem *item);
    void updateDbSummary();
    QString lossyText(const model::MmsTable &table) const;

    MmsWizard &m_wizard;
    cloudapi::CallHandle m_dbCall;
    cloudapi::CallHandle m_tableCall;
    cloudapi::CallHandle m_partitionCall;
    QList<model::MmsDb> m_dbs;
    QList<model::MmsTable> m_tables;
    QList<model::MmsPartition> m_partitions;
    QSet<QString> m_checked;
    QSet<qint64> m_checkedPartitions;
    qint64 m_loadedFor = 0;
    QString m_shownTable;
    bool m_filling = false;
    QComboBox *m_db = nullptr;
    QLabel *m_dbSummary = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_tableView = nullptr;
    QTableWidget *m_columnView = nullptr;
    QTableWidget *m_partitionView = nullptr;
    QLabel *m_mapping = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ferry::gui
