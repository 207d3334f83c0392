// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eta.h"

#include "model/seriesmath.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ferry::model {

namespace {

double median(std::vector<double> &v)
{
    if (v.empty())
        return 0;
    const auto mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2;
}

qint64 roundMs(double ms)
{
    return qint64(std::llround(ms));
}

} // namespace

LagDrainEstimate estimateLagDrain(const Series &lag, qint64 nowMs)
{
    return estimateLagDrain(lag, nowMs, LagDrainConfig{});
}

LagDrainEstimate estimateLagDrain(const Series &lag, qint64 nowMs, const LagDrainConfig &config)
{
    LagDrainEstimate e;
    const auto newest = lag.lastFiniteAtOrBefore(nowMs);
    if (!newest)
        return e;
    const qint64 end = lag.time(*newest);
    e.currentLagMs = lag.value(*newest);
    e.atMs = end;

    // Finite readings in the window, as (time relative to its end, value).
    std::vector<double> xs;
    std::vector<double> ys;
    for (qsizetype i = lag.lowerBound(end - config.windowMs); i <= *newest; ++i) {
        if (std::isnan(lag.value(i)))
            continue;
        xs.push_back(double(lag.time(i) - end));
        ys.push_back(lag.value(i));
    }
    const qsizetype n = qsizetype(xs.size());
    const double span = n > 0 ? -xs.front() : 0;
    if (n < std::max(config.minSamples, 2) || span < double(config.minSpanMs) || span <= 0)
        return e;

    // Thin evenly (always keeping both ends) so the pairwise fit stays cheap.
    const qsizetype m = std::clamp<qsizetype>(config.maxFitPoints, 2, n);
    std::vector<double> fx(std::size_t(m), 0.0);
    std::vector<double> fy(std::size_t(m), 0.0);
    for (qsizetype k = 0; k < m; ++k) {
        const auto i = std::size_t(m == n ? k : (k * (n - 1) + (m - 1) / 2) / (m - 1));
        fx[std::size_t(k)] = xs[i];
        fy[std::size_t(k)] = ys[i];
    }
    std::vector<double> slopes;
    slopes.reserve(std::size_t(m * (m - 1) / 2));
    for (std::size_t i = 0; i < fx.size(); ++i) {
        for (std::size_t j = i + 1; j < fx.size(); ++j) {
            if (fx[j] > fx[i])
                slopes.push_back((fy[j] - fy[i]) / (fx[j] - fx[i]));
        }
    }
    const double slope = median(slopes); // ms of lag per ms of time
    std::vector<double> offsets(fx.size());
    for (std::size_t i = 0; i < fx.size(); ++i)
        offsets[i] = fy[i] - slope * fx[i];
    const double intercept = median(offsets);
    std::vector<double> residuals(fx.size());
    for (std::size_t i = 0; i < fx.size(); ++i)
        residuals[i] = std::abs(fy[i] - (intercept + slope * fx[i]));
    e.noiseMs = 1.4826 * median(residuals);
    e.samplesUsed = int(m);
    e.trendMsPerMinute = slope * 60'000.0;
    e.catchUpMsPerSecond = -slope * 1000.0;

    const double change = std::abs(slope) * span;
    const bool significant = change > 0 && change >= config.minSignalToNoise * e.noiseMs;
    if (!significant)
        e.trend = LagDrainEstimate::Trend::Steady;
    else
        e.trend = slope < 0 ? LagDrainEstimate::Trend::Falling : LagDrainEstimate::Trend::Rising;

    if (e.currentLagMs < config.caughtUpBelowMs) {
        e.status = LagDrainEstimate::Status::CaughtUp;
        return e;
    }
    if (e.trend != LagDrainEstimate::Trend::Falling) {
        e.status = LagDrainEstimate::Status::NotConverging;
        return e;
    }
    e.status = LagDrainEstimate::Status::Converging;
    e.etaMs = roundMs(e.currentLagMs / -slope);
    e.drainedAtMs = end + *e.etaMs;
    return e;
}

CompletionEstimate estimateCompletion(const Series &done, double total, qint64 nowMs)
{
    return estimateCompletion(done, total, nowMs, CompletionConfig{});
}

CompletionEstimate estimateCompletion(const Series &done, double total, qint64 nowMs,
                                      const CompletionConfig &config)
{
    CompletionEstimate e;
    e.total = total;
    const auto newest = done.lastFiniteAtOrBefore(nowMs);
    if (!newest || !(total > 0))
        return e;
    const qint64 end = done.time(*newest);
    e.atMs = end;
    e.done = done.value(*newest);
    e.remaining = std::max(0.0, total - e.done);
    if (e.done >= total) {
        e.status = CompletionEstimate::Status::Done;
        return e;
    }

    qsizetype first = 0;
    while (first < *newest && std::isnan(done.value(first)))
        ++first;
    const qint64 span = std::min(config.windowMs, end - done.time(first));
    if (span < std::max<qint64>(config.minSpanMs, 1))
        return e;
    const qint64 start = end - span;
    constexpr double hour = 3600.0 * 1000.0;
    const auto rateOver = [&](qint64 from, qint64 to) {
        return (interpolateAt(done, to) - interpolateAt(done, from)) / double(to - from) * hour;
    };
    e.ratePerHour = rateOver(start, end);
    const int parts = std::max(config.subWindows, 1);
    e.minRatePerHour = e.maxRatePerHour = e.ratePerHour;
    for (int k = 0; k < parts; ++k) {
        const qint64 from = start + span * k / parts;
        const qint64 to = start + span * (k + 1) / parts;
        if (to <= from)
            continue;
        const double r = rateOver(from, to);
        if (k == 0) {
            e.minRatePerHour = e.maxRatePerHour = r;
        } else {
            e.minRatePerHour = std::min(e.minRatePerHour, r);
            e.maxRatePerHour = std::max(e.maxRatePerHour, r);
        }
    }
    if (!(e.ratePerHour > 0)) {
        e.status = CompletionEstimate::Status::Stalled;
        return e;
    }
    e.status = CompletionEstimate::Status::Estimating;
    e.etaMs = roundMs(e.remaining / e.ratePerHour * hour);
    e.etaLowMs = roundMs(e.remaining / std::max(e.maxRatePerHour, e.ratePerHour) * hour);
    if (e.minRatePerHour > 0)
        e.etaHighMs = roundMs(e.remaining / std::min(e.minRatePerHour, e.ratePerHour) * hour);
    return e;
}

} // namespace ferry::model
