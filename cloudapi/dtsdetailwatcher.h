// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/jobwatcher.h"
#include "model/dts.h"

namespace ferry::cloudapi {

/// Watches one DTS job with DescribeDtsJobDetail while a person has it open: the detail reports
/// the lag in milliseconds for every job type (the list gives whole seconds for synchronization
/// jobs), the finish time and the sub-jobs.
class DtsDetailWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsDetailWatcher)

public:
    DtsDetailWatcher(DtsClient client, QString regionId, QString dtsJobId,
                     QObject *parent = nullptr);
    ~DtsDetailWatcher() override;

    const QString &dtsJobId() const { return m_jobId; }

Q_SIGNALS:
    /// The job's detail as of atMs.
    void detailFetched(const ferry::model::DtsJob &job, qint64 atMs);

protected:
    void poll() override;

private:
    DtsClient m_client;
    QString m_regionId;
    QString m_jobId;
};

} // namespace ferry::cloudapi
