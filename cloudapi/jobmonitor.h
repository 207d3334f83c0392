// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/pollschedule.h"
#include "cloudapi/smcclient.h"
#include "model/jobrow.h"
#include "model/laghistory.h"
#include "model/seriesprogress.h"
#include "model/stalldetector.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace ferry::model {
class JobTableModel;
class SeriesStore;
} // namespace ferry::model

namespace ferry::cloudapi {

class DtsDetailWatcher;
class DtsJobWatcher;
class JobWatcher;
class MmsJobWatcher;
class MmsTaskWatcher;
class SmcJobWatcher;

/// How the monitor polls and judges.
struct MonitorConfig
{
    PollTiming listTiming;                ///< the three list watchers
    PollTiming detailTiming;              ///< the watcher of the job a person has open
    qint64 discoveryIntervalMs = 300'000; ///< MMS data sources, DTS job types without jobs
    model::StallConfig stall;             ///< when a running job counts as stalled
    qint64 lagThresholdMs = 5000;         ///< lag at or over this needs attention and notifies
};

/// Watches every MMS, DTS and SMC job of the account and region and keeps the stores views
/// read: the job table (with stall flags), the lag history of every DTS job (persisted when a
/// store is given), and for the one job a person has open its MMS task progress or DTS detail.
/// One watcher per service polls its list API; detail calls happen only for the open job.
class JobMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitor)

public:
    JobMonitor(MmsClient mms, DtsClient dts, SmcClient smc, QString regionId,
               QObject *parent = nullptr);
    ~JobMonitor() override;

    /// The clock polls and readings are timed by (ms since the epoch); system clock by default.
    void setClock(std::function<qint64()> nowMs);
    qint64 now() const;
    /// Intervals, stall threshold and lag threshold (applies to new detail watchers too).
    void setConfig(const MonitorConfig &config);
    const MonitorConfig &config() const { return m_config; }
    /// Persists lag readings in `store` (not owned, must outlive the monitor); compacts it now.
    void setLagStore(model::SeriesStore *store);

    /// Starts the watchers' timers, ticking every tickMs of real time.
    void start(int tickMs = 1000);
    /// Stops the timers (polls in flight complete); tick() still works.
    void stop();
    /// Ticks every watcher once (tests drive virtual time with it).
    void tick();
    /// Someone looks at the dashboard (active intervals) or nobody does (idle intervals).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Polls every service as soon as possible (not while backing off after throttling).
    void refreshNow();
    /// Whether any watcher has a poll in flight.
    bool isPolling() const;

    model::JobTableModel *table() const { return m_table; }
    MmsJobWatcher *mmsWatcher() const { return m_mmsWatcher; }
    DtsJobWatcher *dtsWatcher() const { return m_dtsWatcher; }
    SmcJobWatcher *smcWatcher() const { return m_smcWatcher; }

    /// The latest MMS job with this dashboard key, or nullptr.
    const model::MmsJob *mmsJob(const QString &key) const;
    /// The latest DTS job with this dashboard key (the detail when it is open), or nullptr.
    const model::DtsJob *dtsJob(const QString &key) const;
    /// The latest SMC job with this dashboard key, or nullptr.
    const model::SmcReplicationJob *smcJob(const QString &key) const;
    /// A DTS job's lag history (ms), loaded from the store on first use; never null.
    std::shared_ptr<const model::Series> lagSeries(const QString &dtsJobId);
    /// Lag history of every DTS job.
    model::LagHistory &lagHistory() { return m_lag; }

    /// Starts watching the detail of the job with this key (MMS tasks, DTS detail; SMC needs no
    /// extra call) and stops watching any other. The detail polls at the detail timing.
    void openDetail(const QString &key);
    /// Stops watching the open job's detail.
    void closeDetail();
    /// The key of the open job, or empty.
    const QString &detailKey() const { return m_detailKey; }
    /// The watcher of the open job's detail (nullptr for SMC or when none is open).
    JobWatcher *detailWatcher() const;
    /// The progress history of an MMS job recorded while it was open (null if never).
    std::shared_ptr<const model::ProgressHistory> progressHistory(const QString &key) const;
    /// The tasks of the open MMS job at the last poll.
    const QList<model::MmsTask> &detailTasks() const { return m_tasks; }

Q_SIGNALS:
    /// A service's jobs were listed and the table updated.
    void serviceUpdated(ferry::model::JobService service, qint64 atMs);
    /// A service's poll failed (the table keeps its last rows).
    void serviceFailed(ferry::model::JobService service, const ferry::cloudapi::ApiError &error);
    /// A lag reading (ms) was recorded for a DTS job.
    void lagRecorded(const QString &dtsJobId, qint64 atMs, double lagMs);
    /// A DTS job's lag crossed the threshold, upwards (above) or back down.
    void lagCrossed(const QString &key, const QString &name, double lagMs, bool above);
    /// The open job's detail changed.
    void detailUpdated(const QString &key);
    /// The open job's detail could not be fetched.
    void detailFailed(const QString &key, const ferry::cloudapi::ApiError &error);

private:
    void onMmsJobs(const QList<model::MmsJob> &jobs, qint64 atMs);
    void onDtsJobs(const QList<model::DtsJob> &jobs, qint64 atMs);
    void onSmcJobs(const QList<model::SmcReplicationJob> &jobs, qint64 atMs);
    void onTasks(const QList<model::MmsTask> &tasks, qint64 atMs);
    void onDtsDetail(const model::DtsJob &job, qint64 atMs);
    void recordLag(const model::DtsJob &job, qint64 atMs);
    template<class W>
    void wire(W *watcher, model::JobService service);

    MmsClient m_mms;
    DtsClient m_dts;
    SmcClient m_smc;
    QString m_regionId;
    MonitorConfig m_config;
    std::function<qint64()> m_clock;
    bool m_active = true;
    int m_tickMs = 0;

    model::JobTableModel *m_table = nullptr;
    MmsJobWatcher *m_mmsWatcher = nullptr;
    DtsJobWatcher *m_dtsWatcher = nullptr;
    SmcJobWatcher *m_smcWatcher = nullptr;
    QPointer<JobWatcher> m_detail;

    model::LagHistory m_lag;
    model::LagThresholdWatch m_lagWatch;
    QHash<QString, model::MmsJob> m_mmsJobs;
    QHash<QString, model::DtsJob> m_dtsJobs;
    QHash<QString, model::SmcReplicationJob> m_smcJobs;
    std::optional<model::DtsJob> m_dtsDetail;
    QString m_detailKey;
    QList<model::MmsTask> m_tasks;
    QHash<QString, std::shared_ptr<model::ProgressHistory>> m_progress;
};

} // namespace ferry::cloudapi
