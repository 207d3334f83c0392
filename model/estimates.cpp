// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/estimates.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ferry::model {

namespace {

constexpr double kMega = 1e6;

void assume(EstimateResult &r, const char *key, double value, const char *unit,
            bool phaseOverride = false)
{
    r.assumptions.append(
        {QString::fromLatin1(key), value, QString::fromLatin1(unit), phaseOverride});
}

void term(EstimateResult &r, const char *key, double seconds)
{
    r.terms.append({QString::fromLatin1(key), seconds});
}

void finish(EstimateResult &r, double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0) {
        if (r.problem.isEmpty())
            r.problem = QStringLiteral("invalidInput");
        return;
    }
    r.seconds = qint64(std::ceil(seconds - 1e-9));
}

bool positive(double v)
{
    return std::isfinite(v) && v > 0;
}

} // namespace

double transferSeconds(qint64 bytes, double mbps, double efficiency)
{
    if (bytes < 0 || !positive(mbps) || !positive(efficiency))
        return std::numeric_limits<double>::infinity();
    return double(bytes) * 8.0 / (mbps * kMega * efficiency);
}

EstimateResult estimateDtsFull(qint64 rows, double rowsPerSecond)
{
    EstimateResult r;
    r.formula = QStringLiteral("dts.full");
    assume(r, "rows", double(rows), "rows");
    assume(r, "dtsFullRowsPerSecond", rowsPerSecond, "rows/s");
    if (rows < 0 || !positive(rowsPerSecond)) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    const double s = double(rows) / rowsPerSecond;
    term(r, "load", s);
    finish(r, s);
    return r;
}

EstimateResult estimateDtsCatchUp(qint64 backlogRows, double changeRowsPerSecond,
                                  double applyRowsPerSecond)
{
    EstimateResult r;
    r.formula = QStringLiteral("dts.catchUp");
    assume(r, "backlogRows", double(backlogRows), "rows");
    assume(r, "changeRowsPerSecond", changeRowsPerSecond, "rows/s");
    assume(r, "dtsApplyRowsPerSecond", applyRowsPerSecond, "rows/s");
    if (backlogRows < 0 || changeRowsPerSecond < 0 || !positive(applyRowsPerSecond)) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    if (applyRowsPerSecond <= changeRowsPerSecond) {
        r.problem = QStringLiteral("dts.applyNotFasterThanChanges");
        return r;
    }
    const double s = double(backlogRows) / (applyRowsPerSecond - changeRowsPerSecond);
    term(r, "catchUp", s);
    finish(r, s);
    return r;
}

EstimateResult estimateSmcFull(qint64 usedBytes, double diskReadMBps, double bandwidthMbps,
                               double efficiency)
{
    EstimateResult r;
    r.formula = QStringLiteral("smc.full");
    assume(r, "dataBytes", double(usedBytes), "B");
    assume(r, "diskReadMBps", diskReadMBps, "MB/s");
    assume(r, "bandwidthMbps", bandwidthMbps, "Mbit/s");
    assume(r, "bandwidthEfficiency", efficiency, "ratio");
    if (usedBytes < 0 || !positive(diskReadMBps) || !positive(bandwidthMbps) ||
        !positive(efficiency)) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    const double read = double(usedBytes) / (diskReadMBps * kMega);
    const double send = transferSeconds(usedBytes, bandwidthMbps, efficiency);
    term(r, "read", read);
    term(r, "transfer", send);
    finish(r, std::max(read, send));
    return r;
}

EstimateResult estimateSmcIncrementalRun(qint64 diskBytes, qint64 changedBytes, double diskReadMBps,
                                         double bandwidthMbps, double efficiency)
{
    EstimateResult r;
    r.formula = QStringLiteral("smc.incremental");
    assume(r, "diskBytes", double(diskBytes), "B");
    assume(r, "changedBytesPerRun", double(changedBytes), "B");
    assume(r, "diskReadMBps", diskReadMBps, "MB/s");
    assume(r, "bandwidthMbps", bandwidthMbps, "Mbit/s");
    assume(r, "bandwidthEfficiency", efficiency, "ratio");
    if (diskBytes < 0 || changedBytes < 0 || !positive(diskReadMBps) || !positive(bandwidthMbps) ||
        !positive(efficiency)) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    const double compare = double(diskBytes) / (diskReadMBps * kMega);
    const double send = transferSeconds(changedBytes, bandwidthMbps, efficiency);
    term(r, "comparison", compare);
    term(r, "transfer", send);
    finish(r, compare + send);
    return r;
}

