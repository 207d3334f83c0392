// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/mmstaskwatcher.h"

namespace ferry::cloudapi {

MmsTaskWatcher::MmsTaskWatcher(MmsClient client, MmsJobRef job, QObject *parent)
    : JobWatcher(parent)
    , m_client(std::move(client))
    , m_job(job)
{}

MmsTaskWatcher::~MmsTaskWatcher() = default;

void MmsTaskWatcher::poll()
{
    MmsTaskQuery q;
    q.sourceId = m_job.sourceId;
    q.jobId = m_job.jobId;
    q.pageSize = m_pageSize;
    setCall(m_client.fetchAllTasks(q, this, {}, [this](Result<QList<model::MmsTask>> r) {
        if (!r) {
            finishPoll(r.error());
            return;
        }
        Q_EMIT tasksFetched(r.value(), now());
        finishPoll();
    }));
}

} // namespace ferry::cloudapi
