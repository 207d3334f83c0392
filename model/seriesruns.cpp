// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesruns.h"

#include <QSet>

#include <algorithm>

namespace ferry::model {

QList<ReplicationRun> sortedRuns(QList<ReplicationRun> runs)
{
    std::stable_sort(
        runs.begin(), runs.end(),
        [](const ReplicationRun &a, const ReplicationRun &b) { return a.startMs < b.startMs; });
    return runs;
}

std::optional<qint64> nextScheduledRun(const QList<ReplicationRun> &runs,
                                       const RunSchedule &schedule, qint64 nowMs)
{
    if (schedule.intervalMs <= 0)
        return std::nullopt;
    std::optional<qint64> base;
    for (const ReplicationRun &run : runs) {
        if (run.trigger == RunTrigger::Schedule && (!base || run.startMs > *base))
            base = run.startMs;
    }
    qint64 next = 0;
    if (base) {
        next = *base + schedule.intervalMs;
    } else if (schedule.scheduledStartMs) {
        next = *schedule.scheduledStartMs;
    } else {
        return std::nullopt;
    }
    if (next <= nowMs) {
        const qint64 missed = (nowMs - next) / schedule.intervalMs + 1;
        next += missed * schedule.intervalMs;
    }
    return next;
}

int imagesKept(const QList<ReplicationRun> &runs, const RunSchedule &schedule)
{
    QSet<QString> images;
    for (const ReplicationRun &run : runs) {
        if (!run.isRunning() && !run.imageId.isEmpty())
            images.insert(run.imageId);
    }
    const int count = int(images.size());
    return schedule.maxImagesToKeep > 0 ? std::min(count, schedule.maxImagesToKeep) : count;
}

} // namespace ferry::model
