// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mmsdetailpanel.h"

#include "cloudapi/jobmonitor.h"
#include "gui/charts/mmsprogresschartview.h"
#include "gui/charts/timechartview.h"
#include "model/mms.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

MmsDetailPanel::MmsDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new MmsProgressChartView(this))
    , m_summary(new QLabel(this))
    , m_tasks(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("mmsDetailPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 3);
    auto *side = new QWidget(this);
    side->setMaximumWidth(340);
    auto *sideLayout = new QVBoxLayout(side);
    m_summary->setObjectName(QStringLiteral("mmsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(tr("Tasks by status"), side);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_tasks->setObjectName(QStringLiteral("mmsTasksByStatus"));
    m_tasks->setHorizontalHeaderLabels({tr("Status"), tr("Tasks")});
    m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(caption);
    sideLayout->addWidget(m_tasks, 1);
    layout->addWidget(side, 1);
}

void MmsDetailPanel::setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock)
{
    m_monitor = monitor;
    if (clock) {
        m_clock = std::move(clock);
        m_chart->setClock(m_clock);
    }
}

void MmsDetailPanel::showJob(const QString &key)
{
    m_key = key;
    m_hasHistory = false;
    m_chart->setHistory(std::make_shared<model::ProgressHistory>());
    if (const model::MmsJob *job = m_monitor ? m_monitor->mmsJob(key) : nullptr)
        m_chart->setTitle(tr("Progress of %1").arg(job->name));
    m_tasks->setRowCount(0);
    refresh();
}

void MmsDetailPanel::refresh()
{
    if (!m_monitor)
        return;
    if (const auto history = m_monitor->progressHistory(m_key)) {
        if (!m_hasHistory) {
            m_chart->setHistory(history);
            m_hasHistory = true;
        } else {
            // A view that showed everything keeps showing everything (the chart alone would
            // keep the width and follow the newest poll, hiding the start after a pause).
            const TimeChartView *view = m_chart->tasksView();
            const bool all =
                view->visibleFrom() <= view->boundsFrom() && view->visibleTo() >= view->boundsTo();
            m_chart->refresh();
            if (all)
                m_chart->showAll();
        }
    }
    if (const model::MmsJob *job = m_monitor->mmsJob(m_key)) {
        m_summary->setText(tr("Source %1, database %2 → %3.\nTasks done: %4 of %5.")
                               .arg(job->sourceName, job->srcDbName, job->dstDbName)
                               .arg(job->taskDone)
                               .arg(job->taskNum));
    }
    if (m_monitor->detailKey() != m_key)
        return;
    // Counted per status as the service names them, in the order of the task lifecycle.
    QMap<int, QPair<QString, int>> counts;
    for (const model::MmsTask &task : m_monitor->detailTasks()) {
        auto &entry = counts[int(task.status.value)];
        entry.first = model::displayName(task.status);
        ++entry.second;
    }
    m_tasks->setRowCount(int(counts.size()));
    int row = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++row) {
        auto *name = new QTableWidgetItem(it.value().first);
        auto *count = new QTableWidgetItem(QString::number(it.value().second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tasks->setItem(row, 0, name);
        m_tasks->setItem(row, 1, count);
    }
}

} // namespace ferry::gui
