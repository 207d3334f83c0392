// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/dtsdetailwatcher.h"

namespace ferry::cloudapi {

DtsDetailWatcher::DtsDetailWatcher(DtsClient client, QString regionId, QString dtsJobId,
                                   QObject *parent)
    : JobWatcher(parent)
    , m_client(std::move(client))
    , m_regionId(std::move(regionId))
    , m_jobId(std::move(dtsJobId))
{}

DtsDetailWatcher::~DtsDetailWatcher() = default;

void DtsDetailWatcher::poll()
{
    DtsJobDetailQuery q;
    q.regionId = m_regionId;
    q.dtsJobId = m_jobId;
    setCall(m_client.describeJobDetail(q, this, [this](Result<model::DtsJob> r) {
        if (!r) {
            finishPoll(r.error());
            return;
        }
        Q_EMIT detailFetched(r.value(), now());
        finishPoll();
    }));
}

} // namespace ferry::cloudapi
