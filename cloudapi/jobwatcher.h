// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"
#include "cloudapi/callhandle.h"
#include "cloudapi/pollschedule.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ferry::cloudapi {

/// Polls one thing on a budget: a PollSchedule decides when (active or idle interval, backoff
/// after throttling), a guard keeps a second poll from starting while one is in flight, and the
/// call in flight is cancelled when the watcher goes. Time comes from an injectable clock (the
/// sandbox's virtual clock in sandbox mode and in tests); a short QTimer, or the caller, calls
/// tick(), which starts a poll only when one is due.
class JobWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWatcher)

public:
    ~JobWatcher() override;

    /// The clock polls are timed and stamped by (ms since the epoch); the system clock by default.
    void setClock(std::function<qint64()> nowMs);
    /// The time on the watcher's clock.
    qint64 now() const;

    /// The intervals and backoff ceiling.
    void setTiming(const PollTiming &timing);
    /// The schedule: next due time, backoff state.
    const PollSchedule &schedule() const { return m_schedule; }
    /// Someone looks at what this watcher feeds (active interval) or nobody does (idle interval).
    void setActive(bool active);
    bool isActive() const { return m_schedule.isActive(); }

    /// Calls tick() every `tickMs` of real time until stop().
    void start(int tickMs = 1000);
    /// Stops the timer (a poll in flight still completes).
    void stop();
    /// Starts a poll if one is due and none is in flight.
    void tick();
    /// Polls as soon as possible (after the poll in flight), unless backing off after
    /// throttling; a watcher that discovers what to poll rediscovers it.
    void refreshNow();

    /// Whether a poll is in flight.
    bool isPolling() const { return m_schedule.isInFlight(); }
    /// Polls started so far.
    int pollCount() const { return m_polls; }
    /// Ticks that found a poll due but one still in flight (it was not doubled).
    int busyTickCount() const { return m_busyTicks; }
    /// When the last poll that succeeded ended (0 if none).
    qint64 lastSuccessMs() const { return m_lastSuccess; }
    /// The error of the last poll, if it failed.
    const std::optional<ApiError> &lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A poll started.
    void pollStarted();
    /// A poll ended with its data delivered (after the typed signal of the subclass).
    void pollSucceeded(qint64 atMs);
    /// A poll ended in an error; the schedule backs off if the service throttled.
    void pollFailed(const ferry::cloudapi::ApiError &error);

protected:
    explicit JobWatcher(QObject *parent = nullptr);

    /// Starts the requests of one poll; must end with exactly one finishPoll() (possibly later).
    virtual void poll() = 0;
    /// A person asked for fresh data: rediscover whatever the watcher caches.
    virtual void refreshRequested() {}
    /// Ends the poll in flight: success when `error` is empty.
    void finishPoll(const std::optional<ApiError> &error = std::nullopt);
    /// The call in flight, cancelled if the watcher is destroyed.
    void setCall(CallHandle call) { m_call = std::move(call); }

private:
    PollSchedule m_schedule;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    CallHandle m_call;
    std::optional<ApiError> m_lastError;
    qint64 m_lastSuccess = 0;
    int m_polls = 0;
    int m_busyTicks = 0;
};

} // namespace ferry::cloudapi
