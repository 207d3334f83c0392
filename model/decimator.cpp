// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/decimator.h"

#include <algorithm>
#include <array>
#include <limits>

namespace ferry::model {

namespace {

// The readings of one (bucket, run) cell that the output keeps.
struct Cell
{
    qsizetype first = -1;
    qsizetype min = -1;
    qsizetype max = -1;
    qsizetype last = -1;

    void add(qsizetype i, double v, const Series &s)
    {
        if (first < 0) {
            first = min = max = last = i;
            return;
        }
        // Strict comparisons keep the earliest reading on ties, so the result is deterministic.
        if (v < s.value(min))
            min = i;
        if (v > s.value(max))
            max = i;
        last = i;
    }

    void flushInto(QList<QPointF> &out, const Series &s) const
    {
        if (first < 0)
            return;
        std::array<qsizetype, 4> idx{first, min, max, last};
        std::sort(idx.begin(), idx.end());
        const auto end = std::unique(idx.begin(), idx.end());
        for (auto it = idx.begin(); it != end; ++it)
            out.append(QPointF(double(s.time(*it)), s.value(*it)));
    }
};

} // namespace

QList<QPointF> decimate(const Series &series, const DecimationRequest &r)
{
    QList<QPointF> out;
    if (r.buckets <= 0 || r.to <= r.from || series.isEmpty())
        return out;

    const auto [lo, hi] = series.indexRange(r.from, r.to);
    qsizetype begin = lo;
    qsizetype end = hi;
    if (r.context) {
        if (const auto before = series.lastFiniteAtOrBefore(r.from - 1))
            begin = *before;
        for (qsizetype i = hi; i < series.size(); ++i) {
            if (!std::isnan(series.value(i))) {
                end = i + 1;
                break;
            }
        }
    }
    if (begin >= end)
        return out;

    const double span = double(r.to) - double(r.from);
    const double bucketWidth = span / r.buckets;
    const double scale = double(r.buckets) / span;
    const auto bucketOf = [&](qint64 t) {
        if (t < r.from)
            return -1;
        if (t > r.to)
            return r.buckets;
        const int b = int((double(t) - double(r.from)) * scale);
        return std::clamp(b, 0, r.buckets - 1);
    };

    out.reserve(std::min<qsizetype>(end - begin + 8, 4 * qsizetype(r.buckets) + 16));
    Cell cell;
    int cellBucket = std::numeric_limits<int>::min();
    qsizetype prevFinite = -1;
    bool nanSincePrev = false;
    for (qsizetype i = begin; i < end; ++i) {
        const double v = series.value(i);
        if (std::isnan(v)) {
            nanSincePrev = true;
            continue;
        }
        const qint64 t = series.time(i);
        const int b = bucketOf(t);
        bool gap = false;
        qint64 prevT = 0;
        if (prevFinite >= 0) {
            prevT = series.time(prevFinite);
            const qint64 dt = t - prevT;
            const bool broken = nanSincePrev || (r.maxGapMs > 0 && dt > r.maxGapMs);
            gap = broken && double(dt) >= bucketWidth;
        }
        if (gap || b != cellBucket) {
            cell.flushInto(out, series);
            if (gap)
                out.append(QPointF((double(prevT) + double(t)) / 2.0,
                                   std::numeric_limits<double>::quiet_NaN()));
            cell = Cell{};
            cellBucket = b;
        }
        cell.add(i, v, series);
        prevFinite = i;
        nanSincePrev = false;
    }
    cell.flushInto(out, series);
    return out;
}

} // namespace ferry::model
