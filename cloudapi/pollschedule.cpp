// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/pollschedule.h"

#include <algorithm>

namespace ferry::cloudapi {

PollSchedule::PollSchedule(PollTiming timing)
    : m_timing(timing)
{}

void PollSchedule::setTiming(const PollTiming &timing)
{
    m_timing = timing;
    reschedule();
}

void PollSchedule::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    reschedule();
}

qint64 PollSchedule::intervalMs() const
{
    return std::max<qint64>(1, m_active ? m_timing.activeIntervalMs : m_timing.idleIntervalMs);
}

bool PollSchedule::isDue(qint64 nowMs) const
{
    return !m_inFlight && (!m_started || m_forced || nowMs >= m_nextDue);
}

bool PollSchedule::start(qint64 nowMs)
{
    if (m_inFlight)
        return false;
    m_inFlight = true;
    m_started = true;
    m_forced = false;
    m_lastStart = nowMs;
    return true;
}

void PollSchedule::finish(qint64 nowMs, PollOutcome outcome)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_lastEnd = nowMs;
    if (outcome == PollOutcome::Throttled)
        ++m_throttled;
    else
        m_throttled = 0;
    reschedule();
}

void PollSchedule::requestNow()
{
    // The service asked for a pause: a person's "refresh" does not override it.
    if (!isBackingOff())
        m_forced = true;
}

void PollSchedule::reschedule()
{
    if (!m_started)
        return;
    if (m_throttled > 0) {
        // Counted from the throttled answer, not the start: the service asked for a pause now.
        qint64 wait = intervalMs();
        for (int i = 0; i < m_throttled && wait < m_timing.maxBackoffMs; ++i)
            wait *= 2;
        m_nextDue = m_lastEnd + std::min(wait, std::max(m_timing.maxBackoffMs, intervalMs()));
        return;
    }
    m_nextDue = m_lastStart + intervalMs();
}

} // namespace ferry::cloudapi
