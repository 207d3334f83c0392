// SPDX-License-Identifier: GPL-3.0-or-later
// MmsState: the text of task logs (ListMmsTaskLogs), rendered from compact log events.
#include "cloudapi/sandbox/mmsstate.h"

#include <QRegularExpression>

namespace ferry::sandbox::mms {

using namespace emul;

namespace {

struct MappedType
{
    QString type;
    QString note; ///< why the mapping loses information, empty when lossless
};

MappedType mapType(const QString &sourceType, const QString &type)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^DECIMAL\((\d+),\s*(\d+)\)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString upper = type.toUpper();
    if (upper.startsWith(QLatin1String("UNIONTYPE")))
        return {QStringLiteral("STRING"), QStringLiteral("UNIONTYPE is stored as its JSON text")};
    if (const auto m = decimal.match(upper); m.hasMatch() && m.captured(2).toInt() > 18)
        return {QStringLiteral("DECIMAL(38,18)"),
                QStringLiteral("scale %1 reduced to 18").arg(m.captured(2))};
    if (sourceType == QLatin1String("BIGQUERY")) {
        if (upper == QLatin1String("BIGNUMERIC"))
            return {QStringLiteral("DECIMAL(38,18)"),
                    QStringLiteral("BIGNUMERIC(76,38) exceeds DECIMAL(38,18)")};
        if (upper == QLatin1String("GEOGRAPHY"))
            return {QStringLiteral("STRING"), QStringLiteral("GEOGRAPHY is stored as WKT text")};
        if (upper == QLatin1String("INTERVAL"))
            return {QStringLiteral("STRING"),
                    QStringLiteral("INTERVAL is stored as ISO 8601 text")};
        if (upper == QLatin1String("NUMERIC"))
            return {QStringLiteral("DECIMAL(38,9)"), {}};
        QString mapped = upper;
        mapped.replace(QLatin1String("INT64"), QLatin1String("BIGINT"))
            .replace(QLatin1String("FLOAT64"), QLatin1String("DOUBLE"))
            .replace(QLatin1String("BYTES"), QLatin1String("BINARY"))
            .replace(QLatin1String("BOOL"), QLatin1String("BOOLEAN"));
        return {mapped, {}};
    }
    if (upper == QLatin1String("VARIANT"))
        return {QStringLiteral("JSON"), QStringLiteral("VARIANT is stored as JSON")};
    if (upper == QLatin1String("TIMESTAMP_NTZ"))
        return {QStringLiteral("TIMESTAMP_NTZ"), {}};
    return {upper, {}};
}

std::vector<std::vector<std::pair<QString, QString>>> specs(const MmsScenario &scenario,
                                                            const MmsTask &task)
{
    std::vector<std::vector<std::pair<QString, QString>>> out;
    for (std::size_t i = 0; i < task.partitionIds.size() && i < 3; ++i) {
        const auto p = scenario.partition(task.partitionIds[i]);
        if (!p)
            continue;
        std::vector<std::pair<QString, QString>> kv;
        for (const QString &pair : p->value.split(QLatin1Char('/'))) {
            const int eq = pair.indexOf(QLatin1Char('='));
            kv.emplace_back(pair.left(eq), pair.mid(eq + 1));
        }
        out.push_back(std::move(kv));
    }
    return out;
}

QString more(const MmsTask &task)
{
    return task.partitionIds.size() > 3
               ? QStringLiteral(" /* +%1 more */").arg(task.partitionIds.size() - 3)
               : QString();
}

QString whereClause(const MmsScenario &scenario, const MmsTask &task)
{
    const auto all = specs(scenario, task);
    if (all.empty())
        return {};
    if (all.front().size() == 1) {
        QStringList values;
        for (const auto &kv : all)
            values.append(QLatin1Char('\'') + kv.front().second + QLatin1Char('\''));
        return QStringLiteral(" where %1 in (%2%3)")
            .arg(all.front().front().first, values.join(QStringLiteral(", ")), more(task));
    }
    QStringList ors;
    for (const auto &kv : all) {
        QStringList ands;
        for (const auto &[k, v] : kv)
            ands.append(QStringLiteral("%1='%2'").arg(k, v));
        ors.append(QLatin1Char('(') + ands.join(QStringLiteral(" and ")) + QLatin1Char(')'));
    }
    return QStringLiteral(" where %1%2").arg(ors.join(QStringLiteral(" or ")), more(task));
}

QString partitionClauses(const MmsScenario &scenario, const MmsTask &task)
{
    QStringList parts;
    for (const auto &kv : specs(scenario, task)) {
        QStringList ands;
        for (const auto &[k, v] : kv)
            ands.append(QStringLiteral("%1='%2'").arg(k, v));
        parts.append(QStringLiteral("partition (%1)").arg(ands.join(QStringLiteral(", "))));
    }
    return parts.join(QLatin1Char(' ')) + more(task);
}

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2);
}

} // namespace

