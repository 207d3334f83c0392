// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/smcdetailpanel.h"

#include "cloudapi/jobmonitor.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/smcrunschartview.h"
#include "model/jobrow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace ferry::gui {

SmcDetailPanel::SmcDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new SmcRunsChartView(this))
{
    setObjectName(QStringLiteral("smcDetailPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 3);
    auto *side = new QWidget(this);
    side->setMaximumWidth(340);
    m_form = new QFormLayout(side);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_source = addFact(tr("Source server"), QStringLiteral("smcSource"));
    m_schedule = addFact(tr("Schedule"), QStringLiteral("smcSchedule"));
    m_next = addFact(tr("Next run"), QStringLiteral("smcNextRun"));
    m_images = addFact(tr("Images kept"), QStringLiteral("smcImages"));
    m_target = addFact(tr("Target"), QStringLiteral("smcTarget"));
    m_error = addFact(tr("Error"), QStringLiteral("smcError"));
    layout->addWidget(side, 1);
}

QLabel *SmcDetailPanel::addFact(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void SmcDetailPanel::setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock)
{
    m_monitor = monitor;
    if (clock) {
        m_clock = std::move(clock);
        m_chart->setClock(m_clock);
    }
}

void SmcDetailPanel::showJob(const QString &key)
{
    m_key = key;
    m_fingerprint.clear();
    if (const model::SmcReplicationJob *job = m_monitor ? m_monitor->smcJob(key) : nullptr)
        m_chart->setTitle(tr("Runs of %1").arg(job->name));
    refresh();
    m_chart->showAll();
}

void SmcDetailPanel::refresh()
{
    const model::SmcReplicationJob *job = m_monitor ? m_monitor->smcJob(m_key) : nullptr;
    if (!job)
        return;
    const model::RunSchedule schedule = model::runScheduleOf(*job);
    const QList<model::ReplicationRun> runs = model::replicationRunsOf(*job);
    // setRuns() shows everything again: only call it when something changed, so a zoom stays.
    QString fingerprint = QStringLiteral("%1/%2/%3;")
                              .arg(schedule.intervalMs)
                              .arg(schedule.maxImagesToKeep)
                              .arg(schedule.scheduledStartMs.value_or(0));
    for (const model::ReplicationRun &run : runs)
        fingerprint += QStringLiteral("%1-%2-%3;")
                           .arg(run.startMs)
                           .arg(run.endMs.value_or(-1))
                           .arg(run.imageId);
    if (fingerprint != m_fingerprint) {
        m_fingerprint = fingerprint;
        m_chart->setRuns(runs, schedule);
    }
    m_source->setText(job->sourceId);
    if (schedule.intervalMs > 0)
        m_schedule->setText(tr("Incremental, every %1 h").arg(job->frequencyHours.value_or(0)));
    else
        m_schedule->setText(tr("Runs once"));
    const qint64 now = m_clock ? m_clock() : 0;
    if (const auto next = m_chart->nextRun())
        m_next->setText(
            tr("%1 (in %2)").arg(formatMoment(*next, now), formatDuration(*next - now)));
    else
        m_next->setText(tr("None scheduled"));
    if (schedule.maxImagesToKeep > 0)
        m_images->setText(
            tr("%1 of at most %2").arg(m_chart->imagesKept()).arg(schedule.maxImagesToKeep));
    else
        m_images->setText(QString::number(m_chart->imagesKept()));
    const QString image = job->imageName.isEmpty() ? job->imageId : job->imageName;
    m_target->setText(image.isEmpty() ? job->targetType : tr("%1: %2").arg(job->targetType, image));
    m_error->setText(job->errorCode.isEmpty() ? tr("None") : job->errorCode);
}

} // namespace ferry::gui
