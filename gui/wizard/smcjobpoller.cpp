// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcjobpoller.h"

namespace ferry::gui {

SmcJobPoller::SmcJobPoller(cloudapi::SmcClient client, QString regionId, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_regionId(std::move(regionId))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(15'000);
    connect(&m_timer, &QTimer::timeout, this, &SmcJobPoller::pollNow);
}

SmcJobPoller::~SmcJobPoller()
{
    m_call.cancel();
}

void SmcJobPoller::setJobId(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_call.cancel();
    m_jobId = jobId;
    m_job.reset();
}

void SmcJobPoller::showJob(const model::SmcReplicationJob &job)
{
    setJobId(job.jobId);
    m_job = job;
    Q_EMIT jobUpdated(job);
}

void SmcJobPoller::start()
{
    m_running = true;
    pollNow();
}

void SmcJobPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void SmcJobPoller::pollNow()
{
    if (m_jobId.isEmpty() || m_call.isActive())
        return;
    m_timer.stop();
    cloudapi::SmcJobQuery q;
    q.regionId = m_regionId;
    q.jobIds = {m_jobId};
    m_call = m_client.describeReplicationJobs(
        q, this, [this](cloudapi::Result<model::Page<model::SmcReplicationJob>> r) {
            answered(std::move(r));
        });
}

void SmcJobPoller::answered(cloudapi::Result<model::Page<model::SmcReplicationJob>> result)
{
    if (m_running)
        m_timer.start();
    if (!result.ok()) {
        Q_EMIT pollFailed(result.error());
        return;
    }
    for (const model::SmcReplicationJob &job : result.value().items) {
        if (job.jobId == m_jobId) {
            m_job = job;
            Q_EMIT jobUpdated(job);
            return;
        }
    }
}

} // namespace ferry::gui
