// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/mmsscenario.h"

#include "cloudapi/sandbox/mmsscenariodata.h"

#include <algorithm>
#include <cmath>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

constexpr std::uint64_t kSaltTable = 11;
constexpr std::uint64_t kSaltPartition = 12;
constexpr std::uint64_t kSaltDdl = 13;
constexpr std::uint64_t kSaltSecret = 14;
constexpr std::uint64_t kSaltBulk = 15;

constexpr const char *kBulkDomains[] = {"orders",    "payments",  "sessions", "clicks",
                                        "inventory", "shipments", "refunds",  "reviews"};
constexpr const char *kRegions[] = {"cn", "us", "eu", "sg"};

QString two(qint64 v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

struct PartitionSpec
{
    QString value;
    VirtualTime period; ///< start of the day/hour/month the partition holds
    Ms length;          ///< how long that period is
};

PartitionSpec partitionValue(PartStyle style, const std::vector<Column> &keys, qint64 k,
                             qint64 count, VirtualTime anchor)
{
    const QString k1 = keys.empty() ? QStringLiteral("ds") : keys[0].name;
    const QString k2 = keys.size() > 1 ? keys[1].name : QString();
    // partitions run up to yesterday (UTC), oldest first
    const auto today = std::chrono::floor<std::chrono::days>(anchor);
    auto dayBack = [&](qint64 back) { return VirtualTime(today - std::chrono::days(back + 1)); };
    const Ms day = Hours(24);
    switch (style) {
    case PartStyle::None:
        return {};
    case PartStyle::Daily: {
        const VirtualTime d = dayBack(count - 1 - k);
        return {k1 + QLatin1Char('=') + compactDate(d), d, day};
    }
    case PartStyle::DailyDashed: {
        const VirtualTime d = dayBack(count - 1 - k);
        const QString c = compactDate(d);
        return {k1 + QLatin1Char('=') + c.left(4) + QLatin1Char('-') + c.mid(4, 2) +
                    QLatin1Char('-') + c.mid(6, 2),
                d, day};
    }
    case PartStyle::Hourly: {
        const qint64 days = (count + 23) / 24;
        const VirtualTime d = dayBack(days - 1 - k / 24);
        return {k1 + QLatin1Char('=') + compactDate(d) + QLatin1Char('/') + k2 + QLatin1Char('=') +
                    two(k % 24),
                d + Hours(k % 24), Hours(1)};
    }
    case PartStyle::DailyRegion: {
        const qint64 days = (count + 3) / 4;
        const VirtualTime d = dayBack(days - 1 - k / 4);
        return {k1 + QLatin1Char('=') + compactDate(d) + QLatin1Char('/') + k2 + QLatin1Char('=') +
                    QLatin1String(kRegions[k % 4]),
                d, day};
    }
    case PartStyle::Monthly: {
        const std::chrono::year_month_day ymd{today};
        const qint64 monthIndex =
            qint64(int(ymd.year())) * 12 + (unsigned(ymd.month()) - 1) - (count - k);
        const std::chrono::year_month_day first{std::chrono::year(int(monthIndex / 12)),
                                                std::chrono::month(unsigned(monthIndex % 12 + 1)),
                                                std::chrono::day(1)};
        return {k1 + QLatin1Char('=') + QString::number(monthIndex / 12) + two(monthIndex % 12 + 1),
                VirtualTime(std::chrono::sys_days(first)), day * 30};
    }
    }
    return {};
}

} // namespace

std::vector<Column> parseColumns(const char *spec)
{
    std::vector<Column> out;
    if (!spec || !*spec)
        return out;
    for (const QString &part : QString::fromLatin1(spec).split(QLatin1Char('|'))) {
        const int space = part.indexOf(QLatin1Char(' '));
        const int hash = part.indexOf(QLatin1Char('#'));
        Column c;
        c.name = part.left(space);
        c.type = (hash < 0 ? part.mid(space + 1) : part.mid(space + 1, hash - space - 1)).trimmed();
        c.comment = hash < 0 ? QString() : part.mid(hash + 1);
        out.push_back(c);
    }
    return out;
}

