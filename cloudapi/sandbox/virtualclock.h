// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service.h"

#include <chrono>
#include <mutex>

namespace ferry::sandbox {

/// The sandbox's clock: virtual time runs `scale` virtual seconds per real second from a start
/// point, and tests can jump it forward. Monotonic (driven by the steady clock). Thread-safe.
class VirtualClock final
{
public:
    /// Starts at `start` (default: the real wall-clock time now) running at `scale`.
    explicit VirtualClock(double scale = 1.0);
    VirtualClock(VirtualTime start, double scale);

    /// The current virtual time.
    VirtualTime now() const;
    /// Moves virtual time forward by `ms` milliseconds (negative values are ignored).
    void advance(std::chrono::milliseconds ms);
    /// Sets virtual seconds per real second from now on (values <= 0 freeze the clock).
    void setScale(double scale);
    /// Virtual seconds per real second.
    double scale() const;
    /// Jumps to `time`, even backwards (for tests that need a fixed date).
    void setNow(VirtualTime time);

private:
    using Steady = std::chrono::steady_clock;
    VirtualTime nowLocked(Steady::time_point realNow) const;

    mutable std::mutex m_mutex;
    VirtualTime m_base; // virtual time at m_realBase
    Steady::time_point m_realBase;
    double m_scale;
};

/// Formats a virtual time as ISO 8601 UTC with milliseconds, e.g. 2024-05-01T08:00:00.000Z.
std::string toIsoString(VirtualTime time);

} // namespace ferry::sandbox
