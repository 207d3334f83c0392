// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/smcjobwatcher.h"

namespace ferry::cloudapi {

SmcJobWatcher::SmcJobWatcher(SmcClient client, QString regionId, QObject *parent)
    : JobWatcher(parent)
    , m_client(std::move(client))
    , m_regionId(std::move(regionId))
{}

SmcJobWatcher::~SmcJobWatcher() = default;

void SmcJobWatcher::poll()
{
    SmcJobQuery q;
    q.regionId = m_regionId;
    q.pageSize = m_pageSize;
    setCall(m_client.fetchAllReplicationJobs(q, this, {},
                                             [this](Result<QList<model::SmcReplicationJob>> r) {
                                                 if (!r) {
                                                     finishPoll(r.error());
                                                     return;
                                                 }
                                                 Q_EMIT jobsFetched(r.value(), now());
                                                 finishPoll();
                                             }));
}

} // namespace ferry::cloudapi
