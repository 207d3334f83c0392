// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsobjectspage.h"

#include "gui/wizard/dtswizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

DtsObjectsPage::DtsObjectsPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, 3, this))
    , m_newDb(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Objects to Migrate"));
    setSubTitle(tr("Tick the databases to migrate. Leave the tables empty to migrate every "
                   "table, or list some, separated by commas."));
    m_table->setObjectName(QStringLiteral("dtsObjects"));
    m_table->setHorizontalHeaderLabels(
        {tr("Source database"), tr("Target database"), tr("Tables (empty: all)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_newDb->setPlaceholderText(tr("another database name"));
    auto *add = new QPushButton(tr("&Add Database"), this);
    m_summary->setObjectName(QStringLiteral("dtsObjectsSummary"));
    m_summary->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_newDb, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    for (const char *db : {"sales", "inventory", "crm"})
        addDatabase(QString::fromLatin1(db));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_newDb->text().trimmed();
        if (name.isEmpty())
            return;
        setDatabaseChecked(name, true);
        m_newDb->clear();
    });
    connect(m_newDb, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_table, &QTableWidget::itemChanged, this, &DtsObjectsPage::updateSummary);
    updateSummary();
}

int DtsObjectsPage::addDatabase(const QString &name)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, DatabaseColumn)->text() == name)
            return r;
    }
    const QSignalBlocker block(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *db = new QTableWidgetItem(name);
    db->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    db->setCheckState(Qt::Unchecked);
    m_table->setItem(r, DatabaseColumn, db);
    m_table->setItem(r, TargetColumn, new QTableWidgetItem(name));
    m_table->setItem(r, TablesColumn, new QTableWidgetItem);
    return r;
}

void DtsObjectsPage::setDatabaseChecked(const QString &name, bool checked)
{
    const int r = addDatabase(name);
    m_table->item(r, DatabaseColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateSummary();
}

QList<cloudapi::DtsDbSelection> DtsObjectsPage::selection() const
{
    QList<cloudapi::DtsDbSelection> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, DatabaseColumn)->checkState() != Qt::Checked)
            continue;
        cloudapi::DtsDbSelection db;
        db.sourceName = m_table->item(r, DatabaseColumn)->text();
        const QString target = m_table->item(r, TargetColumn)->text().trimmed();
        if (target != db.sourceName)
            db.destName = target;
        const QStringList tables =
            m_table->item(r, TablesColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &t : tables) {
            if (!t.trimmed().isEmpty())
                db.tables.append({t.trimmed(), {}});
        }
        db.allTables = db.tables.isEmpty();
        out.append(db);
    }
    return out;
}

void DtsObjectsPage::updateSummary()
{
    const QList<cloudapi::DtsDbSelection> dbs = selection();
    int tables = 0;
    int whole = 0;
    for (const cloudapi::DtsDbSelection &db : dbs) {
        if (db.allTables)
            ++whole;
        else
            tables += int(db.tables.size());
    }
    if (dbs.isEmpty())
        m_summary->setText(tr("Nothing ticked yet."));
    else
        m_summary->setText(tr("%n database(s) ticked: ", nullptr, int(dbs.size())) +
                           tr("%n whole, ", nullptr, whole) +
                           tr("%n listed table(s).", nullptr, tables));
    Q_EMIT completeChanged();
}

bool DtsObjectsPage::isComplete() const
{
    return !selection().isEmpty();
}

bool DtsObjectsPage::validatePage()
{
    m_wizard->settings().dbList = selection();
    return !m_wizard->settings().dbList.isEmpty();
}

} // namespace ferry::gui
