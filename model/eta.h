// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

#include <limits>
#include <optional>

namespace ferry::model {

/// How the lag-drain estimate reads the recent lag.
struct LagDrainConfig
{
    /// The recent window the trend is fitted on, ending at the newest finite reading (ms).
    qint64 windowMs = 10 * 60 * 1000;
    /// Fewer finite readings than this in the window: Insufficient.
    int minSamples = 5;
    /// A window whose readings span less than this: Insufficient (ms).
    qint64 minSpanMs = 60 * 1000;
    /// A trend counts only when the change it predicts over the window is at least this many
    /// times the scatter of the readings around it (robust: 1.4826 x median absolute residual).
    double minSignalToNoise = 2.0;
    /// Readings beyond this many are thinned evenly before fitting (the fit is quadratic).
    int maxFitPoints = 200;
    /// A current lag under this is reported as caught up (ms); by default the gate threshold.
    double caughtUpBelowMs = 5000;
};

/// The lag-drain estimate: current lag, its trend, and when it reaches zero at the current rate.
struct LagDrainEstimate
{
    enum class Status
    {
        Insufficient,  ///< too few readings, or too short a span, to say anything
        CaughtUp,      ///< the current lag is under caughtUpBelowMs
        Converging,    ///< the lag is falling clearly: etaMs is set
        NotConverging, ///< the lag is rising or flat, or too noisy to see it fall
    };
    enum class Trend
    {
        Unknown,
        Falling,
        Steady,
        Rising,
    };

    Status status = Status::Insufficient;
    Trend trend = Trend::Unknown;
    /// The newest finite reading and its time.
    double currentLagMs = std::numeric_limits<double>::quiet_NaN();
    qint64 atMs = 0;
    /// Fitted change of the lag per minute (ms/min; negative while draining).
    double trendMsPerMinute = 0;
    /// Net catch-up rate: lag drained per second of wall time (ms/s; > 0 while draining).
    double catchUpMsPerSecond = 0;
    /// Time to drain: current lag / catch-up rate (ms), when converging.
    std::optional<qint64> etaMs;
    /// When the lag would reach zero (atMs + etaMs), when converging.
    std::optional<qint64> drainedAtMs;
    /// Readings the fit used and their robust scatter around it (ms).
    int samplesUsed = 0;
    double noiseMs = 0;

    friend bool operator==(const LagDrainEstimate &, const LagDrainEstimate &) = default;
};

/// Estimates the lag drain from the readings up to nowMs. The slope is a Theil-Sen fit (median
/// of pairwise slopes), so isolated spikes do not swing it; ETA = current lag / (-slope).
LagDrainEstimate estimateLagDrain(const Series &lagMs, qint64 nowMs, const LagDrainConfig &config);
/// estimateLagDrain() with the default configuration.
LagDrainEstimate estimateLagDrain(const Series &lagMs, qint64 nowMs);

/// How the completion estimate reads a cumulative count.
struct CompletionConfig
{
    /// The recent window the completion rate is measured on (ms).
    qint64 windowMs = 30 * 60 * 1000;
    /// The window is cut into this many equal parts; their rates give the uncertainty range.
    int subWindows = 3;
    /// Less history than this: Insufficient (ms).
    qint64 minSpanMs = 5 * 60 * 1000;
};

/// When a count (tasks, partitions) reaches its total at the recent rate, with a range.
struct CompletionEstimate
{
    enum class Status
    {
        Insufficient, ///< no total, no reading, or too little history
        Done,         ///< the count has reached the total
        Estimating,   ///< a positive recent rate: etaMs and the range are set
        Stalled,      ///< no progress over the window: not converging, no ETA
    };

    Status status = Status::Insufficient;
    double done = 0;
    double total = 0;
    double remaining = 0;
    qint64 atMs = 0;
    /// Rates over the whole window and the slowest and fastest part (count per hour).
    double ratePerHour = 0;
    double minRatePerHour = 0;
    double maxRatePerHour = 0;
    /// remaining / rate (ms), when estimating.
    std::optional<qint64> etaMs;
    /// remaining / fastest part's rate (ms), when estimating.
    std::optional<qint64> etaLowMs;
    /// remaining / slowest part's rate (ms); unset while estimating means "no upper bound" (some
    /// part of the window made no progress).
    std::optional<qint64> etaHighMs;

    friend bool operator==(const CompletionEstimate &, const CompletionEstimate &) = default;
};

/// Estimates completion of a cumulative count (for example tasks or partitions done) towards
/// `total` from the readings up to nowMs, linearly interpolated between readings.
CompletionEstimate estimateCompletion(const Series &done, double total, qint64 nowMs,
                                      const CompletionConfig &config);
/// estimateCompletion() with the default configuration.
CompletionEstimate estimateCompletion(const Series &done, double total, qint64 nowMs);

} // namespace ferry::model
