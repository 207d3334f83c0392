// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace ferry::model {

/// One observation: a UTC timestamp in milliseconds since the epoch and a value (NaN = no reading).
struct Sample
{
    qint64 t = 0;
    double v = 0;

    friend bool operator==(const Sample &, const Sample &) = default;
};

/// A compact time series: two parallel arrays (16 bytes a sample) kept in timestamp order, so a
/// week of 1-second samples (600,000) takes about 10 MB and a range is found by binary search.
///
/// Ordering is deterministic whatever order samples arrive in: a newer timestamp is appended, an
/// older one is inserted in place, and a timestamp already present has its value replaced (the
/// last write wins). A NaN value records "no reading" and is kept; infinite values are rejected.
class Series final
{
public:
    /// What append() did with a sample.
    enum class AppendResult
    {
        Appended, ///< newer than every sample: added at the end
        Inserted, ///< older than the last sample: inserted in timestamp order
        Replaced, ///< same timestamp as an existing sample: its value was replaced
        Rejected, ///< the value was infinite; nothing changed
    };

    /// Adds one sample, keeping timestamps strictly increasing.
    AppendResult append(qint64 t, double v);
    /// Adds one sample, keeping timestamps strictly increasing.
    AppendResult append(const Sample &s) { return append(s.t, s.v); }

    /// Number of samples.
    qsizetype size() const { return qsizetype(m_t.size()); }
    /// True when the series holds no sample.
    bool isEmpty() const { return m_t.empty(); }
    /// Timestamp of sample i (0 <= i < size()).
    qint64 time(qsizetype i) const { return m_t[std::size_t(i)]; }
    /// Value of sample i (0 <= i < size()); NaN means no reading.
    double value(qsizetype i) const { return m_v[std::size_t(i)]; }
    /// Sample i (0 <= i < size()).
    Sample at(qsizetype i) const { return {time(i), value(i)}; }
    /// All timestamps, strictly increasing.
    const std::vector<qint64> &times() const { return m_t; }
    /// All values, parallel to times().
    const std::vector<double> &values() const { return m_v; }

    /// Index of the first sample with timestamp >= t (size() when none).
    qsizetype lowerBound(qint64 t) const;
    /// Index of the first sample with timestamp > t (size() when none).
    qsizetype upperBound(qint64 t) const;
    /// Half-open index range [first, last) of the samples with from <= timestamp <= to.
    std::pair<qsizetype, qsizetype> indexRange(qint64 from, qint64 to) const;
    /// Index of the last sample with a finite value and timestamp <= t, if any.
    std::optional<qsizetype> lastFiniteAtOrBefore(qint64 t) const;
    /// The newest sample with a finite value, if any.
    std::optional<Sample> latestFinite() const;

    /// Removes every sample older than t (retention).
    void dropBefore(qint64 t);
    /// Removes every sample.
    void clear();
    /// Reserves room for n samples, so bulk loads do not over-allocate.
    void reserve(qsizetype n);
    /// Releases spare capacity.
    void squeeze();
    /// Bytes held by the sample arrays (capacity, not just size).
    qsizetype memoryBytes() const;

private:
    std::vector<qint64> m_t;
    std::vector<double> m_v;
};

} // namespace ferry::model
