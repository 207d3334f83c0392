// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/series.h"

#include <algorithm>
#include <cmath>

namespace ferry::model {

Series::AppendResult Series::append(qint64 t, double v)
{
    if (std::isinf(v))
        return AppendResult::Rejected;
    if (m_t.empty() || t > m_t.back()) {
        m_t.push_back(t);
        m_v.push_back(v);
        return AppendResult::Appended;
    }
    const auto it = std::lower_bound(m_t.begin(), m_t.end(), t);
    const auto i = it - m_t.begin();
    if (*it == t) {
        m_v[std::size_t(i)] = v;
        return AppendResult::Replaced;
    }
    m_t.insert(it, t);
    m_v.insert(m_v.begin() + i, v);
    return AppendResult::Inserted;
}

qsizetype Series::lowerBound(qint64 t) const
{
    return std::lower_bound(m_t.begin(), m_t.end(), t) - m_t.begin();
}

qsizetype Series::upperBound(qint64 t) const
{
    return std::upper_bound(m_t.begin(), m_t.end(), t) - m_t.begin();
}

std::pair<qsizetype, qsizetype> Series::indexRange(qint64 from, qint64 to) const
{
    if (to < from)
        return {0, 0};
    const qsizetype first = lowerBound(from);
    return {first, std::max(first, upperBound(to))};
}

std::optional<qsizetype> Series::lastFiniteAtOrBefore(qint64 t) const
{
    for (qsizetype i = upperBound(t) - 1; i >= 0; --i) {
        if (!std::isnan(value(i)))
            return i;
    }
    return std::nullopt;
}

std::optional<Sample> Series::latestFinite() const
{
    if (m_t.empty())
        return std::nullopt;
    const auto i = lastFiniteAtOrBefore(m_t.back());
    if (!i)
        return std::nullopt;
    return at(*i);
}

void Series::dropBefore(qint64 t)
{
    const auto n = lowerBound(t);
    m_t.erase(m_t.begin(), m_t.begin() + n);
    m_v.erase(m_v.begin(), m_v.begin() + n);
}

void Series::clear()
{
    m_t.clear();
    m_v.clear();
}

void Series::reserve(qsizetype n)
{
    m_t.reserve(std::size_t(n));
    m_v.reserve(std::size_t(n));
}

void Series::squeeze()
{
    m_t.shrink_to_fit();
    m_v.shrink_to_fit();
}

qsizetype Series::memoryBytes() const
{
    return qsizetype(m_t.capacity() * sizeof(qint64) + m_v.capacity() * sizeof(double));
}

} // namespace ferry::model
