// SPDX-License-Identifier: GPL-3.0-or-later
// MMS metadata operations: databases, tables and partitions of a scanned data source.
#include "cloudapi/sandbox/mmshandlers.h"

#include <algorithm>
#include <functional>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

Fault notFound(const char *kind, const char *what, qint64 id, qint64 sourceId)
{
    return {404,
            QStringLiteral("EntityNotExist.%1").arg(QLatin1String(kind)),
            QStringLiteral("%1 %2 does not exist in data source %3 (or it has not been scanned)")
                .arg(QLatin1String(what))
                .arg(id)
                .arg(sourceId),
            {}};
}

QString dbStatus(const MigrationCounts &c, qint64 tables)
{
    if (c.tablesDoing > 0)
        return QStringLiteral("DOING");
    if (c.tablesFailed > 0)
        return QStringLiteral("FAILED");
    if (tables > 0 && c.tablesDone == tables)
        return QStringLiteral("DONE");
    if (c.tablesDone + c.tablesPartDone > 0)
        return QStringLiteral("PART_DONE");
    return QStringLiteral("INIT");
}

Json renderDb(const MmsCall &call, const Db &db, bool listItem)
{
    const MmsScenario &sc = call.state.scenario();
    const MigrationCounts c = call.state.counts(db.sourceId, db.id);
    const qint64 tables = sc.tableCount(db);
    Json out = {{"id", db.id},
                {"sourceId", db.sourceId},
                {"sourceName", js(call.source->name)},
                {"name", js(db.name)},
                {"description", js(db.description)},
                {"owner", js(db.owner)},
                {"location", js(db.location)},
                {"extra", "{}"},
                {"dstName", "default"},
                {"dstProjectName", js(call.source->dstProject)},
                {"status", js(dbStatus(c, tables))},
                {"updated", false},
                {"lastDdlTime", js(mmsTime(db.lastDdlTime))},
                {"numRows", sc.dbRows(db)},
                {"size", sc.dbSize(db)},
                {"tables", tables},
                {"tablesDoing", c.tablesDoing},
                {"tablesDone", c.tablesDone},
                {"tablesFailed", c.tablesFailed},
                {"tablesPartDone", c.tablesPartDone},
                {"partitions", sc.dbPartitions(db)},
                {"partitionsDoing", c.partitionsDoing},
                {"partitionsDone", c.partitionsDone},
                {"partitionsFailed", c.partitionsFailed}};
    if (listItem) {
        out["createTime"] = js(mmsTime(db.createTime));
        out["updateTime"] = js(mmsTime(db.lastDdlTime));
        out["deleted"] = false;
    }
    return out;
}

Json columnsJson(const std::vector<Column> &columns)
{
    Json out = Json::array();
    for (const Column &c : columns)
        out.push_back({{"name", js(c.name)},
                       {"type", js(c.type)},
                       {"comment", js(c.comment)},
                       {"nullable", c.nullable}});
    return out;
}

Json renderTable(const MmsCall &call, const TableInfo &t, bool onlyName)
{
    if (onlyName)
        return {{"id", t.id}, {"name", js(t.name)}, {"dbId", t.dbId}, {"dbName", js(t.dbName)}};
    const MmsScenario &sc = call.state.scenario();
    const TableMigration *m = call.state.tableMigration(t.id);
    const Json extra =
        t.location.startsWith(QLatin1String("hdfs:"))
            ? Json{{"numFiles", std::to_string(std::max<qint64>(1, t.size / (256LL << 20)))},
                   {"totalSize", std::to_string(t.size)}}
            : Json::object();
    return {{"id", t.id},
            {"dbId", t.dbId},
            {"dbName", js(t.dbName)},
            {"sourceId", t.sourceId},
            {"sourceName", js(call.source->name)},
            {"name", js(t.name)},
            {"type", js(t.type)},
            {"hasPartitions", t.hasPartitions()},
            {"schema",
             {{"name", js(t.name)},
              {"comment", js(t.comment)},
              {"columns", columnsJson(sc.columns(t))},
              {"partitions", columnsJson(sc.partitionKeys(t))}}},
            {"owner", js(t.owner)},
            {"location", js(t.location)},
            {"inputFormat", js(t.inputFormat)},
            {"outputFormat", js(t.outputFormat)},
            {"serde", js(t.serde)},
            {"extra", extra.dump()},
            {"lastDdlTime", js(mmsTime(t.lastDdlTime))},
            {"numRows", t.numRows},
            {"size", t.size},
            {"dstProjectName", js(call.source->dstProject)},
            {"dstSchemaName", "default"},
            {"dstName", js(t.name)},
            {"status", js(call.state.tableStatus(t))},
            {"updated", false},
            {"partitions", t.partitionCount},
            {"partitionsDoing", m ? m->doing : 0},
            {"partitionsDone", m ? m->done : 0},
            {"partitionsFailed", m ? m->failed : 0}};
}

