// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

namespace ferry::model {

/// The value at t, interpolated linearly between the nearest finite readings at or around t.
/// NaN when t lies before the first or after the last finite reading.
double interpolateAt(const Series &series, qint64 t);

/// The rate of change of a cumulative series (for example partitions done) per `perMs`, measured
/// over consecutive steps of stepMs starting at the first finite reading; one sample per complete
/// step, stamped at the step's end. Empty when stepMs <= 0 or the series spans less than a step.
Series rateSeries(const Series &cumulative, qint64 stepMs, qint64 perMs = 3600 * 1000);

} // namespace ferry::model