MmsScenario::MmsScenario(const ScenarioOptions &options, VirtualTime anchor)
    : m_seed(options.seed)
    , m_anchor(anchor)
    , m_extraTables(std::clamp<qint64>(options.extraTables, 0, 100000))
    , m_extraPartitions(std::clamp<qint64>(options.extraPartitions, 0, 1000000))
{
    for (const SourceDef &def : sourceDefs())
        addSource(def);
    if (m_extraTables > 0 || m_extraPartitions > 0)
        addBulkDb();
}

void MmsScenario::addSource(const SourceDef &def)
{
    DataSource ds;
    ds.id = kFirstSourceId + qint64(m_sources.size());
    ds.name = QString::fromLatin1(def.name);
    ds.type = QString::fromLatin1(def.type);
    ds.region = QString::fromLatin1(def.region);
    ds.networklink = QString::fromLatin1(def.networklink);
    ds.dstProject = QString::fromLatin1(def.dstProject);
    ds.dstProjects = QString::fromLatin1(def.dstProjects).split(QLatin1Char(','));
    ds.status = QStringLiteral("STARTED");
    ds.agentOnline = def.agentOnline;
    ds.prescanned = def.prescanned;
    ds.defaultTaskType = QString::fromLatin1(def.taskType);
    const std::uint64_t h = hashOf(m_seed, kSaltSecret, std::uint64_t(ds.id));
    ds.createTime =
        floorToSecond(m_anchor - Hours(24 * def.createdDaysAgo) - Seconds(qint64(h % 36000)));
    ds.lastUpdateTime =
        floorToSecond(m_anchor - Hours(24 * (def.createdDaysAgo / 3)) - Seconds(qint64(h % 7200)));
    ds.config = configItemsFor(ds, h);

    for (const DbDef &dbDef : def.dbs) {
        Db db;
        db.id = kFirstDbId + qint64(m_dbs.size());
        db.sourceId = ds.id;
        db.name = QString::fromLatin1(dbDef.name);
        db.description = QString::fromUtf8(dbDef.description);
        db.owner = QString::fromLatin1(dbDef.owner);
        db.location =
            ds.type == QLatin1String("HIVE")
                ? QStringLiteral("hdfs://nameservice1/user/hive/warehouse/%1.db").arg(db.name)
                : QString();
        db.createTime = ds.createTime - Hours(24 * 200);
        db.lastDdlTime = floorToSecond(
            m_anchor - Seconds(qint64(hashOf(m_seed, kSaltDdl, std::uint64_t(db.id)) % 864000)));
        ds.dbIds.push_back(db.id);
        m_dbs.push_back(db);
    }

    for (const TableDef &tdef : def.tables) {
        Db *db = nullptr;
        for (qint64 dbId : ds.dbIds) {
            Db &candidate = m_dbs[std::size_t(dbId - kFirstDbId)];
            if (candidate.name == QLatin1String(tdef.db))
                db = &candidate;
        }
        if (!db)
            continue;
        BaseTable bt;
        TableInfo &t = bt.info;
        t.id = kFirstTableId + qint64(m_tables.size());
        t.dbId = db->id;
        t.sourceId = ds.id;
        t.dbName = db->name;
        t.name = QString::fromLatin1(tdef.name);
        t.comment = QString::fromUtf8(tdef.comment);
        t.type = QString::fromLatin1(tdef.tableType);
        t.owner = db->owner;
        t.def = &tdef;
        t.failsOnce = tdef.failsOnce;
        if (ds.type == QLatin1String("HIVE")) {
            t.location = db->location + QLatin1Char('/') + t.name;
            t.inputFormat = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat");
            t.outputFormat = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat");
            t.serde = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcSerde");
        }
        const std::uint64_t th = hashOf(m_seed, kSaltTable, std::uint64_t(t.id));
        const double rows = tdef.rows * between(th, 0.75, 1.25);
        t.lastDdlTime = floorToSecond(m_anchor - Seconds(qint64(th % (86400 * 40)) + 3600));
        const std::vector<Column> keys = parseColumns(tdef.partitionKeys);
        if (tdef.partitionCount > 0) {
            t.partitionCount = tdef.partitionCount;
            t.firstPartitionId = m_nextPartitionId;
            for (int k = 0; k < tdef.partitionCount; ++k) {
                PartitionInfo p;
                p.id = m_nextPartitionId++;
                p.tableId = t.id;
                const PartitionSpec spec =
                    partitionValue(tdef.style, keys, k, tdef.partitionCount, m_anchor);
                p.value = spec.value;
                const std::uint64_t ph = hashOf(m_seed, kSaltPartition, std::uint64_t(p.id));
                p.numRows = qint64(rows / tdef.partitionCount * between(ph, 0.6, 1.4));
                p.size = p.numRows * tdef.bytesPerRow;
                // loaded shortly after the period it holds has ended
                p.lastDdlTime = floorToSecond(
                    std::min(m_anchor - Minutes(5),
                             spec.period + spec.length + Seconds(600 + qint64(ph % 3600))));
                t.numRows += p.numRows;
                t.size += p.size;
                bt.partitions.push_back(p);
            }
            m_partitionIndex[t.firstPartitionId] = {int(m_tables.size()), tdef.partitionCount};
        } else {
            t.numRows = qint64(rows);
            t.size = t.numRows * tdef.bytesPerRow;
        }
        db->tableIndexes.push_back(int(m_tables.size()));
        m_tables.push_back(std::move(bt));
    }
    m_sources.push_back(std::move(ds));
}

