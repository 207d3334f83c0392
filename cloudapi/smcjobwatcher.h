// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/jobwatcher.h"
#include "cloudapi/smcclient.h"
#include "model/smc.h"

#include <QList>

namespace ferry::cloudapi {

/// Watches every SMC replication job of the region: one DescribeReplicationJobs per poll (plus
/// paging). The answer carries each job's runs, so the run history costs no extra call.
class SmcJobWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcJobWatcher)

public:
    SmcJobWatcher(SmcClient client, QString regionId, QObject *parent = nullptr);
    ~SmcJobWatcher() override;

    /// Page size of DescribeReplicationJobs (1..50).
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    /// Every replication job, as of atMs.
    void jobsFetched(const QList<ferry::model::SmcReplicationJob> &jobs, qint64 atMs);

protected:
    void poll() override;

private:
    SmcClient m_client;
    QString m_regionId;
    int m_pageSize = SmcClient::kDefaultPageSize;
};

} // namespace ferry::cloudapi
