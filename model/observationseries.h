// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Observations as the chart types read them. Kept apart from planobservations.h so the plan's
// headers do not bring the series types into every file that includes a plan.

#include "model/planobservations.h"
#include "model/series.h"
#include "model/seriesprogress.h"
#include "model/seriesruns.h"

namespace ferry::model {

static_assert(std::tuple_size_v<decltype(MmsProgressPoint::tasks)> == TaskPhaseCount);

/// The lag samples as a series in ms (for charts and the lag gate).
Series lagSeries(const QList<LagSample> &samples);

/// The runs as the run-history chart reads them.
QList<ReplicationRun> replicationRuns(const QList<SmcRunObservation> &runs);

/// The progress polls as the progress chart reads them.
ProgressHistory progressHistory(const QList<MmsProgressPoint> &points, qint64 partitionsTotal);

} // namespace ferry::model
