// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/wireenum.h"

#include <QList>

#include <span>

namespace ferry::model {

// ---- MaxCompute Migration Service ------------------------------------------------------------

/// MMS job `status`. Whether a job was stopped by StopMmsJob is the separate `stopped` flag.
enum class MmsJobStatus
{
    Unknown,
    Init,
    Doing,
    Done,
    Failed
};
/// MMS job `type`: what the job migrates.
enum class MmsJobType
{
    Unknown,
    Database,
    Tables,
    Partitions
};
/// MMS task `status`: schema, data and verification phases (VERIFICATION_* as in MMA).
enum class MmsTaskStatus
{
    Unknown,
    Init,
    SchemaDoing,
    SchemaDone,
    SchemaFailed,
    DataDoing,
    DataDone,
    DataFailed,
    VerificationDoing,
    VerificationDone,
    VerificationFailed,
    Done,
};
/// Migration status of a database, table or partition.
enum class MmsObjectStatus
{
    Unknown,
    Init,
    Doing,
    Done,
    Failed,
    PartDone
};
/// Data source `status` (the agent side of a source).
enum class MmsDataSourceStatus
{
    Unknown,
    Starting,
    Started,
    StartFailed,
    Stopping,
    Stopped,
    StopFailed
};
/// Metadata scan (FetchMetadataJob) `status`; only SCAN_DOING is confirmed by the docs.
enum class MmsScanStatus
{
    Unknown,
    Doing,
    Done,
    Failed
};
/// Async task `status` (CreateMmsJob, StopMmsJob); only DONE is confirmed by the docs.
enum class MmsAsyncTaskStatus
{
    Unknown,
    Init,
    Doing,
    Done,
    Failed
};

std::span<const EnumEntry<MmsJobStatus>> enumEntries(MmsJobStatus);
std::span<const EnumEntry<MmsJobType>> enumEntries(MmsJobType);
std::span<const EnumEntry<MmsTaskStatus>> enumEntries(MmsTaskStatus);
std::span<const EnumEntry<MmsObjectStatus>> enumEntries(MmsObjectStatus);
std::span<const EnumEntry<MmsDataSourceStatus>> enumEntries(MmsDataSourceStatus);
std::span<const EnumEntry<MmsScanStatus>> enumEntries(MmsScanStatus);
std::span<const EnumEntry<MmsAsyncTaskStatus>> enumEntries(MmsAsyncTaskStatus);

// ---- Data Transmission Service ---------------------------------------------------------------

/// DTS job type. Requests say MIGRATION/SYNC/SUBSCRIBE; DescribeDtsJobs answers online/sync/
/// subscribe; both spellings parse.
enum class DtsJobType
{
    Unknown,
    Migration,
    Sync,
    Subscribe
};
/// DTS job `Status`: the union of the migration, synchronization and subscription sets.
enum class DtsJobStatus
{
    Unknown,
    NotConfigured,
    NotStarted,
    Prechecking,
    PrecheckFailed,
    PreCheckPass,
    Migrating,
    MigrationFailed,
    Initializing,
    InitializeFailed,
    Synchronizing,
    Failed,
    Suspending,
    Modifying,
    ModifyFailed,
    Finished,
    Retrying,
    Upgrade,
    Locked,
    Downgrade,
    Starting,
    Normal,
    Abnormal,
};
/// Status of a DTS stage (precheck, structure/data initialization, synchronization, data checks,
/// and the top `State` of DescribePreCheckStatus).
enum class DtsStageStatus
{
    Unknown,
    NotStarted,
    Prechecking,
    PrecheckFailed,
    Checking,
    Migrating,
    Suspending,
    Failed,
    Finished,
    Catched,
    Inconsistency,
};
/// State of one precheck item (`JobProgress[].State`, `Detail[].CheckResult`).
enum class DtsPrecheckItemState
{
    Unknown,
    NotStarted,
    Checking,
    Migrating,
    Failed,
    Warning,
    Success
};

std::span<const EnumEntry<DtsJobType>> enumEntries(DtsJobType);
std::span<const EnumEntry<DtsJobStatus>> enumEntries(DtsJobStatus);
std::span<const EnumEntry<DtsStageStatus>> enumEntries(DtsStageStatus);
std::span<const EnumEntry<DtsPrecheckItemState>> enumEntries(DtsPrecheckItemState);

// ---- Server Migration Center -----------------------------------------------------------------

/// SMC replication job `Status`.
enum class SmcJobStatus
{
    Unknown,
    Ready,
    Running,
    Stopped,
    InError,
    Finished,
    Waiting,
    Expired,
    Deleting
};
/// SMC replication job `BusinessStatus` (what a Running job is doing).
enum class SmcBusinessStatus
{
    Unknown,
    Preparing,
    Syncing,
    Processing,
    Cleaning
};
/// SMC source server `State`.
enum class SmcSourceState
{
    Unknown,
    Unavailable,
    Available,
    InUse,
    Deleting
};
/// SMC replication job run `Type`.
enum class SmcRunType
{
    Unknown,
    Manual,
    Schedule
};

std::span<const EnumEntry<SmcJobStatus>> enumEntries(SmcJobStatus);
std::span<const EnumEntry<SmcBusinessStatus>> enumEntries(SmcBusinessStatus);
std::span<const EnumEntry<SmcSourceState>> enumEntries(SmcSourceState);
std::span<const EnumEntry<SmcRunType>> enumEntries(SmcRunType);

// ---- Lifecycles -------------------------------------------------------------------------------
// isLegalTransition(from, to) answers whether `to` may be observed after `from`, in one or more
// steps (a poller can miss intermediate states), through the service's own progress and the
// user actions (retry, start, stop, suspend, delete), which may come from another console.
// Staying in the same state is legal. Unknown states are never flagged: the service may know
// states the table does not.

/// Whether an MMS job may go from `from` to `to` (retry takes FAILED back to DOING).
bool isLegalTransition(MmsJobStatus from, MmsJobStatus to);
/// Whether an MMS task may go from `from` to `to` (phases may be skipped, e.g. schema only).
bool isLegalTransition(MmsTaskStatus from, MmsTaskStatus to);
/// Whether a DTS job may go from `from` to `to` (model of the documented lifecycle).
bool isLegalTransition(DtsJobStatus from, DtsJobStatus to);
/// Whether an SMC replication job may go from `from` to `to`.
bool isLegalTransition(SmcJobStatus from, SmcJobStatus to);

/// The state an MMS task fails into from `current` (MMA's mapping: INIT/SCHEMA_DOING ->
/// SCHEMA_FAILED, SCHEMA_DONE/DATA_DOING -> DATA_FAILED, DATA_DONE/VERIFICATION_DOING ->
/// VERIFICATION_FAILED). Failed and final states map to themselves.
MmsTaskStatus failedStatusFor(MmsTaskStatus current);

bool isFailed(MmsTaskStatus s);  ///< SCHEMA_FAILED, DATA_FAILED or VERIFICATION_FAILED
bool isRunning(MmsTaskStatus s); ///< one of the *_DOING phases
bool isTerminal(MmsJobStatus s); ///< DONE or FAILED
bool isTerminal(SmcJobStatus s); ///< Finished, Expired or Deleting
bool isTerminal(DtsJobStatus s); ///< Finished (a failed job can be restarted)
bool isFailed(DtsJobStatus s);   ///< PrecheckFailed, MigrationFailed, InitializeFailed, Failed, ...

/// Whether `status` belongs to the documented set of `type` (migration, sync, subscribe).
bool isValidFor(DtsJobType type, DtsJobStatus status);

} // namespace ferry::model
