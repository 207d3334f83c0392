// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ferry::cloudapi {

/// How often a watcher polls. Times are on the watcher's clock (ms), which is the sandbox's
/// virtual clock when Ferry talks to the sandbox.
struct PollTiming
{
    qint64 activeIntervalMs = 30'000; ///< while someone looks at what the watcher feeds
    qint64 idleIntervalMs = 300'000;  ///< while nobody does
    qint64 maxBackoffMs = 600'000;    ///< ceiling of the wait after repeated throttling
};

/// How a poll ended, for the schedule.
enum class PollOutcome
{
    Ok,
    Throttled, ///< the service said to slow down: back off exponentially
    Failed,    ///< any other failure: try again at the normal interval
};

/// When a watcher polls next: a fixed cadence counted from the start of the previous poll (the
/// active or the idle interval), exponential backoff after throttling (interval x 2^n, capped),
/// and never a poll while one is in flight. Pure logic on a caller's clock.
class PollSchedule final
{
public:
    explicit PollSchedule(PollTiming timing = {});

    /// Changes the intervals (takes effect from the previous poll's start).
    void setTiming(const PollTiming &timing);
    const PollTiming &timing() const { return m_timing; }

    /// Someone looks (true) or nobody does (false). Becoming active brings the next poll forward
    /// to one active interval after the previous start; backoff is kept either way.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// Whether a poll should start at nowMs: none is in flight and the next one is due.
    bool isDue(qint64 nowMs) const;
    /// Whether a poll is in flight.
    bool isInFlight() const { return m_inFlight; }
    /// A poll starts at nowMs. False (and nothing changes) when one is already in flight.
    bool start(qint64 nowMs);
    /// The poll in flight ended at nowMs.
    void finish(qint64 nowMs, PollOutcome outcome);
    /// Makes the next poll due at once (after the one in flight, if any: it may have missed what
    /// prompted the request), unless backing off after throttling.
    void requestNow();

    /// When the last poll started (ms); 0 before the first.
    qint64 lastStartMs() const { return m_lastStart; }
    /// When the next poll is due (ms); 0 before the first.
    qint64 nextDueMs() const { return m_nextDue; }
    /// The current interval: active or idle.
    qint64 intervalMs() const;
    /// Throttled answers in a row.
    int throttledInARow() const { return m_throttled; }
    /// Whether the schedule waits longer than the interval because of throttling.
    bool isBackingOff() const { return m_throttled > 0; }

private:
    void reschedule();

    PollTiming m_timing;
    bool m_active = true;
    bool m_inFlight = false;
    bool m_started = false;
    bool m_forced = false;
    qint64 m_lastStart = 0;
    qint64 m_lastEnd = 0;
    qint64 m_nextDue = 0;
    int m_throttled = 0;
};

} // namespace ferry::cloudapi
