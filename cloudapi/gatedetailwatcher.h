// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/jobwatcher.h"
#include "cloudapi/mmsclient.h"
#include "model/dts.h"
#include "model/mms.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ferry::cloudapi {

/// Watches the detail that go/no-go criteria need and the job lists do not carry: the precheck
/// of named DTS jobs (DescribePreCheckStatus) and the tasks of named MMS jobs (ListMmsTasks, all
/// pages) with the logs of their finished tasks (ListMmsTaskLogs, fetched once per task, since a
/// finished task's log no longer changes). One poll walks the targets one call at a time, so a
/// plan costs one call per referenced job per interval plus each finished task's log once.
class GateDetailWatcher final : public JobWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateDetailWatcher)

public:
    GateDetailWatcher(DtsClient dts, MmsClient mms, QString regionId, QObject *parent = nullptr);
    ~GateDetailWatcher() override;

    /// The DTS jobs whose precheck is read and the MMS jobs whose tasks are read; the next poll
    /// uses them.
    void setTargets(const QStringList &precheckJobIds, const QList<MmsJobRef> &mmsJobs);
    const QStringList &precheckJobIds() const { return m_prechecks; }
    const QList<MmsJobRef> &mmsJobs() const { return m_mmsJobs; }
    /// Task log calls at most per poll (the rest follow in later polls).
    void setMaxLogCallsPerPoll(int calls) { m_maxLogCalls = calls; }

Q_SIGNALS:
    /// A DTS job's precheck as of atMs.
    void precheckFetched(const QString &dtsJobId, const ferry::model::DtsPrecheckStatus &status,
                         qint64 atMs);
    /// An MMS job's tasks and the logs known so far of its finished tasks, as of atMs.
    void tasksFetched(qint64 sourceId, qint64 jobId, const QList<ferry::model::MmsTask> &tasks,
                      const QHash<qint64, QList<ferry::model::MmsTaskLog>> &logsByTask,
                      qint64 atMs);

protected:
    void poll() override;

private:
    void next();
    void fetchLogs();
    void fail(const ApiError &error);

    DtsClient m_dts;
    MmsClient m_mms;
    QString m_regionId;
    QStringList m_prechecks;
    QList<MmsJobRef> m_mmsJobs;
    int m_maxLogCalls = 20;

    // The poll in flight: what is left to read, and the job whose task logs are being read.
    QStringList m_pendingPrechecks;
    QList<MmsJobRef> m_pendingJobs;
    MmsJobRef m_job;
    QList<model::MmsTask> m_tasks;
    QList<qint64> m_logQueue;
    int m_logCalls = 0;
    std::optional<ApiError> m_firstError;
    QHash<qint64, QList<model::MmsTaskLog>> m_logs; ///< by task id, finished tasks only
};

} // namespace ferry::cloudapi
