// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::model {

struct Plan;
struct Phase;

/// Plan-wide figures the estimates rest on. Units are decimal: MB = 10^6 bytes, Mbit = 10^6 bit.
struct EstimateAssumptions
{
    double bandwidthMbps = 100.0;          ///< network path to Alibaba Cloud, Mbit/s
    double bandwidthEfficiency = 0.7;      ///< share of the nominal bandwidth a transfer achieves
    double diskReadMBps = 100.0;           ///< SMC source disk read speed, MB/s
    double dtsFullRowsPerSecond = 20000.0; ///< DTS full-load rate
    double dtsApplyRowsPerSecond = 5000.0; ///< DTS incremental apply rate
    double mmsThroughputMBps = 50.0;       ///< MMS data migration throughput, MB/s
    double mmsVerificationFactor = 0.2;    ///< verification time as a share of the copy time
    double secondsPerSchemaObject = 1.0;   ///< schema migration per table/view/index
    int ossImportWorkers = 1;              ///< machines running ossimport
    int ossImportThreadsPerWorker = 60;    ///< workerTaskThreadNum
    double ossImportPerObjectMs = 20.0;    ///< per-object request overhead
    double ossImportWorkerMaxMBps = 0.0;   ///< workerMaxThroughput; 0 = unlimited
};

/// The size of one phase's work. Unset fields are unknown; per-phase overrides of the plan's
/// figures are optional.
struct PhaseWorkload
{
    std::optional<qint64> dataBytes; ///< bytes to copy (SMC: used disk bytes; MMS; OSS)
    std::optional<qint64> rows;      ///< DTS rows (full) or backlog rows (incremental)
    std::optional<qint64> objects;   ///< schema objects, or objects to import
    std::optional<qint64> diskBytes; ///< SMC: total disk size compared on an incremental run
    std::optional<qint64> changedBytesPerRun;  ///< SMC: bytes changed between runs
    std::optional<double> changeRowsPerSecond; ///< DTS: source write rate during the migration
    std::optional<qint64> fixedSeconds;        ///< a planner's own estimate (checks, DNS, windows)
    std::optional<double> bandwidthMbps;       ///< overrides
    std::optional<double> diskReadMBps;
    std::optional<double> rowsPerSecond;
    std::optional<double> throughputMBps;
};

/// One figure an estimate used, shown next to the number: `key` is a stable id the GUI
/// translates ("bandwidthMbps"), `value` the number, `unit` a unit id ("Mbit/s").
struct EstimateAssumption
{
    QString key;
    double value = 0.0;
    QString unit;
    bool phaseOverride = false; ///< came from the phase rather than the plan
};

/// One addend or operand of an estimate (e.g. "transfer" 3600 s, "comparison" 1200 s).
struct EstimateTerm
{
    QString key;
    double seconds = 0.0;
};

/// A duration estimate with everything it rests on.
struct EstimateResult
{
    std::optional<qint64> seconds; ///< rounded up; nullopt when it cannot be estimated
    QString formula;               ///< formula id, e.g. "smc.full"; see describeFormula()
    QList<EstimateAssumption> assumptions;
    QList<EstimateTerm> terms;
    QString problem; ///< empty, or why there is no number ("dts.applyNotFasterThanChanges", ...)
};

/// Seconds to move `bytes` over `mbps` at `efficiency` (bytes*8 / (mbps*10^6*efficiency)).
double transferSeconds(qint64 bytes, double mbps, double efficiency);

/// DTS full load: rows / rowsPerSecond.
EstimateResult estimateDtsFull(qint64 rows, double rowsPerSecond);
/// DTS incremental catch-up after the full load: backlog / (apply - change); no number when
/// the apply rate does not exceed the change rate (lag never drains).
EstimateResult estimateDtsCatchUp(qint64 backlogRows, double changeRowsPerSecond,
                                  double applyRowsPerSecond);
/// SMC full run: reading and sending overlap, so max(disk read time, transfer time).
EstimateResult estimateSmcFull(qint64 usedBytes, double diskReadMBps, double bandwidthMbps,
                               double efficiency);
/// SMC incremental run: comparison reads the whole disk (disk I/O), then changed blocks travel
/// (bandwidth); counted one after the other, which is the conservative case.
EstimateResult estimateSmcIncrementalRun(qint64 diskBytes, qint64 changedBytes, double diskReadMBps,
                                         double bandwidthMbps, double efficiency);
/// MMS copy and verification: bytes / throughput * (1 + verificationFactor).
EstimateResult estimateMms(qint64 bytes, double throughputMBps, double verificationFactor);
/// OSSImport: transfer at the smaller of bandwidth and the workers' throughput cap, plus the
/// per-object overhead spread over all threads.
EstimateResult estimateOssImport(qint64 bytes, qint64 objects, const EstimateAssumptions &a,
                                 double bandwidthMbps);
/// Schema: objects * secondsPerObject.
EstimateResult estimateSchema(qint64 objects, double secondsPerObject);

/// The estimate for a phase from its kind, service and workload.
EstimateResult estimatePhase(const Phase &phase, const EstimateAssumptions &assumptions);

/// One phase's estimate within a plan.
struct PhaseEstimate
{
    QString phaseId;
    EstimateResult estimate;
};

/// Per-phase estimates and the longest dependency chain.
struct PlanEstimate
{
    QList<PhaseEstimate> phases;    ///< in plan order
    qint64 criticalPathSeconds = 0; ///< longest chain, phases without a number count 0
    QStringList criticalPath;       ///< phase ids along it
    QStringList unestimated;        ///< phases without a number
};

/// Estimates every phase; a DTS incremental phase without backlog rows takes its backlog from
/// the change rate over its DTS full-migration dependency's estimate.
PlanEstimate estimatePlan(const Plan &plan);

/// Translated description of a formula id (context "ferry::model::Estimates").
QString describeFormula(const QString &formula);

} // namespace ferry::model
