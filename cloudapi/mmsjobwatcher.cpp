// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/mmsjobwatcher.h"

#include <QSet>

#include <algorithm>

namespace ferry::cloudapi {

MmsJobWatcher::MmsJobWatcher(MmsClient client, QObject *parent)
    : JobWatcher(parent)
    , m_client(std::move(client))
{}

MmsJobWatcher::~MmsJobWatcher() = default;

QList<qint64> MmsJobWatcher::sourcesWithJobs() const
{
    QList<qint64> ids;
    for (auto it = m_jobsBySource.cbegin(); it != m_jobsBySource.cend(); ++it) {
        if (!it.value().isEmpty())
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MmsJobWatcher::poll()
{
    m_pollStart = now();
    const bool discover =
        !m_discovered || m_discoverNow ||
        m_pollStart - m_lastDiscovery >= std::max(m_discoveryMs, schedule().intervalMs());
    if (!discover) {
        m_queue = sourcesWithJobs();
        nextSource();
        return;
    }
    MmsDataSourceQuery q;
    q.pageSize = m_pageSize;
    setCall(
        m_client.fetchAllDataSources(q, this, {}, [this](Result<QList<model::MmsDataSource>> r) {
            if (!r) {
                finishPoll(r.error());
                return;
            }
            m_sources = std::move(r).value();
            m_discovered = true;
            m_discoverNow = false;
            m_lastDiscovery = m_pollStart;
            QSet<qint64> ids;
            m_queue.clear();
            for (const model::MmsDataSource &s : std::as_const(m_sources)) {
                if (ids.contains(s.id))
                    continue;
                ids.insert(s.id);
                m_queue.append(s.id);
            }
            for (auto it = m_jobsBySource.begin(); it != m_jobsBySource.end();) {
                if (ids.contains(it.key()))
                    ++it;
                else
                    it = m_jobsBySource.erase(it);
            }
            Q_EMIT dataSourcesFetched(m_sources, now());
            nextSource();
        }));
}

void MmsJobWatcher::nextSource()
{
    if (m_queue.isEmpty()) {
        QList<model::MmsJob> all;
        for (qint64 id : sourcesWithJobs())
            all.append(m_jobsBySource.value(id));
        const qint64 at = now();
        Q_EMIT jobsFetched(all, at);
        finishPoll();
        return;
    }
    const qint64 sourceId = m_queue.takeFirst();
    MmsJobQuery q;
    q.sourceId = sourceId;
    q.pageSize = m_pageSize;
    setCall(m_client.fetchAllJobs(q, this, {}, [this, sourceId](Result<QList<model::MmsJob>> r) {
        if (r) {
            m_jobsBySource.insert(sourceId, std::move(r).value());
        } else if (r.error().kind == ErrorKind::Client) {
            // The source went away (or refuses listing): it has no jobs to show; the next
            // discovery settles whether it still exists.
            m_jobsBySource.remove(sourceId);
        } else {
            m_queue.clear();
            finishPoll(r.error());
            return;
        }
        nextSource();
    }));
}

} // namespace ferry::cloudapi
