// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The MMS scenario: data sources, databases, tables and partitions. Everything here is immutable
// after construction and a pure function of the seed, the anchor time and the scale options.
// The scale options add a database `ods_bulk` to `hive_prod` whose tables and partitions are
// computed from their index on demand, so 100 000 tables and 1 000 000 partitions cost nothing
// until somebody asks for them.

#include "cloudapi/sandbox/emulatorsupport.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace ferry::sandbox::mms {

using emul::BodyReader;
using emul::Fault;
using emul::Json;
using emul::Ms;
using emul::Page;
using emul::ParamReader;

struct ColumnDef;
struct TableDef;
struct SourceDef;

struct Column
{
    QString name;
    QString type;
    QString comment;
    bool nullable = true;
};

struct ConfigItem
{
    QString key;
    QString name;
    QString descEn;
    QString descZh;
    QString group;
    QString type; ///< boolean, int, map, string, password, file
    QString subType;
    QString placeHolder;
    bool required = false;
    QStringList enums;
    Json value;
};

struct DataSource
{
    qint64 id = 0;
    QString name;
    QString type; ///< HIVE, BIGQUERY, MAXCOMPUTE, DATABRICKS
    QString region;
    QString networklink;
    QString dstProject;
    QStringList dstProjects;
    QString status; ///< STARTED, ...
    bool agentOnline = true;
    bool prescanned = false;
    QString defaultTaskType;
    VirtualTime createTime;
    VirtualTime lastUpdateTime;
    std::vector<ConfigItem> config;
    std::vector<qint64> dbIds;
};

struct Db
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString name;
    QString description;
    QString owner;
    QString location;
    VirtualTime createTime;
    VirtualTime lastDdlTime;
    std::vector<int> tableIndexes; ///< into MmsScenario::m_tables, id order
    bool bulk = false;
};

/// A table as the API shows it (base tables come from the scenario's table list, bulk tables are
/// computed from their index).
struct TableInfo
{
    qint64 id = 0;
    qint64 dbId = 0;
    qint64 sourceId = 0;
    QString dbName;
    QString name;
    QString comment;
    QString type; ///< MANAGED_TABLE, EXTERNAL_TABLE, VIRTUAL_VIEW
    QString owner;
    QString location;
    QString inputFormat;
    QString outputFormat;
    QString serde;
    qint64 numRows = 0;
    qint64 size = 0;
    VirtualTime lastDdlTime;
    qint64 partitionCount = 0;
    qint64 firstPartitionId = 0;
    bool failsOnce = false;
    const TableDef *def = nullptr; ///< null for bulk tables
    int bulkKind = 0;              ///< 1 plain bulk table, 2 partitioned bulk table
    qint64 bulkIndex = 0;
    bool hasPartitions() const { return partitionCount > 0; }
};

struct PartitionInfo
{
    qint64 id = 0;
    qint64 tableId = 0;
    QString value; ///< `ds=20240601/hh=07`
    qint64 numRows = 0;
    qint64 size = 0;
    VirtualTime lastDdlTime;
};

class MmsScenario final
{
public:
    MmsScenario(const ScenarioOptions &options, VirtualTime anchor);

    const std::vector<DataSource> &sources() const { return m_sources; }
    const DataSource *source(qint64 id) const;
    const Db *db(qint64 id) const;
    const Db *dbByName(qint64 sourceId, const QString &name) const;

    qint64 tableCount(const Db &db) const;
    /// The `index`-th table of `db` in id order.
    TableInfo tableAt(const Db &db, qint64 index) const;
    std::optional<TableInfo> table(qint64 id) const;
    std::optional<TableInfo> tableByName(const Db &db, const QString &name) const;

    PartitionInfo partitionAt(const TableInfo &table, qint64 index) const;
    std::optional<PartitionInfo> partition(qint64 id) const;

    std::vector<Column> columns(const TableInfo &table) const;
    std::vector<Column> partitionKeys(const TableInfo &table) const;

    /// Totals of a database (summed once, on first use).
    qint64 dbRows(const Db &db) const;
    qint64 dbSize(const Db &db) const;
    qint64 dbPartitions(const Db &db) const;
    /// Indexes (for tableAt) of the partitioned tables of `db`.
    std::vector<qint64> partitionedTableIndexes(const Db &db) const;

    std::uint64_t seed() const { return m_seed; }
    VirtualTime anchor() const { return m_anchor; }

    /// Id ranges, exposed for tests and documentation.
    static constexpr qint64 kFirstSourceId = 2000015;
    static constexpr qint64 kFirstDbId = 1001;
    static constexpr qint64 kFirstTableId = 10001;
    static constexpr qint64 kFirstPartitionId = 20000001;
    static constexpr qint64 kFirstBulkTableId = 5000001;
    static constexpr qint64 kFirstBulkPartitionedTableId = 5900001;
    static constexpr qint64 kFirstBulkPartitionId = 30000001;
    static constexpr qint64 kBulkPartitionsPerTable = 10000;

private:
    struct BaseTable
    {
        TableInfo info;
        std::vector<PartitionInfo> partitions;
    };

    void addSource(const SourceDef &def);
    void addBulkDb();
    TableInfo bulkTable(qint64 index) const;
    TableInfo bulkPartitionedTable(qint64 index) const;
    PartitionInfo bulkPartition(qint64 tableIndex, qint64 local) const;
    qint64 bulkPartitionedTableCount() const;
    qint64 bulkPartitionsOf(qint64 tableIndex) const;
    struct Totals
    {
        qint64 rows = 0;
        qint64 size = 0;
        qint64 partitions = 0;
    };
    const Totals &totals(const Db &db) const;

    std::uint64_t m_seed = 1;
    VirtualTime m_anchor;
    qint64 m_extraTables = 0;
    qint64 m_extraPartitions = 0;
    std::vector<DataSource> m_sources;
    std::vector<Db> m_dbs;
    std::vector<BaseTable> m_tables;
    std::map<qint64, std::pair<int, int>> m_partitionIndex; ///< first id -> table index, count
    qint64 m_nextPartitionId = kFirstPartitionId;
    qint64 m_bulkDbId = 0;
    mutable std::map<qint64, Totals> m_totals;
};

/// Parses the compact column notation of the scenario data: `name TYPE#comment|name2 TYPE2`.
std::vector<Column> parseColumns(const char *spec);

} // namespace ferry::sandbox::mms
