// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gates.h"
#include "model/plan.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using ferry::test::healthyInputs;
using ferry::test::makeSandboxPlan;
using ferry::test::prepareEverything;
using ferry::test::utc;
namespace ids = ferry::test::ids;

namespace {

struct Pt
{
    qint64 offsetMs; // relative to now
    qint64 delayMs;
};
using Series = QList<Pt>;

// Samples every `stepMs` from `fromMs` to `toMs` (inclusive, relative to now) at `delay`.
Series steady(qint64 fromMs, qint64 toMs, qint64 stepMs, qint64 delay)
{
    Series s;
    for (qint64 t = fromMs; t <= toMs; t += stepMs)
        s.append({t, delay});
    return s;
}

Series with(Series s, std::initializer_list<Pt> extra)
{
    for (const Pt &p : extra) {
        bool replaced = false;
        for (Pt &q : s) {
            if (q.offsetMs == p.offsetMs) {
                q.delayMs = p.delayMs;
                replaced = true;
            }
        }
        if (!replaced)
            s.append(p);
    }
    return s;
}

Series without(Series s, qint64 fromMs, qint64 toMs)
{
    Series out;
    for (const Pt &p : s) {
        if (p.offsetMs < fromMs || p.offsetMs > toMs)
            out.append(p);
    }
    return out;
}

const QDateTime kNow = utc(10, 6, 50);

QList<LagSample> samples(const Series &s)
{
    QList<LagSample> out;
    for (const Pt &p : s)
        out.append({kNow.addMSecs(p.offsetMs), p.delayMs});
    return out;
}

GateCriterion criterion(CriterionKind kind, const QString &resource = {})
{
    GateCriterion c;
    c.id = QStringLiteral("c1");
    c.kind = kind;
    c.resourceId = resource;
    return c;
}

CriterionEvaluation evaluateAlone(const GateCriterion &c, const GateInputs &in)
{
    Plan plan = makeSandboxPlan();
    Gate gate;
    gate.id = QStringLiteral("g");
    gate.phaseId = QStringLiteral("cut-db");
    gate.criteria = {c};
    return evaluateCriterion(plan, gate, c, in);
}

} // namespace

using TaskCounts = QMap<QString, int>;

Q_DECLARE_METATYPE(Series)

