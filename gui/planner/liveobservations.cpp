// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/liveobservations.h"

#include "cloudapi/gatedetailwatcher.h"
#include "cloudapi/jobmonitor.h"
#include "cloudapi/mmsjobwatcher.h"
#include "gui/planner/plandocument.h"
#include "model/observe.h"
#include "model/plan.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

// Lag older than the longest window (plus slack for the gap rule) cannot change a gate.
constexpr int kLagSlackMinutes = 10;

template<class T>
T *findJob(QList<T> &list, const QString &jobId)
{
    for (T &item : list) {
        if (item.jobId == jobId)
            return &item;
    }
    return nullptr;
}

void later(QDateTime &collected, const QDateTime &at)
{
    if (at.isValid() && (!collected.isValid() || at > collected))
        collected = at;
}

} // namespace

LiveObservations::LiveObservations(PlanDocument &document, cloudapi::JobMonitor *monitor,
                                   cloudapi::DtsClient dts, cloudapi::MmsClient mms,
                                   QString regionId, QObject *parent)
    : QObject(parent)
    , m_document(&document)
    , m_monitor(monitor)
    , m_detail(new cloudapi::GateDetailWatcher(std::move(dts), std::move(mms), std::move(regionId),
                                               this))
{
    if (monitor) {
        m_detail->setClock([m = m_monitor] { return m ? m->now() : 0; });
        m_detail->setTiming(monitor->config().listTiming);
        connect(monitor, &cloudapi::JobMonitor::serviceUpdated, this,
                [this](model::JobService service, qint64 atMs) {
                    if (service == model::JobService::Dts) {
                        m_dtsListedAt = atMs;
                        if (!m_lagJobs.isEmpty() || !m_precheckJobs.isEmpty())
                            scheduleUpdate();
                    } else if (service == model::JobService::Smc) {
                        m_smcListedAt = atMs;
                        if (!m_smcJobs.isEmpty())
                            scheduleUpdate();
                    }
                });
        connect(monitor->mmsWatcher(), &cloudapi::MmsJobWatcher::jobsFetched, this,
                [this](const QList<model::MmsJob> &jobs) {
                    m_mmsListed.clear();
                    for (const model::MmsJob &job : jobs)
                        m_mmsListed.insert(QString::number(job.id), job);
                    updateTargets();
                });
        // The open DTS job's detail adds lag readings between list polls.
        connect(monitor, &cloudapi::JobMonitor::lagRecorded, this, [this](const QString &id) {
            if (m_lagJobs.contains(id))
                scheduleUpdate();
        });
        // The gates read what the monitor reads, at the monitor's time (the sandbox's clock).
        document.setClock([m = m_monitor] {
            return m ? QDateTime::fromMSecsSinceEpoch(m->now(), Qt::UTC)
                     : QDateTime::currentDateTimeUtc();
        });
    }
    connect(m_detail, &cloudapi::GateDetailWatcher::precheckFetched, this,
            &LiveObservations::onPrecheck);
    connect(m_detail, &cloudapi::GateDetailWatcher::tasksFetched, this, &LiveObservations::onTasks);
    connect(&document, &PlanDocument::planReset, this, &LiveObservations::followPlan);
    connect(&document, &PlanDocument::planEdited, this, &LiveObservations::updateTargets);
    document.setInputsSource([this] { return model::toGateInputs(merged(), QDateTime()); });
    followPlan();
}

LiveObservations::~LiveObservations()
{
    if (m_document) {
        m_document->setInputsSource({});
        m_document->setClock({});
    }
}

void LiveObservations::start(int tickMs)
{
    m_detail->start(tickMs);
}

void LiveObservations::stop()
{
    m_detail->stop();
}

void LiveObservations::tick()
{
    if (m_monitor)
        m_detail->setActive(m_monitor->isActive());
    m_detail->tick();
}

bool LiveObservations::isPolling() const
{
    return m_detail->isPolling();
}

