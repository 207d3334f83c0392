// SPDX-License-Identifier: GPL-3.0-or-later
// The SHOW GRANTS reader and the replication account check, as tables over MySQL 5.7, 8.0 and
// MariaDB output as people paste it: plain, in the client's table, in \G layout, wrapped, with
// roles, column lists, quoted names and secrets that must never come back out.
#include "model/showgrants.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;

namespace {

QString findingKey(const GrantFinding &f)
{
    static const char *const names[] = {"NoGrants", "Missing", "Excess",          "GrantOption",
                                        "Proxy",    "Role",    "SeveralAccounts", "Unreadable"};
    QString key = QLatin1String(names[int(f.kind)]);
    if (!f.privilege.isEmpty())
        key += QLatin1Char(':') + f.privilege;
    return key;
}

QStringList findingKeys(const ReplicationGrantReport &r)
{
    QStringList keys;
    for (const GrantFinding &f : r.findings)
        keys.append(findingKey(f));
    keys.sort();
    return keys;
}

const char kMysql80Root[] =
    "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE, "
    "REFERENCES, INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, "
    "EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
    "ALTER ROUTINE, CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE ON *.* "
    "TO `root`@`localhost` WITH GRANT OPTION\n"
    "GRANT "
    "APPLICATION_PASSWORD_ADMIN,AUDIT_ADMIN,BACKUP_ADMIN,BINLOG_ADMIN,BINLOG_ENCRYPTION_ADMIN,"
    "CLONE_ADMIN,CONNECTION_ADMIN,ENCRYPTION_KEY_ADMIN,FLUSH_OPTIMIZER_COSTS,FLUSH_STATUS,"
    "FLUSH_TABLES,FLUSH_USER_RESOURCES,GROUP_REPLICATION_ADMIN,INNODB_REDO_LOG_ARCHIVE,"
    "INNODB_REDO_LOG_ENABLE,PERSIST_RO_VARIABLES_ADMIN,REPLICATION_APPLIER,REPLICATION_SLAVE_ADMIN,"
    "RESOURCE_GROUP_ADMIN,RESOURCE_GROUP_USER,ROLE_ADMIN,SERVICE_CONNECTION_ADMIN,"
    "SESSION_VARIABLES_ADMIN,SET_USER_ID,SHOW_ROUTINE,SYSTEM_USER,SYSTEM_VARIABLES_ADMIN,"
    "TABLE_ENCRYPTION_ADMIN,XA_RECOVER_ADMIN ON *.* TO `root`@`localhost` WITH GRANT OPTION\n"
    "GRANT PROXY ON ``@`` TO `root`@`localhost` WITH GRANT OPTION\n";

} // namespace

