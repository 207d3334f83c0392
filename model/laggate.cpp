// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/laggate.h"

#include <algorithm>
#include <cmath>

namespace ferry::model {

LagGateConfig LagGateConfig::forPollInterval(qint64 pollMs)
{
    LagGateConfig config;
    config.maxGapMs = 3 * std::max<qint64>(pollMs, 1);
    return config;
}

LagGate::LagGate(LagGateConfig config)
    : m_config(config)
{}

QList<TimeRange> LagGate::goIntervals(const Series &lag) const
{
    QList<TimeRange> out;
    qsizetype runStart = -1;
    const auto closeRun = [&](qsizetype lastIndex) {
        if (runStart < 0)
            return;
        const qint64 first = lag.time(runStart);
        const qint64 last = lag.time(lastIndex);
        if (last - first >= m_config.windowMs)
            out.append({first + m_config.windowMs, last});
        runStart = -1;
    };
    for (qsizetype i = 0; i < lag.size(); ++i) {
        if (!isUnder(lag.value(i))) {
            closeRun(i - 1);
            continue;
        }
        if (runStart >= 0 && lag.time(i) - lag.time(i - 1) > m_config.maxGapMs)
            closeRun(i - 1);
        if (runStart < 0)
            runStart = i;
    }
    closeRun(lag.size() - 1);
    return out;
}

QList<TimeRange> LagGate::goIntervals(const Series &lag, qint64 from, qint64 to) const
{
    QList<TimeRange> out;
    for (const TimeRange &r : goIntervals(lag)) {
        if (r.to < from || r.from > to)
            continue;
        out.append({std::max(r.from, from), std::min(r.to, to)});
    }
    return out;
}

LagGateState LagGate::evaluate(const Series &lag, qint64 nowMs) const
{
    LagGateState state;
    const qsizetype end = lag.upperBound(nowMs);
    if (end == 0)
        return state;
    const qsizetype last = end - 1;
    if (const auto finite = lag.lastFiniteAtOrBefore(nowMs)) {
        state.lastReadingMs = lag.time(*finite);
        state.lastValueMs = lag.value(*finite);
    }
    if (nowMs - lag.time(last) > m_config.maxGapMs) {
        state.reason = LagGateState::Reason::Stale;
        state.sinceMs = lag.time(last);
        return state;
    }

    // Walks back over the stretch of readings like the newest one, stopping at a long gap.
    const auto stretchStart = [&](auto &&sameKind) {
        qsizetype i = last;
        while (i > 0 && sameKind(lag.value(i - 1)) &&
               lag.time(i) - lag.time(i - 1) <= m_config.maxGapMs)
            --i;
        return lag.time(i);
    };
    const double v = lag.value(last);
    if (std::isnan(v)) {
        state.reason = LagGateState::Reason::NoReading;
        state.sinceMs = stretchStart([](double x) { return std::isnan(x); });
        return state;
    }
    if (!isUnder(v)) {
        state.kind = LagGateState::Kind::NoGo;
        state.reason = LagGateState::Reason::OverThreshold;
        state.sinceMs = stretchStart([this](double x) { return !std::isnan(x) && !isUnder(x); });
        return state;
    }
    const qint64 first = stretchStart([this](double x) { return isUnder(x); });
    state.goAtMs = first + m_config.windowMs;
    if (lag.time(last) - first >= m_config.windowMs) {
        state.kind = LagGateState::Kind::Go;
        state.reason = LagGateState::Reason::Sustained;
        state.sinceMs = state.goAtMs;
    } else {
        state.kind = LagGateState::Kind::NoGo;
        state.reason = LagGateState::Reason::Settling;
        state.sinceMs = first;
    }
    return state;
}

} // namespace ferry::model
