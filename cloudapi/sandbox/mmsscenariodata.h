// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Static definitions behind the MMS scenario (names, schemas, nominal sizes, configuration
// items with their credentials). Sizes, times and secrets are derived from the seed in
// MmsScenario; names, ids and partition counts are not, so GUI tests can rely on them.

#include <cstdint>
#include <span>
#include <vector>

namespace ferry::sandbox::mms {

struct ConfigItem;
struct DataSource;

enum class PartStyle
{
    None,
    Daily,       ///< k1=yyyyMMdd
    DailyDashed, ///< k1=yyyy-MM-dd
    Hourly,      ///< k1=yyyyMMdd/k2=HH
    DailyRegion, ///< k1=yyyyMMdd/k2=<region>
    Monthly,     ///< k1=yyyyMM
};

struct DbDef
{
    const char *name;
    const char *description;
    const char *owner;
};

struct TableDef
{
    const char *db;
    const char *name;
    const char *comment;
    const char *tableType;     ///< MANAGED_TABLE, EXTERNAL_TABLE, VIRTUAL_VIEW
    const char *columns;       ///< `name TYPE#comment|...`
    const char *partitionKeys; ///< same notation, empty when not partitioned
    PartStyle style;
    int partitionCount;
    double rows; ///< nominal total rows
    int bytesPerRow;
    bool failsOnce; ///< the first data transfer of this table fails (transient), a retry succeeds
};

struct SourceDef
{
    const char *name;
    const char *type;
    const char *region;
    const char *networklink;
    const char *dstProject;
    const char *dstProjects; ///< comma separated
    bool agentOnline;
    bool prescanned;
    int createdDaysAgo;
    const char *taskType;
    std::span<const DbDef> dbs;
    std::span<const TableDef> tables;
};

/// The data sources in id order (the first gets MmsScenario::kFirstSourceId).
std::span<const SourceDef> sourceDefs();

/// The configuration items (with credentials) of a data source; `h` seeds the secrets.
std::vector<ConfigItem> configItemsFor(const DataSource &ds, std::uint64_t h);

} // namespace ferry::sandbox::mms
