// SPDX-License-Identifier: GPL-3.0-or-later
// Live gates: the in-process sandbox runs its scenario on a virtual clock the test moves, the job
// monitor and the planner's live observations poll it, and the plan's go/no-go criteria are
// evaluated from what they saw: the sync job's lag window (with the scenario's spikes), a
// precheck that fails and then passes, MMS jobs finished or with a failed task, SMC jobs Waiting
// or in error. Deciding GO keeps that live evidence.
#include "../cloudapi/testsupport_monitor.h"
#include "testsupport_planner.h"

#include "cloudapi/gatedetailwatcher.h"
#include "cloudapi/jobmonitor.h"
#include "gui/planner/liveobservations.h"
#include "gui/planner/plandocument.h"
#include "model/gates.h"
#include "model/plan.h"

#include "gui/planner/gatespanel.h"
#include "gui/planner/plannerpage.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace ferry;

namespace {

// The sandbox scenario's resources (cloudapi/sandbox/SCENARIO.md).
const QString kSalesSync = QStringLiteral("jy6nmqxhlkeiimy");  // SYNC, Synchronizing
const QString kInventory = QStringLiteral("duwxbepl39ef6cg");  // MIGRATION, PrecheckFailed
const QString kErp04 = QStringLiteral("j-uvsz91e85r2oa3e35j"); // Waiting, every 12 h
const QString kDbLegacySource = QStringLiteral("s-bp1dblg01c5n8r2t6w1v4"); // first run fails
constexpr qint64 kArchiveSource = 2000017;                                 // hive_prod_backup
constexpr qint64 kHiveProd = 2000015;                                      // hive_prod
constexpr qint64 kStepMs = 15'000;

model::GateCriterion criterion(const char *id, model::CriterionKind kind, const QString &resource)
{
    model::GateCriterion c;
    c.id = QString::fromLatin1(id);
    c.kind = kind;
    c.resourceId = resource;
    return c;
}

model::Plan planWith(const QList<model::GateCriterion> &criteria)
{
    model::Plan plan;
    plan.id = QStringLiteral("plan-live");
    plan.name = QStringLiteral("Live gates");
    model::Phase cut;
    cut.id = QStringLiteral("cut");
    cut.kind = model::PhaseKind::CutoverDatabase;
    cut.title = QStringLiteral("Cutover");
    plan.phases = {cut};
    model::Gate gate;
    gate.id = QStringLiteral("gate");
    gate.phaseId = cut.id;
    gate.title = QStringLiteral("Cutover gate");
    gate.criteria = criteria;
    plan.gates = {gate};
    return plan;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The sandbox, the monitor over it, and a plan document fed by live observations.
struct Rig
{
    test::SandboxRig sandbox;
    std::unique_ptr<cloudapi::Transport> transport;
    std::unique_ptr<cloudapi::MmsClient> mms;
    std::unique_ptr<cloudapi::DtsClient> dts;
    std::unique_ptr<cloudapi::SmcClient> smc;
    std::unique_ptr<cloudapi::JobMonitor> monitor;
    std::unique_ptr<gui::PlanDocument> document;
    std::unique_ptr<gui::LiveObservations> live;

    bool start(model::Plan plan,
               gui::PlanDocument::Origin origin = gui::PlanDocument::Origin::Untitled)
    {
        if (!sandbox.start())
            return false;
        transport = sandbox.makeTransport();
        mms = std::make_unique<cloudapi::MmsClient>(transport.get(), test::kRegion);
        dts = std::make_unique<cloudapi::DtsClient>(transport.get());
        smc = std::make_unique<cloudapi::SmcClient>(transport.get());
        monitor = std::make_unique<cloudapi::JobMonitor>(*mms, *dts, *smc, test::kRegion);
        monitor->setClock(sandbox.clockFunction());
        cloudapi::MonitorConfig config;
        config.listTiming.activeIntervalMs = kStepMs;
        config.detailTiming.activeIntervalMs = kStepMs;
        monitor->setConfig(config);
        monitor->setActive(true);
        document = std::make_unique<gui::PlanDocument>();
        document->open(std::move(plan), origin);
        live = std::make_unique<gui::LiveObservations>(*document, monitor.get(), *dts, *mms,
                                                       test::kRegion);
        return true;
    }

    ~Rig()
    {
        live.reset();
        monitor.reset(); // cancels calls before the transport goes
        transport.reset();
    }

    // Moves virtual time on and lets every poll that is due run to its end.
    bool step(qint64 ms = kStepMs)
    {
        sandbox.advance(ms);
        monitor->tick();
        live->tick();
        const bool done =
            test::waitFor([this] { return !monitor->isPolling() && !live->isPolling(); });
        QCoreApplication::processEvents(); // the coalesced "inputs changed"
        return done;
    }

    model::CriterionEvaluation evaluate(const QString &criterionId) const
    {
        const model::Plan &plan = document->plan();
        for (const model::Gate &gate : plan.gates) {
            for (const model::GateCriterion &c : gate.criteria) {
                if (c.id == criterionId)
                    return model::evaluateCriterion(plan, gate, c, document->gateInputs());
            }
        }
        return {};
    }

    QDateTime now() const { return utc(sandbox.nowMs()); }
};

} // namespace

class TstPlannerLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void lagWindowGoesGoOnlyAfterStayingUnder5s()
    {
        auto c = criterion("lag", model::CriterionKind::DtsLagSustained, kSalesSync);
        c.windowMinutes = 10;
        Rig rig;
        QVERIFY(rig.start(planWith({c})));
        QVERIFY(rig.step(0));
        int inputsChanged = 0;
        connect(rig.document.get(), &gui::PlanDocument::inputsChanged, this,
                [&inputsChanged] { ++inputsChanged; });

