// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/estimates.h"
#include "model/plan.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using ferry::test::makeSandboxPlan;
using ferry::test::phase;

namespace {

double assumption(const EstimateResult &r, const char *key)
{
    for (const auto &a : r.assumptions) {
        if (a.key == QLatin1String(key))
            return a.value;
    }
    return -1;
}

double termOf(const EstimateResult &r, const char *key)
{
    for (const auto &t : r.terms) {
        if (t.key == QLatin1String(key))
            return t.seconds;
    }
    return -1;
}

} // namespace

class TestEstimates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void transfer_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<double>("mbps");
        QTest::addColumn<double>("efficiency");
        QTest::addColumn<double>("seconds");
        QTest::newRow("1 GB at 100 Mbit/s, 80 %") << qint64(1'000'000'000) << 100.0 << 0.8 << 100.0;
        QTest::newRow("1 TB at 1 Gbit/s, 100 %")
            << qint64(1'000'000'000'000) << 1000.0 << 1.0 << 8000.0;
        QTest::newRow("nothing to send") << qint64(0) << 10.0 << 0.5 << 0.0;
    }

    void transfer()
    {
        QFETCH(qint64, bytes);
        QFETCH(double, mbps);
        QFETCH(double, efficiency);
        QFETCH(double, seconds);
        QCOMPARE(transferSeconds(bytes, mbps, efficiency), seconds);
        QVERIFY(std::isinf(transferSeconds(bytes, 0.0, efficiency)));
    }

    void dts_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("180 M rows at 25 k/s") << qint64(180'000'000) << 25000.0 << qint64(7200);
        QTest::newRow("rounds up") << qint64(10'001) << 10000.0 << qint64(2);
        QTest::newRow("empty") << qint64(0) << 10000.0 << qint64(0);
    }

    void dts()
    {
        QFETCH(qint64, rows);
        QFETCH(double, rate);
        QFETCH(qint64, seconds);
        const EstimateResult r = estimateDtsFull(rows, rate);
        QCOMPARE(r.seconds, std::optional<qint64>(seconds));
        QCOMPARE(r.formula, QStringLiteral("dts.full"));
        QCOMPARE(assumption(r, "rows"), double(rows));
        QCOMPARE(assumption(r, "dtsFullRowsPerSecond"), rate);
        QVERIFY(r.problem.isEmpty());
    }

    void dtsCatchUp_data()
    {
        QTest::addColumn<qint64>("backlog");
        QTest::addColumn<double>("change");
        QTest::addColumn<double>("apply");
        QTest::addColumn<qint64>("seconds"); // -1: no number
        QTest::addColumn<QString>("problem");
        QTest::newRow("drains") << qint64(2'520'000) << 350.0 << 4000.0 << qint64(691) << "";
        QTest::newRow("no writes") << qint64(1'000'000) << 0.0 << 4000.0 << qint64(250) << "";
        QTest::newRow("apply equals change")
            << qint64(1000) << 4000.0 << 4000.0 << qint64(-1) << "dts.applyNotFasterThanChanges";
        QTest::newRow("apply slower")
            << qint64(1000) << 5000.0 << 4000.0 << qint64(-1) << "dts.applyNotFasterThanChanges";
        QTest::newRow("negative backlog")
            << qint64(-5) << 1.0 << 4000.0 << qint64(-1) << "invalidInput";
    }

    void dtsCatchUp()
    {
        QFETCH(qint64, backlog);
        QFETCH(double, change);
        QFETCH(double, apply);
        QFETCH(qint64, seconds);
        QFETCH(QString, problem);
        const EstimateResult r = estimateDtsCatchUp(backlog, change, apply);
        QCOMPARE(r.seconds.value_or(-1), seconds);
        QCOMPARE(r.problem, problem);
        QCOMPARE(assumption(r, "changeRowsPerSecond"), change);
    }

    void smc_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<double>("disk");
        QTest::addColumn<double>("mbps");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<double>("read");
        QTest::newRow("network bound")
            << qint64(240'000'000'000) << 150.0 << 1000.0 << qint64(2743) << 1600.0;
        QTest::newRow("disk bound")
            << qint64(240'000'000'000) << 50.0 << 1000.0 << qint64(4800) << 4800.0;
    }

    void smc()
    {
        QFETCH(qint64, bytes);
        QFETCH(double, disk);
        QFETCH(double, mbps);
        QFETCH(qint64, seconds);
        QFETCH(double, read);
        const EstimateResult r = estimateSmcFull(bytes, disk, mbps, 0.7);
        QCOMPARE(r.seconds.value_or(-1), seconds);
        QCOMPARE(termOf(r, "read"), read);
        QVERIFY(qAbs(termOf(r, "transfer") - 2742.857142857) < 1e-6);
        QCOMPARE(assumption(r, "diskReadMBps"), disk);
        QCOMPARE(assumption(r, "bandwidthEfficiency"), 0.7);
    }

    void smcIncremental()
    {
        // Comparison reads all 400 GB at 150 MB/s; only 6 GB of changes travel.
        const EstimateResult r =
            estimateSmcIncrementalRun(400'000'000'000, 6'000'000'000, 150.0, 1000.0, 0.7);
        QVERIFY(qAbs(termOf(r, "comparison") - 2666.666666667) < 1e-6);
        QVERIFY(qAbs(termOf(r, "transfer") - 68.571428571) < 1e-6);
        QCOMPARE(r.seconds.value_or(-1), qint64(2736));
        // Twice the disk speed halves the comparison, not the transfer.
        const EstimateResult fast =
            estimateSmcIncrementalRun(400'000'000'000, 6'000'000'000, 300.0, 1000.0, 0.7);
        QCOMPARE(fast.seconds.value_or(-1), qint64(1402));
    }

    void mms()
    {
        const EstimateResult r = estimateMms(1'800'000'000'000, 80.0, 0.2);
        QCOMPARE(termOf(r, "copy"), 22500.0);
        QCOMPARE(termOf(r, "verification"), 4500.0);
        QCOMPARE(r.seconds.value_or(-1), qint64(27000));
        QCOMPARE(estimateMms(1, 0.0, 0.2).problem, QStringLiteral("invalidInput"));
    }

    void ossImport_data()
    {
        QTest::addColumn<double>("workerCapMBps");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("network bound") << 0.0 << qint64(37027);
        QTest::newRow("worker cap bound") << 20.0 << qint64(53789);
    }

    void ossImport()
    {
        QFETCH(double, workerCapMBps);
        QFETCH(qint64, seconds);
        EstimateAssumptions a;
        a.bandwidthEfficiency = 0.7;
        a.ossImportWorkers = 3;
        a.ossImportThreadsPerWorker = 60;
        a.ossImportPerObjectMs = 20;
        a.ossImportWorkerMaxMBps = workerCapMBps;
        const EstimateResult r = estimateOssImport(3'200'000'000'000, 4'100'000, a, 1000.0);
        QCOMPARE(r.seconds.value_or(-1), seconds);
        QVERIFY(qAbs(termOf(r, "perObjectOverhead") - 455.555555556) < 1e-6);
        QCOMPARE(assumption(r, "ossImportWorkers"), 3.0);
    }

    void schema() { QCOMPARE(estimateSchema(86, 1.5).seconds.value_or(-1), qint64(129)); }

    void phaseOverridesPlanFigures()
    {
        Plan plan = makeSandboxPlan();
        Phase &full = phase(plan, QStringLiteral("smc-full"));
        EstimateResult r = estimatePhase(full, plan.assumptions);
        QCOMPARE(r.seconds.value_or(-1), qint64(1372));
        full.workload.bandwidthMbps = 100.0;
        r = estimatePhase(full, plan.assumptions);
        QCOMPARE(r.seconds.value_or(-1), qint64(13715)); // 120 GB at 70 Mbit/s, rounded up
        bool flagged = false;
        for (const auto &x : r.assumptions) {
            if (x.key == QLatin1String("bandwidthMbps")) {
                QCOMPARE(x.value, 100.0);
                flagged = x.phaseOverride;
            }
            if (x.key == QLatin1String("diskReadMBps"))
                QVERIFY(!x.phaseOverride);
        }
        QVERIFY(flagged);
    }

    void phaseWithoutWorkload()
    {
        Phase p;
        p.kind = PhaseKind::Schema;
        p.service = PlanService::Dts;
        EstimateResult r = estimatePhase(p, EstimateAssumptions{});
        QVERIFY(!r.seconds);
        QCOMPARE(r.problem, QStringLiteral("missingWorkload"));
        QCOMPARE(r.assumptions.first().key, QStringLiteral("objects"));
        p.workload.fixedSeconds = 900;
        r = estimatePhase(p, EstimateAssumptions{});
        QCOMPARE(r.seconds.value_or(-1), qint64(900));
        QCOMPARE(r.formula, QStringLiteral("fixed"));
    }

    void wholePlan()
    {
        const Plan plan = makeSandboxPlan();
        const PlanEstimate e = estimatePlan(plan);
        QCOMPARE(e.phases.size(), plan.phases.size());
        QHash<QString, qint64> s;
        for (const auto &p : e.phases)
            s.insert(p.phaseId, p.estimate.seconds.value_or(-1));
        QCOMPARE(s.value(QStringLiteral("dts-schema")), qint64(86));
        QCOMPARE(s.value(QStringLiteral("dts-full")), qint64(7200));
        // Backlog = 350 rows/s over the 7200 s full load, drained at 4000 - 350 rows/s.
        QCOMPARE(s.value(QStringLiteral("dts-incr")), qint64(691));
        QCOMPARE(s.value(QStringLiteral("smc-full")), qint64(1372));
        QCOMPARE(s.value(QStringLiteral("smc-incr")), qint64(1402));
        QCOMPARE(s.value(QStringLiteral("mms-full")), qint64(27000));
        QCOMPARE(s.value(QStringLiteral("oss-full")), qint64(37027));
        QCOMPARE(s.value(QStringLiteral("oss-incr")), qint64(464));
        QCOMPARE(s.value(QStringLiteral("checks")), qint64(3600));
        QVERIFY(e.unestimated.contains(QStringLiteral("assess")));
        QVERIFY(!e.unestimated.contains(QStringLiteral("checks")));
        QCOMPARE(e.criticalPathSeconds, qint64(37027 + 464 + 3600));
        QCOMPARE(e.criticalPath.mid(0, 4),
                 (QStringList{QStringLiteral("assess"), QStringLiteral("oss-full"),
                              QStringLiteral("oss-incr"), QStringLiteral("checks")}));
        QCOMPARE(e.criticalPath.last(), QStringLiteral("decommission"));
        QVERIFY(describeFormula(QStringLiteral("smc.full")).contains(QStringLiteral("overlap")));
    }
};

QTEST_GUILESS_MAIN(TestEstimates)
#include "tst_estimates.moc"
