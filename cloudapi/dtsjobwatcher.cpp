// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/dtsjobwatcher.h"

#include <algorithm>

namespace ferry::cloudapi {

DtsJobWatcher::DtsJobWatcher(DtsClient client, QString regionId, QObject *parent)
    : JobWatcher(parent)
    , m_client(std::move(client))
    , m_regionId(std::move(regionId))
{}

DtsJobWatcher::~DtsJobWatcher() = default;

QList<model::DtsJobType> DtsJobWatcher::typesWithJobs() const
{
    QList<model::DtsJobType> types;
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (!m_jobs[i].isEmpty())
            types.append(kTypes[i]);
    }
    return types;
}

void DtsJobWatcher::poll()
{
    m_pollStart = now();
    m_discovering =
        !m_discovered || m_discoverNow ||
        m_pollStart - m_lastDiscovery >= std::max(m_discoveryMs, schedule().intervalMs());
    m_queue.clear();
    for (int i = 0; i < int(kTypes.size()); ++i) {
        if (m_discovering || !m_jobs[std::size_t(i)].isEmpty())
            m_queue.append(i);
    }
    nextType();
}

void DtsJobWatcher::nextType()
{
    if (m_queue.isEmpty()) {
        if (m_discovering) {
            m_discovered = true;
            m_discoverNow = false;
            m_lastDiscovery = m_pollStart;
        }
        QList<model::DtsJob> all;
        for (const auto &jobs : m_jobs)
            all.append(jobs);
        Q_EMIT jobsFetched(all, now());
        finishPoll();
        return;
    }
    const int type = m_queue.takeFirst();
    DtsJobQuery q;
    q.regionId = m_regionId;
    q.jobType = kTypes[std::size_t(type)];
    q.pageSize = m_pageSize;
    q.withoutDbList = true; // the object lists can be large and the dashboard needs none
    setCall(m_client.fetchAllJobs(q, this, {}, [this, type](Result<QList<model::DtsJob>> r) {
        if (!r) {
            m_queue.clear();
            finishPoll(r.error());
            return;
        }
        m_jobs[std::size_t(type)] = std::move(r).value();
        nextType();
    }));
}

} // namespace ferry::cloudapi
