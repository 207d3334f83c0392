// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"
#include "model/gateinputs.h"
#include "model/seriesruns.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace ferry::model {

/// Where an observation came from and how strong it is: Verified = read from the service by the
/// monitor at `observedAt`; Attested = entered by the person `by` at `observedAt`; Assumed =
/// nothing backs it.
struct ObservationMeta
{
    EvidenceLevel level = EvidenceLevel::Verified;
    QDateTime observedAt; ///< UTC
    QString by;           ///< who attested (Attested only; a name, never a credential)
    QString source;       ///< e.g. "dts:DescribeDtsJobDetail", "restore test log"
};

/// The settings of a DTS job as the service described them.
struct DtsJobSettings
{
    QString jobType;           ///< MIGRATION, SYNC
    QString sourceEngine;      ///< e.g. "MySQL 8.0 on ECS"
    QString destinationEngine; ///< e.g. "ApsaraDB RDS for MySQL 8.0"
    QString instanceClass;     ///< e.g. "medium"
    bool structureInitialization = false;
    bool dataInitialization = false;
    bool dataSynchronization = false;
    bool fullDataCheck = false;
    bool incDataCheck = false;
    QString reverseJobId; ///< empty when no reverse job exists
};

/// What the monitor saw of one DTS job: settings, the precheck and the lag series (ms).
struct DtsObservation
{
    QString jobId;
    QString name;
    QString status; ///< e.g. "Synchronizing"
    ObservationMeta meta;
    std::optional<DtsJobSettings> settings;
    std::optional<DtsPrecheckObservation> precheck;
    QList<LagSample> lag;           ///< in time order, decimated to at most kMaxLagPoints
    qint64 pollIntervalSeconds = 0; ///< how often the lag was read; 0 = unknown
};

/// Upper bound on the lag samples kept per DTS job in a plan file.
inline constexpr int kMaxLagPoints = 4000;

/// One run of an SMC replication job.
struct SmcRunObservation
{
    QDateTime start; ///< UTC
    std::optional<QDateTime> end;
    RunTrigger trigger = RunTrigger::Schedule;
    QString imageId;
    bool failed = false; ///< the run ended in error
};

/// The settings of an SMC replication job.
struct SmcJobSettings
{
    QString sourceServer; ///< the source server's name
    QString targetType;   ///< Image, TargetInstance, ...
    QString instanceType;
    bool vpc = true; ///< NetMode 2 (VPC); false = over the Internet
    int maxImagesToKeep = 0;
    std::optional<bool> agentOnline;
};

/// What the monitor saw of one SMC replication job: its state, settings and run history.
struct SmcObservation
{
    QString jobId;
    QString name;
    ObservationMeta meta;
    SmcJobObservation job; ///< what the gate reads (status, frequency, last run end)
    std::optional<SmcJobSettings> settings;
    QList<SmcRunObservation> runs;
};

/// One table's verification in an MMS job: row counts on both sides and the outcome.
struct MmsTableCheck
{
    QString table; ///< "db.table"
    std::optional<qint64> sourceRows;
    std::optional<qint64> targetRows;
    std::optional<bool> passed; ///< nullopt while not verified
    QString status;             ///< the task status, e.g. "DONE"
};

/// One poll of an MMS job's progress: task counts per TaskPhase (pending, schema, data, done,
/// failed) and partitions done.
struct MmsProgressPoint
{
    QDateTime at;
    std::array<int, 5> tasks{};
    qint64 partitionsDone = 0;
};

/// The settings of an MMS job.
struct MmsJobSettings
{
    QString sourceName; ///< the data source's name
    QString destinationProject;
    bool enableVerification = false;
    bool increment = false;
    bool schemaOnly = false;
    QString tunnelQuota; ///< empty: the shared quota
    qint64 partitionsTotal = 0;
};

/// What the monitor saw of one MMS job: task counts, per-table verification and progress.
struct MmsObservation
{
    QString jobId;
    QString name;
    QString status; ///< e.g. "DOING", "DONE"
    ObservationMeta meta;
    QMap<QString, int> countsByStatus; ///< task status -> count
    QList<MmsTableCheck> tables;
    std::optional<MmsJobSettings> settings;
    QList<MmsProgressPoint> progress; ///< in time order
};

/// The outcome of a backup restore test.
enum class BackupState
{
    Verified,  ///< restored and checked
    Failed,    ///< the restore or its check failed
    NotTested, ///< no restore test yet
};

/// The state of the backup the rollback relies on.
struct BackupObservation
{
    BackupState state = BackupState::NotTested;
    QString backupId; ///< e.g. the snapshot name
    QString note;     ///< how it was checked
    ObservationMeta meta;
};

/// Monitoring data stored with a plan so a report can stand on its own. Secret-free: it holds
/// ids, names, counts, states and times, never a credential.
struct PlanObservations
{
    QDateTime collectedAt; ///< when the newest observation was taken, UTC
    QString collectedFrom; ///< "sandbox", a region id, ...
    QList<DtsObservation> dts;
    QList<SmcObservation> smc;
    QList<MmsObservation> mms;
    std::optional<BackupObservation> backup;

    /// True when nothing was observed.
    bool isEmpty() const;
    /// The observation of this job, or nullptr.
    const DtsObservation *dtsJob(const QString &jobId) const;
    const SmcObservation *smcJob(const QString &jobId) const;
    const MmsObservation *mmsJob(const QString &jobId) const;
};

/// "verified", "failed", "notTested".
QString toId(BackupState state);
std::optional<BackupState> backupStateFromString(QStringView text);
/// Translated name (context "ferry::model::Observations").
QString displayName(BackupState state);

/// The gate inputs the observations amount to, evaluated at `now`.
GateInputs toGateInputs(const PlanObservations &observations, const QDateTime &now);

/// At most `maxPoints` samples of `samples` that keep what a chart must show (extremes,
/// threshold crossings, gaps); unchanged when already small enough.
QList<LagSample> decimateLag(const QList<LagSample> &samples, int maxPoints = kMaxLagPoints);

} // namespace ferry::model
