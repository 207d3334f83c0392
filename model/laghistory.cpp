// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/laghistory.h"

#include <cmath>

namespace ferry::model {

LagHistory::LagHistory(SeriesStore *store)
    : m_store(store)
{}

QList<SeriesStoreError> LagHistory::compact(qint64 nowMs)
{
    if (!m_store)
        return {};
    const QList<SeriesStoreError> errors = m_store->compactAll(nowMs);
    m_errors.append(errors);
    return errors;
}

std::shared_ptr<Series> LagHistory::load(const QString &jobId, qint64 nowMs)
{
    if (const auto it = m_series.constFind(jobId); it != m_series.constEnd())
        return *it;
    auto series = std::make_shared<Series>();
    if (m_store) {
        SeriesLoadResult loaded = m_store->load(jobId, nowMs);
        if (loaded.error.ok())
            *series = std::move(loaded.series);
        else
            m_errors.append(loaded.error);
    }
    m_series.insert(jobId, series);
    return series;
}

std::shared_ptr<const Series> LagHistory::series(const QString &jobId, qint64 nowMs)
{
    return load(jobId, nowMs);
}

Series::AppendResult LagHistory::record(const QString &jobId, qint64 tMs, double lagMs,
                                        qint64 nowMs)
{
    const std::shared_ptr<Series> series = load(jobId, nowMs);
    const Series::AppendResult result = series->append(tMs, lagMs);
    if (result == Series::AppendResult::Rejected || !m_store)
        return result;
    const SeriesStoreError error = m_store->append(jobId, {Sample{tMs, lagMs}});
    if (!error.ok())
        m_errors.append(error);
    return result;
}

LagThresholdWatch::LagThresholdWatch(qint64 thresholdMs)
    : m_thresholdMs(thresholdMs)
{}

LagThresholdWatch::Crossing LagThresholdWatch::observe(const QString &jobId, double lagMs)
{
    if (std::isnan(lagMs))
        return Crossing::None;
    const bool above = lagMs >= double(m_thresholdMs);
    const auto it = m_above.find(jobId);
    if (it == m_above.end()) {
        m_above.insert(jobId, above);
        return Crossing::None;
    }
    if (*it == above)
        return Crossing::None;
    *it = above;
    return above ? Crossing::Above : Crossing::Below;
}

std::optional<bool> LagThresholdWatch::isAbove(const QString &jobId) const
{
    const auto it = m_above.constFind(jobId);
    if (it == m_above.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ferry::model