Json renderPartition(const MmsCall &call, const PartitionInfo &p, const TableInfo &t)
{
    return {{"id", p.id},
            {"sourceId", t.sourceId},
            {"sourceName", js(call.source->name)},
            {"dbId", t.dbId},
            {"dbName", js(t.dbName)},
            {"tableId", t.id},
            {"tableName", js(t.name)},
            {"value", js(p.value)},
            {"dstProjectName", js(call.source->dstProject)},
            {"dstSchemaName", "default"},
            {"dstTableName", js(t.name)},
            {"dstValue", js(p.value)},
            {"status", js(call.state.partitionStatus(p.id))},
            {"updated", false},
            {"lastDdlTime", js(mmsTime(p.lastDdlTime))},
            {"numRows", p.numRows},
            {"size", p.size}};
}

/// The scanned databases of the call's source, narrowed by dbId/dbName.
std::vector<const Db *> scopeDbs(const MmsCall &call, std::optional<qint64> dbId,
                                 const QString &dbName)
{
    std::vector<const Db *> out;
    for (qint64 id : call.source->dbIds) {
        if (!call.state.dbVisible(id) || (dbId && *dbId != id))
            continue;
        const Db *db = call.state.scenario().db(id);
        if (!dbName.isEmpty() && db->name.compare(dbName, Qt::CaseInsensitive) != 0)
            continue;
        out.push_back(db);
    }
    return out;
}

struct Sort
{
    QString field;
    bool descending = false;
};

Sort firstSorter(const ParamReader &params, std::initializer_list<const char *> fields)
{
    for (const char *field : fields) {
        const QString dir = mmsSorter(params, field);
        if (!dir.isEmpty())
            return {QString::fromLatin1(field), dir == QLatin1String("desc")};
    }
    return {};
}

std::optional<VirtualTime> timeParam(ParamReader &params, const char *name)
{
    const QString text = params.text(QString::fromLatin1(name));
    if (text.isEmpty())
        return std::nullopt;
    const auto t = parseMmsTime(text);
    if (!t)
        params.fail(invalidParameter(QString::fromLatin1(name),
                                     QStringLiteral("expected yyyy-MM-dd HH:mm:ss")));
    return t;
}

/// Pages over `count` candidates given by index, optionally filtered and sorted.
template<class Key>
std::pair<std::vector<qint64>, qint64> pick(qint64 count, const Page &page,
                                            const std::function<bool(qint64)> &keep,
                                            const std::function<Key(qint64)> &key, const Sort &sort)
{
    std::vector<qint64> chosen;
    if (!keep && sort.field.isEmpty()) {
        for (qint64 i = page.offset(); i < count && i < page.offset() + page.size; ++i)
            chosen.push_back(i);
        return {chosen, count};
    }
    std::vector<std::pair<Key, qint64>> all;
    for (qint64 i = 0; i < count; ++i) {
        if (!keep || keep(i))
            all.emplace_back(sort.field.isEmpty() ? Key{} : key(i), i);
    }
    if (!sort.field.isEmpty()) {
        std::stable_sort(all.begin(), all.end(), [&sort](const auto &a, const auto &b) {
            return sort.descending ? b.first < a.first : a.first < b.first;
        });
    }
    for (qint64 i = page.offset(); i < qint64(all.size()) && i < page.offset() + page.size; ++i)
        chosen.push_back(all[std::size_t(i)].second);
    return {chosen, qint64(all.size())};
}

} // namespace

ServiceResponse listDbs(MmsCall &call)
{
    ParamReader params(call.request.params);
    const QString name = params.text(QStringLiteral("name"));
    const QStringList statuses = mmsStatusFilter(params.text(QStringLiteral("status")));
    const Sort sort = firstSorter(params, {"numRows", "size", "updateTime"});
    const auto page = mmsPage(params, false, 0);
    if (!page)
        return mmsFail(call, params.fault());
    const MmsScenario &sc = call.state.scenario();
    const std::vector<const Db *> dbs = scopeDbs(call, std::nullopt, {});
    std::function<bool(qint64)> keep;
    if (!name.isEmpty() || !statuses.isEmpty()) {
        keep = [&](qint64 i) {
            const Db &db = *dbs[std::size_t(i)];
            if (!name.isEmpty() && !db.name.contains(name, Qt::CaseInsensitive))
                return false;
            return statuses.isEmpty() ||
                   statuses.contains(
                       dbStatus(call.state.counts(db.sourceId, db.id), sc.tableCount(db)));
        };
    }
    const auto [chosen, total] = pick<qint64>(
        qint64(dbs.size()), *page, keep,
        [&](qint64 i) {
            const Db &db = *dbs[std::size_t(i)];
            if (sort.field == QLatin1String("numRows"))
                return sc.dbRows(db);
            if (sort.field == QLatin1String("size"))
                return sc.dbSize(db);
            return qint64(db.lastDdlTime.time_since_epoch().count());
        },
        sort);
    Json objects = Json::array();
    for (qint64 i : chosen)
        objects.push_back(renderDb(call, *dbs[std::size_t(i)], true));
    return mmsOk(call, mmsPaged(std::move(objects), total, *page));
}