class TestGates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void lagWindow_data()
    {
        QTest::addColumn<Series>("series");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");

        const Series base = steady(-600'000, 0, 30'000, 1200); // 10 minutes, every 30 s
        QTest::newRow("steady under threshold") << base << "go"
                                                << "lag.sustained";
        QTest::newRow("4999 ms is under") << with(base, {{-300'000, 4999}}) << "go"
                                          << "lag.sustained";
        QTest::newRow("exactly 5000 ms is not under") << with(base, {{-300'000, 5000}}) << "noGo"
                                                      << "lag.overThreshold";
        QTest::newRow("spike on the latest sample") << with(base, {{0, 7000}}) << "noGo"
                                                    << "lag.overThreshold";
        QTest::newRow("spike exactly at window start counts")
            << with(base, {{-600'000, 9000}}) << "noGo"
            << "lag.overThreshold";
        QTest::newRow("spike 1 ms before the window is forgotten")
            << with(base, {{-600'001, 9000}}) << "go"
            << "lag.sustained";
        QTest::newRow("gap of exactly the maximum") << steady(-600'000, 0, 60'000, 800) << "go"
                                                    << "lag.sustained";
        QTest::newRow("gap 1 ms over the maximum")
            << with(without(base, -330'000, -270'000), {{-330'001, 900}, {-270'000, 900}})
            << "unknown"
            << "lag.gap";
        QTest::newRow("gap of 90 s in the middle") << without(base, -300'000, -240'001) << "unknown"
                                                   << "lag.gap";
        QTest::newRow("spike inside a gappy series is still NO-GO")
            << with(without(base, -300'000, -240'001), {{-100'000, 6000}}) << "noGo"
            << "lag.overThreshold";
        QTest::newRow("stale: last sample 61 s old")
            << steady(-600'000, -61'000, 30'000, 800) << "unknown"
            << "lag.stale";
        QTest::newRow("series shorter than the window")
            << steady(-300'000, 0, 30'000, 800) << "unknown"
            << "lag.windowNotCovered";
        QTest::newRow("first sample exactly max gap after start")
            << steady(-540'000, 0, 30'000, 800) << "go"
            << "lag.sustained";
        QTest::newRow("no samples") << Series{} << "unknown"
                                    << "lag.noSamples";
        QTest::newRow("only samples before the window")
            << steady(-1'200'000, -700'000, 30'000, 800) << "unknown"
            << "lag.stale";
        QTest::newRow("future samples are ignored") << with(base, {{30'000, 9000}}) << "go"
                                                    << "lag.sustained";
        QTest::newRow("negative delay makes it unknown")
            << with(base, {{-150'000, -1}}) << "unknown"
            << "lag.invalidSample";
        Series shuffled = base;
        std::reverse(shuffled.begin(), shuffled.end());
        QTest::newRow("order of samples does not matter") << shuffled << "go"
                                                          << "lag.sustained";
    }

    void lagWindow()
    {
        QFETCH(Series, series);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        LagWindowRule rule; // 5000 ms, 600 s, 60 s
        const CriterionEvaluation e = evaluateLagWindow(samples(series), rule, kNow);
        QCOMPARE(toId(e.status), status);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.fact(u"thresholdMs"), QStringLiteral("5000"));
        QCOMPARE(e.fact(u"windowStart"), QStringLiteral("2025-03-13T06:40:00Z"));
        QCOMPARE(e.fact(u"windowEnd"), QStringLiteral("2025-03-13T06:50:00Z"));
        if (reason != QLatin1String("lag.noSamples")) {
            QCOMPARE(e.level, EvidenceLevel::Verified);
            QVERIFY(e.observedAt.has_value());
        } else {
            QCOMPARE(e.level, EvidenceLevel::Assumed);
        }
    }

    void lagWindowEvidence()
    {
        Series s = with(steady(-600'000, 0, 30'000, 1000), {{-420'000, 6500}, {-30'000, 1800}});
        const CriterionEvaluation e = evaluateLagWindow(samples(s), LagWindowRule{}, kNow);
        QCOMPARE(e.status, CriterionStatus::NoGo);
        QCOMPARE(e.fact(u"maxDelayMs"), QStringLiteral("6500"));
        QCOMPARE(e.fact(u"latestDelayMs"), QStringLiteral("1000"));
        QCOMPARE(e.fact(u"samples"), QStringLiteral("21"));
        QCOMPARE(e.fact(u"lastViolationAt"), QStringLiteral("2025-03-13T06:43:00Z"));
        // Clean from then on, the window is sustained ten minutes after the spike.
        QCOMPARE(e.fact(u"goEarliestAt"), QStringLiteral("2025-03-13T06:53:00Z"));
        QCOMPARE(*e.observedAt, kNow);
    }

    void lagCriterionUsesItsParameters()
    {
        GateCriterion c = criterion(CriterionKind::DtsLagSustained, ids::dtsJob);
        c.windowMinutes = 20;
        GateInputs in;
        in.now = kNow;
        in.lag.insert(ids::dtsJob, samples(steady(-900'000, 0, 30'000, 800)));
        CriterionEvaluation e = evaluateAlone(c, in);
        QCOMPARE(e.reason, QStringLiteral("lag.windowNotCovered")); // 15 of 20 minutes
        c.windowMinutes = 15;
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Go);
        QCOMPARE(e.source, QStringLiteral("dts:jy6nmqxhlkeiimy Delay"));
        QCOMPARE(e.fact(u"dtsJobId"), ids::dtsJob);
        c.lagThresholdMs = 800; // strictly below: 800 is not
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::NoGo);
        c.lagThresholdMs = 5000;
        c.maxSampleGapSeconds = 29;
        e = evaluateAlone(c, in);
        QCOMPARE(e.reason, QStringLiteral("lag.gap"));
    }

    void lagIsNeverAttested()
    {
        // Nobody can vouch for fifteen minutes of replication lag; only samples count.
        GateCriterion c = criterion(CriterionKind::DtsLagSustained, ids::dtsJob);
        c.attestation = Attestation{QStringLiteral("Ravi"), kNow.addSecs(-60),
                                    QStringLiteral("looked fine"), true};
        GateInputs in;
        in.now = kNow;
        const CriterionEvaluation e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Unknown);
        QCOMPARE(e.reason, QStringLiteral("lag.noSamples"));
        QVERIFY(!e.attestation);
    }

    void precheck_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("itemStates");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");

        const QStringList ok{QStringLiteral("Success"), QStringLiteral("Success")};
        QTest::newRow("finished") << "Finished" << ok << 60 << "go"
                                  << "precheck.passed";
        QTest::newRow("finished with warning")
            << "Finished" << QStringList{"Success", "Warning"} << 60 << "go"
            << "precheck.passed";
        QTest::newRow("finished but an item failed")
            << "Finished" << QStringList{"Success", "Failed"} << 60 << "noGo"
            << "precheck.itemsFailed";
        QTest::newRow("failed") << "Failed" << QStringList{"Failed"} << 60 << "noGo"
                                << "precheck.failed";
        QTest::newRow("still checking") << "Checking" << ok << 60 << "noGo"
                                        << "precheck.notFinished";
        QTest::newRow("not started") << "NotStarted" << QStringList{} << 60 << "noGo"
                                     << "precheck.notFinished";
        QTest::newRow("unknown state") << "Exploded" << ok << 60 << "unknown"
                                       << "precheck.unknownState";
        QTest::newRow("15 minutes old is fresh") << "Finished" << ok << 900 << "go"
                                                 << "precheck.passed";
        QTest::newRow("one second more is stale") << "Finished" << ok << 901 << "unknown"
                                                  << "observation.stale";
    }

    void precheck()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, itemStates);
        QFETCH(int, ageSeconds);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        DtsPrecheckObservation o;
        o.state = state;
        int n = 0;
        for (const QString &s : itemStates)
            o.items.append({QStringLiteral("ITEM_%1").arg(++n), s, {}, false});
        o.observedAt = kNow.addSecs(-ageSeconds);
        GateInputs in;
        in.now = kNow;
        in.prechecks.insert(ids::dtsJob, o);
        const CriterionEvaluation e =
            evaluateAlone(criterion(CriterionKind::DtsPrecheckPassed, ids::dtsJob), in);
        QCOMPARE(toId(e.status), status);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.level, EvidenceLevel::Verified);
        QCOMPARE(*e.observedAt, o.observedAt);
        QCOMPARE(e.fact(u"state"), state);
    }

    void precheckSkippedItemDoesNotBlock()
    {
        DtsPrecheckObservation o;
        o.state = QStringLiteral("Finished");
        o.items = {{QStringLiteral("CHECK_BINLOG_FORMAT"), QStringLiteral("Failed"),
                    QStringLiteral("binlog_format is STATEMENT"), true}};
        o.observedAt = kNow;
        GateInputs in;
        in.now = kNow;
        in.prechecks.insert(ids::dtsJob, o);
        const auto e = evaluateAlone(criterion(CriterionKind::DtsPrecheckPassed, ids::dtsJob), in);
        QCOMPARE(e.status, CriterionStatus::Go);
        QCOMPARE(e.fact(u"failedItems"), QString());
    }

    void precheckFallsBackToAttestation()
    {
        GateCriterion c = criterion(CriterionKind::DtsPrecheckPassed, ids::dtsJob);
        GateInputs in;
        in.now = kNow;
        CriterionEvaluation e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Unknown);
        QCOMPARE(e.level, EvidenceLevel::Assumed);
        QCOMPARE(e.reason, QStringLiteral("precheck.notObserved"));
        c.attestation = Attestation{QStringLiteral("Ravi Shah"), kNow.addSecs(-3600),
                                    QStringLiteral("console shows precheck passed"), true};
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Go);
        QCOMPARE(e.level, EvidenceLevel::Attested);
        QCOMPARE(e.fact(u"attestedBy"), QStringLiteral("Ravi Shah"));
        // A live observation wins over anyone's word.
        DtsPrecheckObservation o;
        o.state = QStringLiteral("Failed");
        o.observedAt = kNow;
        in.prechecks.insert(ids::dtsJob, o);
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::NoGo);
        QCOMPARE(e.level, EvidenceLevel::Verified);
    }

    void mmsTasks_data()
    {
        QTest::addColumn<TaskCounts>("counts");
        QTest::addColumn<QList<int>>("verification"); // 1 passed, 0 failed, -1 not reported
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        using M = QMap<QString, int>;
        QTest::newRow("all done and verified") << M{{"DONE", 12}} << QList<int>{1, 1, 1} << "go"
                                               << "mms.allDoneVerified";
        QTest::newRow("one still copying")
            << M{{"DONE", 11}, {"DATA_DOING", 1}} << QList<int>{1, 1} << "noGo"
            << "mms.tasksNotDone";
        QTest::newRow("one failed")
            << M{{"DONE", 11}, {"DATA_FAILED", 1}} << QList<int>{1, 1} << "noGo"
            << "mms.tasksFailed";
        QTest::newRow("schema failed") << M{{"SCHEMA_FAILED", 1}} << QList<int>{} << "noGo"
                                       << "mms.tasksFailed";
        QTest::newRow("verification failed") << M{{"DONE", 12}} << QList<int>{1, 0, 1} << "noGo"
                                             << "mms.verificationFailed";
        QTest::newRow("verification not reported") << M{{"DONE", 12}} << QList<int>{1, -1} << "noGo"
                                                   << "mms.verificationMissing";
        QTest::newRow("no verification at all") << M{{"DONE", 12}} << QList<int>{} << "noGo"
                                                << "mms.verificationMissing";
        QTest::newRow("no tasks") << M{} << QList<int>{} << "noGo"
                                  << "mms.noTasks";
    }

    void mmsTasks()
    {
        QFETCH(TaskCounts, counts);
        QFETCH(QList<int>, verification);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        MmsTaskObservation o;
        o.countsByStatus = counts;
        int n = 0;
        for (int v : verification) {
            MmsTableVerification t{QStringLiteral("hive_prod.t%1").arg(++n), std::nullopt};
            if (v >= 0)
                t.passed = v == 1;
            o.verification.append(t);
        }
        o.observedAt = kNow.addSecs(-10);
        GateInputs in;
        in.now = kNow;
        in.mmsTasks.insert(ids::mmsJob, o);
        const auto e = evaluateAlone(criterion(CriterionKind::MmsTasksVerified, ids::mmsJob), in);
        QCOMPARE(toId(e.status), status);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.source, QStringLiteral("mms:81 ListMmsTasks"));
        if (reason == QLatin1String("mms.verificationFailed"))
            QCOMPARE(e.fact(u"verificationFailed"), QStringLiteral("hive_prod.t2"));
    }

    void smcJob_data()
    {
        QTest::addColumn<QString>("jobStatus");
        QTest::addColumn<bool>("runOnce");
        QTest::addColumn<int>("frequencyHours");
        QTest::addColumn<int>("runAgeSeconds"); // -1: no run yet
        QTest::addColumn<int>("maxRunAgeMinutes");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("waiting, recent run") << "Waiting" << false << 6 << 40 * 60 << 0 << "go"
                                             << "smc.waitingRecent";
        QTest::newRow("frequency + 15 min exactly")
            << "Waiting" << false << 1 << 75 * 60 << 0 << "go"
            << "smc.waitingRecent";
        QTest::newRow("one second too old") << "Waiting" << false << 1 << 75 * 60 + 1 << 0 << "noGo"
                                            << "smc.lastRunTooOld";
        QTest::newRow("explicit maximum age") << "Waiting" << false << 6 << 31 * 60 << 30 << "noGo"
                                              << "smc.lastRunTooOld";
        QTest::newRow("running an incremental") << "Running" << false << 6 << 40 * 60 << 0 << "noGo"
                                                << "smc.notWaiting";
        QTest::newRow("in error") << "InError" << false << 6 << 40 * 60 << 0 << "noGo"
                                  << "smc.notWaiting";
        QTest::newRow("waiting before any incremental")
            << "Waiting" << false << 6 << -1 << 0 << "noGo"
            << "smc.noIncrementalRun";
        QTest::newRow("run-once job") << "Finished" << true << 0 << 60 << 0 << "noGo"
                                      << "smc.notIncremental";
    }

    void smcJob()
    {
        QFETCH(QString, jobStatus);
        QFETCH(bool, runOnce);
        QFETCH(int, frequencyHours);
        QFETCH(int, runAgeSeconds);
        QFETCH(int, maxRunAgeMinutes);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        SmcJobObservation o;
        o.status = jobStatus;
        o.runOnce = runOnce;
        o.frequencyHours = frequencyHours;
        if (runAgeSeconds >= 0)
            o.lastIncrementalRunEnd = kNow.addSecs(-runAgeSeconds);
        o.observedAt = kNow.addSecs(-5);
        GateInputs in;
        in.now = kNow;
        in.smcJobs.insert(ids::smcJob, o);
        GateCriterion c = criterion(CriterionKind::SmcIncrementalRecent, ids::smcJob);
        c.maxRunAgeMinutes = maxRunAgeMinutes;
        const auto e = evaluateAlone(c, in);
        QCOMPARE(toId(e.status), status);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.fact(u"status"), jobStatus);
    }

    void smcStaleObservationIsUnknown()
    {
        SmcJobObservation o;
        o.status = QStringLiteral("Waiting");
        o.frequencyHours = 6;
        o.lastIncrementalRunEnd = kNow.addSecs(-600);
        o.observedAt = kNow.addSecs(-16 * 60);
        GateInputs in;
        in.now = kNow;
        in.smcJobs.insert(ids::smcJob, o);
        const auto e =
            evaluateAlone(criterion(CriterionKind::SmcIncrementalRecent, ids::smcJob), in);
        QCOMPARE(e.status, CriterionStatus::Unknown);
        QCOMPARE(e.reason, QStringLiteral("observation.stale"));
    }

    void attestedCriteria_data()
    {
        QTest::addColumn<bool>("attested");
        QTest::addColumn<bool>("holds");
        QTest::addColumn<int>("attestedSecondsAgo");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("reason");
        QTest::newRow("attested") << true << true << 3600 << "go"
                                  << "attested"
                                  << "attested.holds";
        QTest::newRow("attested as not holding") << true << false << 3600 << "noGo"
                                                 << "attested"
                                                 << "attested.doesNotHold";
        QTest::newRow("nothing") << false << true << 0 << "unknown"
                                 << "assumed"
                                 << "notAttested";
        QTest::newRow("dated in the future is ignored") << true << true << -60 << "unknown"
                                                        << "assumed"
                                                        << "notAttested";
    }

    void attestedCriteria()
    {
        QFETCH(bool, attested);
        QFETCH(bool, holds);
        QFETCH(int, attestedSecondsAgo);
        QFETCH(QString, status);
        QFETCH(QString, level);
        QFETCH(QString, reason);
        GateCriterion c = criterion(CriterionKind::BackupVerified);
        c.assumption = QStringLiteral("nightly snapshots are restorable");
        if (attested)
            c.attestation =
                Attestation{QStringLiteral("Ravi Shah"), kNow.addSecs(-attestedSecondsAgo),
                            QStringLiteral("restored to scratch"), holds};
        GateInputs in;
        in.now = kNow;
        const auto e = evaluateAlone(c, in);
        QCOMPARE(toId(e.status), status);
        QCOMPARE(toId(e.level), level);
        QCOMPARE(e.reason, reason);
        if (level == QLatin1String("assumed"))
            QCOMPARE(e.fact(u"assumption"), c.assumption);
        else
            QCOMPARE(e.fact(u"note"), QStringLiteral("restored to scratch"));
    }

    void leastPrivilege()
    {
        GateCriterion c = criterion(CriterionKind::ReplicationUserLeastPrivilege, ids::dtsJob);
        GateInputs in;
        in.now = kNow;
        DtsPrecheckObservation o;
        o.state = QStringLiteral("Failed");
        o.items = {{QStringLiteral("CHECK_SRC_PRIVILEGE"), QStringLiteral("Failed"),
                    QStringLiteral("user dts_repl holds SUPER"), false}};
        o.observedAt = kNow.addSecs(-30);
        in.prechecks.insert(ids::dtsJob, o);
        c.attestation = Attestation{QStringLiteral("Ravi"), kNow.addSecs(-60), {}, true};
        CriterionEvaluation e = evaluateAlone(c, in);
        // The precheck proves too much privilege; an attestation cannot outvote it.
        QCOMPARE(e.status, CriterionStatus::NoGo);
        QCOMPARE(e.level, EvidenceLevel::Verified);
        QCOMPARE(e.reason, QStringLiteral("privilege.precheckFlagged"));
        QCOMPARE(e.fact(u"flaggedItems"), QStringLiteral("CHECK_SRC_PRIVILEGE"));

        o.state = QStringLiteral("Finished");
        o.items = {{QStringLiteral("CHECK_SRC_PRIVILEGE"), QStringLiteral("Success"), {}, false}};
        in.prechecks.insert(ids::dtsJob, o);
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Go);
        QCOMPARE(e.level, EvidenceLevel::Attested);
        QCOMPARE(e.fact(u"precheckFlagsNothing"), QStringLiteral("true"));

        c.attestation.reset();
        e = evaluateAlone(c, in);
        QCOMPARE(e.status, CriterionStatus::Unknown);
        QCOMPARE(e.level, EvidenceLevel::Assumed);
        QCOMPARE(e.reason, QStringLiteral("privilege.notAttested"));
    }

    void rollbackReady()
    {
        Plan plan = makeSandboxPlan();
        GateInputs in;
        in.now = kNow;
        const Gate *dns = findGate(plan, QStringLiteral("gate-dns"));
        QVERIFY(dns);
        const GateCriterion &c = dns->criteria.last().kind == CriterionKind::RollbackPathReady
                                     ? dns->criteria.last()
                                     : dns->criteria.at(2);
        QCOMPARE(c.kind, CriterionKind::RollbackPathReady);
        // The sample has the TTL lowered but the current records not yet written down.
        CriterionEvaluation e = evaluateCriterion(plan, *dns, c, in);
        QCOMPARE(e.status, CriterionStatus::NoGo);
        QCOMPARE(e.reason, QStringLiteral("rollback.notPrepared"));
        QCOMPARE(e.fact(u"unpreparedSteps"), QStringLiteral("cut-dns/dns.recordCurrent"));
        QCOMPARE(e.fact(u"preparedBy"), QStringLiteral("Network team"));

        prepareEverything(plan, kNow.addSecs(-600));
        dns = findGate(plan, QStringLiteral("gate-dns"));
        e = evaluateCriterion(plan, *dns, c, in);
        QCOMPARE(e.status, CriterionStatus::Go);
        QCOMPARE(e.level, EvidenceLevel::Attested);
        QCOMPARE(e.reason, QStringLiteral("rollback.ready"));

        // The database gate also needs the later cutovers' paths: remove one.
        const Gate *db = findGate(plan, QStringLiteral("gate-db"));
        findRollbackPath(plan, QStringLiteral("cut-servers"))->steps.clear();
        e = evaluateCriterion(plan, *db, db->criteria.last(), in);
        QCOMPARE(e.status, CriterionStatus::NoGo);
        QCOMPARE(e.reason, QStringLiteral("rollback.missing"));
        QCOMPARE(e.fact(u"missingPaths"), QStringLiteral("cut-servers"));
        QCOMPARE(e.fact(u"phases"), QStringLiteral("cut-db,cut-servers,cut-dns"));
    }

    void sandboxGatesGoWhenHealthy()
    {
        Plan plan = makeSandboxPlan();
        prepareEverything(plan, kNow.addSecs(-3600));
        const GateInputs in = healthyInputs(kNow);
        for (const Gate &g : plan.gates) {
            const auto evaluations = evaluateGate(plan, g, in);
            QCOMPARE(evaluations.size(), g.criteria.size());
            for (const auto &e : evaluations)
                QVERIFY2(e.status == CriterionStatus::Go || !e.mandatory,
                         qPrintable(e.criterionId + QLatin1Char(' ') + e.reason));
            QCOMPARE(overallStatus(evaluations), CriterionStatus::Go);
            for (const auto &e : evaluations)
                QCOMPARE(e.evaluatedAt, kNow);
        }
    }

    void sandboxLagSpikeBlocksDatabaseGate()
    {
        // The sandbox's replication has spikes above 5 s that drain: the gate waits them out.
        Plan plan = makeSandboxPlan();
        prepareEverything(plan, kNow.addSecs(-3600));
        GateInputs in = healthyInputs(kNow);
        auto &lag = in.lag[ids::dtsJob];
        for (LagSample &s : lag) {
            if (s.at >= kNow.addSecs(-8 * 60) && s.at <= kNow.addSecs(-7 * 60))
                s.delayMs = 7400;
        }
        const Gate *db = findGate(plan, QStringLiteral("gate-db"));
        auto evaluations = evaluateGate(plan, *db, in);
        QCOMPARE(overallStatus(evaluations), CriterionStatus::NoGo);
        QCOMPARE(evaluations.first().fact(u"goEarliestAt"), QStringLiteral("2025-03-13T06:58:00Z"));
        // An optional criterion never decides the gate.
        const Gate *dnsGate = findGate(plan, QStringLiteral("gate-dns"));
        Plan p2 = plan;
        for (Gate &g : p2.gates) {
            if (g.id == dnsGate->id)
                g.criteria.last().attestation->holds = false; // optional "reports" criterion
        }
        evaluations = evaluateGate(p2, *findGate(p2, dnsGate->id), healthyInputs(kNow));
        QCOMPARE(evaluations.last().status, CriterionStatus::NoGo);
        QCOMPARE(overallStatus(evaluations), CriterionStatus::Go);
    }

    void overall()
    {
        CriterionEvaluation go;
        go.status = CriterionStatus::Go;
        CriterionEvaluation unknown;
        unknown.status = CriterionStatus::Unknown;
        CriterionEvaluation noGo;
        noGo.status = CriterionStatus::NoGo;
        QCOMPARE(overallStatus({go, go}), CriterionStatus::Go);
        QCOMPARE(overallStatus({go, unknown}), CriterionStatus::Unknown);
        QCOMPARE(overallStatus({unknown, noGo}), CriterionStatus::NoGo);
        noGo.mandatory = false;
        QCOMPARE(overallStatus({go, noGo}), CriterionStatus::Go);
        QCOMPARE(overallStatus({}), CriterionStatus::Go);
    }
};

QTEST_GUILESS_MAIN(TestGates)
#include "tst_gates.moc"