class TestShowGrants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("statements");
        QTest::addColumn<bool>("canReplicate");
        QTest::addColumn<bool>("minimal");
        QTest::addColumn<QStringList>("findings"); // sorted kind:privilege
        QTest::addColumn<QString>("account");

        // clang-format off
        QTest::newRow("5.7 minimal")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%'"
            << 1 << true << true << QStringList{} << "'repl'@'%'";
        QTest::newRow("8.0 minimal, backticks, semicolon")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `dts`@`10.0.%`;"
            << 1 << true << true << QStringList{} << "'dts'@'10.0.%'";
        QTest::newRow("lower case, order swapped")
            << "grant replication client,replication slave on *.* to 'repl'@'%'"
            << 1 << true << true << QStringList{} << "'repl'@'%'";
        QTest::newRow("8.0.22 spelling REPLICATION REPLICA")
            << "GRANT REPLICATION REPLICA, REPLICATION CLIENT ON *.* TO `r`@`%`"
            << 1 << true << true << QStringList{} << "'r'@'%'";
        QTest::newRow("MariaDB 10.5 BINLOG MONITOR")
            << "GRANT REPLICATION SLAVE, BINLOG MONITOR ON *.* TO `r`@`%`"
            << 1 << true << true << QStringList{} << "'r'@'%'";
        QTest::newRow("with SUPER")
            << "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%'"
            << 1 << true << false << QStringList{"Excess:SUPER"} << "'repl'@'%'";
        QTest::newRow("ALL PRIVILEGES with grant option")
            << "GRANT ALL PRIVILEGES ON *.* TO 'admin'@'%' WITH GRANT OPTION"
            << 1 << true << false << QStringList{"Excess:ALL PRIVILEGES", "GrantOption:GRANT OPTION"}
            << "'admin'@'%'";
        QTest::newRow("ALL without PRIVILEGES")
            << "GRANT ALL ON *.* TO 'admin'@'%'"
            << 1 << true << false << QStringList{"Excess:ALL PRIVILEGES"} << "'admin'@'%'";
        QTest::newRow("missing REPLICATION CLIENT")
            << "GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%'"
            << 1 << false << false << QStringList{"Missing:REPLICATION CLIENT"} << "'repl'@'%'";
        QTest::newRow("usage only")
            << "GRANT USAGE ON *.* TO `repl`@`%`"
            << 1 << false << false
            << QStringList{"Missing:REPLICATION CLIENT", "Missing:REPLICATION SLAVE"} << "'repl'@'%'";
        QTest::newRow("dynamic privilege BINLOG_ADMIN")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `repl`@`%`\n"
               "GRANT BINLOG_ADMIN ON *.* TO `repl`@`%`"
            << 2 << true << false << QStringList{"Excess:BINLOG_ADMIN"} << "'repl'@'%'";
        QTest::newRow("DTS documented set is info only")
            << "GRANT SELECT, CREATE, REPLICATION SLAVE, REPLICATION CLIENT, SHOW VIEW ON *.* TO `dts`@`%`"
            << 1 << true << true << QStringList{"Excess:CREATE", "Excess:SELECT", "Excess:SHOW VIEW"}
            << "'dts'@'%'";
        QTest::newRow("write privileges on a database")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%'\n"
               "GRANT INSERT, UPDATE, DELETE ON `sales`.* TO 'repl'@'%'"
            << 2 << true << false
            << QStringList{"Excess:DELETE", "Excess:INSERT", "Excess:UPDATE"} << "'repl'@'%'";
        QTest::newRow("replication privileges below *.* do not count")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON `sales`.* TO 'repl'@'%'"
            << 1 << false << false
            << QStringList{"Missing:REPLICATION CLIENT", "Missing:REPLICATION SLAVE"} << "'repl'@'%'";
        QTest::newRow("column privileges")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%'\n"
               "GRANT SELECT (`id`, `amount`), UPDATE (`note`) ON `sales`.`orders` TO 'repl'@'%'"
            << 2 << true << false << QStringList{"Excess:SELECT", "Excess:UPDATE"} << "'repl'@'%'";
        QTest::newRow("role granted")
            << "GRANT USAGE ON *.* TO `repl`@`%`\nGRANT `replication_role`@`%` TO `repl`@`%`"
            << 2 << false << false
            << QStringList{"Missing:REPLICATION CLIENT", "Missing:REPLICATION SLAVE",
                           "Role:'replication_role'@'%'"}
            << "'repl'@'%'";
        QTest::newRow("role with admin option")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `repl`@`%`\n"
               "GRANT `r1`@`%`,`r2` TO `repl`@`%` WITH ADMIN OPTION"
            << 2 << true << false
            << QStringList{"GrantOption", "Role:'r1'@'%'", "Role:'r2'@'%'"} << "'repl'@'%'";
        QTest::newRow("8.0 root")
            << QString::fromLatin1(kMysql80Root) << 3 << true << false
            << QStringList{} /* checked separately */ << "'root'@'localhost'";
        QTest::newRow("mysql client table")
            << "mysql> SHOW GRANTS FOR 'repl'@'%';\n"
               "+--------------------------------------------------------------------+\n"
               "| Grants for repl@%                                                  |\n"
               "+--------------------------------------------------------------------+\n"
               "| GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `repl`@`%`   |\n"
               "| GRANT SUPER ON *.* TO `repl`@`%`                                   |\n"
               "+--------------------------------------------------------------------+\n"
               "2 rows in set (0.00 sec)\n"
            << 2 << true << false << QStringList{"Excess:SUPER"} << "'repl'@'%'";
        QTest::newRow("vertical layout")
            << "*************************** 1. row ***************************\n"
               "Grants for repl@%: GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `repl`@`%`\n"
               "*************************** 2. row ***************************\n"
               "Grants for repl@%: GRANT FILE ON *.* TO `repl`@`%`\n"
            << 2 << true << false << QStringList{"Excess:FILE"} << "'repl'@'%'";
        QTest::newRow("wrapped over lines, CRLF")
            << "GRANT REPLICATION SLAVE,\r\n   REPLICATION CLIENT\r\n ON *.* TO 'repl'@'%';\r\n"
               "GRANT PROCESS ON *.* TO 'repl'@'%';\r\n"
            << 2 << true << false << QStringList{"Excess:PROCESS"} << "'repl'@'%'";
        QTest::newRow("two statements on a line")
            << "GRANT REPLICATION SLAVE ON *.* TO 'r'@'%'; GRANT REPLICATION CLIENT ON *.* TO 'r'@'%';"
            << 2 << true << true << QStringList{} << "'r'@'%'";
        QTest::newRow("5.6 password hash")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%' IDENTIFIED BY "
               "PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9'"
            << 1 << true << true << QStringList{} << "'repl'@'%'";
        QTest::newRow("proxy")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%'\n"
               "GRANT PROXY ON 'admin'@'localhost' TO 'repl'@'%'"
            << 2 << true << false << QStringList{"Proxy:PROXY"} << "'repl'@'%'";
        QTest::newRow("quoted names with escapes")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `we``ird`@'ho''st'"
            << 1 << true << true << QStringList{} << "'we`ird'@'ho''st'";
        QTest::newRow("several accounts")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'a'@'%'\n"
               "GRANT ALL ON *.* TO 'b'@'%'"
            << 2 << true << false << QStringList{"SeveralAccounts"} << "'a'@'%'";
        QTest::newRow("partial revoke is not an excess")
            << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `r`@`%`\n"
               "REVOKE INSERT ON `mysql`.* FROM `r`@`%`"
            << 2 << true << true << QStringList{} << "'r'@'%'";
        QTest::newRow("noise line")
            << "hello there\nGRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'r'@'%'"
            << 1 << true << false << QStringList{"Unreadable"} << "'r'@'%'";
        QTest::newRow("unterminated quote")
            << "GRANT REPLICATION SLAVE ON *.* TO 'r'@'%"
            << 0 << false << false << QStringList{"NoGrants", "Unreadable"} << "";
        QTest::newRow("empty") << "" << 0 << false << false << QStringList{"NoGrants"} << "";
        QTest::newRow("missing TO")
            << "GRANT SELECT ON *.*" << 0 << false << false
            << QStringList{"NoGrants", "Unreadable"} << "";
        // clang-format on
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(int, statements);
        QFETCH(bool, canReplicate);
        QFETCH(bool, minimal);
        QFETCH(QStringList, findings);
        QFETCH(QString, account);

        const ShowGrants parsed = parseShowGrants(input);
        QCOMPARE(parsed.statements.size(), statements);
        const ReplicationGrantReport report = checkReplicationGrants(parsed);
        QCOMPARE(report.canReplicate(), canReplicate);
        QCOMPARE(report.isMinimal(), minimal);
        QCOMPARE(report.hasAccount ? report.account.sql() : QString(), account);
        if (QByteArray(QTest::currentDataTag()) != "8.0 root")
            QCOMPARE(findingKeys(report), findings);
        for (const GrantFinding &f : report.findings)
            QVERIFY2(!f.message.isEmpty(), qPrintable(findingKey(f)));
        // Most severe first.
        for (qsizetype i = 1; i < report.findings.size(); ++i)
            QVERIFY(report.findings[i - 1].severity >= report.findings[i].severity);
    }

    void rootIsFlaggedThroughout()
    {
        const ReplicationGrantReport r = checkReplicationGrants(parseShowGrants(kMysql80Root));
        const QStringList keys = findingKeys(r);
        for (const char *expected :
             {"Excess:SUPER", "Excess:SHUTDOWN", "Excess:FILE", "Excess:CREATE USER",
              "Excess:BINLOG_ADMIN", "Excess:SYSTEM_USER", "Excess:SET_USER_ID", "Proxy:PROXY",
              "GrantOption:GRANT OPTION"})
            QVERIFY2(keys.contains(QLatin1String(expected)), expected);
        QVERIFY(!keys.contains(QStringLiteral("Excess:REPLICATION SLAVE")));
        for (const GrantFinding &f : r.findings) {
            if (f.privilege == QLatin1String("SUPER") || f.privilege.endsWith("_ADMIN"))
                QCOMPARE(f.severity, GrantSeverity::Critical);
            if (f.privilege == QLatin1String("SELECT"))
                QCOMPARE(f.severity, GrantSeverity::Info);
        }
        QCOMPARE(r.findings.first().severity, GrantSeverity::Critical);
    }

    void statementDetails()
    {
        const ShowGrants g = parseShowGrants(QStringLiteral(
            "GRANT SELECT (`id`), INSERT ON TABLE `sales`.`orders` TO 'app'@'10.%', `b`@`h` "
            "REQUIRE SSL WITH GRANT OPTION MAX_QUERIES_PER_HOUR 10\n"
            "GRANT EXECUTE ON PROCEDURE `sales`.`refresh` TO 'app'@'10.%'\n"
            "GRANT ALL ON `sales`.* TO app\n"
            "GRANT SELECT ON * TO 'app'@localhost"));
        QCOMPARE(g.problems.size(), 0);
        QCOMPARE(g.statements.size(), 4);
        const GrantStatement &t = g.statements[0];
        QCOMPARE(t.line, 1);
        QCOMPARE(t.scope, GrantScope::Table);
        QCOMPARE(t.privileges, (QStringList{"SELECT", "INSERT"}));
        QCOMPARE(t.objectType, QStringLiteral("TABLE"));
        QCOMPARE(t.object, QStringLiteral("`sales`.`orders`"));
        QCOMPARE(t.database, QStringLiteral("sales"));
        QCOMPARE(t.table, QStringLiteral("orders"));
        QCOMPARE(t.grantees.size(), 2);
        QCOMPARE(t.grantees[0].sql(), QStringLiteral("'app'@'10.%'"));
        QCOMPARE(t.grantees[1].sql(), QStringLiteral("'b'@'h'"));
        QVERIFY(t.withGrantOption);
        QCOMPARE(g.statements[1].scope, GrantScope::Routine);
        QCOMPARE(g.statements[1].objectType, QStringLiteral("PROCEDURE"));
        QCOMPARE(g.statements[2].scope, GrantScope::Database);
        QCOMPARE(g.statements[2].privileges, QStringList{"ALL PRIVILEGES"});
        QCOMPARE(g.statements[2].grantees.first().sql(), QStringLiteral("'app'@'%'"));
        QCOMPARE(g.statements[3].scope, GrantScope::Database); // ON * = the default database
        QCOMPARE(g.statements[3].grantees.first().host, QStringLiteral("localhost"));
    }

    void secretsNeverComeBack_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("hash") << "GRANT USAGE ON *.* TO 'r'@'%' IDENTIFIED BY PASSWORD "
                                 "'*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9'"
                              << "6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9";
        QTest::newRow("plain password") << "GRANT USAGE ON *.* TO 'r'@'%' IDENTIFIED BY 's3cr3t!'"
                                        << "s3cr3t!";
        QTest::newRow("plugin hash") << "GRANT USAGE ON *.* TO 'r'@'%' IDENTIFIED WITH "
                                        "mysql_native_password AS '*AAAABBBBCCCC'"
                                     << "AAAABBBBCCCC";
        QTest::newRow("unterminated") << "GRANT USAGE ON *.* TO 'r'@'%' IDENTIFIED BY 'half-open"
                                      << "half-open";
        QTest::newRow("in a noise line") << "CREATE USER 'r'@'%' IDENTIFIED BY \"dq-secret\""
                                         << "dq-secret";
    }

    void secretsNeverComeBack()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const ShowGrants g = parseShowGrants(input);
        QString everything;
        for (const GrantStatement &s : g.statements)
            everything += s.text + QLatin1Char('\n');
        for (const GrantParseProblem &p : g.problems)
            everything += p.text + p.message + QLatin1Char('\n');
        const ReplicationGrantReport r = checkReplicationGrants(g);
        for (const GrantFinding &f : r.findings)
            everything += f.message + QLatin1Char('\n');
        everything += r.fixStatements.join(QLatin1Char('\n'));
        QVERIFY2(!everything.isEmpty(), "nothing was kept");
        QVERIFY2(!everything.contains(secret), qPrintable(everything));
        QVERIFY2(everything.contains(QStringLiteral("********")), qPrintable(everything));
    }

    void fixStatements()
    {
        const ReplicationGrantReport r = checkReplicationGrants(parseShowGrants(
            QStringLiteral("GRANT SUPER, REPLICATION SLAVE ON *.* TO `repl`@`%` WITH GRANT OPTION\n"
                           "GRANT INSERT ON `sales`.* TO `repl`@`%`\n"
                           "GRANT `dba`@`%` TO `repl`@`%`")));
        QCOMPARE(
            r.fixStatements,
            (QStringList{"REVOKE SUPER ON *.* FROM 'repl'@'%';",
                         "REVOKE GRANT OPTION ON *.* FROM 'repl'@'%';",
                         "REVOKE INSERT ON `sales`.* FROM 'repl'@'%';",
                         "REVOKE 'dba'@'%' FROM 'repl'@'%';",
                         "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%';"}));

        const ReplicationGrantReport all = checkReplicationGrants(
            parseShowGrants(QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO 'a'@'%'")));
        QCOMPARE(all.fixStatements,
                 (QStringList{"REVOKE ALL PRIVILEGES ON *.* FROM 'a'@'%';",
                              "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'a'@'%';"}));

        const ReplicationGrantReport fine = checkReplicationGrants(parseShowGrants(
            QStringLiteral("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'a'@'%'")));
        QVERIFY(fine.fixStatements.isEmpty());
    }

    void problemsNameTheLine()
    {
        const ShowGrants g = parseShowGrants(
            QStringLiteral("\nGRANT REPLICATION SLAVE ON *.* TO 'r'@'%'\n\nnonsense here\n"
                           "GRANT SELECT ON a.b.c TO 'r'@'%'"));
        QCOMPARE(g.statements.size(), 1);
        QCOMPARE(g.statements.first().line, 2);
        QCOMPARE(g.problems.size(), 2);
        QCOMPARE(g.problems[0].line, 4);
        QCOMPARE(g.problems[1].line, 5);
        QVERIFY(!g.problems[1].message.isEmpty());
    }

    void garbageNeverCrashes()
    {
        // Fragments of every construct, cut at every length.
        const QString full = QString::fromLatin1(kMysql80Root) +
                             QStringLiteral("GRANT SELECT (`a`,`b`) ON `d`.`t` TO 'u'@'h' "
                                            "IDENTIFIED BY 'pw' WITH GRANT OPTION;\n"
                                            "GRANT `r`@`%` TO `u`@`%` WITH ADMIN OPTION\n");
        int parsed = 0;
        for (qsizetype n = 0; n <= full.size(); n += 7) {
            const ShowGrants g = parseShowGrants(full.left(n));
            parsed += int(g.statements.size());
            checkReplicationGrants(g);
        }
        QVERIFY(parsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestShowGrants)
#include "tst_showgrants.moc"
