// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lagsummary.h"

#include <algorithm>

namespace ferry::model {

LagSummary summarizeLag(const QList<LagSample> &input, qint64 thresholdMs, qint64 maxGapMs)
{
    QList<LagSample> samples;
    samples.reserve(input.size());
    for (const LagSample &s : input) {
        if (s.at.isValid())
            samples.append(s);
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const LagSample &a, const LagSample &b) { return a.at < b.at; });
    LagSummary r;
    r.samples = int(samples.size());
    if (samples.isEmpty())
        return r;
    r.firstAt = samples.first().at.toUTC();
    r.lastAt = samples.last().at.toUTC();
    r.spanMs = r.firstAt.msecsTo(r.lastAt);
    r.latestDelayMs = samples.last().delayMs;
    r.maxDelayMs = samples.first().delayMs;
    r.maxAt = r.firstAt;
    qint64 stretch = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const LagSample &b = samples.at(i);
        if (b.delayMs > r.maxDelayMs) {
            r.maxDelayMs = b.delayMs;
            r.maxAt = b.at.toUTC();
        }
        r.readingsOver += b.delayMs >= thresholdMs;
        if (i == 0)
            continue;
        const LagSample &a = samples.at(i - 1);
        const qint64 dt = a.at.msecsTo(b.at);
        if (dt > maxGapMs) {
            r.unknownMs += dt;
            stretch = 0;
        } else if (a.delayMs < thresholdMs && b.delayMs < thresholdMs) {
            r.underMs += dt;
            stretch += dt;
            r.longestUnderMs = std::max(r.longestUnderMs, stretch);
        } else {
            r.overMs += dt;
            stretch = 0;
        }
    }
    return r;
}

} // namespace ferry::model
