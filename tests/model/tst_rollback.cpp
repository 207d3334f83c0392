// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "model/rollback.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using ferry::test::makeSandboxPlan;

namespace {

QStringList templateIds(const QList<RollbackStep> &steps)
{
    QStringList out;
    for (const auto &s : steps)
        out.append(s.templateId);
    return out;
}

} // namespace

class TestRollback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("prepared");
        QTest::addColumn<bool>("noReturn");

        QTest::newRow("dts database cutover")
            << "cutoverDatabase"
            << "dts" << QStringList{"db.reverseTask", "db.sourceReadOnly", "db.rollback"}
            << QStringList{"db.reverseTask", "db.sourceReadOnly"} << false;
        QTest::newRow("dns cutover")
            << "cutoverDnsLb"
            << "general" << QStringList{"dns.lowerTtl", "dns.recordCurrent", "dns.rollback"}
            << QStringList{"dns.lowerTtl", "dns.recordCurrent"} << false;
        QTest::newRow("smc server cutover")
            << "cutoverServers"
            << "smc" << QStringList{"smc.keepSource", "smc.cutOverFinal", "smc.rollback"}
            << QStringList{"smc.keepSource"} << true;
        QTest::newRow("mms full migration")
            << "fullMigration"
            << "mms" << QStringList{"mms.full.rerun"} << QStringList{} << false;
        QTest::newRow("smc full migration")
            << "fullMigration"
            << "smc" << QStringList{"smc.full.stop"} << QStringList{} << false;
        QTest::newRow("dts incremental")
            << "incrementalSync"
            << "dts" << QStringList{"dts.incremental.suspend"} << QStringList{} << false;
        QTest::newRow("general full migration falls back")
            << "fullMigration"
            << "general" << QStringList{"full.stop"} << QStringList{} << false;
        QTest::newRow("schema of an unlisted service falls back")
            << "schema"
            << "ossImport" << QStringList{"schema.drop"} << QStringList{} << false;
        QTest::newRow("rollback window")
            << "rollbackWindow"
            << "general" << QStringList{"window.keep", "window.close"} << QStringList{} << true;
        QTest::newRow("decommission")
            << "decommission"
            << "general" << QStringList{"decommission.finalBackup", "decommission.none"}
            << QStringList{"decommission.finalBackup"} << true;
    }

    void defaults()
    {
        QFETCH(QString, kind);
        QFETCH(QString, service);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, prepared);
        QFETCH(bool, noReturn);
        Phase p;
        p.id = QStringLiteral("p");
        p.kind = *phaseKindFromString(kind);
        p.service = *planServiceFromString(service);
        const RollbackPath path = defaultRollbackPath(p);
        QCOMPARE(path.phaseId, QStringLiteral("p"));
        QCOMPARE(templateIds(path.steps), steps);
        QStringList prep;
        for (const auto &s : path.steps) {
            if (s.prepareBeforePhase)
                prep.append(s.templateId);
            QVERIFY(!s.text.isEmpty());
            QCOMPARE(displayText(s), s.text); // no translator installed
        }
        QCOMPARE(prep, prepared);
        QCOMPARE(path.pointOfNoReturn, noReturn);
        QCOMPARE(path.pointOfNoReturnReason.isEmpty(), !noReturn);
        QVERIFY(!path.edited);
    }

    void everyKindHasAPath()
    {
        for (PhaseKind k : allPhaseKinds()) {
            for (PlanService s : allPlanServices())
                QVERIFY2(!defaultRollbackSteps(k, s).isEmpty(),
                         qPrintable(toId(k) + QLatin1Char('/') + toId(s)));
        }
    }

    void pointOfNoReturn()
    {
        Plan plan = makeSandboxPlan();
        // The SMC "complete incremental synchronization" is the first step with no way back.
        QCOMPARE(firstPointOfNoReturn(plan), QStringLiteral("cut-servers"));
        findRollbackPath(plan, QStringLiteral("cut-servers"))->pointOfNoReturn = false;
        QCOMPARE(firstPointOfNoReturn(plan), QStringLiteral("window"));
        QVERIFY(describePointOfNoReturn(QStringLiteral("decommission"))
                    .contains(QStringLiteral("deletes the sources")));
        plan.rollback.clear();
        QVERIFY(!firstPointOfNoReturn(plan));
    }

    void regenerationKeepsEditsAndPreparations()
    {
        Plan plan = makeSandboxPlan();
        // Edit the database path, prepare one DNS step, drop a phase, add a phase.
        RollbackPath *db = findRollbackPath(plan, QStringLiteral("cut-db"));
        db->steps.append(RollbackStep{QStringLiteral("own-1"),
                                      {},
                                      QStringLiteral("Call the payment provider first."),
                                      false,
                                      false,
                                      std::nullopt});
        db->steps[0].text = QStringLiteral("Reverse task j-rev-77 is prepared in the console.");
        db->edited = true;
        const auto ttl = findRollbackPath(plan, QStringLiteral("cut-dns"))->steps.at(0).prepared;
        QVERIFY(ttl);
        plan.phases.removeIf([](const Phase &p) { return p.id == QLatin1String("oss-incr"); });
        for (Phase &p : plan.phases)
            p.dependsOn.removeAll(QStringLiteral("oss-incr"));
        Phase extra;
        extra.id = QStringLiteral("cut-cache");
        extra.kind = PhaseKind::CutoverDnsLb;
        extra.owner = QStringLiteral("Network team");
        plan.phases.append(extra);

        generateRollbackPaths(plan);
        QCOMPARE(plan.rollback.size(), plan.phases.size());
        db = findRollbackPath(plan, QStringLiteral("cut-db"));
        QCOMPARE(db->steps.size(), 4);
        QCOMPARE(db->steps.first().text,
                 QStringLiteral("Reverse task j-rev-77 is prepared in the console."));
        QCOMPARE(displayText(db->steps.first()), db->steps.first().text);
        QCOMPARE(findRollbackPath(plan, QStringLiteral("cut-dns"))->steps.at(0).prepared->by,
                 ttl->by);
        QVERIFY(!findRollbackPath(plan, QStringLiteral("oss-incr")));
        QCOMPARE(templateIds(findRollbackPath(plan, QStringLiteral("cut-cache"))->steps).first(),
                 QStringLiteral("dns.lowerTtl"));
    }

    void pathsFollowPlanOrder()
    {
        Plan plan = makeSandboxPlan();
        QCOMPARE(plan.rollback.size(), plan.phases.size());
        for (int i = 0; i < plan.phases.size(); ++i)
            QCOMPARE(plan.rollback.at(i).phaseId, plan.phases.at(i).id);
    }
};

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
