// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/estimates.h"
#include "model/gates.h"
#include "model/planfile.h"
#include "model/plansequencing.h"
#include "model/rollback.h"
#include "testsupport_plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace ferry::model;

namespace {

QString samplePath()
{
    return QStringLiteral(FERRY_SOURCE_DIR "/resources/samples/sandbox-migration.ferryplan.json");
}

} // namespace

class TestPlanSample final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void loads()
    {
        const PlanLoadResult r = loadPlanFile(samplePath());
        QVERIFY2(r.ok(), qPrintable(describePlanFileError(r.error)));
        const Plan &plan = *r.plan;
        QCOMPARE(plan.scenario, QStringLiteral("sandbox"));
        QCOMPARE(plan.dataServices(),
                 (QList<PlanService>{PlanService::Dts, PlanService::Smc, PlanService::Mms,
                                     PlanService::OssImport}));
        for (const Phase &p : plan.phases) {
            QVERIFY2(!p.owner.isEmpty(), qPrintable(p.id));
            QVERIFY(p.plannedStart && p.plannedEnd);
        }
        QCOMPARE(plan.gates.size(), 3);
        QCOMPARE(plan.rollback.size(), plan.phases.size());
        QVERIFY(firstPointOfNoReturn(plan));
        QVERIFY(!plan.ossImports.isEmpty());
        QVERIFY(generateOssImportConfig(plan.ossImports.first()).ok());
        // The sandbox names a newcomer will meet in the other screens.
        QVERIFY(plan.phase(QStringLiteral("mms-schema"))->resources.first().name ==
                QLatin1String("hive_prod_backup"));
    }

    void isSoundAndSecretFree()
    {
        const PlanLoadResult r = loadPlanFile(samplePath());
        QVERIFY(r.ok());
        QVERIFY(checkSequencing(*r.plan).isEmpty());
        QVERIFY(findSecrets(*r.plan).isEmpty());
        QVERIFY(estimatePlan(*r.plan).criticalPathSeconds > 0);
    }

    void matchesItsSource()
    {
        // The shipped file is makeSandboxPlan() written out; regenerate it with
        // `model_tst_plansample --write-sample <path>` after changing either.
        QFile f(samplePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), serializePlan(ferry::test::makeSandboxPlan()));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-sample") == 0) {
        QCoreApplication app(argc, argv);
        const PlanFileError e =
            savePlanFile(QString::fromLocal8Bit(argv[2]), ferry::test::makeSandboxPlan());
        if (!e.ok())
            qCritical("%s", qPrintable(describePlanFileError(e)));
        return e.ok() ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    TestPlanSample test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_plansample.moc"