EstimateResult estimateMms(qint64 bytes, double throughputMBps, double verificationFactor)
{
    EstimateResult r;
    r.formula = QStringLiteral("mms.copyVerify");
    assume(r, "dataBytes", double(bytes), "B");
    assume(r, "mmsThroughputMBps", throughputMBps, "MB/s");
    assume(r, "mmsVerificationFactor", verificationFactor, "ratio");
    if (bytes < 0 || !positive(throughputMBps) || verificationFactor < 0) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    const double copy = double(bytes) / (throughputMBps * kMega);
    term(r, "copy", copy);
    term(r, "verification", copy * verificationFactor);
    finish(r, copy * (1.0 + verificationFactor));
    return r;
}

EstimateResult estimateOssImport(qint64 bytes, qint64 objects, const EstimateAssumptions &a,
                                 double bandwidthMbps)
{
    EstimateResult r;
    r.formula = QStringLiteral("ossimport.transfer");
    assume(r, "dataBytes", double(bytes), "B");
    assume(r, "objects", double(objects), "objects");
    assume(r, "bandwidthMbps", bandwidthMbps, "Mbit/s");
    assume(r, "bandwidthEfficiency", a.bandwidthEfficiency, "ratio");
    assume(r, "ossImportWorkers", a.ossImportWorkers, "workers");
    assume(r, "ossImportThreadsPerWorker", a.ossImportThreadsPerWorker, "threads");
    assume(r, "ossImportPerObjectMs", a.ossImportPerObjectMs, "ms");
    assume(r, "ossImportWorkerMaxMBps", a.ossImportWorkerMaxMBps, "MB/s");
    if (bytes < 0 || objects < 0 || !positive(bandwidthMbps) || !positive(a.bandwidthEfficiency) ||
        a.ossImportWorkers < 1 || a.ossImportThreadsPerWorker < 1 || a.ossImportPerObjectMs < 0 ||
        a.ossImportWorkerMaxMBps < 0) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    // Effective rate in Mbit/s: the network, unless the workers' own caps are lower.
    double mbps = bandwidthMbps * a.bandwidthEfficiency;
    if (a.ossImportWorkerMaxMBps > 0)
        mbps = std::min(mbps, a.ossImportWorkerMaxMBps * 8.0 * a.ossImportWorkers);
    const double send = double(bytes) * 8.0 / (mbps * kMega);
    const double overhead = double(objects) * a.ossImportPerObjectMs / 1000.0 /
                            double(a.ossImportWorkers * a.ossImportThreadsPerWorker);
    term(r, "transfer", send);
    term(r, "perObjectOverhead", overhead);
    finish(r, send + overhead);
    return r;
}

EstimateResult estimateSchema(qint64 objects, double secondsPerObject)
{
    EstimateResult r;
    r.formula = QStringLiteral("schema.perObject");
    assume(r, "objects", double(objects), "objects");
    assume(r, "secondsPerSchemaObject", secondsPerObject, "s");
    if (objects < 0 || secondsPerObject < 0) {
        r.problem = QStringLiteral("invalidInput");
        return r;
    }
    const double s = double(objects) * secondsPerObject;
    term(r, "schema", s);
    finish(r, s);
    return r;
}