ServiceResponse getDb(MmsCall &call)
{
    const Db *db = call.state.scenario().db(call.objectId);
    if (!db || db->sourceId != call.sourceId || !call.state.dbVisible(db->id))
        return mmsFail(call, notFound("Db", "database", call.objectId, call.sourceId));
    return mmsOk(call, renderDb(call, *db, false));
}

ServiceResponse listTables(MmsCall &call)
{
    ParamReader params(call.request.params);
    const auto dbId = params.integer(QStringLiteral("dbId"), 1, std::numeric_limits<qint64>::max());
    const QString dbName = params.text(QStringLiteral("dbName"));
    const QString name = params.text(QStringLiteral("name"));
    const QString type = params.text(QStringLiteral("type"));
    const auto hasPartitions = params.boolean(QStringLiteral("hasPartitions"));
    const bool onlyName = params.boolean(QStringLiteral("onlyName"), false);
    const QString dstName = params.text(QStringLiteral("dstName"));
    const QString dstProject = params.text(QStringLiteral("dstProjectName"));
    const QString dstSchema = params.text(QStringLiteral("dstSchemaName"));
    const auto ddlStart = timeParam(params, "lastDdlTimeStart");
    const auto ddlEnd = timeParam(params, "lastDdlTimeEnd");
    const QStringList statuses = mmsStatusFilter(params.text(QStringLiteral("status")));
    const Sort sort = firstSorter(params, {"numRows", "size", "lastDdlTime"});
    const auto page = mmsPage(params, false, 0);
    if (!page)
        return mmsFail(call, params.fault());

    const MmsScenario &sc = call.state.scenario();
    const std::vector<const Db *> dbs = scopeDbs(call, dbId, dbName);
    // a flat index over the databases in scope
    std::vector<qint64> starts;
    qint64 count = 0;
    for (const Db *db : dbs) {
        starts.push_back(count);
        count += sc.tableCount(*db);
    }
    auto at = [&](qint64 i) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), i) - 1;
        const std::size_t d = std::size_t(it - starts.begin());
        return sc.tableAt(*dbs[d], i - *it);
    };
    const bool filtered = !name.isEmpty() || !type.isEmpty() || hasPartitions ||
                          !statuses.isEmpty() || !dstName.isEmpty() || !dstProject.isEmpty() ||
                          !dstSchema.isEmpty() || ddlStart || ddlEnd;
    std::function<bool(qint64)> keep;
    if (filtered) {
        keep = [&](qint64 i) {
            const TableInfo t = at(i);
            if (!name.isEmpty() && !t.name.contains(name, Qt::CaseInsensitive))
                return false;
            if (!type.isEmpty() && t.type.compare(type, Qt::CaseInsensitive) != 0)
                return false;
            if (hasPartitions && *hasPartitions != t.hasPartitions())
                return false;
            if (!dstName.isEmpty() && !t.name.contains(dstName, Qt::CaseInsensitive))
                return false;
            if (!dstProject.isEmpty() && call.source->dstProject != dstProject)
                return false;
            if (!dstSchema.isEmpty() && dstSchema != QLatin1String("default"))
                return false;
            if ((ddlStart && t.lastDdlTime < *ddlStart) || (ddlEnd && t.lastDdlTime > *ddlEnd))
                return false;
            return statuses.isEmpty() || statuses.contains(call.state.tableStatus(t));
        };
    }
    const auto [chosen, total] = pick<qint64>(
        count, *page, keep,
        [&](qint64 i) {
            const TableInfo t = at(i);
            if (sort.field == QLatin1String("numRows"))
                return t.numRows;
            if (sort.field == QLatin1String("size"))
                return t.size;
            return qint64(t.lastDdlTime.time_since_epoch().count());
        },
        sort);
    Json objects = Json::array();
    for (qint64 i : chosen)
        objects.push_back(renderTable(call, at(i), onlyName));
    return mmsOk(call, mmsPaged(std::move(objects), total, *page));
}

