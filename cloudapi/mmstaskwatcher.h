// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/jobwatcher.h"
#include "cloudapi/mmsclient.h"
#include "model/mms.h"

#include <QList>

namespace ferry::cloudapi {

/// Watches the tasks of one MMS job with ListMmsTasks (all pages) while a person has the job
/// open; the job list carries no task detail.
class MmsTaskWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsTaskWatcher)

public:
    MmsTaskWatcher(MmsClient client, MmsJobRef job, QObject *parent = nullptr);
    ~MmsTaskWatcher() override;

    const MmsJobRef &job() const { return m_job; }
    /// Page size of ListMmsTasks.
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    /// Every task of the job, as of atMs.
    void tasksFetched(const QList<ferry::model::MmsTask> &tasks, qint64 atMs);

protected:
    void poll() override;

private:
    MmsClient m_client;
    MmsJobRef m_job;
    int m_pageSize = 100;
};

} // namespace ferry::cloudapi
