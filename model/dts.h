// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/page.h"
#include "model/status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ferry::model {

/// The unit a DTS `Delay` arrived in. DescribeDtsJobs reports milliseconds for migration jobs and
/// seconds for synchronization (and reverse) jobs; DescribeDtsJobDetail documents milliseconds.
enum class DelayUnit
{
    Milliseconds,
    Seconds
};

/// Replication latency, normalised to milliseconds, with what was actually received.
struct DtsDelay
{
    std::chrono::milliseconds value{0};
    DelayUnit rawUnit = DelayUnit::Milliseconds;
    double raw = 0; ///< the number as sent, in rawUnit

    /// Builds a delay from the number a service sent in `unit`.
    static DtsDelay fromRaw(double raw, DelayUnit unit);
};

/// Which stages a DTS job runs.
struct DtsMigrationMode
{
    bool structureInitialization = false;
    bool dataInitialization = false;
    bool dataSynchronization = false; ///< incremental
    bool fullDataCheck = false;
    bool incDataCheck = false;
    bool structureDataCheck = false;
};

/// Throughput of a running job; the service sends both as strings.
struct DtsPerformance
{
    QString rps;  ///< records per second, as sent
    QString flow; ///< MB/s, as sent
    std::optional<double> rpsValue;
    std::optional<double> flowMBps;
};

/// Progress of one stage (structure/data initialization, synchronization, data checks).
struct DtsStageProgress
{
    Wire<DtsStageStatus> status;
    std::optional<double> percent; ///< 0..100; the service sends a string
    QString progress;              ///< free text, e.g. a row count or "0.00RPS/(0.000MB/s)"
    QString errorMessage;
    bool needUpgrade = false;
    bool canSwitch = false;

    bool isPresent() const { return status.isPresent(); }
};

/// One item of the precheck summary inside a job (`PrecheckStatus.Detail[]`).
struct DtsPrecheckDetail
{
    QString checkItem; ///< e.g. CHECK_CONN_SRC
    QString checkItemDescription;
    Wire<DtsPrecheckItemState> checkResult; ///< Success / Failed
    QString failedReason;
    QString repairMethod;
};

/// The precheck summary inside a job.
struct DtsPrecheckSummary
{
    Wire<DtsStageStatus> status;
    std::optional<double> percent;
    QString errorMessage;
    QList<DtsPrecheckDetail> details;
};

/// One side of a DTS job as the service describes it.
struct DtsEndpoint
{
    QString instanceId; ///< `InstanceID`
    QString instanceType;
    QString engineName;
    QString region;
    QString ip;
    QString port;
    QString databaseName;
    QString userName;
    QString oracleSid;
};

/// The automatic retry state of a job.
struct DtsRetryState
{
    bool retrying = false;
    int retryCount = 0;
    qint64 retryTimeSeconds = 0;
    qint64 maxRetryTimeSeconds = 0;
    QString retryTarget; ///< srcDB, destDB, inner_module
    QString errMessage;
};

/// A DTS migration, synchronization or subscription job (DescribeDtsJobs item or Detail).
struct DtsJob
{
    QString dtsJobId;
    QString dtsInstanceId; ///< `DtsInstanceID` on the wire
    QString name;          ///< `DtsJobName`
    Wire<DtsJobType> jobType;
    Wire<DtsJobStatus> status;
    QString errorMessage;
    QDateTime createTime;
    QDateTime finishTime;
    QDateTime expireTime;
    QString payType;   ///< PrePaid / PostPaid
    QString jobClass;  ///< `DtsJobClass`
    QString direction; ///< `DtsJobDirection`: Forward / Reverse
    DtsMigrationMode migrationMode;
    DtsPerformance performance;
    DtsPrecheckSummary precheck;
    DtsStageProgress structureInitialization;
    DtsStageProgress dataInitialization;
    DtsStageProgress dataSynchronization;
    DtsStageProgress fullDataCheck;
    DtsStageProgress incDataCheck;
    DtsStageProgress structureDataCheck;
    DtsEndpoint source;
    DtsEndpoint destination;
    std::optional<DtsDelay> delay;
    std::optional<qint64> checkpoint; ///< unix seconds of the incremental position
    QString reverseJobId;             ///< `ReverseJob.DtsJobId`, empty when there is none
    DtsRetryState retry;
    QString dbObject; ///< JSON text of the objects, as sent
    QString reserved; ///< JSON text, as sent
};

/// One precheck (or schema/full/incremental progress) item (`JobProgress[]`).
struct DtsPrecheckItem
{
    QString item; ///< e.g. CHECK_CONN_SRC
    QString names;
    QString jobId;
    QString id;
    int orderNum = 0;
    Wire<DtsPrecheckItemState> state;
    QString errMsg;
    QString errDetail;
    QString repairMethod;
    bool canSkip = false;
    bool skip = false;
    QString bootTime;
    QString finishTime;
    qint64 current = 0;
    qint64 total = 0;
    std::optional<qint64> delaySeconds;
    QString sourceSchema;
    QString destSchema;
    QString targetNames;
};

/// DescribePreCheckStatus: the state of one job stage and its items.
struct DtsPrecheckStatus
{
    QString jobId;
    QString jobName;
    Wire<DtsStageStatus> state;
    int errorItem = 0;
    int total = 0; ///< items in this stage
    int totalRecordCount = 0;
    int pageNumber = 1;
    int pageRecordCount = 0;
    QList<DtsPrecheckItem> items;
};

/// One connectivity test of DescribeConnectionStatus.
struct DtsConnectionTest
{
    QString testName;
    bool success = false;
};

/// Connectivity of one endpoint as DTS sees it.
struct DtsEndpointConnection
{
    bool present = false; ///< the service answered for this endpoint
    bool connected = false;
    QList<DtsConnectionTest> details;
    QString advice;
};

/// DescribeConnectionStatus for both endpoints.
struct DtsConnectionStatus
{
    DtsEndpointConnection source;
    DtsEndpointConnection destination;
};

// Which actions the GUI may offer; the reasoning behind each rule is in dts.cpp.

/// Start: a job not started yet, waiting after a passed or failed precheck, or paused.
bool canStart(const DtsJob &job);
/// Suspend (pause): a migration or synchronization job that is moving data.
bool canSuspend(const DtsJob &job);
/// Stop (end): a job that is running or paused; the job then finishes.
bool canStop(const DtsJob &job);
/// Create a reverse job: an incremental job that is running, paused or finished and has none.
bool canCreateReverse(const DtsJob &job);

} // namespace ferry::model
