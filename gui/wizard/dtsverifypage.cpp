// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsverifypage.h"

#include "gui/wizard/dtswizard.h"
#include "model/wireenum.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

DtsVerifyPage::DtsVerifyPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, 3, this))
    , m_verdict(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setTitle(tr("Verify"));
    setSubTitle(tr("What DTS reports about the data on the target."));
    m_table->setObjectName(QStringLiteral("dtsVerifyStages"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("State"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdict->setObjectName(QStringLiteral("dtsDataCheck"));
    m_verdict->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, m_wizard, &DtsWizard::refreshJob);
    connect(m_wizard, &DtsWizard::jobChanged, this, &DtsVerifyPage::update);
    update();
}

void DtsVerifyPage::initializePage()
{
    m_wizard->refreshJob();
    update();
}

void DtsVerifyPage::update()
{
    const std::optional<model::DtsJob> &job = m_wizard->job();
    if (!job) {
        m_verdict->setText(tr("Waiting for the job's state…"));
        m_table->setRowCount(0);
        return;
    }
    struct Row
    {
        QString stage;
        const model::DtsStageProgress *progress;
        bool configured;
    };
    const QList<Row> rows = {
        {tr("Schema migration"), &job->structureInitialization,
         job->migrationMode.structureInitialization},
        {tr("Full data migration"), &job->dataInitialization,
         job->migrationMode.dataInitialization},
        {tr("Incremental migration"), &job->dataSynchronization,
         job->migrationMode.dataSynchronization},
        {tr("Full data check"), &job->fullDataCheck, job->migrationMode.fullDataCheck},
        {tr("Incremental data check"), &job->incDataCheck, job->migrationMode.incDataCheck},
        {tr("Schema check"), &job->structureDataCheck, job->migrationMode.structureDataCheck},
    };
    m_table->setRowCount(int(rows.size()));
    bool anyCheck = false;
    bool inconsistent = false;
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const bool present = row.progress->isPresent();
        const QString state = present          ? model::displayName(row.progress->status)
                              : row.configured ? tr("not reported yet")
                                               : tr("not selected");
        QString details = row.progress->progress;
        if (row.progress->percent)
            details = tr("%1 % %2").arg(QString::number(*row.progress->percent, 'f', 0), details);
        if (!row.progress->errorMessage.isEmpty())
            details += QLatin1Char(' ') + row.progress->errorMessage;
        const QStringList texts = {row.stage, state, details.trimmed()};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(texts.at(c)));
        if (r >= 3 && present) {
            anyCheck = true;
            inconsistent = inconsistent ||
                           row.progress->status == model::DtsStageStatus::Inconsistency ||
                           row.progress->status == model::DtsStageStatus::Failed;
        }
    }
    QString verdict;
    if (!anyCheck)
        verdict = tr("DTS ran no data check for this job. Compare row counts of the migrated "
                     "tables on both sides before the cutover.");
    else if (inconsistent)
        verdict = tr("The data check found differences: see the details before the cutover.");
    else
        verdict = tr("The data checks found no differences so far.");
    m_wizard->settings().dataCheck = verdict;
    m_verdict->setText(verdict);
}

} // namespace ferry::gui
