// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesprogress.h"

#include <QString>

#include <algorithm>

namespace ferry::model {

std::optional<TaskPhase> taskPhaseOfMmsStatus(QStringView status)
{
    const QString s = status.trimmed().toString().toUpper();
    if (s == u"INIT")
        return TaskPhase::Pending;
    if (s == u"SCHEMA_DOING" || s == u"SCHEMA_DONE")
        return TaskPhase::Schema;
    if (s == u"DATA_DOING" || s == u"DATA_DONE" || s == u"DATA_DONG" ||
        s == u"VERIFICATION_DOING" || s == u"VERIFICATION_DONE")
        return TaskPhase::Data;
    if (s == u"DONE")
        return TaskPhase::Done;
    if (s == u"SCHEMA_FAILED" || s == u"DATA_FAILED" || s == u"VERIFICATION_FAILED")
        return TaskPhase::Failed;
    return std::nullopt;
}

void ProgressHistory::record(qint64 t, const std::array<double, TaskPhaseCount> &counts,
                             double partitions)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        tasksByPhase[i].append(t, counts[i]);
    partitionsDone.append(t, partitions);
}

std::optional<std::pair<qint64, qint64>> ProgressHistory::timeSpan() const
{
    std::optional<std::pair<qint64, qint64>> span;
    const auto widen = [&](const Series &s) {
        if (s.isEmpty())
            return;
        const qint64 a = s.time(0);
        const qint64 b = s.time(s.size() - 1);
        span = span ? std::make_pair(std::min(span->first, a), std::max(span->second, b))
                    : std::make_pair(a, b);
    };
    for (const Series &s : tasksByPhase)
        widen(s);
    widen(partitionsDone);
    return span;
}

} // namespace ferry::model
