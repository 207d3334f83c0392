// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdata.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ferry::bench {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

// Low steady lag: about 1.2 s with positive, skewed noise.
double steadyLag(QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    return 700 + 900 * u * u + 150 * rng.generateDouble();
}

// A spike at `at` that rises to `peak` over `rise` and drains linearly over `drain`.
double spike(qint64 t, qint64 at, double peak, qint64 rise, qint64 drain)
{
    if (t < at || t > at + rise + drain)
        return 0;
    if (t < at + rise)
        return peak * double(t - at) / double(rise);
    return peak * (1.0 - double(t - at - rise) / double(drain));
}

double dayShape(qint64 sinceStart, QRandomGenerator &rng, bool withCatchUp)
{
    double lag = steadyLag(rng);
    if (withCatchUp) {
        // The full load ends with 25 min of lag, which grows a little, then drains at ~0.3 s/s.
        const double peak = 30 * Minute;
        if (sinceStart < 15 * Minute)
            lag = 25 * Minute + double(sinceStart) / (15 * Minute) * 5 * Minute;
        else if (sinceStart < 15 * Minute + qint64(peak / 0.3))
            lag = std::max(lag, peak - 0.3 * double(sinceStart - 15 * Minute));
        lag *= 1.0 + 0.02 * (rng.generateDouble() - 0.5);
    }
    lag += spike(sinceStart, 9 * Hour + 30 * Minute, 95 * Second, 2 * Minute, 12 * Minute);
    lag += spike(sinceStart, 19 * Hour, 6.5 * Second, 30 * Second, 60 * Second);
    return lag;
}

} // namespace

model::Series dayOfLag(qint64 end)
{
    QRandomGenerator rng(2024);
    model::Series s;
    const qint64 start = end - 24 * Hour;
    for (qint64 t = start; t <= end; t += 10 * Second) {
        const qint64 since = t - start;
        if (since >= 15 * Hour && since < 15 * Hour + 40 * Minute)
            continue; // Ferry was closed: no readings
        s.append(t, dayShape(since, rng, true));
    }
    return s;
}

model::Series catchingUpLag(qint64 end)
{
    QRandomGenerator rng(7);
    model::Series s;
    const qint64 start = end - 3 * Hour;
    for (qint64 t = start; t <= end; t += 10 * Second) {
        const double since = double(t - start);
        // Rising while the full load runs, then a drain at ~0.12 s/s with noise.
        double lag = since < 40.0 * Minute ? 5.0 * Minute + since * 0.55
                                           : 27.0 * Minute - (since - 40.0 * Minute) * 0.12;
        lag *= 1.0 + 0.04 * (rng.generateDouble() - 0.5);
        s.append(t, std::max(lag, steadyLag(rng)));
    }
    return s;
}

model::Series weekOfLagEverySecond(qint64 end)
{
    QRandomGenerator rng(99);
    model::Series s;
    constexpr qint64 n = 7 * 24 * 3600;
    s.reserve(n);
    const qint64 start = end - (n - 1) * Second;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 t = start + i * Second;
        const qint64 day = (i * Second) / (24 * Hour);
        s.append(t, dayShape(i * Second - day * 24 * Hour, rng, day == 0));
    }
    return s;
}

QList<model::ReplicationRun> smcRuns(qint64 now, model::RunSchedule *schedule)
{
    QRandomGenerator rng(11);
    const qint64 start = now - 14 * Hour - 7 * Minute;
    schedule->intervalMs = Hour;
    schedule->maxImagesToKeep = 5;
    schedule->scheduledStartMs = start;
    QList<model::ReplicationRun> runs;
    int image = 1000;
    const auto add = [&](qint64 from, std::optional<qint64> to, model::RunTrigger trigger) {
        model::ReplicationRun r;
        r.startMs = from;
        r.endMs = to;
        r.trigger = trigger;
        if (to)
            r.imageId = QStringLiteral("m-bp1ferry%1").arg(image++);
        runs.append(r);
    };
    add(start, start + 3 * Hour + 10 * Minute, model::RunTrigger::Schedule); // the full run
    for (qint64 t = start + 4 * Hour; t < now; t += Hour) {
        const qint64 duration = 6 * Minute + qint64(rng.bounded(9 * 60)) * Second;
        add(t, t + duration <= now ? std::optional<qint64>(t + duration) : std::nullopt,
            model::RunTrigger::Schedule);
    }
    add(start + 9 * Hour + 25 * Minute, start + 9 * Hour + 36 * Minute, model::RunTrigger::Manual);
    return runs;
}

model::ProgressHistory mmsProgress(qint64 now)
{
    QRandomGenerator rng(5);
    const qint64 start = now - 10 * Hour;
    struct Task
    {
        qint64 start = 0;
        qint64 schema = 0;
        qint64 data = 0;
        int partitions = 0;
        bool fails = false;
    };
    // 400 tasks through 16 parallel lanes (24 after four hours, when the quota was raised).
    std::vector<qint64> lanes(16, start);
    std::vector<Task> tasks(400);
    model::ProgressHistory h;
    for (Task &task : tasks) {
        auto slot = std::min_element(lanes.begin(), lanes.end());
        if (*slot > start + 4 * Hour && lanes.size() < 24) {
            lanes.resize(24, start + 4 * Hour);
            slot = std::min_element(lanes.begin(), lanes.end());
        }
        task.start = *slot;
        task.schema = 2 * Minute + qint64(rng.bounded(180)) * Second;
        task.partitions = 10 + int(rng.bounded(41));
        task.data = qint64(task.partitions) * (40 + qint64(rng.bounded(50))) * Second;
        task.fails = rng.bounded(100) < 3;
        *slot = task.start + task.schema + task.data;
        h.partitionsTotal += task.partitions;
    }
    for (qint64 t = start; t <= now; t += Minute) {
        std::array<double, model::TaskPhaseCount> counts{};
        double partitions = 0;
        for (const Task &task : tasks) {
            model::TaskPhase phase = model::TaskPhase::Pending;
            const qint64 dataStart = task.start + task.schema;
            const qint64 end = dataStart + task.data;
            // A failing task copies half its partitions before it fails.
            const int copied = task.fails ? task.partitions / 2 : task.partitions;
            if (t >= end) {
                phase = task.fails ? model::TaskPhase::Failed : model::TaskPhase::Done;
                partitions += copied;
            } else if (t >= dataStart) {
                phase = model::TaskPhase::Data;
                partitions += std::floor(copied * double(t - dataStart) / double(task.data));
            } else if (t >= task.start) {
                phase = model::TaskPhase::Schema;
            }
            counts[std::size_t(phase)] += 1;
        }
        h.record(t, counts, partitions);
    }
    return h;
}

} // namespace ferry::bench
