// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/gateinputs.h"

#include <QDateTime>
#include <QList>

namespace ferry::model {

/// How a lag series behaved against a threshold, for a report: time under and over it, time
/// without readings, the longest stretch under it and the extremes.
struct LagSummary
{
    int samples = 0;
    QDateTime firstAt;
    QDateTime lastAt;
    qint64 spanMs = 0;         ///< lastAt - firstAt
    qint64 underMs = 0;        ///< between two consecutive readings both under the threshold
    qint64 overMs = 0;         ///< between two readings of which one is at or over it
    qint64 unknownMs = 0;      ///< between readings further apart than the maximum gap
    qint64 longestUnderMs = 0; ///< the longest stretch of consecutive under intervals
    qint64 maxDelayMs = 0;
    QDateTime maxAt;
    qint64 latestDelayMs = 0;
    int readingsOver = 0; ///< readings at or over the threshold
};

/// Summarises `samples` (any order; invalid times ignored) against `thresholdMs` (under means
/// strictly below). An interval counts as under only when both its ends are under, the
/// conservative reading the lag gate uses; intervals longer than maxGapMs are unknown.
LagSummary summarizeLag(const QList<LagSample> &samples, qint64 thresholdMs, qint64 maxGapMs);

} // namespace ferry::model