namespace {

EstimateResult missing(const char *what)
{
    EstimateResult r;
    r.problem = QStringLiteral("missingWorkload");
    r.assumptions.append({QString::fromLatin1(what), 0.0, QString(), true});
    return r;
}

void markOverrides(EstimateResult &r, const PhaseWorkload &w)
{
    for (EstimateAssumption &x : r.assumptions) {
        if ((x.key == QLatin1String("bandwidthMbps") && w.bandwidthMbps) ||
            (x.key == QLatin1String("diskReadMBps") && w.diskReadMBps) ||
            (x.key == QLatin1String("dtsFullRowsPerSecond") && w.rowsPerSecond) ||
            (x.key == QLatin1String("dtsApplyRowsPerSecond") && w.rowsPerSecond) ||
            (x.key == QLatin1String("mmsThroughputMBps") && w.throughputMBps) ||
            x.key == QLatin1String("rows") || x.key == QLatin1String("backlogRows") ||
            x.key == QLatin1String("dataBytes") || x.key == QLatin1String("objects") ||
            x.key == QLatin1String("diskBytes") || x.key == QLatin1String("changedBytesPerRun") ||
            x.key == QLatin1String("changeRowsPerSecond"))
            x.phaseOverride = true;
    }
}

EstimateResult estimateWith(const Phase &phase, const EstimateAssumptions &a,
                            std::optional<qint64> derivedBacklog)
{
    const PhaseWorkload &w = phase.workload;
    const double bw = w.bandwidthMbps.value_or(a.bandwidthMbps);
    const double disk = w.diskReadMBps.value_or(a.diskReadMBps);
    EstimateResult r;
    if (w.fixedSeconds) {
        r.formula = QStringLiteral("fixed");
        r.assumptions.append(
            {QStringLiteral("fixedSeconds"), double(*w.fixedSeconds), QStringLiteral("s"), true});
        term(r, "fixed", double(*w.fixedSeconds));
        finish(r, double(*w.fixedSeconds));
        return r;
    }
    switch (phase.kind) {
    case PhaseKind::Schema:
        if (!w.objects)
            return missing("objects");
        r = estimateSchema(*w.objects, a.secondsPerSchemaObject);
        break;
    case PhaseKind::FullMigration:
        switch (phase.service) {
        case PlanService::Dts:
            if (!w.rows)
                return missing("rows");
            r = estimateDtsFull(*w.rows, w.rowsPerSecond.value_or(a.dtsFullRowsPerSecond));
            break;
        case PlanService::Smc:
            if (!w.dataBytes)
                return missing("dataBytes");
            r = estimateSmcFull(*w.dataBytes, disk, bw, a.bandwidthEfficiency);
            break;
        case PlanService::Mms:
            if (!w.dataBytes)
                return missing("dataBytes");
            r = estimateMms(*w.dataBytes, w.throughputMBps.value_or(a.mmsThroughputMBps),
                            a.mmsVerificationFactor);
            break;
        case PlanService::OssImport:
            if (!w.dataBytes)
                return missing("dataBytes");
            r = estimateOssImport(*w.dataBytes, w.objects.value_or(0), a, bw);
            break;
        case PlanService::General:
            if (!w.dataBytes)
                return missing("dataBytes");
            r.formula = QStringLiteral("transfer");
            assume(r, "dataBytes", double(*w.dataBytes), "B");
            assume(r, "bandwidthMbps", bw, "Mbit/s");
            assume(r, "bandwidthEfficiency", a.bandwidthEfficiency, "ratio");
            term(r, "transfer", transferSeconds(*w.dataBytes, bw, a.bandwidthEfficiency));
            finish(r, r.terms.last().seconds);
            break;
        }
        break;
    case PhaseKind::IncrementalSync:
        if (phase.service == PlanService::Dts) {
            const std::optional<qint64> backlog = w.rows ? w.rows : derivedBacklog;
            if (!backlog)
                return missing("backlogRows");
            r = estimateDtsCatchUp(*backlog, w.changeRowsPerSecond.value_or(0.0),
                                   w.rowsPerSecond.value_or(a.dtsApplyRowsPerSecond));
        } else if (phase.service == PlanService::Smc) {
            if (!w.diskBytes || !w.changedBytesPerRun)
                return missing(!w.diskBytes ? "diskBytes" : "changedBytesPerRun");
            r = estimateSmcIncrementalRun(*w.diskBytes, *w.changedBytesPerRun, disk, bw,
                                          a.bandwidthEfficiency);
        } else if (phase.service == PlanService::Mms) {
            if (!w.dataBytes)
                return missing("dataBytes");
            r = estimateMms(*w.dataBytes, w.throughputMBps.value_or(a.mmsThroughputMBps),
                            a.mmsVerificationFactor);
        } else if (phase.service == PlanService::OssImport) {
            if (!w.dataBytes)
                return missing("dataBytes");
            r = estimateOssImport(*w.dataBytes, w.objects.value_or(0), a, bw);
        } else {
            return missing("fixedSeconds");
        }
        break;
    default:
        return missing("fixedSeconds");
    }
    markOverrides(r, w);
    return r;
}

} // namespace

EstimateResult estimatePhase(const Phase &phase, const EstimateAssumptions &assumptions)
{
    return estimateWith(phase, assumptions, std::nullopt);
}

