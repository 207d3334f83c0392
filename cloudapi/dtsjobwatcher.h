// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/jobwatcher.h"
#include "model/dts.h"

#include <QList>

#include <array>

namespace ferry::cloudapi {

/// Watches every DTS job of the region with DescribeDtsJobs, which lists one job type per call
/// (MIGRATION, SYNC, SUBSCRIBE): each type is a page set of the service's job list. Every poll
/// lists the types that had jobs at the last look; all three are listed at the discovery
/// interval. A poll thus costs one DescribeDtsJobs per type with jobs (plus paging). The answer
/// carries each job's lag (`Delay`), so lag costs no extra call.
class DtsJobWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsJobWatcher)

public:
    DtsJobWatcher(DtsClient client, QString regionId, QObject *parent = nullptr);
    ~DtsJobWatcher() override;

    /// How often the types without jobs are listed again (ms).
    void setDiscoveryInterval(qint64 ms) { m_discoveryMs = ms; }
    /// Page size of DescribeDtsJobs.
    void setPageSize(int size) { m_pageSize = size; }
    /// The job types every poll lists.
    QList<model::DtsJobType> typesWithJobs() const;

Q_SIGNALS:
    /// Every job of every type, as of atMs.
    void jobsFetched(const QList<ferry::model::DtsJob> &jobs, qint64 atMs);

protected:
    void poll() override;
    void refreshRequested() override { m_discoverNow = true; }

private:
    void nextType();

    static constexpr std::array<model::DtsJobType, 3> kTypes = {
        model::DtsJobType::Migration, model::DtsJobType::Sync, model::DtsJobType::Subscribe};

    DtsClient m_client;
    QString m_regionId;
    qint64 m_discoveryMs = 300'000;
    int m_pageSize = DtsClient::kDefaultPageSize;
    bool m_discoverNow = false;
    bool m_discovered = false;
    bool m_discovering = false;
    qint64 m_lastDiscovery = 0;
    qint64 m_pollStart = 0;
    std::array<QList<model::DtsJob>, 3> m_jobs;
    QList<int> m_queue;
};

} // namespace ferry::cloudapi
