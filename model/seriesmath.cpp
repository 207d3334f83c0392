// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesmath.h"

#include <cmath>
#include <limits>

namespace ferry::model {

double interpolateAt(const Series &s, qint64 t)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const auto before = s.lastFiniteAtOrBefore(t);
    if (!before)
        return nan;
    if (s.time(*before) == t)
        return s.value(*before);
    for (qsizetype j = s.upperBound(t); j < s.size(); ++j) {
        if (std::isnan(s.value(j)))
            continue;
        const double t0 = double(s.time(*before));
        const double t1 = double(s.time(j));
        const double f = (double(t) - t0) / (t1 - t0);
        return s.value(*before) + f * (s.value(j) - s.value(*before));
    }
    return nan;
}

Series rateSeries(const Series &cumulative, qint64 stepMs, qint64 perMs)
{
    Series out;
    if (stepMs <= 0)
        return out;
    const auto last = cumulative.latestFinite();
    qsizetype firstIndex = 0;
    while (firstIndex < cumulative.size() && std::isnan(cumulative.value(firstIndex)))
        ++firstIndex;
    if (!last || firstIndex >= cumulative.size())
        return out;
    const qint64 first = cumulative.time(firstIndex);
    const qint64 steps = (last->t - first) / stepMs;
    out.reserve(qsizetype(steps));
    double previous = cumulative.value(firstIndex);
    for (qint64 k = 1; k <= steps; ++k) {
        const qint64 end = first + k * stepMs;
        const double now = interpolateAt(cumulative, end);
        out.append(end, (now - previous) / double(stepMs) * double(perMs));
        previous = now;
    }
    return out;
}

} // namespace ferry::model
