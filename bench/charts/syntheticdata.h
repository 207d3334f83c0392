// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/seriesprogress.h"
#include "model/seriesruns.h"

#include <QList>

namespace ferry::bench {

/// A day of DTS lag (ms) read every 10 s, ending at `end`: a catch-up after the full load, steady
/// low lag, a spike over the threshold that drains, a 40-minute hole in the readings (Ferry was
/// closed) and a short excursion just over 5 s.
model::Series dayOfLag(qint64 end);

/// Three hours of DTS lag (ms) read every 10 s, ending at `end` in the middle of a catch-up.
model::Series catchingUpLag(qint64 end);

/// A week of DTS lag (ms) read every second, ending at `end`: 604,800 readings.
model::Series weekOfLagEverySecond(qint64 end);

/// An incremental SMC job: a full run, hourly incremental runs, one manual run, the newest run
/// still going at `now`.
QList<model::ReplicationRun> smcRuns(qint64 now, model::RunSchedule *schedule);

/// Ten hours of an MMS job (400 tasks, about 12,000 partitions) polled every minute up to `now`.
model::ProgressHistory mmsProgress(qint64 now);

} // namespace ferry::bench
