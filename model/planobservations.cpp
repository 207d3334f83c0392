// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planobservations.h"

#include "model/observationseries.h"

#include "model/decimator.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model {

bool PlanObservations::isEmpty() const
{
    return dts.isEmpty() && smc.isEmpty() && mms.isEmpty() && !backup.has_value() &&
           !collectedAt.isValid() && collectedFrom.isEmpty();
}

namespace {

template<class T>
const T *findJob(const QList<T> &list, const QString &jobId)
{
    for (const T &o : list) {
        if (o.jobId == jobId)
            return &o;
    }
    return nullptr;
}

} // namespace

const DtsObservation *PlanObservations::dtsJob(const QString &jobId) const
{
    return findJob(dts, jobId);
}

const SmcObservation *PlanObservations::smcJob(const QString &jobId) const
{
    return findJob(smc, jobId);
}

const MmsObservation *PlanObservations::mmsJob(const QString &jobId) const
{
    return findJob(mms, jobId);
}

QString toId(BackupState state)
{
    switch (state) {
    case BackupState::Verified:
        return QStringLiteral("verified");
    case BackupState::Failed:
        return QStringLiteral("failed");
    case BackupState::NotTested:
        return QStringLiteral("notTested");
    }
    return {};
}

std::optional<BackupState> backupStateFromString(QStringView text)
{
    for (BackupState s : {BackupState::Verified, BackupState::Failed, BackupState::NotTested}) {
        if (text == toId(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(BackupState state)
{
    switch (state) {
    case BackupState::Verified:
        return QCoreApplication::translate("ferry::model::Observations",
                                           "Restore tested and verified");
    case BackupState::Failed:
        return QCoreApplication::translate("ferry::model::Observations", "Restore test failed");
    case BackupState::NotTested:
        return QCoreApplication::translate("ferry::model::Observations", "No restore test yet");
    }
    return {};
}

GateInputs toGateInputs(const PlanObservations &o, const QDateTime &now)
{
    GateInputs in;
    in.now = now.toUTC();
    for (const DtsObservation &d : o.dts) {
        if (!d.lag.isEmpty())
            in.lag.insert(d.jobId, d.lag);
        if (d.precheck)
            in.prechecks.insert(d.jobId, *d.precheck);
    }
    for (const SmcObservation &s : o.smc) {
        SmcJobObservation job = s.job;
        if (!job.observedAt.isValid())
            job.observedAt = s.meta.observedAt;
        in.smcJobs.insert(s.jobId, job);
    }
    for (const MmsObservation &m : o.mms) {
        MmsTaskObservation tasks;
        tasks.countsByStatus = m.countsByStatus;
        tasks.observedAt = m.meta.observedAt;
        for (const MmsTableCheck &t : m.tables)
            tasks.verification.append({t.table, t.passed});
        in.mmsTasks.insert(m.jobId, tasks);
    }
    return in;
}

Series lagSeries(const QList<LagSample> &samples)
{
    Series s;
    s.reserve(samples.size());
    for (const LagSample &l : samples) {
        if (l.at.isValid())
            s.append(l.at.toMSecsSinceEpoch(), double(l.delayMs));
    }
    return s;
}

QList<LagSample> decimateLag(const QList<LagSample> &samples, int maxPoints)
{
    if (samples.size() <= maxPoints || maxPoints < 16)
        return samples;
    const Series s = lagSeries(samples);
    if (s.isEmpty())
        return {};
    DecimationRequest r;
    r.from = s.time(0);
    r.to = s.time(s.size() - 1);
    // decimate() emits at most 8 points a bucket plus a few; stay under the bound.
    r.buckets = std::max(1, (maxPoints - 16) / 8);
    r.context = false;
    QList<LagSample> out;
    for (const QPointF &p : decimate(s, r)) {
        if (isGapSeparator(p))
            continue;
        out.append({QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC), qint64(p.y())});
    }
    return out;
}

QList<ReplicationRun> replicationRuns(const QList<SmcRunObservation> &runs)
{
    QList<ReplicationRun> out;
    for (const SmcRunObservation &r : runs) {
        if (!r.start.isValid())
            continue;
        ReplicationRun run;
        run.startMs = r.start.toMSecsSinceEpoch();
        if (r.end && r.end->isValid())
            run.endMs = r.end->toMSecsSinceEpoch();
        run.trigger = r.trigger;
        run.imageId = r.imageId;
        out.append(run);
    }
    return sortedRuns(out);
}

ProgressHistory progressHistory(const QList<MmsProgressPoint> &points, qint64 partitionsTotal)
{
    ProgressHistory h;
    h.partitionsTotal = double(partitionsTotal);
    for (const MmsProgressPoint &p : points) {
        if (!p.at.isValid())
            continue;
        std::array<double, TaskPhaseCount> counts{};
        for (std::size_t i = 0; i < counts.size(); ++i)
            counts[i] = p.tasks[i];
        h.record(p.at.toMSecsSinceEpoch(), counts, double(p.partitionsDone));
    }
    return h;
}

} // namespace ferry::model
