// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dtsdetailpanel.h"

#include "cloudapi/jobmonitor.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/lagchartview.h"
#include "model/laggate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace ferry::gui {

namespace {

QString stageText(const QString &name, const model::Wire<model::DtsStageStatus> &status,
                  const std::optional<double> &percent)
{
    if (!status.isPresent())
        return {};
    QString text = QCoreApplication::translate("ferry::gui::DtsDetailPanel", "%1: %2")
                       .arg(name, model::displayName(status));
    if (percent && status != model::DtsStageStatus::NotStarted)
        text += QCoreApplication::translate("ferry::gui::DtsDetailPanel", " (%1 %)")
                    .arg(formatNumber(*percent, 0));
    return text;
}

QString stageText(const QString &name, const model::DtsStageProgress &stage)
{
    return stageText(name, stage.status, stage.percent);
}

QString endpointText(const model::DtsEndpoint &e)
{
    if (!e.instanceId.isEmpty())
        return e.engineName.isEmpty() ? e.instanceId
                                      : QStringLiteral("%1 (%2)").arg(e.instanceId, e.engineName);
    if (!e.ip.isEmpty())
        return QStringLiteral("%1:%2").arg(e.ip, e.port);
    return e.instanceType;
}

} // namespace

DtsDetailPanel::DtsDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new LagChartView(this))
{
    setObjectName(QStringLiteral("dtsDetailPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 3);
    auto *side = new QWidget(this);
    side->setMaximumWidth(340);
    m_form = new QFormLayout(side);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_type = addFact(tr("Type"), QStringLiteral("dtsType"));
    m_stages = addFact(tr("Stages"), QStringLiteral("dtsStages"));
    m_checkpoint = addFact(tr("Checkpoint"), QStringLiteral("dtsCheckpoint"));
    m_throughput = addFact(tr("Throughput"), QStringLiteral("dtsThroughput"));
    m_endpoints = addFact(tr("From → to"), QStringLiteral("dtsEndpoints"));
    m_error = addFact(tr("Error"), QStringLiteral("dtsError"));
    layout->addWidget(side, 1);
}

QLabel *DtsDetailPanel::addFact(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void DtsDetailPanel::setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock)
{
    m_monitor = monitor;
    if (clock) {
        m_clock = std::move(clock);
        m_chart->setClock(m_clock);
    }
    if (!monitor) {
        m_chart->setLagSeries(std::make_shared<model::Series>());
        return;
    }
    const qint64 interval = monitor->config().listTiming.activeIntervalMs;
    model::LagGateConfig gate = model::LagGateConfig::forPollInterval(interval);
    gate.thresholdMs = monitor->config().lagThresholdMs;
    m_chart->setGateConfig(gate);
}

void DtsDetailPanel::showJob(const QString &key)
{
    m_key = key;
    if (!m_monitor)
        return;
    const QString id = key.mid(4);
    m_chart->setLagSeries(m_monitor->lagSeries(id));
    const model::DtsJob *job = m_monitor->dtsJob(key);
    m_chart->setTitle(job ? tr("Replication lag of %1").arg(job->name)
                          : tr("Replication lag of %1").arg(id));
    refresh();
}

void DtsDetailPanel::refresh()
{
    if (!m_monitor)
        return;
    m_chart->refresh();
    const model::DtsJob *job = m_monitor->dtsJob(m_key);
    if (!job)
        return;
    m_type->setText(model::displayName(job->jobType));
    QStringList stages;
    for (const QString &s : {stageText(tr("Precheck"), job->precheck.status, job->precheck.percent),
                             stageText(tr("Schema"), job->structureInitialization),
                             stageText(tr("Full data"), job->dataInitialization),
                             stageText(tr("Incremental"), job->dataSynchronization)}) {
        if (!s.isEmpty())
            stages << s;
    }
    m_stages->setText(stages.isEmpty() ? tr("–") : stages.join(QLatin1Char('\n')));
    const qint64 now = m_clock ? m_clock() : 0;
    m_checkpoint->setText(job->checkpoint && *job->checkpoint > 0
                              ? formatMoment(*job->checkpoint * 1000, now)
                              : tr("–"));
    if (job->performance.rpsValue || job->performance.flowMBps)
        m_throughput->setText(tr("%1 records/s, %2 MB/s")
                                  .arg(formatNumber(job->performance.rpsValue.value_or(0), 0),
                                       formatNumber(job->performance.flowMBps.value_or(0), 2)));
    else
        m_throughput->setText(tr("–"));
    m_endpoints->setText(
        tr("%1 → %2").arg(endpointText(job->source), endpointText(job->destination)));
    m_error->setText(job->errorMessage.isEmpty() ? tr("None") : job->errorMessage);
}

} // namespace ferry::gui