QDateTime LiveObservations::toUtc(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void LiveObservations::followPlan()
{
    // Another plan: what was read for the previous one's jobs may not concern this one.
    m_prechecks.clear();
    m_mmsSeen.clear();
    updateTargets();
    scheduleUpdate();
}

void LiveObservations::updateTargets()
{
    m_lagJobs.clear();
    m_precheckJobs.clear();
    m_mmsJobs.clear();
    m_smcJobs.clear();
    m_windowMinutes = 0;
    if (m_document && m_document->hasPlan()) {
        for (const model::Gate &gate : m_document->plan().gates) {
            for (const model::GateCriterion &c : gate.criteria) {
                if (c.resourceId.trimmed().isEmpty())
                    continue;
                switch (c.kind) {
                case model::CriterionKind::DtsLagSustained:
                    m_lagJobs.insert(c.resourceId);
                    m_windowMinutes = std::max(m_windowMinutes, c.windowMinutes);
                    break;
                case model::CriterionKind::DtsPrecheckPassed:
                case model::CriterionKind::ReplicationUserLeastPrivilege:
                    m_precheckJobs.insert(c.resourceId);
                    break;
                case model::CriterionKind::MmsTasksVerified:
                    m_mmsJobs.insert(c.resourceId);
                    break;
                case model::CriterionKind::SmcIncrementalRecent:
                    m_smcJobs.insert(c.resourceId);
                    break;
                default:
                    break;
                }
            }
        }
    }
    QStringList prechecks(m_precheckJobs.cbegin(), m_precheckJobs.cend());
    prechecks.sort();
    QList<cloudapi::MmsJobRef> refs;
    for (const QString &id : std::as_const(m_mmsJobs)) {
        const auto it = m_mmsListed.constFind(id);
        if (it != m_mmsListed.cend())
            refs.append({it->sourceId, it->id});
    }
    std::sort(refs.begin(), refs.end(), [](const auto &a, const auto &b) {
        return std::pair(a.sourceId, a.jobId) < std::pair(b.sourceId, b.jobId);
    });
    const bool changed = prechecks != m_detail->precheckJobIds() ||
                         refs.size() != m_detail->mmsJobs().size() ||
                         !std::equal(refs.cbegin(), refs.cend(), m_detail->mmsJobs().cbegin(),
                                     [](const auto &a, const auto &b) {
                                         return a.sourceId == b.sourceId && a.jobId == b.jobId;
                                     });
    if (!changed)
        return;
    m_detail->setTargets(prechecks, refs);
    // New targets are read at once rather than at the next interval.
    if (!prechecks.isEmpty() || !refs.isEmpty())
        m_detail->refreshNow();
}

void LiveObservations::scheduleUpdate()
{
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        if (m_document)
            m_document->notifyInputsChanged();
        Q_EMIT updated();
    });
}

void LiveObservations::onPrecheck(const QString &dtsJobId, const model::DtsPrecheckStatus &status,
                                  qint64 atMs)
{
    if (!m_precheckJobs.contains(dtsJobId))
        return;
    m_prechecks.insert(dtsJobId, model::observePrecheck(status, toUtc(atMs)));
    scheduleUpdate();
}

void LiveObservations::onTasks(qint64 sourceId, qint64 jobId, const QList<model::MmsTask> &tasks,
                               const QHash<qint64, QList<model::MmsTaskLog>> &logs, qint64 atMs)
{
    const QString id = QString::number(jobId);
    if (!m_mmsJobs.contains(id))
        return;
    model::MmsJob job = m_mmsListed.value(id);
    job.id = jobId;
    job.sourceId = sourceId;
    m_mmsSeen.insert(id, model::observeMmsJob(job, tasks, logs, toUtc(atMs)));
    scheduleUpdate();
}