        // No history before the first poll: the window is not covered yet.
        model::CriterionEvaluation e = rig.evaluate(QStringLiteral("lag"));
        QVERIFY2(e.status != model::CriterionStatus::Go, qPrintable(e.reason));

        QList<model::LagSample> seen;
        std::optional<QDateTime> lastSpike;
        int goes = 0;
        int spikes = 0;
        // Two virtual hours: the scenario spikes in about half of the 15-minute windows.
        for (int i = 0; i < 480; ++i) {
            QVERIFY(rig.step());
            const QDateTime now = rig.now();
            e = rig.evaluate(QStringLiteral("lag"));
            QCOMPARE(e.level, model::EvidenceLevel::Verified);
            QCOMPARE(e.source, QStringLiteral("dts:%1 Delay").arg(kSalesSync));
            // Stamped with the sandbox's clock: the sample read at this step.
            QVERIFY(e.observedAt);
            QCOMPARE(*e.observedAt, now);
            QCOMPARE(e.evaluatedAt, now);
            const qint64 latest = e.fact(u"latestDelayMs").toLongLong();
            seen.append({now, latest});
            if (latest >= model::kDtsCutoverLagMs) {
                ++spikes;
                lastSpike = now;
                QCOMPARE(e.status, model::CriterionStatus::NoGo);
                QCOMPARE(e.reason, QStringLiteral("lag.overThreshold"));
            }
            if (e.status == model::CriterionStatus::Go) {
                ++goes;
                // GO only with ten minutes of samples under 5 s behind it...
                QVERIFY(now.addSecs(-600 + 60) >= utc(test::kVirtualStartMs));
                for (const model::LagSample &s : std::as_const(seen)) {
                    if (s.at >= now.addSecs(-600))
                        QVERIFY2(s.delayMs < model::kDtsCutoverLagMs,
                                 qPrintable(s.at.toString(Qt::ISODate)));
                }
                // ...so a spike resets the window.
                QVERIFY(!lastSpike || *lastSpike < now.addSecs(-600));
            } else if (lastSpike && *lastSpike >= now.addSecs(-600)) {
                QCOMPARE(e.status, model::CriterionStatus::NoGo);
            }
        }
        QVERIFY2(spikes > 0, "the scenario's lag never spiked above 5 s");
        QVERIFY(goes > 0);
        QVERIFY(inputsChanged > 0); // the gates panel hears of every new observation
    }