PlanEstimate estimatePlan(const Plan &plan)
{
    PlanEstimate out;
    QHash<QString, EstimateResult> byId;
    const QStringList order = topologicalOrder(plan);
    for (const QString &id : order) {
        const Phase *p = plan.phase(id);
        if (!p || byId.contains(id))
            continue;
        std::optional<qint64> backlog;
        if (p->kind == PhaseKind::IncrementalSync && p->service == PlanService::Dts &&
            p->workload.changeRowsPerSecond) {
            // Changes pile up while the full load runs; that is the backlog to drain.
            for (const QString &d : p->dependsOn) {
                const Phase *full = plan.phase(d);
                if (full && full->kind == PhaseKind::FullMigration &&
                    full->service == PlanService::Dts && byId.value(d).seconds)
                    backlog = qint64(std::ceil(double(*byId.value(d).seconds) *
                                               *p->workload.changeRowsPerSecond));
            }
        }
        byId.insert(id, estimateWith(*p, plan.assumptions, backlog));
    }
    for (const Phase &p : plan.phases) {
        out.phases.append({p.id, byId.value(p.id)});
        if (!byId.value(p.id).seconds)
            out.unestimated.append(p.id);
    }
    // Longest path over the dependency order; phases in a cycle are skipped as predecessors.
    QHash<QString, qint64> finish;
    QHash<QString, QString> via;
    for (const QString &id : order) {
        const Phase *p = plan.phase(id);
        if (!p || finish.contains(id))
            continue;
        qint64 startAt = 0;
        for (const QString &d : p->dependsOn) {
            if (finish.contains(d) && finish.value(d) >= startAt) {
                if (finish.value(d) > startAt || !via.contains(id))
                    via.insert(id, d);
                startAt = finish.value(d);
            }
        }
        finish.insert(id, startAt + byId.value(id).seconds.value_or(0));
    }
    QString last;
    for (const QString &id : order) {
        // Ties go to the later phase so the path runs to the plan's end.
        if (finish.contains(id) && (last.isEmpty() || finish.value(id) >= finish.value(last)))
            last = id;
    }
    if (!last.isEmpty()) {
        out.criticalPathSeconds = finish.value(last);
        QSet<QString> seen;
        for (QString id = last; !id.isEmpty() && !seen.contains(id); id = via.value(id)) {
            seen.insert(id);
            out.criticalPath.prepend(id);
        }
    }
    return out;
}

QString describeFormula(const QString &formula)
{
    struct Entry
    {
        const char *id;
        const char *text;
    };
    static constexpr std::array kFormulas{
        Entry{"dts.full",
              QT_TRANSLATE_NOOP("ferry::model::Estimates", "rows ÷ DTS full-load rows per second")},
        Entry{"dts.catchUp", QT_TRANSLATE_NOOP("ferry::model::Estimates",
                                               "backlog rows ÷ (apply rate − source change rate)")},
        Entry{"smc.full",
              QT_TRANSLATE_NOOP("ferry::model::Estimates",
                                "max(used bytes ÷ disk read speed, used bytes × 8 ÷ (bandwidth × "
                                "efficiency)): reading and sending overlap")},
        Entry{"smc.incremental",
              QT_TRANSLATE_NOOP("ferry::model::Estimates",
                                "disk bytes ÷ disk read speed (comparison) + changed bytes × 8 ÷ "
                                "(bandwidth × efficiency) (transfer)")},
        Entry{"mms.copyVerify",
              QT_TRANSLATE_NOOP("ferry::model::Estimates",
                                "bytes ÷ MMS throughput × (1 + verification factor)")},
        Entry{"ossimport.transfer",
              QT_TRANSLATE_NOOP("ferry::model::Estimates",
                                "bytes × 8 ÷ min(bandwidth × efficiency, workers × worker cap) + "
                                "objects × per-object overhead ÷ (workers × threads)")},
        Entry{"schema.perObject",
              QT_TRANSLATE_NOOP("ferry::model::Estimates", "objects × seconds per object")},
        Entry{"transfer",
              QT_TRANSLATE_NOOP("ferry::model::Estimates", "bytes × 8 ÷ (bandwidth × efficiency)")},
        Entry{"fixed", QT_TRANSLATE_NOOP("ferry::model::Estimates", "the planner's own estimate")},
    };
    for (const Entry &e : kFormulas) {
        if (formula == QLatin1String(e.id))
            return QCoreApplication::translate("ferry::model::Estimates", e.text);
    }
    return formula;
}

} // namespace ferry::model
