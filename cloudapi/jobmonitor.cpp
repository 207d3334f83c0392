// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/jobmonitor.h"

#include "cloudapi/dtsdetailwatcher.h"
#include "cloudapi/dtsjobwatcher.h"
#include "cloudapi/mmsjobwatcher.h"
#include "cloudapi/mmstaskwatcher.h"
#include "cloudapi/smcjobwatcher.h"
#include "model/jobtablemodel.h"
#include "model/seriesstore.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace ferry::cloudapi {

namespace {
qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

JobMonitor::JobMonitor(MmsClient mms, DtsClient dts, SmcClient smc, QString regionId,
                       QObject *parent)
    : QObject(parent)
    , m_mms(std::move(mms))
    , m_dts(std::move(dts))
    , m_smc(std::move(smc))
    , m_regionId(std::move(regionId))
    , m_clock(systemNow)
    , m_table(new model::JobTableModel(this))
    , m_mmsWatcher(new MmsJobWatcher(m_mms, this))
    , m_dtsWatcher(new DtsJobWatcher(m_dts, m_regionId, this))
    , m_smcWatcher(new SmcJobWatcher(m_smc, m_regionId, this))
    , m_lagWatch(m_config.lagThresholdMs)
{
    wire(m_mmsWatcher, model::JobService::Mms);
    wire(m_dtsWatcher, model::JobService::Dts);
    wire(m_smcWatcher, model::JobService::Smc);
    connect(m_mmsWatcher, &MmsJobWatcher::jobsFetched, this, &JobMonitor::onMmsJobs);
    connect(m_dtsWatcher, &DtsJobWatcher::jobsFetched, this, &JobMonitor::onDtsJobs);
    connect(m_smcWatcher, &SmcJobWatcher::jobsFetched, this, &JobMonitor::onSmcJobs);
    setConfig(m_config);
}

JobMonitor::~JobMonitor()
{
    closeDetail();
}

template<class W>
void JobMonitor::wire(W *watcher, model::JobService service)
{
    connect(watcher, &JobWatcher::pollFailed, this,
            [this, service](const ApiError &error) { Q_EMIT serviceFailed(service, error); });
}

void JobMonitor::setClock(std::function<qint64()> nowMs)
{
    m_clock = nowMs ? std::move(nowMs) : std::function<qint64()>(systemNow);
    for (JobWatcher *w :
         {static_cast<JobWatcher *>(m_mmsWatcher), static_cast<JobWatcher *>(m_dtsWatcher),
          static_cast<JobWatcher *>(m_smcWatcher), m_detail.data()}) {
        if (w)
            w->setClock(m_clock);
    }
    m_table->setClock(m_clock);
}

qint64 JobMonitor::now() const
{
    return m_clock();
}

void JobMonitor::setConfig(const MonitorConfig &config)
{
    m_config = config;
    m_mmsWatcher->setTiming(config.listTiming);
    m_dtsWatcher->setTiming(config.listTiming);
    m_smcWatcher->setTiming(config.listTiming);
    m_mmsWatcher->setDiscoveryInterval(config.discoveryIntervalMs);
    m_dtsWatcher->setDiscoveryInterval(config.discoveryIntervalMs);
    if (m_detail)
        m_detail->setTiming(config.detailTiming);
    if (config.stall.thresholdMs != m_table->stallConfig().thresholdMs ||
        config.stall.minChange != m_table->stallConfig().minChange)
        m_table->setStallConfig(config.stall);
    if (config.lagThresholdMs != m_lagWatch.thresholdMs())
        m_lagWatch = model::LagThresholdWatch(config.lagThresholdMs);
}

void JobMonitor::setLagStore(model::SeriesStore *store)
{
    m_lag = model::LagHistory(store);
    m_lag.compact(now());
}

void JobMonitor::start(int tickMs)
{
    m_tickMs = tickMs;
    m_mmsWatcher->start(tickMs);
    m_dtsWatcher->start(tickMs);
    m_smcWatcher->start(tickMs);
    if (m_detail)
        m_detail->start(tickMs);
}

void JobMonitor::stop()
{
    m_tickMs = 0;
    m_mmsWatcher->stop();
    m_dtsWatcher->stop();
    m_smcWatcher->stop();
    if (m_detail)
        m_detail->stop();
}

void JobMonitor::tick()
{
    m_mmsWatcher->tick();
    m_dtsWatcher->tick();
    m_smcWatcher->tick();
    if (m_detail)
        m_detail->tick();
}

void JobMonitor::setActive(bool active)
{
    m_active = active;
    m_mmsWatcher->setActive(active);
    m_dtsWatcher->setActive(active);
    m_smcWatcher->setActive(active);
    if (m_detail)
        m_detail->setActive(active);
}

void JobMonitor::refreshNow()
{
    m_mmsWatcher->refreshNow();
    m_dtsWatcher->refreshNow();
    m_smcWatcher->refreshNow();
    if (m_detail)
        m_detail->refreshNow();
}

bool JobMonitor::isPolling() const
{
    return m_mmsWatcher->isPolling() || m_dtsWatcher->isPolling() || m_smcWatcher->isPolling() ||
           (m_detail && m_detail->isPolling());
}

const model::MmsJob *JobMonitor::mmsJob(const QString &key) const
{
    const auto it = m_mmsJobs.constFind(key);
    return it == m_mmsJobs.constEnd() ? nullptr : &*it;
}

const model::DtsJob *JobMonitor::dtsJob(const QString &key) const
{
    if (m_dtsDetail && key == m_detailKey)
        return &*m_dtsDetail;
    const auto it = m_dtsJobs.constFind(key);
    return it == m_dtsJobs.constEnd() ? nullptr : &*it;
}

const model::SmcReplicationJob *JobMonitor::smcJob(const QString &key) const
{
    const auto it = m_smcJobs.constFind(key);
    return it == m_smcJobs.constEnd() ? nullptr : &*it;
}

std::shared_ptr<const model::Series> JobMonitor::lagSeries(const QString &dtsJobId)
{
    return m_lag.series(dtsJobId, now());
}

void JobMonitor::onMmsJobs(const QList<model::MmsJob> &jobs, qint64 atMs)
{
    QList<model::JobRow> rows;
    rows.reserve(jobs.size());
    m_mmsJobs.clear();
    for (const model::MmsJob &job : jobs) {
        m_mmsJobs.insert(model::jobKey(job), job);
        rows.append(model::jobRowOf(job, atMs));
    }
    m_table->updateService(model::JobService::Mms, std::move(rows), atMs);
    Q_EMIT serviceUpdated(model::JobService::Mms, atMs);
}

void JobMonitor::onDtsJobs(const QList<model::DtsJob> &jobs, qint64 atMs)
{
    QList<model::JobRow> rows;
    rows.reserve(jobs.size());
    QHash<QString, model::DtsJob> previous;
    previous.swap(m_dtsJobs);
    for (const model::DtsJob &job : jobs) {
        const QString key = model::jobKey(job);
        m_dtsJobs.insert(key, job);
        previous.remove(key);
        rows.append(model::jobRowOf(job, atMs, m_config.lagThresholdMs));
        // While the job is open its detail supplies the readings, in ms for every job type.
        if (!(m_dtsDetail && key == m_detailKey))
            recordLag(job, atMs);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        m_lagWatch.forget(it.value().dtsJobId);
    m_table->updateService(model::JobService::Dts, std::move(rows), atMs);
    Q_EMIT serviceUpdated(model::JobService::Dts, atMs);
}

void JobMonitor::onSmcJobs(const QList<model::SmcReplicationJob> &jobs, qint64 atMs)
{
    QList<model::JobRow> rows;
    rows.reserve(jobs.size());
    m_smcJobs.clear();
    for (const model::SmcReplicationJob &job : jobs) {
        m_smcJobs.insert(model::jobKey(job), job);
        rows.append(model::jobRowOf(job, atMs));
    }
    m_table->updateService(model::JobService::Smc, std::move(rows), atMs);
    Q_EMIT serviceUpdated(model::JobService::Smc, atMs);
}

void JobMonitor::recordLag(const model::DtsJob &job, qint64 atMs)
{
    const std::optional<double> lag = model::lagMsOf(job);
    if (!lag)
        return;
    m_lag.record(job.dtsJobId, atMs, *lag, atMs);
    Q_EMIT lagRecorded(job.dtsJobId, atMs, *lag);
    const auto crossing = m_lagWatch.observe(job.dtsJobId, *lag);
    if (crossing != model::LagThresholdWatch::Crossing::None)
        Q_EMIT lagCrossed(model::jobKey(job), job.name, *lag,
                          crossing == model::LagThresholdWatch::Crossing::Above);
}

void JobMonitor::openDetail(const QString &key)
{
    if (key == m_detailKey && (m_detail || key.startsWith(QLatin1String("smc:"))))
        return;
    closeDetail();
    m_detailKey = key;
    JobWatcher *watcher = nullptr;
    if (const model::MmsJob *job = mmsJob(key)) {
        auto *w = new MmsTaskWatcher(m_mms, MmsJobRef{job->sourceId, job->id}, this);
        connect(w, &MmsTaskWatcher::tasksFetched, this, &JobMonitor::onTasks);
        watcher = w;
    } else if (key.startsWith(QLatin1String("dts:"))) {
        auto *w = new DtsDetailWatcher(m_dts, m_regionId, key.mid(4), this);
        connect(w, &DtsDetailWatcher::detailFetched, this, &JobMonitor::onDtsDetail);
        watcher = w;
    }
    if (!watcher)
        return;
    connect(watcher, &JobWatcher::pollFailed, this,
            [this](const ApiError &error) { Q_EMIT detailFailed(m_detailKey, error); });
    watcher->setClock(m_clock);
    watcher->setTiming(m_config.detailTiming);
    watcher->setActive(m_active);
    m_detail = watcher;
    if (m_tickMs > 0)
        watcher->start(m_tickMs);
    else
        watcher->tick();
}

void JobMonitor::closeDetail()
{
    delete m_detail.data(); // cancels its call in flight
    m_detail = nullptr;
    m_detailKey.clear();
    m_tasks.clear();
    m_dtsDetail.reset();
}

JobWatcher *JobMonitor::detailWatcher() const
{
    return m_detail.data();
}

std::shared_ptr<const model::ProgressHistory> JobMonitor::progressHistory(const QString &key) const
{
    return m_progress.value(key);
}

void JobMonitor::onTasks(const QList<model::MmsTask> &tasks, qint64 atMs)
{
    m_tasks = tasks;
    auto &history = m_progress[m_detailKey];
    if (!history)
        history = std::make_shared<model::ProgressHistory>();
    // The task list says nothing about partitions: record "no reading" rather than a guess.
    history->record(atMs, model::taskCountsByPhase(tasks),
                    std::numeric_limits<double>::quiet_NaN());
    Q_EMIT detailUpdated(m_detailKey);
}

void JobMonitor::onDtsDetail(const model::DtsJob &job, qint64 atMs)
{
    m_dtsDetail = job;
    recordLag(job, atMs);
    Q_EMIT detailUpdated(m_detailKey);
}

} // namespace ferry::cloudapi