Json MmsState::renderLogs(const MmsTask &task) const
{
    Json out = Json::array();
    const auto table = m_scenario.table(task.tableId);
    const MmsJob *owner = job(task.jobId);
    const DataSource *ds = m_scenario.source(task.sourceId);
    if (!table || !owner || !ds)
        return out;
    const QString src = table->dbName + QLatin1Char('.') + table->name;
    const QString dst =
        owner->dstDb + QLatin1Char('.') + owner->dstSchema + QLatin1Char('.') + task.dstTable;
    const QString where = whereClause(m_scenario, task);
    const std::uint64_t h = hashOf(m_seed, 31, std::uint64_t(task.id));

    int index = 0;
    for (const LogEvent &e : task.logs) {
        QString action;
        QString msg = QStringLiteral("ok");
        switch (e.kind) {
        case LogKind::CreateSchema:
            action = QStringLiteral("create schema if not exists %1.%2;")
                         .arg(owner->dstDb, owner->dstSchema);
            break;
        case LogKind::CreateTable: {
            QStringList cols;
            QStringList notes;
            for (const Column &c : m_scenario.columns(*table)) {
                const MappedType m = mapType(ds->type, c.type);
                cols.append(c.name + QLatin1Char(' ') + m.type);
                if (!m.note.isEmpty())
                    notes.append(
                        QStringLiteral("%1 %2 -> %3 (%4)").arg(c.name, c.type, m.type, m.note));
            }
            QStringList keys;
            for (const Column &k : m_scenario.partitionKeys(*table))
                keys.append(k.name + QStringLiteral(" STRING"));
            action =
                QStringLiteral("%1 if not exists %2 (%3)%4;")
                    .arg(task.view ? QStringLiteral("create view") : QStringLiteral("create table"),
                         dst, cols.join(QStringLiteral(", ")),
                         keys.isEmpty() ? QString()
                                        : QStringLiteral(" partitioned by (%1)")
                                              .arg(keys.join(QStringLiteral(", "))));
            if (!notes.isEmpty())
                msg = QStringLiteral("ok; lossy type conversions: %1")
                          .arg(notes.join(QStringLiteral("; ")));
            break;
        }
        case LogKind::AddPartitions:
            action = QStringLiteral("alter table %1 add if not exists %2;")
                         .arg(dst, partitionClauses(m_scenario, task));
            break;
        case LogKind::DataStart:
        case LogKind::DataFailed:
            if (ds->type == QLatin1String("BIGQUERY")) {
                action =
                    QStringLiteral("read session on %1%2 -> tunnel upload %3").arg(src, where, dst);
                msg = QStringLiteral("opened a BigQuery Storage Read session with %1 streams")
                          .arg(4 + h % 12);
            } else if (ds->type == QLatin1String("MAXCOMPUTE")) {
                action = QStringLiteral("insert overwrite table %1 select * from %2%3;")
                             .arg(dst, src, where);
                msg = QStringLiteral("submitted MaxCompute instance %1%2")
                          .arg(compactDate(e.time), alnumId(h, 12));
            } else if (ds->type == QLatin1String("DATABRICKS")) {
                action = QStringLiteral("select * from main.%1%2;").arg(src, where);
                msg =
                    QStringLiteral("Databricks SQL statement 01ef%1 submitted").arg(alnumId(h, 12));
            } else {
                action = QStringLiteral("select default.odps_data_dump_multi('%1', *) from %2%3;")
                             .arg(dst, src, where);
                msg = QStringLiteral("submitted Hive job application_%1_%2")
                          .arg(unixSeconds(e.time) * 1000)
                          .arg(1000 + h % 9000, 4, 10, QLatin1Char('0'));
            }
            if (e.kind == LogKind::DataFailed)
                msg =
                    QStringLiteral("java.io.IOException: StatusConflict: upload session %1 is "
                                   "expired (tunnel endpoint dt.%2.maxcompute.aliyun-inc.com); "
                                   "rows written before the failure were discarded. The error is "
                                   "transient: retry the task.")
                        .arg(QString::number(unixSeconds(e.time)) + alnumId(h ^ 7, 16), ds->region);
            break;
        case LogKind::DataDone:
            action = QStringLiteral("commit upload sessions of %1").arg(dst);
            msg = QStringLiteral("transferred %1 rows (%2 GiB) in %3 s")
                      .arg(task.rows)
                      .arg(gib(task.bytes))
                      .arg(task.dataDuration.count() / 1000);
            break;
        case LogKind::VerifySource:
            action = QStringLiteral("select count(*) from %1%2;").arg(src, where);
            msg = QStringLiteral("source rows: %1").arg(task.rows);
            break;
        case LogKind::VerifyTarget:
            action = QStringLiteral("select count(*) from %1%2;").arg(dst, where);
            msg = QStringLiteral("target rows: %1").arg(task.rows);
            break;
        case LogKind::Done:
            action = owner->enableVerification && !task.view ? QStringLiteral("verify row count")
                                                             : QStringLiteral("finish task");
            msg = owner->enableVerification && !task.view
                      ? QStringLiteral("verification passed: source rows %1, target rows %1")
                            .arg(task.rows)
                      : QStringLiteral("task finished");
            break;
        case LogKind::Stopped:
            action = QStringLiteral("stop task");
            msg = QStringLiteral("stopped by StopMmsJob; the unfinished phase will start over");
            break;
        case LogKind::Retried:
            action = QStringLiteral("retry task");
            msg = QStringLiteral("retry #%1 requested").arg(e.attempt);
            break;
        }
        out.push_back({{"id", task.id * 100 + index++},
                       {"sourceId", task.sourceId},
                       {"taskId", task.id},
                       {"status", js(taskStatusName(e.status))},
                       {"action", js(action)},
                       {"msg", js(msg)},
                       {"createTime", js(mmsTime(e.time))}});
    }
    return out;
}

} // namespace ferry::sandbox::mms
