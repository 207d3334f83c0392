// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/status.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace ferry::model {

namespace {

// Shown for values the tables do not know; listed here so lupdate extracts them.
[[maybe_unused]] constexpr const char *kUnknownNames[] = {
    QT_TRANSLATE_NOOP("ferry::model::Status", "Unknown"),
    QT_TRANSLATE_NOOP("ferry::model::Status", "Unknown (%1)"),
};

template<class E>
using Edge = std::pair<E, E>;

// Whether `to` is reachable from `from` through `edges` (a poller can miss steps).
template<class E, std::size_t N>
bool reachable(E from, E to, const std::array<Edge<E>, N> &edges)
{
    if (from == to || from == E::Unknown || to == E::Unknown)
        return true;
    std::vector<E> seen{from};
    std::vector<E> frontier{from};
    while (!frontier.empty()) {
        const E at = frontier.back();
        frontier.pop_back();
        for (const auto &[a, b] : edges) {
            if (a != at || std::find(seen.begin(), seen.end(), b) != seen.end())
                continue;
            if (b == to)
                return true;
            seen.push_back(b);
            frontier.push_back(b);
        }
    }
    return false;
}

constexpr EnumEntry<MmsJobStatus> kMmsJobStatus[] = {
    {MmsJobStatus::Init, "INIT", QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {MmsJobStatus::Doing, "DOING", QT_TRANSLATE_NOOP("ferry::model::Status", "Running")},
    {MmsJobStatus::Done, "DONE", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
    {MmsJobStatus::Failed, "FAILED", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
};

constexpr EnumEntry<MmsJobType> kMmsJobType[] = {
    {MmsJobType::Database, "Database", QT_TRANSLATE_NOOP("ferry::model::Status", "Database")},
    {MmsJobType::Tables, "Tables", QT_TRANSLATE_NOOP("ferry::model::Status", "Tables")},
    {MmsJobType::Partitions, "Partitions", QT_TRANSLATE_NOOP("ferry::model::Status", "Partitions")},
};

constexpr EnumEntry<MmsTaskStatus> kMmsTaskStatus[] = {
    {MmsTaskStatus::Init, "INIT", QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {MmsTaskStatus::SchemaDoing, "SCHEMA_DOING",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Migrating schema")},
    {MmsTaskStatus::SchemaDone, "SCHEMA_DONE",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Schema migrated")},
    {MmsTaskStatus::SchemaFailed, "SCHEMA_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Schema migration failed")},
    {MmsTaskStatus::DataDoing, "DATA_DOING",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Migrating data")},
    {MmsTaskStatus::DataDone, "DATA_DONE",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Data migrated")},
    // The API reference misspells DATA_DONE once; accept it.
    {MmsTaskStatus::DataDone, "DATA_DONG",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Data migrated")},
    {MmsTaskStatus::DataFailed, "DATA_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Data migration failed")},
    {MmsTaskStatus::VerificationDoing, "VERIFICATION_DOING",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Verifying")},
    {MmsTaskStatus::VerificationDone, "VERIFICATION_DONE",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Verified")},
    {MmsTaskStatus::VerificationFailed, "VERIFICATION_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Verification failed")},
    {MmsTaskStatus::Done, "DONE", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
};

constexpr EnumEntry<MmsObjectStatus> kMmsObjectStatus[] = {
    {MmsObjectStatus::Init, "INIT", QT_TRANSLATE_NOOP("ferry::model::Status", "Not migrated")},
    {MmsObjectStatus::Doing, "DOING", QT_TRANSLATE_NOOP("ferry::model::Status", "Migrating")},
    {MmsObjectStatus::Done, "DONE", QT_TRANSLATE_NOOP("ferry::model::Status", "Migrated")},
    {MmsObjectStatus::Failed, "FAILED", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
    {MmsObjectStatus::PartDone, "PART_DONE",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Partly migrated")},
};

constexpr EnumEntry<MmsDataSourceStatus> kMmsDataSourceStatus[] = {
    {MmsDataSourceStatus::Starting, "STARTING",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Starting")},
    {MmsDataSourceStatus::Started, "STARTED", QT_TRANSLATE_NOOP("ferry::model::Status", "Started")},
    {MmsDataSourceStatus::StartFailed, "START_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Start failed")},
    {MmsDataSourceStatus::Stopping, "STOPPING",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Stopping")},
    {MmsDataSourceStatus::Stopped, "STOPPED", QT_TRANSLATE_NOOP("ferry::model::Status", "Stopped")},
    {MmsDataSourceStatus::StopFailed, "STOP_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Stop failed")},
};

constexpr EnumEntry<MmsScanStatus> kMmsScanStatus[] = {
    {MmsScanStatus::Doing, "SCAN_DOING", QT_TRANSLATE_NOOP("ferry::model::Status", "Scanning")},
    {MmsScanStatus::Done, "SCAN_DONE", QT_TRANSLATE_NOOP("ferry::model::Status", "Scan completed")},
    {MmsScanStatus::Failed, "SCAN_FAILED",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Scan failed")},
};

constexpr EnumEntry<MmsAsyncTaskStatus> kMmsAsyncTaskStatus[] = {
    {MmsAsyncTaskStatus::Init, "INIT", QT_TRANSLATE_NOOP("ferry::model::Status", "Queued")},
    {MmsAsyncTaskStatus::Doing, "DOING", QT_TRANSLATE_NOOP("ferry::model::Status", "Running")},
    {MmsAsyncTaskStatus::Done, "DONE", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
    {MmsAsyncTaskStatus::Failed, "FAILED", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
};

constexpr EnumEntry<DtsJobType> kDtsJobType[] = {
    {DtsJobType::Migration, "MIGRATION", QT_TRANSLATE_NOOP("ferry::model::Status", "Migration")},
    {DtsJobType::Migration, "online", QT_TRANSLATE_NOOP("ferry::model::Status", "Migration")},
    {DtsJobType::Sync, "SYNC", QT_TRANSLATE_NOOP("ferry::model::Status", "Synchronization")},
    {DtsJobType::Subscribe, "SUBSCRIBE",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Change tracking")},
};

constexpr EnumEntry<DtsJobStatus> kDtsJobStatus[] = {
    {DtsJobStatus::NotConfigured, "NotConfigured",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Not configured")},
    {DtsJobStatus::NotStarted, "NotStarted",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {DtsJobStatus::Prechecking, "Prechecking",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Prechecking")},
    {DtsJobStatus::PrecheckFailed, "PrecheckFailed",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Precheck failed")},
    {DtsJobStatus::PreCheckPass, "PreCheckPass",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Precheck passed")},
    {DtsJobStatus::Migrating, "Migrating", QT_TRANSLATE_NOOP("ferry::model::Status", "Migrating")},
    {DtsJobStatus::MigrationFailed, "MigrationFailed",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Migration failed")},
    {DtsJobStatus::Initializing, "Initializing",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Initializing")},
    {DtsJobStatus::InitializeFailed, "InitializeFailed",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Initialization failed")},
    {DtsJobStatus::Synchronizing, "Synchronizing",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Synchronizing")},
    {DtsJobStatus::Failed, "Failed", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
    {DtsJobStatus::Suspending, "Suspending", QT_TRANSLATE_NOOP("ferry::model::Status", "Paused")},
    {DtsJobStatus::Modifying, "Modifying",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Modifying objects")},
    {DtsJobStatus::ModifyFailed, "ModifyFailed",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Modification failed")},
    {DtsJobStatus::Finished, "Finished", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
    {DtsJobStatus::Retrying, "Retrying", QT_TRANSLATE_NOOP("ferry::model::Status", "Retrying")},
    {DtsJobStatus::Upgrade, "Upgrade", QT_TRANSLATE_NOOP("ferry::model::Status", "Upgrading")},
    {DtsJobStatus::Locked, "Locked", QT_TRANSLATE_NOOP("ferry::model::Status", "Locked")},
    {DtsJobStatus::Downgrade, "Downgrade",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Downgrading")},
    {DtsJobStatus::Starting, "Starting", QT_TRANSLATE_NOOP("ferry::model::Status", "Starting")},
    {DtsJobStatus::Normal, "Normal", QT_TRANSLATE_NOOP("ferry::model::Status", "Normal")},
    {DtsJobStatus::Abnormal, "Abnormal", QT_TRANSLATE_NOOP("ferry::model::Status", "Abnormal")},
};

constexpr EnumEntry<DtsStageStatus> kDtsStageStatus[] = {
    {DtsStageStatus::NotStarted, "NotStarted",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {DtsStageStatus::Prechecking, "Prechecking",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Prechecking")},
    {DtsStageStatus::PrecheckFailed, "PrecheckFailed",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Precheck failed")},
    {DtsStageStatus::Checking, "Checking", QT_TRANSLATE_NOOP("ferry::model::Status", "Checking")},
    {DtsStageStatus::Migrating, "Migrating",
     QT_TRANSLATE_NOOP("ferry::model::Status", "In progress")},
    {DtsStageStatus::Suspending, "Suspending", QT_TRANSLATE_NOOP("ferry::model::Status", "Paused")},
    {DtsStageStatus::Failed, "Failed", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
    {DtsStageStatus::Finished, "Finished", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
    {DtsStageStatus::Catched, "Catched", QT_TRANSLATE_NOOP("ferry::model::Status", "Caught up")},
    {DtsStageStatus::Inconsistency, "Inconsistency",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Inconsistent")},
};

constexpr EnumEntry<DtsPrecheckItemState> kDtsPrecheckItemState[] = {
    {DtsPrecheckItemState::NotStarted, "NotStarted",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {DtsPrecheckItemState::Checking, "Checking",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Checking")},
    {DtsPrecheckItemState::Migrating, "Migrating",
     QT_TRANSLATE_NOOP("ferry::model::Status", "In progress")},
    {DtsPrecheckItemState::Failed, "Failed", QT_TRANSLATE_NOOP("ferry::model::Status", "Failed")},
    {DtsPrecheckItemState::Warning, "Warning",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Warning")},
    {DtsPrecheckItemState::Success, "Success", QT_TRANSLATE_NOOP("ferry::model::Status", "Passed")},
};

constexpr EnumEntry<SmcJobStatus> kSmcJobStatus[] = {
    {SmcJobStatus::Ready, "Ready", QT_TRANSLATE_NOOP("ferry::model::Status", "Not started")},
    {SmcJobStatus::Running, "Running", QT_TRANSLATE_NOOP("ferry::model::Status", "Running")},
    {SmcJobStatus::Stopped, "Stopped", QT_TRANSLATE_NOOP("ferry::model::Status", "Stopped")},
    {SmcJobStatus::InError, "InError", QT_TRANSLATE_NOOP("ferry::model::Status", "Error")},
    {SmcJobStatus::Finished, "Finished", QT_TRANSLATE_NOOP("ferry::model::Status", "Completed")},
    {SmcJobStatus::Waiting, "Waiting",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Waiting for next run")},
    {SmcJobStatus::Expired, "Expired", QT_TRANSLATE_NOOP("ferry::model::Status", "Expired")},
    {SmcJobStatus::Deleting, "Deleting", QT_TRANSLATE_NOOP("ferry::model::Status", "Deleting")},
};

constexpr EnumEntry<SmcBusinessStatus> kSmcBusinessStatus[] = {
    {SmcBusinessStatus::Preparing, "Preparing",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Preparing")},
    {SmcBusinessStatus::Syncing, "Syncing", QT_TRANSLATE_NOOP("ferry::model::Status", "Syncing")},
    {SmcBusinessStatus::Processing, "Processing",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Processing")},
    {SmcBusinessStatus::Cleaning, "Cleaning",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Cleaning up")},
};

constexpr EnumEntry<SmcSourceState> kSmcSourceState[] = {
    {SmcSourceState::Unavailable, "Unavailable",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Unavailable")},
    {SmcSourceState::Available, "Available",
     QT_TRANSLATE_NOOP("ferry::model::Status", "Available")},
    {SmcSourceState::InUse, "InUse", QT_TRANSLATE_NOOP("ferry::model::Status", "In use")},
    {SmcSourceState::Deleting, "Deleting", QT_TRANSLATE_NOOP("ferry::model::Status", "Deleting")},
};

constexpr EnumEntry<SmcRunType> kSmcRunType[] = {
    {SmcRunType::Manual, "Manual", QT_TRANSLATE_NOOP("ferry::model::Status", "Manual")},
    {SmcRunType::Schedule, "Schedule", QT_TRANSLATE_NOOP("ferry::model::Status", "Scheduled")},
};

// Single steps of each lifecycle; isLegalTransition() allows any path through them.
using MJ = MmsJobStatus;
constexpr std::array<Edge<MJ>, 6> kMmsJobEdges{{
    {MJ::Init, MJ::Doing},
    {MJ::Init, MJ::Failed},
    {MJ::Doing, MJ::Done},
    {MJ::Doing, MJ::Failed},
    {MJ::Failed, MJ::Init},  // retry re-queues the failed tasks
    {MJ::Failed, MJ::Doing}, // retry
}};

using MT = MmsTaskStatus;
constexpr std::array<Edge<MT>, 22> kMmsTaskEdges{{
    {MT::Init, MT::SchemaDoing},
    {MT::Init, MT::DataDoing}, // no schema phase
    {MT::Init, MT::SchemaFailed},
    {MT::SchemaDoing, MT::SchemaDone},
    {MT::SchemaDoing, MT::SchemaFailed},
    {MT::SchemaDone, MT::DataDoing},
    {MT::SchemaDone, MT::Done}, // schema only
    {MT::SchemaDone, MT::DataFailed},
    {MT::DataDoing, MT::DataDone},
    {MT::DataDoing, MT::DataFailed},
    {MT::DataDone, MT::VerificationDoing},
    {MT::DataDone, MT::Done}, // no verification
    {MT::DataDone, MT::VerificationFailed},
    {MT::VerificationDoing, MT::VerificationDone},
    {MT::VerificationDoing, MT::VerificationFailed},
    {MT::VerificationDone, MT::Done},
    // RetryMmsTask restarts the failed phase (or the whole task).
    {MT::SchemaFailed, MT::Init},
    {MT::SchemaFailed, MT::SchemaDoing},
    {MT::DataFailed, MT::Init},
    {MT::DataFailed, MT::DataDoing},
    {MT::VerificationFailed, MT::Init},
    {MT::VerificationFailed, MT::VerificationDoing},
}};

using DS = DtsJobStatus;
constexpr std::array<Edge<DS>, 44> kDtsJobEdges{{
    {DS::NotConfigured, DS::NotStarted},
    {DS::NotConfigured, DS::Prechecking},
    {DS::NotStarted, DS::Prechecking},
    {DS::Prechecking, DS::PrecheckFailed},
    {DS::Prechecking, DS::PreCheckPass},
    {DS::PrecheckFailed, DS::Prechecking},
    {DS::PreCheckPass, DS::Migrating},
    {DS::PreCheckPass, DS::Initializing},
    {DS::PreCheckPass, DS::Synchronizing},
    {DS::PreCheckPass, DS::Starting},
    {DS::PreCheckPass, DS::Finished}, // schema/full only, nothing left to run
    {DS::Migrating, DS::Suspending},
    {DS::Migrating, DS::MigrationFailed},
    {DS::Migrating, DS::Retrying},
    {DS::Migrating, DS::Finished},
    {DS::MigrationFailed, DS::Migrating},
    {DS::Initializing, DS::Synchronizing},
    {DS::Initializing, DS::InitializeFailed},
    {DS::Initializing, DS::Suspending},
    {DS::Initializing, DS::Retrying},
    {DS::InitializeFailed, DS::Initializing},
    {DS::Synchronizing, DS::Suspending},
    {DS::Synchronizing, DS::Failed},
    {DS::Synchronizing, DS::Retrying},
    {DS::Synchronizing, DS::Modifying},
    {DS::Synchronizing, DS::Finished},
    {DS::Failed, DS::Synchronizing},
    {DS::Modifying, DS::Synchronizing},
    {DS::Modifying, DS::ModifyFailed},
    {DS::ModifyFailed, DS::Modifying},
    {DS::ModifyFailed, DS::Synchronizing},
    {DS::Suspending, DS::Prechecking}, // StartDtsJob re-runs the precheck
    {DS::Suspending, DS::Migrating},
    {DS::Suspending, DS::Initializing},
    {DS::Suspending, DS::Synchronizing},
    {DS::Suspending, DS::Finished}, // StopDtsJob on a paused job
    {DS::Retrying, DS::Migrating},
    {DS::Retrying, DS::Synchronizing},
    {DS::Retrying, DS::MigrationFailed},
    {DS::Retrying, DS::Failed},
    {DS::Starting, DS::Normal},
    {DS::Starting, DS::Abnormal},
    {DS::Normal, DS::Abnormal},
    {DS::Abnormal, DS::Normal},
}};

using SJ = SmcJobStatus;
constexpr std::array<Edge<SJ>, 19> kSmcJobEdges{{
    {SJ::Ready, SJ::Running},    {SJ::Ready, SJ::Expired},    {SJ::Ready, SJ::Deleting},
    {SJ::Running, SJ::Stopped},  {SJ::Running, SJ::InError},  {SJ::Running, SJ::Finished},
    {SJ::Running, SJ::Waiting},                               // incremental job between runs
    {SJ::Waiting, SJ::Running},  {SJ::Waiting, SJ::Finished}, // cut over without a last sync
    {SJ::Waiting, SJ::Expired},  {SJ::Waiting, SJ::Deleting}, {SJ::Stopped, SJ::Running},
    {SJ::Stopped, SJ::Expired},  {SJ::Stopped, SJ::Deleting}, {SJ::InError, SJ::Running},
    {SJ::InError, SJ::Expired},  {SJ::InError, SJ::Deleting}, {SJ::Finished, SJ::Deleting},
    {SJ::Expired, SJ::Deleting},
}};

bool isDtsAdministrative(DtsJobStatus s)
{
    // Upgrade/Downgrade/Locked are entered and left from any state by the service itself.
    return s == DS::Upgrade || s == DS::Downgrade || s == DS::Locked;
}

} // namespace

std::span<const EnumEntry<MmsJobStatus>> enumEntries(MmsJobStatus)
{
    return kMmsJobStatus;
}
std::span<const EnumEntry<MmsJobType>> enumEntries(MmsJobType)
{
    return kMmsJobType;
}
std::span<const EnumEntry<MmsTaskStatus>> enumEntries(MmsTaskStatus)
{
    return kMmsTaskStatus;
}
std::span<const EnumEntry<MmsObjectStatus>> enumEntries(MmsObjectStatus)
{
    return kMmsObjectStatus;
}
std::span<const EnumEntry<MmsDataSourceStatus>> enumEntries(MmsDataSourceStatus)
{
    return kMmsDataSourceStatus;
}
std::span<const EnumEntry<MmsScanStatus>> enumEntries(MmsScanStatus)
{
    return kMmsScanStatus;
}
std::span<const EnumEntry<MmsAsyncTaskStatus>> enumEntries(MmsAsyncTaskStatus)
{
    return kMmsAsyncTaskStatus;
}
std::span<const EnumEntry<DtsJobType>> enumEntries(DtsJobType)
{
    return kDtsJobType;
}
std::span<const EnumEntry<DtsJobStatus>> enumEntries(DtsJobStatus)
{
    return kDtsJobStatus;
}
std::span<const EnumEntry<DtsStageStatus>> enumEntries(DtsStageStatus)
{
    return kDtsStageStatus;
}
std::span<const EnumEntry<DtsPrecheckItemState>> enumEntries(DtsPrecheckItemState)
{
    return kDtsPrecheckItemState;
}
std::span<const EnumEntry<SmcJobStatus>> enumEntries(SmcJobStatus)
{
    return kSmcJobStatus;
}
std::span<const EnumEntry<SmcBusinessStatus>> enumEntries(SmcBusinessStatus)
{
    return kSmcBusinessStatus;
}
std::span<const EnumEntry<SmcSourceState>> enumEntries(SmcSourceState)
{
    return kSmcSourceState;
}
std::span<const EnumEntry<SmcRunType>> enumEntries(SmcRunType)
{
    return kSmcRunType;
}

bool isLegalTransition(MmsJobStatus from, MmsJobStatus to)
{
    return reachable(from, to, kMmsJobEdges);
}

bool isLegalTransition(MmsTaskStatus from, MmsTaskStatus to)
{
    return reachable(from, to, kMmsTaskEdges);
}

bool isLegalTransition(DtsJobStatus from, DtsJobStatus to)
{
    if (isDtsAdministrative(from) || isDtsAdministrative(to))
        return true;
    return reachable(from, to, kDtsJobEdges);
}

bool isLegalTransition(SmcJobStatus from, SmcJobStatus to)
{
    return reachable(from, to, kSmcJobEdges);
}

MmsTaskStatus failedStatusFor(MmsTaskStatus current)
{
    switch (current) {
    case MT::Init:
    case MT::SchemaDoing:
        return MT::SchemaFailed;
    case MT::SchemaDone:
    case MT::DataDoing:
        return MT::DataFailed;
    case MT::DataDone:
    case MT::VerificationDoing:
        return MT::VerificationFailed;
    default:
        return current;
    }
}

bool isFailed(MmsTaskStatus s)
{
    return s == MT::SchemaFailed || s == MT::DataFailed || s == MT::VerificationFailed;
}

bool isRunning(MmsTaskStatus s)
{
    return s == MT::SchemaDoing || s == MT::DataDoing || s == MT::VerificationDoing;
}

bool isTerminal(MmsJobStatus s)
{
    return s == MJ::Done || s == MJ::Failed;
}

bool isTerminal(SmcJobStatus s)
{
    return s == SJ::Finished || s == SJ::Expired || s == SJ::Deleting;
}

bool isTerminal(DtsJobStatus s)
{
    return s == DS::Finished;
}

bool isFailed(DtsJobStatus s)
{
    return s == DS::PrecheckFailed || s == DS::MigrationFailed || s == DS::InitializeFailed ||
           s == DS::Failed || s == DS::ModifyFailed || s == DS::Abnormal;
}

bool isValidFor(DtsJobType type, DtsJobStatus status)
{
    static constexpr DS common[] = {DS::NotConfigured,  DS::NotStarted,   DS::Prechecking,
                                    DS::PrecheckFailed, DS::PreCheckPass, DS::Retrying,
                                    DS::Upgrade,        DS::Locked,       DS::Downgrade};
    static constexpr DS migration[] = {DS::Migrating, DS::Suspending, DS::MigrationFailed,
                                       DS::Finished};
    static constexpr DS sync[] = {DS::Initializing, DS::InitializeFailed, DS::Synchronizing,
                                  DS::Failed,       DS::Suspending,       DS::Modifying,
                                  DS::ModifyFailed, DS::Finished};
    static constexpr DS subscribe[] = {DS::Starting, DS::Normal, DS::Abnormal};
    auto in = [status](const auto &set) {
        return std::find(std::begin(set), std::end(set), status) != std::end(set);
    };
    if (in(common))
        return true;
    switch (type) {
    case DtsJobType::Migration:
        return in(migration);
    case DtsJobType::Sync:
        return in(sync);
    case DtsJobType::Subscribe:
        return in(subscribe);
    case DtsJobType::Unknown:
        return status != DS::Unknown;
    }
    return false;
}

} // namespace ferry::model
