// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsverifypage.h"

#include "cloudapi/mmsclient.h"
#include "gui/wizard/mmswizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QString outcomeText(MmsVerification::Outcome o)
{
    switch (o) {
    case MmsVerification::Outcome::Pending:
        return MmsVerifyPage::tr("not verified yet");
    case MmsVerification::Outcome::Passed:
        return MmsVerifyPage::tr("passed");
    case MmsVerification::Outcome::Failed:
        return MmsVerifyPage::tr("FAILED");
    case MmsVerification::Outcome::Skipped:
        return MmsVerifyPage::tr("not verified (verification off)");
    }
    return {};
}

} // namespace

MmsVerifyPage::MmsVerifyPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsVerifyPage"));
    setTitle(tr("Verification"));
    setSubTitle(tr("MMS compares the row counts of source and target for each table; these are "
                   "the results from the task logs."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("verificationTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Source table"), tr("Target table"), tr("Source rows"),
                                        tr("Target rows"), tr("Result")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("verificationSummary"));
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshVerification"));
    row->addWidget(m_summary, 1);
    row->addWidget(m_refresh);
    layout->addLayout(row);
    connect(m_refresh, &QPushButton::clicked, this, &MmsVerifyPage::refresh);
}

MmsVerifyPage::~MmsVerifyPage()
{
    m_call.cancel();
}

void MmsVerifyPage::initializePage()
{
    refresh();
}

void MmsVerifyPage::refresh()
{
    const MmsWizardSettings &s = m_wizard.settings();
    if (!m_wizard.session() || s.jobId == 0 || m_call.isActive())
        return;
    m_summary->setText(tr("Reading the task logs…"));
    cloudapi::MmsTaskQuery q;
    q.sourceId = s.sourceId;
    q.jobId = s.jobId;
    m_call = m_wizard.mms().fetchAllTasks(
        q, this, {}, [this](cloudapi::Result<QList<model::MmsTask>> r) {
            if (!r) {
                m_summary->setText(m_wizard.reportError(r.error()));
                return;
            }
            m_pending = r.value();
            m_results.clear();
            loadNext();
        });
}

void MmsVerifyPage::loadNext()
{
    // One task's logs at a time keeps a job with many tables from flooding the service.
    if (m_pending.isEmpty()) {
        m_results = verificationByTable(m_results);
        fill();
        Q_EMIT resultsReady();
        return;
    }
    const model::MmsTask task = m_pending.takeFirst();
    m_call =
        m_wizard.mms().listTaskLogs({m_wizard.settings().sourceId, task.id}, this,
                                    [this, task](cloudapi::Result<QList<model::MmsTaskLog>> r) {
                                        if (!r) {
                                            m_summary->setText(m_wizard.reportError(r.error()));
                                            m_pending.clear();
                                            fill();
                                            return;
                                        }
                                        m_results.append(verificationFromLogs(task, r.value()));
                                        loadNext();
                                    });
}

void MmsVerifyPage::fill()
{
    m_table->setRowCount(int(m_results.size()));
    int passed = 0;
    int failed = 0;
    for (int row = 0; row < m_results.size(); ++row) {
        const MmsVerification &v = m_results.at(row);
        passed += v.outcome == MmsVerification::Outcome::Passed;
        failed += v.outcome == MmsVerification::Outcome::Failed;
        const QStringList cells = {v.sourceTable, v.targetTable,
                                   v.sourceRows ? QLocale().toString(*v.sourceRows) : tr("—"),
                                   v.targetRows ? QLocale().toString(*v.targetRows) : tr("—"),
                                   outcomeText(v.outcome)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (c == 4 && !v.message.isEmpty())
                item->setToolTip(v.message);
            if (c == 4 && v.outcome == MmsVerification::Outcome::Failed)
                item->setForeground(QColor(0xc0, 0x1c, 0x28));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 of %n table(s) verified, %2 failed.", nullptr, int(m_results.size()))
                           .arg(passed)
                           .arg(failed));
}

} // namespace ferry::gui