ServiceResponse getTable(MmsCall &call)
{
    const auto t = call.state.scenario().table(call.objectId);
    if (!t || t->sourceId != call.sourceId || !call.state.dbVisible(t->dbId))
        return mmsFail(call, notFound("Table", "table", call.objectId, call.sourceId));
    return mmsOk(call, renderTable(call, *t, false));
}

ServiceResponse listPartitions(MmsCall &call)
{
    ParamReader params(call.request.params);
    const auto dbId = params.integer(QStringLiteral("dbId"), 1, std::numeric_limits<qint64>::max());
    const QString dbName = params.text(QStringLiteral("dbName"));
    const auto tableId =
        params.integer(QStringLiteral("tableId"), 1, std::numeric_limits<qint64>::max());
    const QString tableName = params.text(QStringLiteral("tableName"));
    const QString value = params.text(QStringLiteral("value"));
    const auto updated = params.boolean(QStringLiteral("updated"));
    const auto ddlStart = timeParam(params, "lastDdlTimeStart");
    const auto ddlEnd = timeParam(params, "lastDdlTimeEnd");
    const QStringList statuses = mmsStatusFilter(params.text(QStringLiteral("status")));
    const Sort sort = firstSorter(params, {"lastDdlTime", "numRows", "size"});
    const auto page = mmsPage(params, false, 0);
    if (!page)
        return mmsFail(call, params.fault());

    const MmsScenario &sc = call.state.scenario();
    std::vector<TableInfo> tables;
    for (const Db *db : scopeDbs(call, dbId, dbName)) {
        if (tableId) {
            const auto t = sc.table(*tableId);
            if (t && t->dbId == db->id && t->hasPartitions())
                tables.push_back(*t);
            continue;
        }
        if (!tableName.isEmpty()) {
            const auto t = sc.tableByName(*db, tableName);
            if (t && t->hasPartitions())
                tables.push_back(*t);
            continue;
        }
        for (qint64 index : sc.partitionedTableIndexes(*db))
            tables.push_back(sc.tableAt(*db, index));
    }
    std::vector<qint64> starts;
    qint64 count = 0;
    for (const TableInfo &t : tables) {
        starts.push_back(count);
        count += t.partitionCount;
    }
    auto locate = [&](qint64 i) -> std::pair<const TableInfo *, qint64> {
        const auto it = std::upper_bound(starts.begin(), starts.end(), i) - 1;
        return {&tables[std::size_t(it - starts.begin())], i - *it};
    };
    auto at = [&](qint64 i) {
        const auto [t, k] = locate(i);
        return sc.partitionAt(*t, k);
    };
    const bool filtered = !value.isEmpty() || updated || ddlStart || ddlEnd || !statuses.isEmpty();
    std::function<bool(qint64)> keep;
    if (filtered) {
        keep = [&](qint64 i) {
            if (updated && *updated)
                return false; // no source partition changed since it was scanned
            const PartitionInfo p = at(i);
            if (!value.isEmpty() && !p.value.contains(value, Qt::CaseInsensitive))
                return false;
            if ((ddlStart && p.lastDdlTime < *ddlStart) || (ddlEnd && p.lastDdlTime > *ddlEnd))
                return false;
            return statuses.isEmpty() || statuses.contains(call.state.partitionStatus(p.id));
        };
    }
    const auto [chosen, total] = pick<qint64>(
        count, *page, keep,
        [&](qint64 i) {
            const PartitionInfo p = at(i);
            if (sort.field == QLatin1String("numRows"))
                return p.numRows;
            if (sort.field == QLatin1String("size"))
                return p.size;
            return qint64(p.lastDdlTime.time_since_epoch().count());
        },
        sort);
    Json objects = Json::array();
    for (qint64 i : chosen) {
        const auto [t, k] = locate(i);
        objects.push_back(renderPartition(call, sc.partitionAt(*t, k), *t));
    }
    return mmsOk(call, mmsPaged(std::move(objects), total, *page));
}

ServiceResponse getPartition(MmsCall &call)
{
    const MmsScenario &sc = call.state.scenario();
    const auto p = sc.partition(call.objectId);
    const auto t = p ? sc.table(p->tableId) : std::nullopt;
    if (!p || !t || t->sourceId != call.sourceId || !call.state.dbVisible(t->dbId))
        return mmsFail(call, notFound("Partition", "partition", call.objectId, call.sourceId));
    return mmsOk(call, renderPartition(call, *p, *t));
}

} // namespace ferry::sandbox::mms
