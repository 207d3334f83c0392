// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "model/plansequencing.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

#include <functional>

using namespace ferry::model;
using ferry::test::makeSandboxPlan;
using ferry::test::phase;
using ferry::test::utc;

namespace {

using Mutation = std::function<void(Plan &)>;

QStringList ruleIds(const QList<SequencingFinding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out.append(f.ruleId);
    return out;
}

const SequencingFinding *findRule(const QList<SequencingFinding> &findings, const QString &rule)
{
    for (const auto &f : findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestPlanSequencing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void samplePlanIsClean()
    {
        const Plan plan = makeSandboxPlan();
        const auto findings = checkSequencing(plan);
        QVERIFY2(findings.isEmpty(), qPrintable(ruleIds(findings).join(QLatin1Char(','))));
        QCOMPARE(plan.dataServices(),
                 (QList<PlanService>{PlanService::Dts, PlanService::Smc, PlanService::Mms,
                                     PlanService::OssImport}));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("phases");
        QTest::addColumn<QString>("severity");

        // The reversal the issue names: DNS/LB moves before the warehouse has been migrated.
        QTest::newRow("dns before MMS migration")
            << Mutation([](Plan &p) {
                   phase(p, "checks").dependsOn.removeAll(QStringLiteral("mms-full"));
                   phase(p, "mms-full").dependsOn = {QStringLiteral("cut-dns")};
                   phase(p, "mms-full").plannedStart = utc(10, 10);
                   phase(p, "mms-full").plannedEnd = utc(12, 10);
               })
            << QStringLiteral("cutover.dnsBeforeDataMigrated")
            << QStringList{QStringLiteral("cut-dns"), QStringLiteral("mms-full")}
            << QStringLiteral("error");
        QTest::newRow("dns not after OSS import")
            << Mutation([](Plan &p) {
                   phase(p, "checks").dependsOn.removeAll(QStringLiteral("oss-incr"));
               })
            << QStringLiteral("cutover.dnsBeforeDataMigrated")
            << QStringList{QStringLiteral("cut-dns"), QStringLiteral("oss-full")}
            << QStringLiteral("error");
        QTest::newRow("dns after migration but unverified")
            << Mutation([](Plan &p) {
                   phase(p, "checks").dependsOn.removeAll(QStringLiteral("mms-full"));
                   phase(p, "cut-dns").dependsOn.append(QStringLiteral("mms-full"));
               })
            << QStringLiteral("cutover.dnsBeforeDataVerified")
            << QStringList{QStringLiteral("cut-dns"), QStringLiteral("mms-full")}
            << QStringLiteral("error");
        QTest::newRow("dns before database")
            << Mutation([](Plan &p) {
                   phase(p, "cut-dns").dependsOn = {QStringLiteral("checks")};
                   phase(p, "cut-servers").dependsOn = {QStringLiteral("checks")};
               })
            << QStringLiteral("cutover.dnsBeforeDatabase")
            << QStringList{QStringLiteral("cut-dns"), QStringLiteral("cut-db")}
            << QStringLiteral("error");
        QTest::newRow("cutover without checks") << Mutation([](Plan &p) {
            phase(p, "cut-db").dependsOn = {QStringLiteral("dts-incr"), QStringLiteral("backup")};
        }) << QStringLiteral("cutover.beforePreChecks")
                                                << QStringList{QStringLiteral("cut-db")}
                                                << QStringLiteral("error");
        QTest::newRow("database cutover without backup") << Mutation([](Plan &p) {
            phase(p, "checks").dependsOn.removeAll(QStringLiteral("backup"));
            phase(p, "dts-schema").dependsOn = {QStringLiteral("assess")};
        }) << QStringLiteral("cutover.databaseWithoutBackup")
                                                         << QStringList{QStringLiteral("cut-db")}
                                                         << QStringLiteral("error");
        QTest::newRow("database cutover before its own migration")
            << Mutation([](Plan &p) {
                   phase(p, "checks").dependsOn.removeAll(QStringLiteral("dts-incr"));
               })
            << QStringLiteral("cutover.beforeDataMigrated")
            << QStringList{QStringLiteral("cut-db"), QStringLiteral("dts-full")}
            << QStringLiteral("error");
        QTest::newRow("decommission before window") << Mutation([](Plan &p) {
            phase(p, "decommission").dependsOn = {QStringLiteral("verify")};
        }) << QStringLiteral("decommission.beforeRollbackWindow")
                                                    << QStringList{QStringLiteral("decommission")}
                                                    << QStringLiteral("error");
        QTest::newRow("decommission planned inside window")
            << Mutation([](Plan &p) {
                   phase(p, "decommission").dependsOn = {QStringLiteral("verify"),
                                                         QStringLiteral("window")};
                   phase(p, "decommission").plannedStart = utc(12, 8);
                   phase(p, "decommission").plannedEnd = utc(12, 9);
               })
            << QStringLiteral("decommission.beforeRollbackWindowEnds")
            << QStringList{QStringLiteral("decommission"), QStringLiteral("window")}
            << QStringLiteral("error");
        QTest::newRow("cycle") << Mutation([](Plan &p) {
            phase(p, "dts-schema").dependsOn.append(QStringLiteral("dts-incr"));
        }) << QStringLiteral("dependency.cycle")
                               << QStringList{QStringLiteral("dts-schema"),
                                              QStringLiteral("dts-full"),
                                              QStringLiteral("dts-incr")}
                               << QStringLiteral("error");
        QTest::newRow("self dependency") << Mutation([](Plan &p) {
            phase(p, "verify").dependsOn.append(QStringLiteral("verify"));
        }) << QStringLiteral("dependency.self")
                                         << QStringList{QStringLiteral("verify")}
                                         << QStringLiteral("error");
        QTest::newRow("unknown dependency") << Mutation([](Plan &p) {
            phase(p, "verify").dependsOn.append(QStringLiteral("nope"));
        }) << QStringLiteral("dependency.unknown")
                                            << QStringList{QStringLiteral("verify")}
                                            << QStringLiteral("error");
        QTest::newRow("duplicate id")
            << Mutation([](Plan &p) { p.phases.append(p.phases.first()); })
            << QStringLiteral("phase.duplicateId") << QStringList{QStringLiteral("assess")}
            << QStringLiteral("error");
        QTest::newRow("starts before dependency ends")
            << Mutation([](Plan &p) { phase(p, "dts-full").plannedStart = utc(3, 8, 30); })
            << QStringLiteral("dates.startBeforeDependencyEnds")
            << QStringList{QStringLiteral("dts-full"), QStringLiteral("dts-schema")}
            << QStringLiteral("error");
        QTest::newRow("ends before start")
            << Mutation([](Plan &p) { phase(p, "verify").plannedEnd = utc(10, 9); })
            << QStringLiteral("dates.endBeforeStart") << QStringList{QStringLiteral("verify")}
            << QStringLiteral("error");
        QTest::newRow("actually started before dependency ended")
            << Mutation([](Plan &p) {
                   phase(p, "backup").actualStart = utc(1, 12);
                   phase(p, "backup").actualEnd = utc(1, 20);
               })
            << QStringLiteral("dates.actualStartBeforeDependencyEnds")
            << QStringList{QStringLiteral("backup"), QStringLiteral("assess")}
            << QStringLiteral("warning");
        QTest::newRow("started while dependency runs")
            << Mutation([](Plan &p) {
                   phase(p, "assess").actualEnd.reset();
                   phase(p, "backup").actualStart = utc(2, 8);
               })
            << QStringLiteral("dates.startedBeforeDependencyEnded")
            << QStringList{QStringLiteral("backup"), QStringLiteral("assess")}
            << QStringLiteral("warning");
        QTest::newRow("no owner") << Mutation([](Plan &p) {
            phase(p, "verify").owner = QStringLiteral("  ");
        }) << QStringLiteral("phase.noOwner")
                                  << QStringList{QStringLiteral("verify")}
                                  << QStringLiteral("warning");
        QTest::newRow("cutover without gate")
            << Mutation([](Plan &p) { p.gates.removeLast(); })
            << QStringLiteral("cutover.withoutGate") << QStringList{QStringLiteral("cut-dns")}
            << QStringLiteral("warning");
        QTest::newRow("cutover without rollback path") << Mutation([](Plan &p) {
            findRollbackPath(p, QStringLiteral("cut-servers"))->steps.clear();
        }) << QStringLiteral("cutover.withoutRollbackPath")
                                                       << QStringList{QStringLiteral("cut-servers")}
                                                       << QStringLiteral("warning");
        QTest::newRow("gate on unknown phase")
            << Mutation([](Plan &p) { p.gates[0].phaseId = QStringLiteral("gone"); })
            << QStringLiteral("gate.unknownPhase") << QStringList{} << QStringLiteral("error");
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, rule);
        QFETCH(QStringList, phases);
        QFETCH(QString, severity);
        Plan plan = makeSandboxPlan();
        mutate(plan);
        const auto findings = checkSequencing(plan);
        const SequencingFinding *f = findRule(findings, rule);
        QVERIFY2(f, qPrintable(QStringLiteral("missing %1 in [%2]")
                                   .arg(rule, ruleIds(findings).join(QLatin1Char(',')))));
        QCOMPARE(f->phaseIds, phases);
        QCOMPARE(toId(f->severity), severity);
        QCOMPARE(hasErrors(findings), severity == QLatin1String("error"));
        // The rule's words name the phases involved.
        const QString text = describeFinding(*f);
        QVERIFY(!text.contains(QLatin1Char('%')));
        for (const QString &id : phases)
            QVERIFY2(text.contains(id), qPrintable(text));
    }

    void reversedPlanIsFlaggedWithReason()
    {
        // A plan that moves DNS first and migrates afterwards: every data service is flagged.
        Plan plan = makeSandboxPlan();
        phase(plan, "cut-dns").dependsOn = {QStringLiteral("assess")};
        phase(plan, "cut-dns").plannedStart = utc(2, 8);
        phase(plan, "cut-dns").plannedEnd = utc(2, 9);
        const auto findings = checkSequencing(plan);
        QSet<QString> services;
        for (const auto &f : findings) {
            if (f.ruleId == QLatin1String("cutover.dnsBeforeDataMigrated"))
                services.insert(f.params.value(QStringLiteral("service")));
        }
        QCOMPARE(services, (QSet<QString>{QStringLiteral("dts"), QStringLiteral("smc"),
                                          QStringLiteral("mms"), QStringLiteral("ossImport")}));
        QVERIFY(findRule(findings, QStringLiteral("cutover.beforePreChecks")));
        QVERIFY(findRule(findings, QStringLiteral("cutover.dnsBeforeDatabase")));
    }

    void everyRuleHasText()
    {
        QSet<QString> seen;
        for (const SequencingRule &r : sequencingRules()) {
            const QString id = QString::fromLatin1(r.id);
            QVERIFY2(!seen.contains(id), r.id);
            seen.insert(id);
            QCOMPARE(QString::fromLatin1(r.text).count(QLatin1Char('%')),
                     qsizetype(r.paramNames.size()));
        }
    }

    void topologicalOrderPutsDependenciesFirst()
    {
        Plan plan = makeSandboxPlan();
        std::reverse(plan.phases.begin(), plan.phases.end());
        const QStringList order = topologicalOrder(plan);
        QCOMPARE(order.size(), plan.phases.size());
        for (const Phase &p : plan.phases) {
            for (const QString &d : p.dependsOn)
                QVERIFY(order.indexOf(d) < order.indexOf(p.id));
        }
        QCOMPARE(order.first(), QStringLiteral("assess"));
        QCOMPARE(order.last(), QStringLiteral("decommission"));
    }

    void transitiveDependenciesSurviveCycles()
    {
        Plan plan = makeSandboxPlan();
        phase(plan, "assess").dependsOn = {QStringLiteral("decommission")};
        const QStringList deps = transitiveDependencies(plan, QStringLiteral("verify"));
        QVERIFY(deps.contains(QStringLiteral("verify"))); // reached through the cycle
        QVERIFY(dependsOn(plan, QStringLiteral("cut-dns"), QStringLiteral("mms-full")));
        QCOMPARE(topologicalOrder(plan).size(), plan.phases.size());
    }
};

QTEST_GUILESS_MAIN(TestPlanSequencing)
#include "tst_plansequencing.moc"
