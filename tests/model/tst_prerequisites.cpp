// SPDX-License-Identifier: GPL-3.0-or-later
// Prerequisites of the three services: MMS (role, quota, network, agent, project ACL statements
// with the caller's account id), DTS (binary log settings from pasted variables, the replication
// account) and SMC (agent installed and online, server free).
#include "model/mms.h"
#include "model/prerequisites.h"
#include "model/showgrants.h"
#include "model/smc.h"
#include "model/sts.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;

Q_DECLARE_METATYPE(ferry::model::CheckState)

namespace {

const PrerequisiteItem *find(const QList<PrerequisiteItem> &items, const char *key)
{
    for (const PrerequisiteItem &i : items) {
        if (i.key == QLatin1String(key))
            return &i;
    }
    return nullptr;
}

MmsDataSource hiveProd()
{
    MmsDataSource s;
    s.id = 2000015;
    s.name = QStringLiteral("hive_prod");
    s.type = QStringLiteral("HIVE");
    s.dstProject = QStringLiteral("mc_prod_dw");
    s.networkLink = QStringLiteral("nl-shanghai-vpc01");
    s.agentIsOnline = true;
    return s;
}

CallerIdentity operatorIdentity()
{
    CallerIdentity id;
    id.accountId = QStringLiteral("1234567890123456");
    id.userId = QStringLiteral("276543210987654321");
    id.identityType = QStringLiteral("RAMUser");
    return id;
}

} // namespace

