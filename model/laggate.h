// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

#include <QList>

#include <limits>

namespace ferry::model {

/// A closed time interval [from, to] in milliseconds since the epoch.
struct TimeRange
{
    qint64 from = 0;
    qint64 to = 0;

    /// to - from (ms).
    qint64 length() const { return to - from; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

/// The replication-lag gate: "lag under the threshold, sustained for a window".
struct LagGateConfig
{
    /// A reading is under the threshold when it is strictly less than this (ms).
    qint64 thresholdMs = 5000;
    /// How long the lag must have stayed under the threshold before the gate opens (ms).
    qint64 windowMs = 5 * 60 * 1000;
    /// Readings further apart than this leave the lag in between unknown: they break a run, and
    /// the state is Unknown once the newest reading is older than this (ms).
    qint64 maxGapMs = 60 * 1000;

    /// The defaults with maxGapMs set to three polling intervals.
    static LagGateConfig forPollInterval(qint64 pollMs);
};

/// Where the gate stands at a moment, and why.
struct LagGateState
{
    enum class Kind
    {
        Unknown, ///< no trustworthy reading: no data, stale data or no reading
        NoGo,    ///< lag is over the threshold, or under it for less than the window
        Go,      ///< lag has stayed under the threshold for at least the window
    };
    enum class Reason
    {
        NoData,        ///< the series is empty
        Stale,         ///< the newest reading is older than maxGapMs; sinceMs is its time
        NoReading,     ///< the newest readings are NaN; sinceMs is the first of them
        OverThreshold, ///< the newest reading is >= threshold; sinceMs starts that stretch
        Settling,      ///< under since sinceMs, not yet for the window; opens at goAtMs
        Sustained,     ///< under long enough; the gate opened at sinceMs
    };

    Kind kind = Kind::Unknown;
    Reason reason = Reason::NoData;
    qint64 sinceMs = 0;
    qint64 goAtMs = 0;
    /// Time and value of the newest finite reading (value NaN when there is none).
    qint64 lastReadingMs = 0;
    double lastValueMs = std::numeric_limits<double>::quiet_NaN();
};

/// Evaluates the lag gate on a lag series in milliseconds.
///
/// An *under run* is a maximal stretch of consecutive readings that are all finite and strictly
/// under the threshold, with no two consecutive readings more than maxGapMs apart; a NaN reading,
/// a reading at or over the threshold, or a longer gap ends it. A run observed from its first
/// reading f to its last reading l opens the gate over [f + window, l] when l - f >= window (the
/// window boundary counts). Both ends are conservative: the lag is only known at readings.
class LagGate final
{
public:
    /// A gate with the given threshold, window and maximum gap.
    explicit LagGate(LagGateConfig config = {});

    /// The configuration in use.
    const LagGateConfig &config() const { return m_config; }
    /// True when a reading counts as under the threshold (NaN never does).
    bool isUnder(double valueMs) const { return valueMs < double(m_config.thresholdMs); }

    /// Every interval in which the gate is open, in time order.
    QList<TimeRange> goIntervals(const Series &lagMs) const;
    /// The open intervals that meet [from, to], clipped to it.
    QList<TimeRange> goIntervals(const Series &lagMs, qint64 from, qint64 to) const;
    /// The gate at nowMs, judged on the readings up to then.
    LagGateState evaluate(const Series &lagMs, qint64 nowMs) const;

private:
    LagGateConfig m_config;
};

} // namespace ferry::model
