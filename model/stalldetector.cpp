// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/stalldetector.h"

#include <cmath>

namespace ferry::model {

StallDetector::StallDetector(StallConfig config)
    : m_config(config)
{}

StallDetector::Change StallDetector::observe(const JobObservation &o)
{
    if (m_seen && o.t < m_state.lastObservedMs)
        return Change::Ignored;
    m_seen = true;
    m_state.lastObservedMs = o.t;
    const bool wasStalled = m_state.stalled;

    if (!o.running) {
        m_state.running = false;
        m_state.stalled = false;
        m_state.lastProgress = o.progress;
        return wasStalled ? Change::Cleared : Change::None;
    }

    if (!m_state.running) {
        m_state.running = true;
        m_state.quietSinceMs = o.t;
        m_state.lastProgress = o.progress;
    } else if (!std::isnan(o.progress)) {
        const bool moved = std::isnan(m_state.lastProgress) ||
                           std::abs(o.progress - m_state.lastProgress) > m_config.minChange;
        if (moved) {
            m_state.lastProgress = o.progress;
            m_state.quietSinceMs = o.t;
            m_state.stalled = false;
        }
    }

    if (!m_state.stalled && o.t - m_state.quietSinceMs >= m_config.thresholdMs) {
        m_state.stalled = true;
        m_state.stalledSinceMs = m_state.quietSinceMs + m_config.thresholdMs;
    }
    if (m_state.stalled != wasStalled)
        return m_state.stalled ? Change::Flagged : Change::Cleared;
    return Change::None;
}

StallTracker::StallTracker(StallConfig config)
    : m_config(config)
{}

StallDetector::Change StallTracker::observe(const QString &jobId, const JobObservation &o)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        it = m_jobs.insert(jobId, StallDetector(m_config));
    return it->observe(o);
}

std::optional<StallState> StallTracker::state(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd())
        return std::nullopt;
    return it->state();
}

QStringList StallTracker::stalledJobs() const
{
    QStringList ids;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (it->state().stalled)
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

void StallTracker::forget(const QString &jobId)
{
    m_jobs.remove(jobId);
}

} // namespace ferry::model