class TestPrerequisites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void mmsAclStatements()
    {
        const QStringList s =
            mmsProjectAclStatements(QStringLiteral("1234567890123456"), QStringLiteral("mc_dw"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0], QStringLiteral("use mc_dw;"));
        QCOMPARE(s[1],
                 QStringLiteral(
                     "add user `RAM$1234567890123456:role/AliyunServiceRoleForMaxComputeMMS`;"));
        QVERIFY(s[2].startsWith(QStringLiteral("grant ")));
        QVERIFY(s[2].contains(QStringLiteral("CreateTable")));
        QVERIFY(s[2].contains(QStringLiteral("CreateInstance")));
        QVERIFY(s[2].endsWith(
            QStringLiteral(" on project mc_dw to user "
                           "`RAM$1234567890123456:role/AliyunServiceRoleForMaxComputeMMS`;")));
    }

    void mmsWithEverything()
    {
        MmsPrerequisiteInput in;
        in.identity = operatorIdentity();
        in.source = hiveProd();
        const QList<PrerequisiteItem> items = mmsPrerequisites(in);
        QCOMPARE(items.size(), 5);
        QCOMPARE(find(items, "mms.serviceRole")->state, CheckState::ToConfirm);
        QVERIFY(find(items, "mms.serviceRole")->title.contains(kMmsServiceLinkedRole));
        QCOMPARE(find(items, "mms.quota")->state, CheckState::ToConfirm);
        QVERIFY(find(items, "mms.quota")->detail.contains(QStringLiteral("mc_prod_dw")));
        QCOMPARE(find(items, "mms.network")->state, CheckState::Pass);
        QVERIFY(find(items, "mms.network")->detail.contains(QStringLiteral("nl-shanghai-vpc01")));
        QCOMPARE(find(items, "mms.agent")->state, CheckState::Pass);
        const PrerequisiteItem *acl = find(items, "mms.acl");
        QCOMPARE(acl->state, CheckState::ToConfirm);
        QCOMPARE(acl->copyText, mmsProjectAclStatements(QStringLiteral("1234567890123456"),
                                                        QStringLiteral("mc_prod_dw"))
                                    .join(QLatin1Char('\n')));

        QVERIFY(!prerequisitesMet(items));
        QVERIFY(!prerequisitesMet(items, {QStringLiteral("mms.serviceRole")}));
        QVERIFY(prerequisitesMet(items, {QStringLiteral("mms.serviceRole"),
                                         QStringLiteral("mms.quota"), QStringLiteral("mms.acl")}));
    }

    void mmsProjectOverridesSource()
    {
        MmsPrerequisiteInput in;
        in.identity = operatorIdentity();
        in.source = hiveProd();
        in.project = QStringLiteral("mc_other");
        const QList<PrerequisiteItem> items = mmsPrerequisites(in);
        QVERIFY(find(items, "mms.acl")->copyText.contains(QStringLiteral("project mc_other")));
    }

    void mmsWithNothingYet()
    {
        const QList<PrerequisiteItem> items = mmsPrerequisites({});
        QCOMPARE(find(items, "mms.quota")->state, CheckState::Unknown);
        QCOMPARE(find(items, "mms.network")->state, CheckState::Unknown);
        QCOMPARE(find(items, "mms.acl")->state, CheckState::Unknown);
        QVERIFY(find(items, "mms.acl")->copyText.isEmpty());
        QVERIFY(!find(items, "mms.agent"));
        QVERIFY(!prerequisitesMet(items, {QStringLiteral("mms.serviceRole"),
                                          QStringLiteral("mms.quota"), QStringLiteral("mms.acl")}));
    }

    void mmsOfflineAgentAndNoNetwork()
    {
        MmsPrerequisiteInput in;
        in.identity = operatorIdentity();
        in.source = hiveProd();
        in.source->name = QStringLiteral("Hive-Prod-EU");
        in.source->agentIsOnline = false;
        in.source->networkLink.clear();
        const QList<PrerequisiteItem> items = mmsPrerequisites(in);
        QCOMPARE(find(items, "mms.agent")->state, CheckState::Fail);
        QVERIFY(find(items, "mms.agent")->detail.contains(QStringLiteral("Hive-Prod-EU")));
        QCOMPARE(find(items, "mms.network")->state, CheckState::Warning);
        QVERIFY(!prerequisitesMet(items, {QStringLiteral("mms.serviceRole"),
                                          QStringLiteral("mms.quota"), QStringLiteral("mms.acl")}));
    }

    void variables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("table") << "+---------------+-------+\n| Variable_name | Value |\n"
                                  "+---------------+-------+\n| binlog_format | ROW   |\n"
                                  "+---------------+-------+\n1 row in set (0.01 sec)"
                               << "binlog_format"
                               << "ROW";
        QTest::newRow("batch (tab)") << "Variable_name\tValue\nserver_id\t42"
                                     << "server_id"
                                     << "42";
        QTest::newRow("vertical") << "*************************** 1. row ***\n"
                                     "Variable_name: binlog_row_image\n        Value: FULL"
                                  << "binlog_row_image"
                                  << "FULL";
        QTest::newRow("my.cnf") << "[mysqld]\n# comment\nlog-bin = mysql-bin\n"
                                << "log_bin"
                                << "mysql-bin";
        QTest::newRow("my.cnf switch") << "[mysqld]\nlog_bin\n"
                                       << "log_bin"
                                       << "ON";
        QTest::newRow("quoted value") << "binlog_format = \"ROW\""
                                      << "binlog_format"
                                      << "ROW";
        QTest::newRow("name case") << "| Binlog_Format | MIXED |"
                                   << "binlog_format"
                                   << "MIXED";
    }

    void variables()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const MysqlVariables v = parseMysqlVariables(text);
        QCOMPARE(v.values.value(name), value);
        QVERIFY(!v.values.contains(QStringLiteral("variable_name")));
    }

    void unreadLinesAreCounted()
    {
        const MysqlVariables v = parseMysqlVariables(QStringLiteral("server_id\t1\n%%% !!\n"));
        QCOMPARE(v.unreadLines, QList<int>{2});
    }

    void binlog_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withFullLoad");
        QTest::addColumn<QString>("key");
        QTest::addColumn<CheckState>("state");
        const QString good = QStringLiteral("log_bin\tON\nbinlog_format\tROW\n"
                                            "binlog_row_image\tFULL\nserver_id\t1\n");
        const auto P = CheckState::Pass;
        const auto F = CheckState::Fail;
        const auto U = CheckState::Unknown;
        const auto W = CheckState::Warning;
        // clang-format off
        QTest::newRow("log_bin on") << good << true << "dts.logBin" << P;
        QTest::newRow("log_bin off") << "log_bin\tOFF" << true << "dts.logBin" << F;
        QTest::newRow("log_bin missing") << "" << true << "dts.logBin" << U;
        QTest::newRow("ROW") << good << true << "dts.binlogFormat" << P;
        QTest::newRow("row lower case") << "binlog_format\trow" << true << "dts.binlogFormat" << P;
        QTest::newRow("MIXED") << "binlog_format\tMIXED" << true << "dts.binlogFormat" << F;
        QTest::newRow("STATEMENT") << "binlog_format\tSTATEMENT" << true << "dts.binlogFormat" << F;
        QTest::newRow("FULL") << good << true << "dts.binlogRowImage" << P;
        QTest::newRow("MINIMAL") << "binlog_row_image\tMINIMAL" << true << "dts.binlogRowImage" << F;
        QTest::newRow("server_id 1") << good << true << "dts.serverId" << P;
        QTest::newRow("server_id 0") << "server_id\t0" << true << "dts.serverId" << F;
        QTest::newRow("server_id junk") << "server_id\tabc" << true << "dts.serverId" << F;
        QTest::newRow("8.0 default 30 days") << "binlog_expire_logs_seconds\t2592000" << true << "dts.retention" << P;
        QTest::newRow("exactly 7 days") << "binlog_expire_logs_seconds\t604800" << true << "dts.retention" << P;
        QTest::newRow("3 days, full load") << "binlog_expire_logs_seconds\t259200" << true << "dts.retention" << F;
        QTest::newRow("3 days, incremental") << "binlog_expire_logs_seconds\t259200" << false << "dts.retention" << P;
        QTest::newRow("24 h is not more than 24 h") << "expire_logs_days\t1" << false << "dts.retention" << F;
        QTest::newRow("5.7 days") << "expire_logs_days\t7" << true << "dts.retention" << P;
        QTest::newRow("seconds win over days") << "expire_logs_days\t30\nbinlog_expire_logs_seconds\t3600" << true << "dts.retention" << F;
        QTest::newRow("never purged") << "expire_logs_days\t0\nbinlog_expire_logs_seconds\t0" << true << "dts.retention" << W;
        QTest::newRow("retention unknown") << good << true << "dts.retention" << U;
        // clang-format on
    }

    void binlog()
    {
        QFETCH(QString, text);
        QFETCH(bool, withFullLoad);
        QFETCH(QString, key);
        QFETCH(CheckState, state);
        const QList<PrerequisiteItem> items =
            binlogChecklist(parseMysqlVariables(text), withFullLoad);
        QCOMPARE(items.size(), 5);
        const PrerequisiteItem *i = find(items, key.toLatin1().constData());
        QVERIFY(i);
        QCOMPARE(i->state, state);
        QVERIFY(!i->detail.isEmpty());
        // A failed setting comes with what to run or write.
        if (state == CheckState::Fail)
            QVERIFY2(!i->copyText.isEmpty(), qPrintable(key));
    }

    void binlogFixNamesTheSetting()
    {
        const QList<PrerequisiteItem> items =
            binlogChecklist(parseMysqlVariables(QStringLiteral("binlog_format\tMIXED")), true);
        const PrerequisiteItem *f = find(items, "dts.binlogFormat");
        QVERIFY(f->copyText.contains(QStringLiteral("SET GLOBAL binlog_format = 'ROW';")));
        QVERIFY(f->detail.contains(QStringLiteral("MIXED")));
    }

    void replicationAccount_data()
    {
        QTest::addColumn<QString>("grants");
        QTest::addColumn<CheckState>("state");
        QTest::newRow("minimal") << "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'r'@'%'"
                                 << CheckState::Pass;
        QTest::newRow("super") << "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO "
                                  "'r'@'%'"
                               << CheckState::Warning;
        QTest::newRow("missing") << "GRANT REPLICATION SLAVE ON *.* TO 'r'@'%'" << CheckState::Fail;
        QTest::newRow("nothing") << "" << CheckState::Unknown;
    }

    void replicationAccount()
    {
        QFETCH(QString, grants);
        QFETCH(CheckState, state);
        const PrerequisiteItem i =
            replicationAccountItem(checkReplicationGrants(parseShowGrants(grants)));
        QCOMPARE(i.key, QStringLiteral("dts.account"));
        QCOMPARE(i.state, state);
        if (state == CheckState::Warning || state == CheckState::Fail)
            QVERIFY(!i.copyText.isEmpty());
    }

    void smc_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<CheckState>("online");
        QTest::addColumn<bool>("inUse");
        QTest::newRow("available") << "Available"
                                   << "" << CheckState::Pass << false;
        QTest::newRow("offline") << "Unavailable"
                                 << "SourceServer.Offline" << CheckState::Fail << false;
        QTest::newRow("offline code only") << "Available"
                                           << "SourceServer.Offline" << CheckState::Fail << false;
        QTest::newRow("in use") << "InUse"
                                << "" << CheckState::Pass << true;
        QTest::newRow("unknown state") << "Migrating"
                                       << "" << CheckState::Unknown << false;
    }

    void smc()
    {
        QFETCH(QString, state);
        QFETCH(QString, errorCode);
        QFETCH(CheckState, online);
        QFETCH(bool, inUse);
        SmcSourceServer s;
        s.sourceId = QStringLiteral("s-bp1bat03e4g7i0l3n6p9");
        s.name = QStringLiteral("batch-03");
        s.agentVersion = QStringLiteral("2.8.3");
        s.state = parseWire<SmcSourceState>(state);
        s.errorCode = errorCode;
        s.jobId = inUse ? QStringLiteral("j-uvsz91e85r2oa3e35j") : QString();
        const QList<PrerequisiteItem> items = smcSourcePrerequisites(s);
        QCOMPARE(find(items, "smc.agentInstalled")->state, CheckState::Pass);
        QVERIFY(find(items, "smc.agentInstalled")->detail.contains(QStringLiteral("2.8.3")));
        QCOMPARE(find(items, "smc.agentOnline")->state, online);
        QCOMPARE(find(items, "smc.free") != nullptr, inUse);
        if (inUse)
            QVERIFY(find(items, "smc.free")->detail.contains(s.jobId));
        QCOMPARE(prerequisitesMet(items), online == CheckState::Pass);
    }
};

QTEST_GUILESS_MAIN(TestPrerequisites)
#include "tst_prerequisites.moc"
