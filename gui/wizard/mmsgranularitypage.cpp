// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsgranularitypage.h"

#include "gui/session.h"
#include "gui/wizard/mmswizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

MmsGranularityPage::MmsGranularityPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsGranularityPage"));
    setTitle(tr("What the Job Migrates"));
    setSubTitle(tr("One job migrates one source database: all of it, the tables you ticked, or "
                   "some of their partitions."));
    auto *layout = new QVBoxLayout(this);

    auto *scope = new QGroupBox(tr("Scope"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    auto *group = new QButtonGroup(this);
    m_database = new QRadioButton(tr("The &whole database"), scope);
    m_database->setObjectName(QStringLiteral("scopeDatabase"));
    m_databaseBox = new QWidget(scope);
    auto *dbForm = new QFormLayout(m_databaseBox);
    m_white = new QLineEdit(m_databaseBox);
    m_white->setObjectName(QStringLiteral("whiteList"));
    m_white->setPlaceholderText(tr("Only these tables (comma-separated)"));
    m_black = new QLineEdit(m_databaseBox);
    m_black->setObjectName(QStringLiteral("blackList"));
    m_black->setPlaceholderText(tr("Every table except these (comma-separated)"));
    dbForm->addRow(tr("White list:"), m_white);
    dbForm->addRow(tr("Black list:"), m_black);
    m_tables = new QRadioButton(tr("The &chosen tables"), scope);
    m_tables->setObjectName(QStringLiteral("scopeTables"));
    m_tableList = new QLabel(scope);
    m_tableList->setObjectName(QStringLiteral("chosenTables"));
    m_tableList->setWordWrap(true);
    m_partitions = new QRadioButton(tr("&Partitions of the chosen tables"), scope);
    m_partitions->setObjectName(QStringLiteral("scopePartitions"));
    m_partitionBox = new QWidget(scope);
    auto *partLayout = new QVBoxLayout(m_partitionBox);
    m_partitionCount = new QLabel(m_partitionBox);
    m_partitionCount->setWordWrap(true);
    m_filters = new QTableWidget(m_partitionBox);
    m_filters->setObjectName(QStringLiteral("partitionFilters"));
    m_filters->setColumnCount(2);
    m_filters->setHorizontalHeaderLabels(
        {tr("Table"), tr("Partition filter, e.g. ds >= '20260101'")});
    m_filters->verticalHeader()->setVisible(false);
    m_filters->horizontalHeader()->setStretchLastSection(true);
    partLayout->addWidget(m_partitionCount);
    partLayout->addWidget(m_filters);
    for (QRadioButton *b : {m_database, m_tables, m_partitions})
        group->addButton(b);
    scopeLayout->addWidget(m_database);
    scopeLayout->addWidget(m_databaseBox);
    scopeLayout->addWidget(m_tables);
    scopeLayout->addWidget(m_tableList);
    scopeLayout->addWidget(m_partitions);
    scopeLayout->addWidget(m_partitionBox);
    layout->addWidget(scope, 1);

    auto *phases = new QGroupBox(tr("Phases"), this);
    auto *phaseLayout = new QVBoxLayout(phases);
    m_schema = new QCheckBox(tr("Migrate the &schema (create the tables)"), phases);
    m_data = new QCheckBox(tr("Migrate the &data"), phases);
    m_verify = new QCheckBox(tr("&Verify row counts afterwards"), phases);
    m_incremental = new QCheckBox(tr("&Incremental: only partitions changed since the last "
                                     "migration"),
                                  phases);
    m_schema->setObjectName(QStringLiteral("schemaSwitch"));
    m_data->setObjectName(QStringLiteral("dataSwitch"));
    m_verify->setObjectName(QStringLiteral("verificationSwitch"));
    m_incremental->setObjectName(QStringLiteral("incrementalSwitch"));
    for (QCheckBox *b : {m_schema, m_data, m_verify, m_incremental})
        phaseLayout->addWidget(b);
    layout->addWidget(phases);

    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("jobName"));
    m_name->setMaxLength(128);
    nameForm->addRow(tr("Job &name:"), m_name);
    layout->addLayout(nameForm);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("granularityProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    for (QRadioButton *b : {m_database, m_tables, m_partitions})
        connect(b, &QRadioButton::toggled, this, &MmsGranularityPage::update);
    for (QCheckBox *b : {m_schema, m_data, m_verify, m_incremental})
        connect(b, &QCheckBox::toggled, this, &MmsGranularityPage::update);
    for (QLineEdit *e : {m_white, m_black, m_name})
        connect(e, &QLineEdit::textChanged, this, &MmsGranularityPage::update);
    connect(m_filters, &QTableWidget::itemChanged, this, &MmsGranularityPage::update);
}

void MmsGranularityPage::initializePage()
{
    const MmsWizardSettings &s = m_wizard.settings();
    const QSignalBlocker blocker(m_filters);
    switch (s.granularity) {
    case MmsGranularity::Database:
        m_database->setChecked(true);
        break;
    case MmsGranularity::Tables:
        m_tables->setChecked(true);
        break;
    case MmsGranularity::Partitions:
        m_partitions->setChecked(true);
        break;
    }
    if (s.tables.isEmpty() && s.granularity == MmsGranularity::Tables)
        m_database->setChecked(true);
    if (!s.partitionIds.isEmpty())
        m_partitions->setChecked(true);
    m_white->setText(s.tableWhiteList.join(QStringLiteral(", ")));
    m_black->setText(s.tableBlackList.join(QStringLiteral(", ")));
    m_tableList->setText(s.tables.isEmpty() ? tr("No tables ticked on the previous page.")
                                            : tr("%n table(s): %1", nullptr, int(s.tables.size()))
                                                  .arg(s.tables.join(QStringLiteral(", "))));
    m_partitionCount->setText(
        tr("%n partition(s) ticked; a filter selects more.", nullptr, int(s.partitionIds.size())));
    m_filters->setRowCount(int(s.tables.size()));
    for (int row = 0; row < s.tables.size(); ++row) {
        auto *table = new QTableWidgetItem(s.tables.at(row));
        table->setFlags(Qt::ItemIsEnabled);
        m_filters->setItem(row, 0, table);
        m_filters->setItem(row, 1,
                           new QTableWidgetItem(s.partitionFilters.value(s.tables.at(row))));
    }
    m_filters->resizeColumnToContents(0);
    m_schema->setChecked(s.schemaMigration);
    m_data->setChecked(s.dataMigration);
    m_verify->setChecked(s.verification);
    m_incremental->setChecked(s.incremental);
    if (s.jobName.isEmpty()) {
        const qint64 now =
            m_wizard.session() ? m_wizard.session()->nowMs() : QDateTime::currentMSecsSinceEpoch();
        m_name->setText(QStringLiteral("%1_%2_%3")
                            .arg(s.sourceName, s.dbName,
                                 QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                                     .toString(QStringLiteral("yyyyMMdd_HHmm"))));
    } else {
        m_name->setText(s.jobName);
    }
    update();
}

MmsWizardSettings MmsGranularityPage::pending() const
{
    MmsWizardSettings s = m_wizard.settings();
    s.granularity = m_database->isChecked()     ? MmsGranularity::Database
                    : m_partitions->isChecked() ? MmsGranularity::Partitions
                                                : MmsGranularity::Tables;
    s.tableWhiteList = splitList(m_white->text());
    s.tableBlackList = splitList(m_black->text());
    s.partitionFilters.clear();
    for (int row = 0; row < m_filters->rowCount(); ++row) {
        const QTableWidgetItem *table = m_filters->item(row, 0);
        const QTableWidgetItem *filter = m_filters->item(row, 1);
        if (table && filter && !filter->text().trimmed().isEmpty())
            s.partitionFilters.insert(table->text(), filter->text().trimmed());
    }
    s.schemaMigration = m_schema->isChecked();
    s.dataMigration = m_data->isChecked();
    s.verification = m_verify->isChecked();
    s.incremental = m_incremental->isChecked();
    s.jobName = m_name->text().trimmed();
    return s;
}

bool MmsGranularityPage::isComplete() const
{
    return pending().problem().isEmpty();
}

bool MmsGranularityPage::validatePage()
{
    const MmsWizardSettings s = pending();
    if (!s.problem().isEmpty())
        return false;
    m_wizard.settings() = s;
    return true;
}

void MmsGranularityPage::update()
{
    m_databaseBox->setEnabled(m_database->isChecked());
    m_partitionBox->setEnabled(m_partitions->isChecked());
    m_tables->setEnabled(!m_wizard.settings().tables.isEmpty());
    m_partitions->setEnabled(!m_wizard.settings().tables.isEmpty());
    m_verify->setEnabled(m_data->isChecked());
    m_problem->setText(pending().problem());
    Q_EMIT completeChanged();
}

} // namespace ferry::gui
