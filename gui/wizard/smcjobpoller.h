// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/smcclient.h"
#include "model/smc.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace ferry::gui {

/// Follows one SMC replication job for the wizard: one DescribeReplicationJobs (JobId.1) per
/// poll, the next poll timed from the answer so that polls never overlap and the event loop is
/// never held. The pages that show the job share it.
class SmcJobPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcJobPoller)

public:
    SmcJobPoller(cloudapi::SmcClient client, QString regionId, QObject *parent = nullptr);
    ~SmcJobPoller() override;

    void setJobId(const QString &jobId);
    QString jobId() const { return m_jobId; }
    /// Real time between an answer and the next poll.
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    /// Polls now (unless a poll is in flight) and keeps polling.
    void start();
    void stop();
    /// Polls at once, unless a poll is in flight (its answer is as fresh).
    void pollNow();
    bool isPolling() const { return m_call.isActive(); }
    bool isRunning() const { return m_running; }
    /// Shows a job fetched elsewhere (e.g. from the dashboard's list) at once: takes its id and
    /// emits jobUpdated() without waiting for a poll.
    void showJob(const model::SmcReplicationJob &job);
    /// The job as last seen.
    const std::optional<model::SmcReplicationJob> &job() const { return m_job; }

Q_SIGNALS:
    void jobUpdated(const ferry::model::SmcReplicationJob &job);
    void pollFailed(const ferry::cloudapi::ApiError &error);

private:
    void answered(cloudapi::Result<model::Page<model::SmcReplicationJob>> result);

    cloudapi::SmcClient m_client;
    QString m_regionId;
    QString m_jobId;
    QTimer m_timer;
    cloudapi::CallHandle m_call;
    bool m_running = false;
    std::optional<model::SmcReplicationJob> m_job;
};

} // namespace ferry::gui