void MmsScenario::addBulkDb()
{
    Db db;
    db.id = kFirstDbId + qint64(m_dbs.size());
    db.sourceId = kFirstSourceId;
    db.name = QStringLiteral("ods_bulk");
    db.description = QStringLiteral("Bulk landing zone (generated scale data)");
    db.owner = QStringLiteral("ingest");
    db.location = QStringLiteral("hdfs://nameservice1/user/hive/warehouse/ods_bulk.db");
    db.createTime = m_anchor - Hours(24 * 400);
    db.lastDdlTime = floorToSecond(m_anchor - Hours(30));
    db.bulk = true;
    m_bulkDbId = db.id;
    m_sources.front().dbIds.push_back(db.id);
    m_dbs.push_back(db);
}

qint64 MmsScenario::bulkPartitionedTableCount() const
{
    return (m_extraPartitions + kBulkPartitionsPerTable - 1) / kBulkPartitionsPerTable;
}

qint64 MmsScenario::bulkPartitionsOf(qint64 tableIndex) const
{
    return std::min(kBulkPartitionsPerTable,
                    m_extraPartitions - tableIndex * kBulkPartitionsPerTable);
}

TableInfo MmsScenario::bulkTable(qint64 index) const
{
    TableInfo t;
    t.id = kFirstBulkTableId + index;
    t.dbId = m_bulkDbId;
    t.sourceId = kFirstSourceId;
    t.dbName = QStringLiteral("ods_bulk");
    const char *domain = kBulkDomains[index % 8];
    t.name = QStringLiteral("ods_%1_shard_%2")
                 .arg(QLatin1String(domain))
                 .arg(index, 6, 10, QLatin1Char('0'));
    t.comment = QStringLiteral("Sharded %1 landing table").arg(QLatin1String(domain));
    t.type = QStringLiteral("MANAGED_TABLE");
    t.owner = QStringLiteral("ingest");
    t.location = QStringLiteral("hdfs://nameservice1/user/hive/warehouse/ods_bulk.db/") + t.name;
    t.inputFormat = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat");
    t.outputFormat = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat");
    t.serde = QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcSerde");
    const std::uint64_t h = hashOf(m_seed, kSaltBulk, std::uint64_t(t.id));
    t.numRows = qint64(between(h, 1e3, 2e6));
    t.size = t.numRows * 140;
    t.lastDdlTime = floorToSecond(m_anchor - Seconds(qint64(h % (86400 * 90)) + 600));
    t.bulkKind = 1;
    t.bulkIndex = index;
    return t;
}