    void precheckFailsThenPassesAfterTheRerun()
    {
        Rig rig;
        QVERIFY(rig.start(
            planWith({criterion("pre", model::CriterionKind::DtsPrecheckPassed, kInventory)})));
        QVERIFY(rig.step(0));
        model::CriterionEvaluation e = rig.evaluate(QStringLiteral("pre"));
        QCOMPARE(e.status, model::CriterionStatus::NoGo);
        QCOMPARE(e.reason, QStringLiteral("precheck.failed"));
        QCOMPARE(e.level, model::EvidenceLevel::Verified);
        QCOMPARE(*e.observedAt, rig.now());
        QVERIFY(e.fact(u"failedItems").contains(QStringLiteral("CHECK_SRC_BINLOG_FORMAT")));

        const auto started =
            test::await<cloudapi::Done>([&](QObject *c, cloudapi::Callback<cloudapi::Done> d) {
                return rig.dts->startJob({test::kRegion, kInventory, {}, {}}, c, d);
            });
        QVERIFY(started && started->ok());
        bool passed = false;
        for (int i = 0; i < 20 && !passed; ++i) {
            QVERIFY(rig.step());
            e = rig.evaluate(QStringLiteral("pre"));
            QCOMPARE(*e.observedAt, rig.now());
            passed = e.status == model::CriterionStatus::Go;
            if (!passed)
                QCOMPARE(e.status, model::CriterionStatus::NoGo); // still checking
        }
        QVERIFY(passed);
        QCOMPARE(e.reason, QStringLiteral("precheck.passed"));
        QCOMPARE(e.level, model::EvidenceLevel::Verified);
    }

