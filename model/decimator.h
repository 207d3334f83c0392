// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

#include <QList>
#include <QPointF>

#include <cmath>

namespace ferry::model {

/// What to decimate: the time range [from, to] cut into `buckets` equal slices (one per pixel).
struct DecimationRequest
{
    qint64 from = 0;
    qint64 to = 0;
    int buckets = 0;
    /// Consecutive readings further apart than this are a gap (0: only NaN readings make gaps).
    qint64 maxGapMs = 0;
    /// Also emit the nearest reading outside each end, so a line enters and leaves the plot at the
    /// right height.
    bool context = true;
};

/// Decimates a series to at most about four points per bucket, keeping what a chart must show.
///
/// The contract, which the tests check on adversarial data:
/// - Only finite readings are plotted. A *gap* lies between two consecutive finite readings a, b
///   when a NaN reading lies between them or b.t - a.t > maxGapMs, and it is drawn only when it is
///   at least one bucket wide (a narrower one cannot be seen and is bridged). A drawn gap becomes
///   one separator point (x midway, y NaN; see isGapSeparator()). Gaps split the data into runs.
/// - Each (bucket, run) cell emits its first, minimum, maximum and last reading (the earliest one
///   on ties), deduplicated, in time order. So every reading that is the maximum or minimum of
///   its bucket survives, and so do the first and last readings of the range and of every run.
/// - Threshold crossings stay truthful: for consecutive readings a, b with no drawn gap between
///   them, any level crossed between a and b is also crossed by the output polyline between the
///   start of a's bucket and the end of b's bucket (same cell: its min and max straddle the level;
///   different cells: a is the last of its cell and b the first of the next, emitted side by side).
/// - With context on, the last finite reading before `from` and the first after `to` are added.
/// - Output size is at most 8 * buckets + 16 points plus one separator per drawn gap, whatever
///   the input (a drawn gap is a bucket wide, so there are at most buckets + 2 of them).
QList<QPointF> decimate(const Series &series, const DecimationRequest &request);

/// True for the separator point decimate() puts where the data has a gap.
inline bool isGapSeparator(const QPointF &p)
{
    return std::isnan(p.y());
}

} // namespace ferry::model