TableInfo MmsScenario::bulkPartitionedTable(qint64 index) const
{
    TableInfo t = bulkTable(0);
    t.id = kFirstBulkPartitionedTableId + index;
    t.name = QStringLiteral("ods_clicks_hourly_p%1").arg(index, 3, 10, QLatin1Char('0'));
    t.comment = QStringLiteral("Hourly click shards");
    t.location = QStringLiteral("hdfs://nameservice1/user/hive/warehouse/ods_bulk.db/") + t.name;
    t.partitionCount = bulkPartitionsOf(index);
    t.firstPartitionId = kFirstBulkPartitionId + index * kBulkPartitionsPerTable;
    // the mean partition times the count; the partitions themselves vary around the mean
    t.numRows = t.partitionCount * 50000;
    t.size = t.numRows * 180;
    t.bulkKind = 2;
    t.bulkIndex = index;
    return t;
}

PartitionInfo MmsScenario::bulkPartition(qint64 tableIndex, qint64 local) const
{
    PartitionInfo p;
    p.id = kFirstBulkPartitionId + tableIndex * kBulkPartitionsPerTable + local;
    p.tableId = kFirstBulkPartitionedTableId + tableIndex;
    const qint64 shard = local % 16;
    const qint64 hour = (local / 16) % 24;
    const qint64 day = local / (16 * 24);
    const qint64 days = (kBulkPartitionsPerTable + 16 * 24 - 1) / (16 * 24);
    const auto today = std::chrono::floor<std::chrono::days>(m_anchor);
    const VirtualTime date{today - std::chrono::days(days - day)};
    p.value = QStringLiteral("ds=%1/hh=%2/shard=%3").arg(compactDate(date), two(hour), two(shard));
    const std::uint64_t h = hashOf(m_seed, kSaltBulk, std::uint64_t(p.id));
    p.numRows = qint64(between(h, 25000, 75000));
    p.size = p.numRows * 180;
    p.lastDdlTime = floorToSecond(date + Hours(hour + 1));
    return p;
}

const DataSource *MmsScenario::source(qint64 id) const
{
    const qint64 index = id - kFirstSourceId;
    if (index < 0 || index >= qint64(m_sources.size()))
        return nullptr;
    return &m_sources[std::size_t(index)];
}

const Db *MmsScenario::db(qint64 id) const
{
    const qint64 index = id - kFirstDbId;
    if (index < 0 || index >= qint64(m_dbs.size()))
        return nullptr;
    return &m_dbs[std::size_t(index)];
}