    void mmsTasksDoneAndVerifiedOrFailed()
    {
        // Job 81 archive_full finished before the sandbox started; job 82 (the first one
        // created) migrates hive_prod's dw database, whose order table fails its first transfer.
        Rig rig;
        QVERIFY(rig.start(
            planWith({criterion("done", model::CriterionKind::MmsTasksVerified, "81"),
                      criterion("failed", model::CriterionKind::MmsTasksVerified, "82")})));
        QVERIFY(rig.step(0));
        model::CriterionEvaluation e = rig.evaluate(QStringLiteral("done"));
        QCOMPARE(e.status, model::CriterionStatus::Go);
        QCOMPARE(e.reason, QStringLiteral("mms.allDoneVerified"));
        QCOMPARE(e.level, model::EvidenceLevel::Verified);
        QCOMPARE(*e.observedAt, rig.now());
        QVERIFY(e.fact(u"tasksTotal").toInt() > 0);
        // The verification logs were read once each and gave row counts.
        const model::PlanObservations seen = rig.live->live();
        QCOMPARE(seen.mms.size(), 1);
        QVERIFY(!seen.mms.first().tables.isEmpty());
        QVERIFY(seen.mms.first().tables.first().sourceRows.has_value());
        QCOMPARE(rig.evaluate(QStringLiteral("failed")).status, model::CriterionStatus::Unknown);

        cloudapi::CreateMmsFetchMetadataJobParams scan;
        scan.sourceId = kHiveProd;
        scan.dbName = QStringLiteral("dw");
        const auto scanned = test::await<cloudapi::MmsScanCreated>(
            [&](QObject *c, cloudapi::Callback<cloudapi::MmsScanCreated> d) {
                return rig.mms->createFetchMetadataJob(scan, c, d);
            });
        QVERIFY(scanned && scanned->ok());
        QVERIFY(rig.step(120'000));
        cloudapi::CreateMmsJobParams job;
        job.sourceId = kHiveProd;
        job.name = QStringLiteral("dw_trade_orders");
        job.srcDbName = QStringLiteral("dw");
        job.dstDbName = QStringLiteral("mc_prod_dw");
        job.tables = {QStringLiteral("dwd_trade_order_di")};
        const auto created = test::await<cloudapi::MmsJobCreated>(
            [&](QObject *c, cloudapi::Callback<cloudapi::MmsJobCreated> d) {
                return rig.mms->createJob(job, c, d);
            });
        QVERIFY(created && created->ok());
        bool blocked = false;
        for (int i = 0; i < 120 && !blocked; ++i) {
            QVERIFY(rig.step());
            e = rig.evaluate(QStringLiteral("failed"));
            blocked = e.reason == QLatin1String("mms.tasksFailed");
        }
        QVERIFY(blocked);
        QCOMPARE(e.status, model::CriterionStatus::NoGo);
        QCOMPARE(e.level, model::EvidenceLevel::Verified);
        QCOMPARE(*e.observedAt, rig.now());
        QCOMPARE(e.fact(u"tasksFailed"), QStringLiteral("1"));
        // The finished job stays GO; its logs are not fetched again.
        QCOMPARE(rig.evaluate(QStringLiteral("done")).status, model::CriterionStatus::Go);
    }

    void smcWaitingRecentOrInError()
    {
        Rig rig;
        QVERIFY(rig.start(planWith({})));
        cloudapi::CreateReplicationJobParams p;
        p.regionId = test::kRegion;
        p.sourceId = kDbLegacySource;
        p.name = QStringLiteral("db-legacy-01-migration");
        p.systemDiskSizeGiB = 200;
        const auto created = test::await<cloudapi::SmcJobCreated>(
            [&](QObject *c, cloudapi::Callback<cloudapi::SmcJobCreated> d) {
                return rig.smc->createReplicationJob(p, c, d);
            });
        QVERIFY(created && created->ok());
        const QString legacy = created->value().jobId;
        const auto started =
            test::await<cloudapi::Done>([&](QObject *c, cloudapi::Callback<cloudapi::Done> d) {
                return rig.smc->startJob({legacy}, c, d);
            });
        QVERIFY(started && started->ok());
        rig.document->edit([&](model::Plan &plan) {
            plan.gates[0].criteria = {
                criterion("erp", model::CriterionKind::SmcIncrementalRecent, kErp04),
                criterion("legacy", model::CriterionKind::SmcIncrementalRecent, legacy)};
        });
        QVERIFY(rig.step(0));
        model::CriterionEvaluation e = rig.evaluate(QStringLiteral("erp"));
        QCOMPARE(e.status, model::CriterionStatus::Go);
        QCOMPARE(e.reason, QStringLiteral("smc.waitingRecent"));
        QCOMPARE(e.level, model::EvidenceLevel::Verified);
        QCOMPARE(*e.observedAt, rig.now());
        QCOMPARE(e.fact(u"status"), QStringLiteral("Waiting"));

        bool inError = false;
        for (int i = 0; i < 60 && !inError; ++i) {
            QVERIFY(rig.step());
            e = rig.evaluate(QStringLiteral("legacy"));
            QCOMPARE(e.status, model::CriterionStatus::NoGo); // running, never Waiting yet
            inError = e.fact(u"status") == QLatin1String("InError");
        }
        QVERIFY(inError);
        // A one-off job in error: neither Waiting nor incremental.
        QVERIFY2(e.reason == QLatin1String("smc.notWaiting") ||
                     e.reason == QLatin1String("smc.notIncremental"),
                 qPrintable(e.reason));
        QCOMPARE(*e.observedAt, rig.now());
    }

    void goSnapshotHoldsTheLiveEvidence()
    {
        auto lag = criterion("lag", model::CriterionKind::DtsLagSustained, kSalesSync);
        lag.windowMinutes = 5;
        Rig rig;
        QVERIFY(rig.start(
            planWith({lag, criterion("erp", model::CriterionKind::SmcIncrementalRecent, kErp04)})));
        QVERIFY(rig.step(0));
        bool go = false;
        QList<model::CriterionEvaluation> evals;
        for (int i = 0; i < 240 && !go; ++i) {
            QVERIFY(rig.step());
            evals = model::evaluateGate(rig.document->plan(), rig.document->plan().gates.first(),
                                        rig.document->gateInputs());
            go = model::overallStatus(evals) == model::CriterionStatus::Go;
        }
        QVERIFY(go);
        const QDateTime at = rig.document->now();
        QCOMPARE(at, rig.now());
        model::DecideResult r;
        QVERIFY(rig.document->edit([&](model::Plan &plan) {
            r = model::decideGo(plan, QStringLiteral("gate"), evals, QStringLiteral("Mei Lin"), at);
        }));
        QVERIFY(r.ok());
        const model::GoDecision &d = rig.document->plan().decisions.last();
        QCOMPARE(d.outcome, model::DecisionOutcome::Go);
        QCOMPARE(d.evidence.size(), 2);
        for (const model::CriterionEvaluation &e : d.evidence) {
            QCOMPARE(e.level, model::EvidenceLevel::Verified);
            QCOMPARE(e.status, model::CriterionStatus::Go);
            QCOMPARE(*e.observedAt, at);
        }
        QCOMPARE(d.evidence.first().source, QStringLiteral("dts:%1 Delay").arg(kSalesSync));
        QCOMPARE(d.evidence.last().fact(u"status"), QStringLiteral("Waiting"));
        QCOMPARE(d.digest, model::computeDecisionDigest(d));
    }

    void samplePlanShowsLiveGatesOnTheSandbox()
    {
        Rig rig;
        QVERIFY(rig.start(test::samplePlan(), gui::PlanDocument::Origin::Sample));
        QVERIFY(rig.step(0));
        // The sample names the scenario's jobs, so each monitored criterion reads live data.
        const model::PlanObservations stored = *rig.document->plan().observations;
        for (const char *id : {"db-lag", "db-precheck", "srv-erp04", "dns-mms"}) {
            const model::CriterionEvaluation e = rig.evaluate(QString::fromLatin1(id));
            QVERIFY2(e.level == model::EvidenceLevel::Verified, id);
            QVERIFY2(e.observedAt && *e.observedAt == rig.now(), id);
            QVERIFY2(*e.observedAt > stored.collectedAt, id);
        }
        QCOMPARE(rig.evaluate(QStringLiteral("db-precheck")).status, model::CriterionStatus::Go);
        QCOMPARE(rig.evaluate(QStringLiteral("srv-erp04")).status, model::CriterionStatus::Go);
        QCOMPARE(rig.evaluate(QStringLiteral("dns-mms")).status, model::CriterionStatus::Go);
        // The live observations replaced the stored ones of the same jobs; the backup stays.
        const model::PlanObservations merged = rig.live->merged();
        QCOMPARE(merged.smc.size(), stored.smc.size());
        QCOMPARE(merged.smc.first().meta.observedAt, rig.now());
        QVERIFY(merged.backup.has_value());
        // One precheck call and one task listing per poll; finished task logs only once.
        const int logs = rig.sandbox.count("ListMmsTaskLogs");
        QVERIFY(logs > 0);
        QVERIFY(rig.step());
        QCOMPARE(rig.sandbox.count("ListMmsTaskLogs"), logs);
        QCOMPARE(rig.live->detailWatcher()->precheckJobIds(), QStringList{kSalesSync});
    }

    void plannerShowsLiveGates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void plannerShowsLiveGates()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/ferry_zh_CN.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        Rig rig;
        QVERIFY(rig.start(test::samplePlan(), gui::PlanDocument::Origin::Sample));
        test::FakePrompts prompts;
        gui::PlannerPage page(*rig.document, prompts);
        page.resize(1360, 860);
        for (int i = 0; i < 3; ++i)
            QVERIFY(rig.step());
        page.findChild<QTabWidget *>()->setCurrentWidget(page.gates());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The panel heard of the live observations: criteria show Verified evidence.
        auto *tree = page.gates()->findChild<QTreeWidget *>(QStringLiteral("gatesTree"));
        QVERIFY(tree);
        bool verified = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                verified =
                    verified || tree->topLevelItem(i)->child(j)->text(2).contains(
                                    language == QLatin1String("en") ? QStringLiteral("Verified")
                                                                    : QStringLiteral("已验证"));
        }
        QVERIFY(verified);
        const QByteArray dir = qgetenv("FERRY_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QVERIFY(page.grab().save(QStringLiteral("%1/planner-live-gates-%2.png")
                                         .arg(QString::fromLocal8Bit(dir), language)));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TstPlannerLive)
#include "tst_plannerlive.moc"
