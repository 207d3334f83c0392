// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/jobwatcher.h"
#include "cloudapi/mmsclient.h"
#include "model/mms.h"

#include <QHash>
#include <QList>

namespace ferry::cloudapi {

/// Watches every MMS job of the region. MMS lists jobs per data source, so the listing of the
/// service is ListMmsDataSources plus one ListMmsJobs per source (each source's jobs are a page
/// set of the service's job list): the data sources, and the jobs of every source, are listed at
/// the discovery interval; in between, each poll lists only the jobs of the sources that have
/// jobs. A poll therefore costs one ListMmsJobs per source with jobs (plus paging), and a
/// discovery poll one ListMmsDataSources plus one ListMmsJobs per source.
class MmsJobWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsJobWatcher)

public:
    explicit MmsJobWatcher(MmsClient client, QObject *parent = nullptr);
    ~MmsJobWatcher() override;

    /// How often the data sources are listed again and every source's jobs checked (ms).
    void setDiscoveryInterval(qint64 ms) { m_discoveryMs = ms; }
    qint64 discoveryInterval() const { return m_discoveryMs; }
    /// Page size of the list calls.
    void setPageSize(int size) { m_pageSize = size; }

    /// The data sources of the last discovery.
    const QList<model::MmsDataSource> &dataSources() const { return m_sources; }
    /// The sources whose jobs every poll lists.
    QList<qint64> sourcesWithJobs() const;

Q_SIGNALS:
    /// The data sources were listed.
    void dataSourcesFetched(const QList<ferry::model::MmsDataSource> &sources, qint64 atMs);
    /// Every job of every source, as of atMs.
    void jobsFetched(const QList<ferry::model::MmsJob> &jobs, qint64 atMs);

protected:
    void poll() override;
    void refreshRequested() override { m_discoverNow = true; }

private:
    void nextSource();

    MmsClient m_client;
    qint64 m_discoveryMs = 300'000;
    int m_pageSize = MmsClient::kDefaultPageSize;
    bool m_discoverNow = false;
    bool m_discovered = false;
    qint64 m_lastDiscovery = 0;
    qint64 m_pollStart = 0;
    QList<model::MmsDataSource> m_sources;
    QHash<qint64, QList<model::MmsJob>> m_jobsBySource;
    QList<qint64> m_queue;
};

} // namespace ferry::cloudapi
