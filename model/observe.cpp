// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/observe.h"

#include <QRegularExpression>

#include <algorithm>

namespace ferry::model {

namespace {

QString engine(const DtsEndpoint &e)
{
    QStringList parts;
    if (!e.engineName.isEmpty())
        parts << e.engineName;
    if (!e.instanceType.isEmpty())
        parts << QStringLiteral("(%1)").arg(e.instanceType);
    return parts.join(QLatin1Char(' '));
}

ObservationMeta verified(const QDateTime &at, const char *source)
{
    ObservationMeta m;
    m.level = EvidenceLevel::Verified;
    m.observedAt = at.toUTC();
    m.source = QString::fromLatin1(source);
    return m;
}

} // namespace

DtsObservation observeDtsJob(const DtsJob &job, const QDateTime &at)
{
    DtsObservation o;
    o.jobId = job.dtsJobId;
    o.name = job.name;
    o.status = toWire(job.status);
    o.meta = verified(at, "dts:DescribeDtsJobDetail");
    DtsJobSettings s;
    s.jobType = toWire(job.jobType);
    s.sourceEngine = engine(job.source);
    s.destinationEngine = engine(job.destination);
    s.instanceClass = job.jobClass;
    s.structureInitialization = job.migrationMode.structureInitialization;
    s.dataInitialization = job.migrationMode.dataInitialization;
    s.dataSynchronization = job.migrationMode.dataSynchronization;
    s.fullDataCheck = job.migrationMode.fullDataCheck;
    s.incDataCheck = job.migrationMode.incDataCheck;
    s.reverseJobId = job.reverseJobId;
    o.settings = s;
    return o;
}

void recordLag(DtsObservation &o, const DtsJob &job, const QDateTime &at)
{
    o.status = toWire(job.status);
    o.meta.observedAt = at.toUTC();
    if (!job.delay || !at.isValid())
        return;
    const LagSample sample{at.toUTC(), qint64(job.delay->value.count())};
    if (o.lag.isEmpty() || o.lag.last().at < sample.at) {
        o.lag.append(sample);
    } else {
        const auto it =
            std::lower_bound(o.lag.begin(), o.lag.end(), sample,
                             [](const LagSample &a, const LagSample &b) { return a.at < b.at; });
        if (it != o.lag.end() && it->at == sample.at)
            it->delayMs = sample.delayMs;
        else
            o.lag.insert(it, sample);
    }
    // Thin only well past the bound, so decimation runs once in a while, not on every poll.
    if (o.lag.size() > kMaxLagPoints + kMaxLagPoints / 4)
        o.lag = decimateLag(o.lag, kMaxLagPoints);
}

DtsPrecheckObservation observePrecheck(const DtsPrecheckStatus &status, const QDateTime &at)
{
    DtsPrecheckObservation o;
    o.state = toWire(status.state);
    o.observedAt = at.toUTC();
    for (const DtsPrecheckItem &item : status.items)
        o.items.append({item.item, toWire(item.state), item.errMsg, item.skip});
    return o;
}

SmcObservation observeSmcJob(const SmcReplicationJob &job, const QDateTime &at,
                             const QString &sourceServerName, std::optional<bool> agentOnline)
{
    SmcObservation o;
    o.jobId = job.jobId;
    o.name = job.name;
    o.meta = verified(at, "smc:DescribeReplicationJobs");
    o.job.status = toWire(job.status);
    o.job.businessStatus = toWire(job.businessStatus);
    o.job.runOnce = job.runOnce;
    o.job.frequencyHours = job.frequencyHours.value_or(0);
    o.job.observedAt = at.toUTC();
    SmcJobSettings s;
    s.sourceServer = sourceServerName.isEmpty() ? job.sourceId : sourceServerName;
    s.targetType = job.targetType;
    s.instanceType = job.instanceType;
    s.vpc = job.netMode == 2;
    s.maxImagesToKeep = job.maxNumberOfImageToKeep.value_or(0);
    s.agentOnline = agentOnline;
    o.settings = s;
    for (const SmcReplicationJobRun &r : job.runs) {
        if (!r.startTime.isValid())
            continue;
        SmcRunObservation run;
        run.start = r.startTime.toUTC();
        if (r.endTime.isValid())
            run.end = r.endTime.toUTC();
        run.trigger = r.type == SmcRunType::Manual ? RunTrigger::Manual : RunTrigger::Schedule;
        run.imageId = r.imageId;
        o.runs.append(run);
        if (run.end && (!o.job.lastIncrementalRunEnd || *run.end > *o.job.lastIncrementalRunEnd))
            o.job.lastIncrementalRunEnd = run.end;
    }
    return o;
}

std::pair<std::optional<qint64>, std::optional<qint64>>
verificationRowCounts(const QList<MmsTaskLog> &logs)
{
    static const QRegularExpression source(QStringLiteral("source rows:?\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(QStringLiteral("target rows:?\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    std::pair<std::optional<qint64>, std::optional<qint64>> out;
    QList<MmsTaskLog> sorted = logs;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MmsTaskLog &a, const MmsTaskLog &b) {
        return a.createTime < b.createTime;
    });
    for (const MmsTaskLog &l : sorted) {
        if (const auto m = source.match(l.msg); m.hasMatch())
            out.first = m.captured(1).toLongLong();
        if (const auto m = target.match(l.msg); m.hasMatch())
            out.second = m.captured(1).toLongLong();
    }
    return out;
}

MmsObservation observeMmsJob(const MmsJob &job, const QList<MmsTask> &tasks,
                             const QHash<qint64, QList<MmsTaskLog>> &logsByTask,
                             const QDateTime &at)
{
    MmsObservation o;
    o.jobId = QString::number(job.id);
    o.name = job.name;
    o.status = toWire(job.status);
    o.meta = verified(at, "mms:ListMmsTasks");
    MmsJobSettings s;
    s.sourceName = job.sourceName;
    s.destinationProject = job.dstDbName;
    s.enableVerification = job.config.enableVerification;
    s.increment = job.config.increment;
    s.schemaOnly = job.config.schemaOnly;
    s.tunnelQuota = job.config.tunnelQuota;
    o.settings = s;
    // A partitioned table may be migrated by several tasks: one row per table, passed only
    // when every task is DONE, failed when any failed verification, row counts summed.
    QHash<QString, qsizetype> rowOf;
    for (const MmsTask &t : tasks) {
        const QString status = toWire(t.status);
        ++o.countsByStatus[status];
        const QString table =
            t.srcSchemaName.isEmpty()
                ? QStringLiteral("%1.%2").arg(t.srcDbName, t.srcTableName)
                : QStringLiteral("%1.%2.%3").arg(t.srcDbName, t.srcSchemaName, t.srcTableName);
        std::optional<bool> passed;
        if (t.status == MmsTaskStatus::Done)
            passed = true;
        else if (t.status == MmsTaskStatus::VerificationFailed)
            passed = false;
        const auto [src, dst] = verificationRowCounts(logsByTask.value(t.id));
        const auto existing = rowOf.constFind(table);
        if (existing == rowOf.cend()) {
            rowOf.insert(table, o.tables.size());
            o.tables.append({table, src, dst, passed, status});
            continue;
        }
        MmsTableCheck &c = o.tables[*existing];
        if (c.passed && *c.passed && !(passed && *passed))
            c.passed = passed;
        if (passed && !*passed)
            c.passed = false;
        if (c.status == QLatin1String("DONE") && status != QLatin1String("DONE"))
            c.status = status;
        const auto add = [](std::optional<qint64> &sum, const std::optional<qint64> &v) {
            sum = sum && v ? std::optional<qint64>(*sum + *v) : std::nullopt;
        };
        add(c.sourceRows, src);
        add(c.targetRows, dst);
    }
    return o;
}

} // namespace ferry::model