model::PlanObservations LiveObservations::live() const
{
    model::PlanObservations out;
    if (!m_monitor)
        return out;
    cloudapi::JobMonitor *monitor = m_monitor.data();
    out.collectedFrom = QStringLiteral("monitor");
    const qint64 now = monitor->now();
    QStringList dtsIds(m_lagJobs.cbegin(), m_lagJobs.cend());
    for (const QString &id : std::as_const(m_precheckJobs)) {
        if (!dtsIds.contains(id))
            dtsIds.append(id);
    }
    dtsIds.sort();
    for (const QString &id : std::as_const(dtsIds)) {
        model::DtsObservation o;
        o.jobId = id;
        bool seen = false;
        if (const model::DtsJob *job = monitor->dtsJob(QStringLiteral("dts:") + id)) {
            o = model::observeDtsJob(*job, toUtc(m_dtsListedAt));
            o.meta.source = QStringLiteral("dts:DescribeDtsJobs");
            seen = true;
        }
        if (m_lagJobs.contains(id)) {
            const auto series = monitor->lagSeries(id);
            const qint64 from = now - qint64(m_windowMinutes + kLagSlackMinutes) * 60'000;
            for (qsizetype i = series->lowerBound(from); i < series->size(); ++i) {
                const double v = series->value(i);
                if (std::isfinite(v))
                    o.lag.append({toUtc(series->time(i)), qint64(std::llround(v))});
            }
            o.pollIntervalSeconds = monitor->config().listTiming.activeIntervalMs / 1000;
            seen = seen || !o.lag.isEmpty();
        }
        if (const auto it = m_prechecks.constFind(id); it != m_prechecks.cend()) {
            o.precheck = *it;
            seen = true;
        }
        if (!seen)
            continue;
        later(out.collectedAt, o.meta.observedAt);
        if (!o.lag.isEmpty())
            later(out.collectedAt, o.lag.last().at);
        out.dts.append(o);
    }
    QStringList smcIds(m_smcJobs.cbegin(), m_smcJobs.cend());
    smcIds.sort();
    for (const QString &id : std::as_const(smcIds)) {
        if (const model::SmcReplicationJob *job = monitor->smcJob(QStringLiteral("smc:") + id)) {
            out.smc.append(model::observeSmcJob(*job, toUtc(m_smcListedAt)));
            later(out.collectedAt, out.smc.last().meta.observedAt);
        }
    }
    QStringList mmsIds(m_mmsJobs.cbegin(), m_mmsJobs.cend());
    mmsIds.sort();
    for (const QString &id : std::as_const(mmsIds)) {
        if (const auto it = m_mmsSeen.constFind(id); it != m_mmsSeen.cend()) {
            out.mms.append(*it);
            later(out.collectedAt, it->meta.observedAt);
        }
    }
    return out;
}

model::PlanObservations LiveObservations::merged() const
{
    model::PlanObservations out;
    if (m_document && m_document->hasPlan() && m_document->plan().observations)
        out = *m_document->plan().observations;
    const model::PlanObservations seen = live();
    for (const model::DtsObservation &d : seen.dts) {
        model::DtsObservation *stored = findJob(out.dts, d.jobId);
        if (!stored) {
            out.dts.append(d);
            continue;
        }
        // What the monitor has not read (yet) stays as stored.
        model::DtsObservation m = d;
        if (m.name.isEmpty())
            m.name = stored->name;
        if (!m.settings)
            m.settings = stored->settings;
        if (m.lag.isEmpty())
            m.lag = stored->lag;
        if (!m.precheck)
            m.precheck = stored->precheck;
        if (!m.meta.observedAt.isValid())
            m.meta = stored->meta;
        *stored = m;
    }
    for (const model::SmcObservation &s : seen.smc) {
        if (model::SmcObservation *stored = findJob(out.smc, s.jobId))
            *stored = s;
        else
            out.smc.append(s);
    }
    for (const model::MmsObservation &m : seen.mms) {
        if (model::MmsObservation *stored = findJob(out.mms, m.jobId))
            *stored = m;
        else
            out.mms.append(m);
    }
    if (!seen.isEmpty()) {
        later(out.collectedAt, seen.collectedAt);
        out.collectedFrom = seen.collectedFrom;
    }
    return out;
}

} // namespace ferry::gui