const Db *MmsScenario::dbByName(qint64 sourceId, const QString &name) const
{
    const DataSource *ds = source(sourceId);
    if (!ds)
        return nullptr;
    for (qint64 id : ds->dbIds) {
        const Db *candidate = db(id);
        if (candidate->name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return nullptr;
}

qint64 MmsScenario::tableCount(const Db &db) const
{
    if (db.bulk)
        return m_extraTables + bulkPartitionedTableCount();
    return qint64(db.tableIndexes.size());
}

TableInfo MmsScenario::tableAt(const Db &db, qint64 index) const
{
    if (db.bulk)
        return index < m_extraTables ? bulkTable(index)
                                     : bulkPartitionedTable(index - m_extraTables);
    return m_tables[std::size_t(db.tableIndexes[std::size_t(index)])].info;
}

std::optional<TableInfo> MmsScenario::table(qint64 id) const
{
    if (id >= kFirstBulkPartitionedTableId &&
        id < kFirstBulkPartitionedTableId + bulkPartitionedTableCount())
        return bulkPartitionedTable(id - kFirstBulkPartitionedTableId);
    if (id >= kFirstBulkTableId && id < kFirstBulkTableId + m_extraTables)
        return bulkTable(id - kFirstBulkTableId);
    const qint64 index = id - kFirstTableId;
    if (index < 0 || index >= qint64(m_tables.size()))
        return std::nullopt;
    return m_tables[std::size_t(index)].info;
}

std::optional<TableInfo> MmsScenario::tableByName(const Db &db, const QString &name) const
{
    if (db.bulk) {
        // names encode their index: ods_<domain>_shard_NNNNNN / ods_clicks_hourly_pNNN
        const QString lower = name.toLower();
        bool ok = false;
        if (lower.startsWith(QLatin1String("ods_clicks_hourly_p"))) {
            const qint64 index = lower.mid(19).toLongLong(&ok);
            if (ok && index >= 0 && index < bulkPartitionedTableCount()) {
                TableInfo t = bulkPartitionedTable(index);
                if (t.name == lower)
                    return t;
            }
            return std::nullopt;
        }
        const int at = lower.lastIndexOf(QLatin1String("_shard_"));
        if (at < 0)
            return std::nullopt;
        const qint64 index = lower.mid(at + 7).toLongLong(&ok);
        if (!ok || index < 0 || index >= m_extraTables)
            return std::nullopt;
        TableInfo t = bulkTable(index);
        return t.name == lower ? std::optional<TableInfo>(t) : std::nullopt;
    }
    for (int index : db.tableIndexes) {
        if (m_tables[std::size_t(index)].info.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_tables[std::size_t(index)].info;
    }
    return std::nullopt;
}

PartitionInfo MmsScenario::partitionAt(const TableInfo &table, qint64 index) const
{
    if (table.bulkKind == 2)
        return bulkPartition(table.bulkIndex, index);
    return m_tables[std::size_t(table.id - kFirstTableId)].partitions[std::size_t(index)];
}

std::optional<PartitionInfo> MmsScenario::partition(qint64 id) const
{
    if (id >= kFirstBulkPartitionId && id < kFirstBulkPartitionId + m_extraPartitions) {
        const qint64 offset = id - kFirstBulkPartitionId;
        return bulkPartition(offset / kBulkPartitionsPerTable, offset % kBulkPartitionsPerTable);
    }
    auto it = m_partitionIndex.upper_bound(id);
    if (it == m_partitionIndex.begin())
        return std::nullopt;
    --it;
    const qint64 local = id - it->first;
    if (local >= it->second.second)
        return std::nullopt;
    return m_tables[std::size_t(it->second.first)].partitions[std::size_t(local)];
}

std::vector<Column> MmsScenario::columns(const TableInfo &table) const
{
    if (table.def)
        return parseColumns(table.def->columns);
    if (table.bulkKind == 2)
        return parseColumns("event_id STRING|user_id BIGINT|url STRING|props MAP<STRING,STRING>|"
                            "event_ts BIGINT");
    return parseColumns("id BIGINT|biz_key STRING|payload STRING|amount DECIMAL(18,2)|"
                        "updated_at TIMESTAMP");
}

std::vector<Column> MmsScenario::partitionKeys(const TableInfo &table) const
{
    if (table.def)
        return parseColumns(table.def->partitionKeys);
    if (table.bulkKind == 2)
        return parseColumns("ds STRING|hh STRING|shard STRING");
    return {};
}

const MmsScenario::Totals &MmsScenario::totals(const Db &db) const
{
    const auto it = m_totals.find(db.id);
    if (it != m_totals.end())
        return it->second;
    Totals t;
    const qint64 count = tableCount(db);
    for (qint64 i = 0; i < count; ++i) {
        const TableInfo table = tableAt(db, i);
        t.rows += table.numRows;
        t.size += table.size;
        t.partitions += table.partitionCount;
    }
    return m_totals.emplace(db.id, t).first->second;
}

qint64 MmsScenario::dbRows(const Db &db) const
{
    return totals(db).rows;
}

qint64 MmsScenario::dbSize(const Db &db) const
{
    return totals(db).size;
}

qint64 MmsScenario::dbPartitions(const Db &db) const
{
    return totals(db).partitions;
}

std::vector<qint64> MmsScenario::partitionedTableIndexes(const Db &db) const
{
    std::vector<qint64> out;
    if (db.bulk) {
        for (qint64 i = 0; i < bulkPartitionedTableCount(); ++i)
            out.push_back(m_extraTables + i);
        return out;
    }
    for (std::size_t i = 0; i < db.tableIndexes.size(); ++i) {
        if (m_tables[std::size_t(db.tableIndexes[i])].info.partitionCount > 0)
            out.push_back(qint64(i));
    }
    return out;
}

} // namespace ferry::sandbox::mms
