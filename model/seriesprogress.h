// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

#include <QStringView>

#include <array>
#include <optional>

namespace ferry::model {

/// The phases the progress chart groups MMS task statuses into.
enum class TaskPhase
{
    Pending, ///< INIT
    Schema,  ///< SCHEMA_DOING, SCHEMA_DONE
    Data,    ///< DATA_DOING, DATA_DONE, VERIFICATION_DOING, VERIFICATION_DONE
    Done,    ///< DONE
    Failed,  ///< SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED
};
inline constexpr int TaskPhaseCount = 5;

/// The phase of an MMS task status (case-insensitive; the documented misspelling DATA_DONG is
/// read as DATA_DONE); nullopt for an unknown status.
std::optional<TaskPhase> taskPhaseOfMmsStatus(QStringView status);

/// The history an MMS progress chart draws: task counts per phase and partitions done, sampled
/// at each poll. Counts are plain numbers; NaN means the poll had no answer.
struct ProgressHistory
{
    std::array<Series, TaskPhaseCount> tasksByPhase;
    Series partitionsDone;
    /// Partitions in the job; 0 when unknown.
    double partitionsTotal = 0;

    /// The series of one phase.
    const Series &tasks(TaskPhase phase) const { return tasksByPhase[std::size_t(phase)]; }
    Series &tasks(TaskPhase phase) { return tasksByPhase[std::size_t(phase)]; }
    /// Records one poll: task counts per phase (indexed by TaskPhase) and partitions done.
    void record(qint64 t, const std::array<double, TaskPhaseCount> &counts, double partitions);
    /// Earliest and latest timestamp over all series; nullopt when all are empty.
    std::optional<std::pair<qint64, qint64>> timeSpan() const;
};

} // namespace ferry::model
