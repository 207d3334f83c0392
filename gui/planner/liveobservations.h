// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "model/planobservations.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ferry::cloudapi {
class GateDetailWatcher;
class JobMonitor;
} // namespace ferry::cloudapi

namespace ferry::gui {

class PlanDocument;

/// Feeds the plan's go/no-go gates with what the monitor sees. It follows the resource ids the
/// plan's criteria name: DTS lag comes from the monitor's lag history (already in ms whatever
/// unit the service used), DTS and SMC job states from the monitor's list polls, and the detail
/// the lists lack (DTS prechecks, MMS tasks and their verification logs) from one
/// GateDetailWatcher on the monitor's list schedule. Everything seen becomes Verified
/// observations stamped with the monitor's clock, laid over the observations stored in the plan,
/// and the document's gate inputs read from the result.
class LiveObservations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveObservations)

public:
    /// Installs itself as `document`'s inputs source; `monitor` is not owned and may go first.
    LiveObservations(PlanDocument &document, cloudapi::JobMonitor *monitor, cloudapi::DtsClient dts,
                     cloudapi::MmsClient mms, QString regionId, QObject *parent = nullptr);
    ~LiveObservations() override;

    /// Polls the detail watcher every `tickMs` of real time (the monitor runs its own timers).
    void start(int tickMs = 1000);
    void stop();
    /// Starts a detail poll when one is due (tests drive virtual time with it).
    void tick();
    /// Whether a detail poll is in flight.
    bool isPolling() const;
    cloudapi::GateDetailWatcher *detailWatcher() const { return m_detail; }

    /// What the monitor saw of the jobs the plan's criteria name (Verified, monitor clock).
    model::PlanObservations live() const;
    /// The plan's stored observations with the live ones laid over them, job by job.
    model::PlanObservations merged() const;

Q_SIGNALS:
    /// New observations arrived (coalesced: at most once per event loop pass).
    void updated();

private:
    void followPlan();
    void updateTargets();
    void scheduleUpdate();
    void onPrecheck(const QString &dtsJobId, const model::DtsPrecheckStatus &status, qint64 atMs);
    void onTasks(qint64 sourceId, qint64 jobId, const QList<model::MmsTask> &tasks,
                 const QHash<qint64, QList<model::MmsTaskLog>> &logs, qint64 atMs);
    QDateTime toUtc(qint64 ms) const;

    QPointer<PlanDocument> m_document;
    QPointer<cloudapi::JobMonitor> m_monitor;
    cloudapi::GateDetailWatcher *m_detail = nullptr;
    bool m_updatePending = false;

    // What the plan's criteria name.
    QSet<QString> m_lagJobs;
    QSet<QString> m_precheckJobs;
    QSet<QString> m_mmsJobs;
    QSet<QString> m_smcJobs;
    int m_windowMinutes = 10;

    // What the monitor's list polls said, by job id, and when.
    QHash<QString, model::MmsJob> m_mmsListed;
    qint64 m_dtsListedAt = 0;
    qint64 m_smcListedAt = 0;
    QHash<QString, model::DtsPrecheckObservation> m_prechecks;
    QHash<QString, model::MmsObservation> m_mmsSeen;
};

} // namespace ferry::gui
