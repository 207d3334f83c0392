// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/gatedetailwatcher.h"

namespace ferry::cloudapi {

namespace {
// A task whose log can still grow is read again on every poll; a finished one only once.
bool isFinished(const model::MmsTask &task)
{
    return task.status == model::MmsTaskStatus::Done ||
           task.status == model::MmsTaskStatus::VerificationFailed;
}
} // namespace

GateDetailWatcher::GateDetailWatcher(DtsClient dts, MmsClient mms, QString regionId,
                                     QObject *parent)
    : JobWatcher(parent)
    , m_dts(std::move(dts))
    , m_mms(std::move(mms))
    , m_regionId(std::move(regionId))
{}

GateDetailWatcher::~GateDetailWatcher() = default;

void GateDetailWatcher::setTargets(const QStringList &precheckJobIds,
                                   const QList<MmsJobRef> &mmsJobs)
{
    m_prechecks = precheckJobIds;
    m_mmsJobs = mmsJobs;
}

void GateDetailWatcher::poll()
{
    m_pendingPrechecks = m_prechecks;
    m_pendingJobs = m_mmsJobs;
    m_logQueue.clear();
    m_logCalls = 0;
    m_firstError.reset();
    next();
}

void GateDetailWatcher::fail(const ApiError &error)
{
    if (!m_firstError)
        m_firstError = error;
}

void GateDetailWatcher::next()
{
    if (!m_pendingPrechecks.isEmpty()) {
        const QString id = m_pendingPrechecks.takeFirst();
        DtsPrecheckQuery q;
        q.regionId = m_regionId;
        q.dtsJobId = id;
        setCall(
            m_dts.describePrecheckStatus(q, this, [this, id](Result<model::DtsPrecheckStatus> r) {
                if (r)
                    Q_EMIT precheckFetched(id, r.value(), now());
                else
                    fail(r.error());
                next();
            }));
        return;
    }
    if (!m_pendingJobs.isEmpty()) {
        m_job = m_pendingJobs.takeFirst();
        MmsTaskQuery q;
        q.sourceId = m_job.sourceId;
        q.jobId = m_job.jobId;
        setCall(m_mms.fetchAllTasks(q, this, {}, [this](Result<QList<model::MmsTask>> r) {
            if (!r) {
                fail(r.error());
                next();
                return;
            }
            m_tasks = r.value();
            m_logQueue.clear();
            for (const model::MmsTask &t : std::as_const(m_tasks)) {
                if (isFinished(t) && !m_logs.contains(t.id))
                    m_logQueue.append(t.id);
            }
            fetchLogs();
        }));
        return;
    }
    finishPoll(m_firstError);
}

void GateDetailWatcher::fetchLogs()
{
    if (m_logQueue.isEmpty() || m_logCalls >= m_maxLogCalls) {
        QHash<qint64, QList<model::MmsTaskLog>> logs;
        for (const model::MmsTask &t : std::as_const(m_tasks)) {
            const auto it = m_logs.constFind(t.id);
            if (it != m_logs.cend())
                logs.insert(t.id, *it);
        }
        Q_EMIT tasksFetched(m_job.sourceId, m_job.jobId, m_tasks, logs, now());
        next();
        return;
    }
    const qint64 taskId = m_logQueue.takeFirst();
    ++m_logCalls;
    setCall(m_mms.listTaskLogs(MmsTaskRef{m_job.sourceId, taskId}, this,
                               [this, taskId](Result<QList<model::MmsTaskLog>> r) {
                                   if (r)
                                       m_logs.insert(taskId, r.value());
                                   else
                                       fail(r.error());
                                   fetchLogs();
                               }));
}

} // namespace ferry::cloudapi
