// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"
#include "model/seriesstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ferry::model {

/// The lag history of every DTS job seen: one shared Series (ms) per job that charts draw, each
/// reading also appended to a SeriesStore so the history survives restarts. Without a store it
/// keeps history in memory only.
class LagHistory final
{
public:
    /// History kept in `store` (may be null: memory only). The store must outlive this object.
    explicit LagHistory(SeriesStore *store = nullptr);

    /// Rewrites every stored history without expired or torn readings (call once at start).
    QList<SeriesStoreError> compact(qint64 nowMs);
    /// The job's history, loaded from the store on first use; never null.
    std::shared_ptr<const Series> series(const QString &jobId, qint64 nowMs);
    /// Records one reading (ms; NaN = no reading) taken at tMs and persists it.
    Series::AppendResult record(const QString &jobId, qint64 tMs, double lagMs, qint64 nowMs);
    /// The store's errors so far (a damaged file, a full disk), oldest first.
    const QList<SeriesStoreError> &errors() const { return m_errors; }
    /// Jobs with a history in memory.
    QStringList jobIds() const { return m_series.keys(); }

private:
    std::shared_ptr<Series> load(const QString &jobId, qint64 nowMs);

    SeriesStore *m_store = nullptr;
    QHash<QString, std::shared_ptr<Series>> m_series;
    QList<SeriesStoreError> m_errors;
};

/// Notices a job's lag crossing a threshold, in either direction. The first reading of a job only
/// sets where it stands: a crossing is a change between two readings.
class LagThresholdWatch final
{
public:
    /// What a reading changed.
    enum class Crossing
    {
        None,
        Above, ///< was under the threshold, now at or over it
        Below, ///< was at or over the threshold, now under it
    };

    explicit LagThresholdWatch(qint64 thresholdMs = 5000);

    /// Feeds a reading (NaN readings are ignored) and says whether it crossed.
    Crossing observe(const QString &jobId, double lagMs);
    qint64 thresholdMs() const { return m_thresholdMs; }
    /// Whether the job's last reading was at or over the threshold (nullopt: no reading yet).
    std::optional<bool> isAbove(const QString &jobId) const;
    void forget(const QString &jobId) { m_above.remove(jobId); }

private:
    qint64 m_thresholdMs;
    QHash<QString, bool> m_above;
};

} // namespace ferry::model
