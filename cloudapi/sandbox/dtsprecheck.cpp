// SPDX-License-Identifier: GPL-3.0-or-later
// DtsState: precheck items and the source databases behind a DbList.
#include "cloudapi/sandbox/dtsstate.h"

#include <algorithm>

namespace ferry::sandbox::dts {

using namespace emul;

namespace {

struct TableSpec
{
    const char *name;
    double rows;
    int bytesPerRow;
    bool primaryKey;
    const char *engine;
};

struct DbSpec
{
    const char *name;
    std::vector<TableSpec> tables;
};

const DbSpec kSales{"sales",
                    {{"orders", 1.24e7, 220, true, "InnoDB"},
                     {"order_items", 4.8e7, 120, true, "InnoDB"},
                     {"customers", 2.1e6, 350, true, "InnoDB"},
                     {"products", 8.5e4, 600, true, "InnoDB"},
                     {"payments", 1.1e7, 180, true, "InnoDB"},
                     {"shipments", 9.0e6, 160, true, "InnoDB"},
                     {"coupons", 3.0e5, 90, true, "InnoDB"},
                     {"audit_log", 2.5e7, 260, false, "InnoDB"},
                     {"legacy_sessions", 1.2e6, 300, true, "MyISAM"}}};
const DbSpec kInventory{"inventory",
                        {{"stock_levels", 3.5e6, 80, true, "InnoDB"},
                         {"warehouses", 120, 400, true, "InnoDB"},
                         {"stock_movements", 4.0e7, 110, true, "InnoDB"},
                         {"suppliers", 2000, 500, true, "InnoDB"},
                         {"purchase_orders", 1.8e6, 240, true, "InnoDB"}}};
const DbSpec kCrm{"crm",
                  {{"contacts", 4.2e6, 380, true, "InnoDB"},
                   {"accounts", 6.0e5, 420, true, "InnoDB"},
                   {"activities", 2.8e7, 200, true, "InnoDB"},
                   {"notes", 9.0e6, 900, true, "InnoDB"}}};

constexpr const char *kWords[] = {"users",    "orders", "events",   "items",    "logs",
                                  "accounts", "config", "sessions", "payments", "audit"};

bool isMysqlFamily(const Endpoint &e)
{
    const QString engine = e.engine.toLower();
    return engine.isEmpty() || engine.contains(QLatin1String("mysql")) ||
           engine.contains(QLatin1String("polardb")) || engine.contains(QLatin1String("mariadb"));
}

CheckItem check(const char *item, ItemState result = ItemState::Success)
{
    CheckItem c;
    c.item = QString::fromLatin1(item);
    c.names = c.item + QStringLiteral("_DETAIL");
    c.result = result;
    return c;
}

void fail(CheckItem &c, const char *key, const QString &detail, const QString &repair,
          const QString &data, bool canSkip = false)
{
    c.errMsg = QString::fromLatin1(key);
    c.errDetail = detail;
    c.repair = repair;
    c.logMessage = detail;
    c.logData = data;
    c.canSkip = canSkip;
}

QString endpointName(const Endpoint &e)
{
    if (!e.instanceId.isEmpty())
        return e.instanceId;
    return e.ip + QLatin1Char(':') + e.port;
}

} // namespace

std::vector<SourceTable> DtsState::tablesFor(const Json &dbList) const
{
    std::vector<SourceTable> out;
    if (!dbList.is_object())
        return out;
    for (auto it = dbList.begin(); it != dbList.end(); ++it) {
        const QString db = QString::fromStdString(it.key());
        const Json &spec = it.value();
        QString destDb = db;
        bool all = true;
        QStringList only;
        if (spec.is_object()) {
            if (spec.contains("name") && spec["name"].is_string())
                destDb = QString::fromStdString(spec["name"].get<std::string>());
            if (spec.contains("all") && spec["all"].is_boolean())
                all = spec["all"].get<bool>();
            if (!all && spec.contains("Table") && spec["Table"].is_object()) {
                for (auto t = spec["Table"].begin(); t != spec["Table"].end(); ++t)
                    only.append(QString::fromStdString(t.key()));
            }
        }
        std::vector<SourceTable> tables;
        const DbSpec *known = nullptr;
        for (const DbSpec *candidate : {&kSales, &kInventory, &kCrm}) {
            if (db.compare(QLatin1String(candidate->name), Qt::CaseInsensitive) == 0)
                known = candidate;
        }
        const std::uint64_t dbHash = hashOf(m_seed, 0xdb, hashText(db.toLower()));
        if (known) {
            for (const TableSpec &t : known->tables) {
                SourceTable st;
                st.name = QString::fromLatin1(t.name);
                st.rows = qint64(t.rows * between(hashOf(dbHash, hashText(st.name)), 0.85, 1.15));
                st.bytes = st.rows * t.bytesPerRow;
                st.primaryKey = t.primaryKey;
                st.storageEngine = QString::fromLatin1(t.engine);
                tables.push_back(st);
            }
        } else {
            const int count = 4 + int(dbHash % 6);
            for (int i = 0; i < count; ++i) {
                SourceTable st;
                st.name = QStringLiteral("t_") +
                          QLatin1String(kWords[(dbHash / 7 + std::uint64_t(i)) % 10]);
                st.rows = qint64(between(hashOf(dbHash, std::uint64_t(i)), 1e4, 5e6));
                st.bytes = st.rows * 200;
                tables.push_back(st);
            }
        }
        if (!all && !only.isEmpty()) {
            std::vector<SourceTable> picked;
            for (const QString &name : only) {
                auto found = std::find_if(tables.begin(), tables.end(), [&](const SourceTable &t) {
                    return t.name.compare(name, Qt::CaseInsensitive) == 0;
                });
                if (found != tables.end()) {
                    picked.push_back(*found);
                } else {
                    SourceTable st;
                    st.name = name;
                    st.rows = qint64(between(hashOf(dbHash, hashText(name)), 1e4, 2e6));
                    st.bytes = st.rows * 200;
                    picked.push_back(st);
                }
            }
            tables = std::move(picked);
        }
        for (SourceTable &t : tables) {
            t.db = db;
            t.destDb = destDb;
            out.push_back(t);
        }
    }
    return out;
}

std::vector<CheckItem> DtsState::buildChecks(const DtsJob &job, VirtualTime at) const
{
    std::vector<CheckItem> out;
    const bool mysql = isMysqlFamily(job.src);
    const bool managed = isManagedSource(job.src);
    const QString src = endpointName(job.src);
    const QString dst = endpointName(job.dst);

    CheckItem connSrc = check("CHECK_CONN_SRC");
    if (job.src.ip.startsWith(QLatin1String("192.0.2."))) {
        connSrc.result = ItemState::Failed;
        fail(connSrc, "CHECK__ERROR_CONN_SRC",
             QStringLiteral("Original error: Communications link failure; connect timed out to %1")
                 .arg(src),
             QStringLiteral("Check the address and port, and that the source allows the DTS server "
                            "CIDR blocks in its whitelist or security group."),
             QStringLiteral("ping %1: 100% packet loss").arg(job.src.ip));
    }
    out.push_back(connSrc);

    CheckItem authSrc = check("CHECK_AUTH_SRC");
    if (job.src.password.isEmpty()) {
        authSrc.result = ItemState::Failed;
        fail(authSrc, "CHECK__ERROR_AUTH_SRC",
             QStringLiteral("Original error: Access denied for user '%1'@'100.104.52.%2' (using "
                            "password: NO)")
                 .arg(job.src.user)
                 .arg(10 + job.salt % 200),
             QStringLiteral("Configure the job again with the source account's password."), {});
    }
    out.push_back(authSrc);

    CheckItem connDst = check("CHECK_CONN_DEST");
    if (job.dst.ip.startsWith(QLatin1String("192.0.2."))) {
        connDst.result = ItemState::Failed;
        fail(connDst, "CHECK__ERROR_CONN_DEST",
             QStringLiteral("Original error: Communications link failure; connect timed out to %1")
                 .arg(dst),
             QStringLiteral("Check the destination address, port and whitelist."), {});
    }
    out.push_back(connDst);

    CheckItem authDst = check("CHECK_AUTH_DEST");
    if (job.dst.password.isEmpty()) {
        authDst.result = ItemState::Failed;
        fail(authDst, "CHECK__ERROR_AUTH_DEST",
             QStringLiteral("Original error: Access denied for user '%1' (using password: NO)")
                 .arg(job.dst.user),
             QStringLiteral("Configure the job again with the destination account's password."),
             {});
    }
    out.push_back(authDst);

    out.push_back(check("CHECK_SRC_VERSION"));

    if (job.dataSync && mysql) {
        out.push_back(check("CHECK_SRC_BINLOG_OPEN"));
        CheckItem format = check("CHECK_SRC_BINLOG_FORMAT");
        const bool flawed = !managed && (!job.flawFixedAt || at < *job.flawFixedAt);
        if (flawed) {
            format.result = ItemState::Failed;
            fail(format, "CHECK__ERROR_BINLOG_FORMAT",
                 QStringLiteral("binlog_format of the source %1 is MIXED; incremental migration "
                                "needs ROW.")
                     .arg(src),
                 QStringLiteral(
                     "Run SET GLOBAL binlog_format='ROW'; on the source, set "
                     "binlog_format=ROW in my.cnf, end or restart the sessions that still "
                     "write MIXED events, then run the precheck again."),
                 QStringLiteral("SHOW GLOBAL VARIABLES LIKE 'binlog_format' -> MIXED"));
        }
        out.push_back(format);
        out.push_back(check("CHECK_SRC_BINLOG_ROW_IMAGE"));
        out.push_back(check("CHECK_SRC_SERVER_ID"));
        CheckItem retention = check("CHECK_SRC_BINLOG_EXIST");
        if (!managed) {
            retention.result = ItemState::Warning;
            fail(retention, "CHECK__WARN_BINLOG_RETENTION",
                 QStringLiteral(
                     "expire_logs_days is 3 on %1; keep binlogs for at least 7 days while "
                     "incremental migration runs.")
                     .arg(src),
                 QStringLiteral("Set binlog_expire_logs_seconds (or expire_logs_days) to 7 days or "
                                "more."),
                 QStringLiteral("expire_logs_days=3"), true);
        }
        out.push_back(retention);
    }

    CheckItem privilege = check("CHECK_SRC_PRIVILEGE");
    const QString user = job.src.user.toLower();
    if (user == QLatin1String("root") || user.contains(QLatin1String("admin"))) {
        privilege.result = ItemState::Warning;
        fail(privilege, "CHECK__WARN_SUPER_PRIVILEGE",
             QStringLiteral("The account %1 holds SUPER and ALL PRIVILEGES; DTS needs only SELECT, "
                            "REPLICATION SLAVE and REPLICATION CLIENT.")
                 .arg(job.src.user),
             QStringLiteral("Create a dedicated account with SELECT, REPLICATION SLAVE and "
                            "REPLICATION CLIENT and configure the job with it."),
             QStringLiteral("SHOW GRANTS FOR '%1' -> GRANT ALL PRIVILEGES ON *.* ... WITH GRANT "
                            "OPTION")
                 .arg(job.src.user),
             true);
    }
    out.push_back(privilege);

    CheckItem engine = check("CHECK_SRC_STORAGE_ENGINE");
    QStringList myisam;
    QStringList noPk;
    for (const SourceTable &t : job.tables) {
        if (t.storageEngine.compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0)
            myisam.append(t.db + QLatin1Char('.') + t.name);
        if (!t.primaryKey)
            noPk.append(t.db + QLatin1Char('.') + t.name);
    }
    if (!myisam.isEmpty()) {
        engine.result = ItemState::Warning;
        fail(engine, "CHECK__WARN_STORAGE_ENGINE",
             QStringLiteral("Non-InnoDB tables: %1; changes to them are not transactional and may "
                            "be inconsistent after a retry.")
                 .arg(myisam.join(QStringLiteral(", "))),
             QStringLiteral("Convert the tables to InnoDB (ALTER TABLE ... ENGINE=InnoDB)."), {},
             true);
    }
    out.push_back(engine);

    CheckItem schema = check("CHECK_DEST_DB_EXIST");
    if (!job.structureInit) {
        schema.result = ItemState::Warning;
        fail(schema, "CHECK__WARN_DEST_DB_NOT_CREATED",
             QStringLiteral("Schema migration is off: the destination databases and tables must "
                            "already exist on %1.")
                 .arg(dst),
             QStringLiteral("Create them first or enable StructureInitialization."), {}, true);
    }
    out.push_back(schema);
    out.push_back(check("CHECK_SAME_OBJ"));

    CheckItem pk = check("CHECK_SRC_PRIMARY_KEY");
    if (!noPk.isEmpty()) {
        pk.result = ItemState::Warning;
        fail(pk, "CHECK__WARN_NO_PRIMARY_KEY",
             QStringLiteral("Tables without a primary key or unique key: %1; duplicate rows are "
                            "possible in the destination after a retry.")
                 .arg(noPk.join(QStringLiteral(", "))),
             QStringLiteral("Add a primary key, or deduplicate after migration."), {}, true);
    }
    out.push_back(pk);
    out.push_back(check("CHECK_DEST_PRIVILEGE"));
    return out;
}

} // namespace ferry::sandbox::dts
