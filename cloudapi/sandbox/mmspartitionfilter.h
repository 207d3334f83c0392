// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ferry::sandbox::mms {

/// The partition filter expressions of CreateMmsJob's `partitionFilters`, e.g.
/// `ds >= '20240601' and ds < '20240610' or region = 'eu'`: comparisons (=, ==, !=, <>, <, <=,
/// >, >=) of a partition key with a quoted or bare value, joined by `and`/`or` (`and` binds
/// tighter; no parentheses). Values compare numerically when both sides are numbers.
class PartitionFilter final
{
public:
    /// Returns nothing and sets `error` when the expression cannot be parsed.
    static std::optional<PartitionFilter> parse(const QString &expression, QString *error);

    /// `value` is a partition spec such as `ds=20240601/hh=07`.
    bool matches(const QString &value) const;

private:
    struct Comparison
    {
        QString key;
        QString op;
        QString value;
    };
    std::vector<std::vector<Comparison>> m_anyOf; ///< OR of ANDs
};

} // namespace ferry::sandbox::mms
