// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsbrowsepage.h"

#include "cloudapi/mmsclient.h"
#include "gui/wizard/mmstypecheck.h"
#include "gui/wizard/mmswizard.h"
#include "gui/wizard/wizardtables.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum TableColumn
{
    TableName,
    TablePartitions,
    TableRows,
    TableSize,
    TableStatus,
    TableTarget,
    TableLossy,
    TableColumnCount
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

MmsBrowsePage::MmsBrowsePage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsBrowsePage"));
    setTitle(tr("Databases, Tables and Partitions"));
    setSubTitle(tr("Tick the tables to migrate; open a table to see its columns and pick "
                   "partitions. Flagged column types lose precision or structure in MaxCompute."));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QGridLayout;
    m_db = new QComboBox(this);
    m_db->setObjectName(QStringLiteral("browseDatabase"));
    m_db->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *dbLabel = new QLabel(tr("&Database:"), this);
    dbLabel->setBuddy(m_db);
    m_dbSummary = new QLabel(this);
    m_dbSummary->setObjectName(QStringLiteral("databaseSummary"));
    m_dbSummary->setWordWrap(true);
    top->addWidget(dbLabel, 0, 0);
    top->addWidget(m_db, 0, 1);
    top->addWidget(m_dbSummary, 0, 2, 1, 3);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setPlaceholderText(tr("Part of a table name"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const auto s :
         {model::MmsObjectStatus::Init, model::MmsObjectStatus::Doing, model::MmsObjectStatus::Done,
          model::MmsObjectStatus::PartDone, model::MmsObjectStatus::Failed})
        m_status->addItem(model::displayName(s), model::toWire(s));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    top->addWidget(filterLabel, 1, 0);
    top->addWidget(m_filter, 1, 1, 1, 2);
    top->addWidget(statusLabel, 1, 3);
    top->addWidget(m_status, 1, 4);
    top->setColumnStretch(2, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tableView = makeRowTable({tr("Table"), tr("Partitions"), tr("Rows"), tr("Size"), tr("Status"),
                                tr("Target (project.schema.table)"), tr("Type conversion")},
                               "browseTables", splitter);
    splitter->addWidget(m_tableView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_columnView =
        makeRowTable({tr("Column"), tr("Type"), tr("In MaxCompute")}, "browseColumns", lower);
    m_partitionView = makeRowTable({tr("Partition"), tr("Rows"), tr("Size"), tr("Status")},
                                   "browsePartitions", lower);
    lowerLayout->addWidget(m_columnView, 1);
    lowerLayout->addWidget(m_partitionView, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_mapping = new QLabel(this);
    m_mapping->setObjectName(QStringLiteral("mappingNote"));
    m_mapping->setWordWrap(true);
    m_mapping->setTextFormat(Qt::RichText);
    layout->addWidget(m_mapping);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("browseMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_db, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            chooseDatabase(m_db->currentText());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &MmsBrowsePage::fillTables);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MmsBrowsePage::fillTables);
    connect(m_tableView, &QTableWidget::itemChanged, this, &MmsBrowsePage::onTableItemChanged);
    connect(m_partitionView, &QTableWidget::itemChanged, this,
            &MmsBrowsePage::onPartitionItemChanged);
    connect(m_tableView, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_filling)
            return;
        const auto items = m_tableView->selectedItems();
        if (!items.isEmpty())
            showTable(m_tableView->item(items.first()->row(), TableName)->text());
    });
    connect(m_mapping, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
}

MmsBrowsePage::~MmsBrowsePage() = default;

void MmsBrowsePage::initializePage()
{
    const MmsWizardSettings &s = m_wizard.settings();
    m_mapping->setText(
        tr("Tables go to the project %1 under the same names unless a mapping says otherwise. "
           "Mappings are set in the <a href=\"%2\">MaxCompute console</a>; refresh this page "
           "afterwards.")
            .arg(s.dstProject.toHtmlEscaped(),
                 MmsWizard::consoleUrl(m_wizard.consoleRegion()).toString()));
    if (m_loadedFor != s.sourceId) {
        m_loadedFor = s.sourceId;
        m_dbs.clear();
        m_tables.clear();
        m_partitions.clear();
        m_checked.clear();
        m_checkedPartitions.clear();
        m_shownTable.clear();
        m_tableView->setRowCount(0);
        m_columnView->setRowCount(0);
        m_partitionView->setRowCount(0);
    }
    listDatabases();
}

bool MmsBrowsePage::isComplete() const
{
    return !m_wizard.settings().dbName.isEmpty() && !m_tableCall.isActive();
}

bool MmsBrowsePage::validatePage()
{
    MmsWizardSettings &s = m_wizard.settings();
    s.tables = checkedTables();
    s.partitionIds.clear();
    for (const model::MmsPartition &p : std::as_const(m_partitions)) {
        if (m_checkedPartitions.contains(p.id))
            s.partitionIds.append(p.id);
    }
    return true;
}

bool MmsBrowsePage::isLoading() const
{
    return m_dbCall.isActive() || m_tableCall.isActive() || m_partitionCall.isActive();
}

void MmsBrowsePage::listDatabases()
{
    if (!m_wizard.session())
        return;
    m_dbCall.cancel();
    m_message->setText(tr("Listing databases…"));
    cloudapi::MmsDbQuery q;
    q.sourceId = m_wizard.settings().sourceId;
    m_dbCall =
        m_wizard.mms().fetchAllDbs(q, this, {}, [this](cloudapi::Result<QList<model::MmsDb>> r) {
            if (!r) {
                m_message->setText(m_wizard.reportError(r.error()));
                return;
            }
            m_dbs = std::move(r).value();
            m_message->setText(m_dbs.isEmpty() ? tr("MMS lists no databases yet: scan first.")
                                               : QString());
            m_filling = true;
            m_db->clear();
            for (const model::MmsDb &db : std::as_const(m_dbs))
                m_db->addItem(db.name);
            m_filling = false;
            QString want = m_wizard.settings().dbName;
            if (want.isEmpty())
                want = m_wizard.settings().scanDbName;
            const int index = m_db->findText(want);
            if (!m_dbs.isEmpty())
                chooseDatabase(m_db->itemText(index >= 0 ? index : 0));
            Q_EMIT databasesListed();
        });
}

void MmsBrowsePage::chooseDatabase(const QString &name)
{
    MmsWizardSettings &s = m_wizard.settings();
    if (s.dbName != name) {
        m_checked.clear();
        m_checkedPartitions.clear();
        m_partitions.clear();
        m_shownTable.clear();
    }
    s.dbName = name;
    m_filling = true;
    m_db->setCurrentIndex(m_db->findText(name));
    m_filling = false;
    updateDbSummary();
    listTables();
    Q_EMIT completeChanged();
}

void MmsBrowsePage::updateDbSummary()
{
    const QString name = m_wizard.settings().dbName;
    for (const model::MmsDb &db : std::as_const(m_dbs)) {
        if (db.name != name)
            continue;
        m_dbSummary->setText(tr("%n table(s), %1, %2 rows; status %3", nullptr, int(db.tables))
                                 .arg(sizeText(db.size), QLocale().toString(db.numRows),
                                      model::displayName(db.status)));
    }
}

void MmsBrowsePage::listTables()
{
    m_tableCall.cancel();
    cloudapi::MmsTableQuery q;
    q.sourceId = m_wizard.settings().sourceId;
    q.dbName = m_wizard.settings().dbName;
    m_tables.clear();
    fillTables();
    m_tableCall = m_wizard.mms().fetchAllTables(
        q, this, {}, [this](cloudapi::Result<QList<model::MmsTable>> r) {
            if (!r) {
                m_message->setText(m_wizard.reportError(r.error()));
                Q_EMIT completeChanged();
                return;
            }
            m_tables = std::move(r).value();
            fillTables();
            Q_EMIT completeChanged();
            Q_EMIT tablesListed();
        });
}

QString MmsBrowsePage::lossyText(const model::MmsTable &table) const
{
    QStringList out;
    for (const model::MmsColumn &c : table.columns + table.partitionColumns) {
        const QString why = lossyConversion(m_wizard.settings().sourceType, c.type);
        if (!why.isEmpty())
            out.append(tr("%1 %2: %3").arg(c.name, c.type, why));
    }
    return out.join(QStringLiteral("; "));
}

QMap<QString, QString> MmsBrowsePage::lossyFlags() const
{
    QMap<QString, QString> out;
    for (const model::MmsTable &t : m_tables) {
        const QString text = lossyText(t);
        if (!text.isEmpty())
            out.insert(t.name, text);
    }
    return out;
}

void MmsBrowsePage::fillTables()
{
    m_filling = true;
    const QString filter = m_filter->text().trimmed();
    const QString status = m_status->currentData().toString();
    m_tableView->setRowCount(0);
    for (const model::MmsTable &t : std::as_const(m_tables)) {
        if (!filter.isEmpty() && !t.name.contains(filter, Qt::CaseInsensitive))
            continue;
        if (!status.isEmpty() && model::toWire(t.status) != status)
            continue;
        const int row = m_tableView->rowCount();
        m_tableView->insertRow(row);
        auto *name = new QTableWidgetItem(t.name);
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(m_checked.contains(t.name) ? Qt::Checked : Qt::Unchecked);
        m_tableView->setItem(row, TableName, name);
        m_tableView->setItem(
            row, TablePartitions,
            readOnlyCell(t.hasPartitions ? QLocale().toString(t.partitions) : tr("—")));
        m_tableView->setItem(row, TableRows, readOnlyCell(QLocale().toString(t.numRows)));
        m_tableView->setItem(row, TableSize, readOnlyCell(sizeText(t.size)));
        m_tableView->setItem(row, TableStatus, readOnlyCell(model::displayName(t.status)));
        const QString target =
            QStringList{t.dstProjectName, t.dstSchemaName, t.dstName}.join(QLatin1Char('.'));
        m_tableView->setItem(row, TableTarget, readOnlyCell(target));
        const QString lossy = lossyText(t);
        auto *flag = readOnlyCell(lossy.isEmpty() ? tr("lossless") : tr("⚠ %1").arg(lossy));
        if (!lossy.isEmpty()) {
            flag->setForeground(QColor(0xb0, 0x3a, 0x00));
            flag->setToolTip(lossy);
        }
        m_tableView->setItem(row, TableLossy, flag);
    }
    m_tableView->resizeColumnsToContents();
    m_filling = false;
}

bool MmsBrowsePage::setTableChecked(const QString &table, bool checked)
{
    for (int row = 0; row < m_tableView->rowCount(); ++row) {
        QTableWidgetItem *item = m_tableView->item(row, TableName);
        if (item->text() == table) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList MmsBrowsePage::checkedTables() const
{
    QStringList out;
    for (const model::MmsTable &t : m_tables) {
        if (m_checked.contains(t.name))
            out.append(t.name);
    }
    return out;
}

void MmsBrowsePage::onTableItemChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() != TableName)
        return;
    if (item->checkState() == Qt::Checked)
        m_checked.insert(item->text());
    else
        m_checked.remove(item->text());
}

bool MmsBrowsePage::showTable(const QString &name)
{
    const auto it = std::find_if(m_tables.cbegin(), m_tables.cend(),
                                 [&name](const model::MmsTable &t) { return t.name == name; });
    if (it == m_tables.cend())
        return false;
    if (m_shownTable == name)
        return true;
    m_shownTable = name;
    fillColumns(*it);
    listPartitions(*it);
    return true;
}

void MmsBrowsePage::fillColumns(const model::MmsTable &table)
{
    m_columnView->setRowCount(0);
    const auto add = [this](const model::MmsColumn &c, bool partition) {
        const int row = m_columnView->rowCount();
        m_columnView->insertRow(row);
        m_columnView->setItem(
            row, 0, readOnlyCell(partition ? tr("%1 (partition key)").arg(c.name) : c.name));
        m_columnView->setItem(row, 1, readOnlyCell(c.type));
        const QString why = lossyConversion(m_wizard.settings().sourceType, c.type);
        auto *flag = readOnlyCell(why.isEmpty() ? tr("lossless") : tr("⚠ %1").arg(why));
        if (!why.isEmpty())
            flag->setForeground(QColor(0xb0, 0x3a, 0x00));
        m_columnView->setItem(row, 2, flag);
    };
    for (const model::MmsColumn &c : table.columns)
        add(c, false);
    for (const model::MmsColumn &c : table.partitionColumns)
        add(c, true);
    m_columnView->resizeColumnsToContents();
}

void MmsBrowsePage::listPartitions(const model::MmsTable &table)
{
    m_partitionCall.cancel();
    m_partitionView->setRowCount(0);
    if (!table.hasPartitions)
        return;
    cloudapi::MmsPartitionQuery q;
    q.sourceId = table.sourceId ? table.sourceId : m_wizard.settings().sourceId;
    q.tableId = table.id;
    q.pageSize = 200;
    const QString tableName = table.name;
    // The first page is enough to pick from; larger sets are chosen with a partition filter.
    m_partitionCall = m_wizard.mms().listPartitions(
        q, this, [this, tableName](cloudapi::Result<model::Page<model::MmsPartition>> r) {
            if (!r) {
                m_message->setText(m_wizard.reportError(r.error()));
                return;
            }
            if (m_shownTable != tableName)
                return;
            // Ticks of other tables' partitions stay valid; replace this table's list.
            QList<model::MmsPartition> kept;
            for (const model::MmsPartition &p : std::as_const(m_partitions)) {
                if (p.tableName != tableName)
                    kept.append(p);
            }
            const QList<model::MmsPartition> items = r.value().items;
            m_partitions = kept + items;
            m_filling = true;
            m_partitionView->setRowCount(0);
            for (const model::MmsPartition &p : items) {
                const int row = m_partitionView->rowCount();
                m_partitionView->insertRow(row);
                auto *value = new QTableWidgetItem(p.value);
                value->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                value->setCheckState(m_checkedPartitions.contains(p.id) ? Qt::Checked
                                                                        : Qt::Unchecked);
                value->setData(Qt::UserRole, p.id);
                m_partitionView->setItem(row, 0, value);
                m_partitionView->setItem(row, 1, readOnlyCell(QLocale().toString(p.numRows)));
                m_partitionView->setItem(row, 2, readOnlyCell(sizeText(p.size)));
                m_partitionView->setItem(row, 3, readOnlyCell(model::displayName(p.status)));
            }
            m_partitionView->resizeColumnsToContents();
            m_filling = false;
            if (r.value().total > items.size())
                m_message->setText(tr("Showing %1 of %2 partitions; use a partition filter on "
                                      "the next page for the rest.")
                                       .arg(items.size())
                                       .arg(r.value().total));
            Q_EMIT partitionsListed();
        });
}

bool MmsBrowsePage::setPartitionChecked(const QString &value, bool checked)
{
    for (int row = 0; row < m_partitionView->rowCount(); ++row) {
        QTableWidgetItem *item = m_partitionView->item(row, 0);
        if (item->text() == value) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void MmsBrowsePage::onPartitionItemChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() != 0)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (item->checkState() == Qt::Checked)
        m_checkedPartitions.insert(id);
    else
        m_checkedPartitions.remove(id);
}

} // namespace ferry::gui
