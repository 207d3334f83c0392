// SPDX-License-Identifier: GPL-3.0-or-later
// The observations a plan file may carry: round trip, optionality, bad content with the member
// named, decimation, the gate inputs they amount to, and the lag summary.
#include "model/gates.h"
#include "model/lagsummary.h"
#include "model/planfile.h"
#include "model/planobservations.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using ferry::test::makeSandboxPlan;
using ferry::test::utc;

namespace {

QByteArray edited(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return bytes.replace(at, from.size(), to);
}

// "0:100 30:200": seconds after `start` and lag in ms.
QList<LagSample> lagAt(const QDateTime &start, const QString &points)
{
    QList<LagSample> out;
    for (const QString &p : points.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = p.split(QLatin1Char(':'));
        out.append({start.addSecs(parts.at(0).toInt()), parts.at(1).toLongLong()});
    }
    return out;
}

bool sameLag(const QList<LagSample> &a, const QList<LagSample> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const LagSample &x, const LagSample &y) {
                          return x.at == y.at && x.delayMs == y.delayMs;
                      });
}

} // namespace

class TestPlanObservations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void roundTrip()
    {
        const Plan plan = makeSandboxPlan();
        QVERIFY(plan.observations);
        const QByteArray bytes = serializePlan(plan);
        const PlanLoadResult r = parsePlan(bytes);
        QVERIFY2(r.ok(), qPrintable(describePlanFileError(r.error)));
        QCOMPARE(serializePlan(*r.plan), bytes);
        const PlanObservations &o = *r.plan->observations;
        QCOMPARE(o.collectedAt, utc(10, 6, 45));
        QCOMPARE(o.collectedFrom, QStringLiteral("sandbox"));
        QCOMPARE(o.dts.size(), 1);
        QVERIFY(sameLag(o.dts.first().lag, plan.observations->dts.first().lag));
        QCOMPARE(o.dts.first().precheck->items.size(), 6);
        QCOMPARE(o.smc.size(), 1);
        QCOMPARE(o.smc.at(0).runs.size(), plan.observations->smc.at(0).runs.size());
        QCOMPARE(std::count_if(o.smc.at(0).runs.cbegin(), o.smc.at(0).runs.cend(),
                               [](const SmcRunObservation &r) { return r.failed; }),
                 0);
        QCOMPARE(o.smc.at(0).runs.first().trigger, RunTrigger::Manual);
        QVERIFY(!o.smc.at(0).runs.first().failed);
        QCOMPARE(o.mms.first().tables.size(), 214);
        QCOMPARE(o.mms.first().countsByStatus.value(QStringLiteral("DONE")), 211);
        QCOMPARE(o.mms.first().progress.size(), plan.observations->mms.first().progress.size());
        QVERIFY(o.backup);
        QCOMPARE(o.backup->state, BackupState::Verified);
        QCOMPARE(o.backup->meta.level, EvidenceLevel::Attested);
        QCOMPARE(o.backup->meta.by, QStringLiteral("Ravi Shah"));
    }

    void isOptional()
    {
        Plan plan = makeSandboxPlan();
        plan.observations.reset();
        const QByteArray bytes = serializePlan(plan);
        QVERIFY(!bytes.contains("\"observations\""));
        const PlanLoadResult r = parsePlan(bytes);
        QVERIFY(r.ok());
        QVERIFY(!r.plan->observations);
        // An empty record is not written either: version 1 readers see the same file.
        plan.observations = PlanObservations{};
        QCOMPARE(serializePlan(plan), bytes);
    }

    void invalidContent_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("unknown evidence level")
            << QByteArray("\"level\": \"verified\"") << QByteArray("\"level\": \"rumoured\"")
            << QStringLiteral("/plan/observations/dts/0/meta/level");
        QTest::newRow("negative task count")
            << QByteArray("\"DATA_DOING\": 2") << QByteArray("\"DATA_DOING\": -2")
            << QStringLiteral("/plan/observations/mms/0/taskCounts/DATA_DOING");
        QTest::newRow("unknown backup state")
            << QByteArray("\"state\": \"verified\"") << QByteArray("\"state\": \"probably\"")
            << QStringLiteral("/plan/observations/backup/state");
        QTest::newRow("run start not a time")
            << QByteArray("\"start\": \"2025-03-05T08:05:00Z\"")
            << QByteArray("\"start\": \"yesterday\"")
            << QStringLiteral("/plan/observations/smc/0/runs/0/start");
        QTest::newRow("observations not an object")
            << QByteArray("\"observations\": {") << QByteArray("\"observations\": [], \"x\": {")
            << QStringLiteral("/plan/observations");
    }

    void invalidContent()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, pointer);
        const PlanLoadResult r = parsePlan(edited(serializePlan(makeSandboxPlan()), from, to));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, PlanFileErrorCode::InvalidContent);
        QCOMPARE(r.error.pointer, pointer);
    }

    void progressNeedsFiveCounts()
    {
        Plan plan = makeSandboxPlan();
        QByteArray bytes = serializePlan(plan);
        // Drop the last count of the first progress point.
        const QByteArray from = "\"tasks\": [\n";
        const qsizetype at = bytes.indexOf(from);
        QVERIFY(at > 0);
        const qsizetype end = bytes.indexOf(']', at);
        const qsizetype lastComma = bytes.lastIndexOf(',', end);
        bytes.remove(lastComma, end - lastComma);
        const PlanLoadResult r = parsePlan(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.pointer, QStringLiteral("/plan/observations/mms/0/progress/0/tasks"));
    }

    void lagPointMustBeAPair()
    {
        QByteArray bytes = serializePlan(makeSandboxPlan());
        const qsizetype points = bytes.indexOf("\"points\": [");
        QVERIFY(points > 0);
        // The second point loses its delay.
        const qsizetype second = bytes.indexOf("],", points) + 2;
        const qsizetype comma = bytes.indexOf(',', second);
        const qsizetype close = bytes.indexOf(']', comma);
        bytes.remove(comma, close - comma);
        const PlanLoadResult r = parsePlan(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.pointer, QStringLiteral("/plan/observations/dts/0/lag/points/1"));
    }

    void secretsInObservationsAreFound()
    {
        Plan plan = makeSandboxPlan();
        plan.observations->dts.first().precheck->items.first().message =
            QStringLiteral("connect failed for user repl password=Hunter2!");
        plan.observations->mms.first().name = QStringLiteral("LTAI5tAbCdEfGhIjKlMnOpQr");
        const QStringList found = findSecrets(plan);
        QCOMPARE(found.size(), 2);
        QVERIFY(found.contains(QStringLiteral("/plan/observations/mms/0/name")));
        const Plan clean = sanitizedPlan(plan);
        QVERIFY(findSecrets(clean).isEmpty());
        QVERIFY(!serializePlan(clean).contains("Hunter2"));
        QVERIFY(!serializePlan(clean).contains("LTAI"));
        // Masking touches the secrets only.
        QCOMPARE(clean.observations->mms.first().tables.size(), 214);
        QCOMPARE(clean.observations->dts.first().lag.size(),
                 plan.observations->dts.first().lag.size());
    }

    void decimationKeepsExtremes()
    {
        QList<LagSample> lag;
        const QDateTime start = utc(10, 0);
        for (int i = 0; i < 100'000; ++i)
            lag.append({start.addSecs(i), 500 + (i % 7) * 10});
        lag[54'321].delayMs = 42'000;
        lag[77'777].delayMs = 0;
        const QList<LagSample> d = decimateLag(lag);
        QVERIFY(d.size() <= kMaxLagPoints);
        QVERIFY(d.size() > kMaxLagPoints / 4);
        QCOMPARE(d.first().at, lag.first().at);
        QCOMPARE(d.last().at, lag.last().at);
        const auto has = [&](qint64 ms, const QDateTime &at) {
            return std::any_of(d.cbegin(), d.cend(),
                               [&](const LagSample &s) { return s.delayMs == ms && s.at == at; });
        };
        QVERIFY(has(42'000, lag[54'321].at));
        QVERIFY(has(0, lag[77'777].at));
        QVERIFY(std::is_sorted(d.cbegin(), d.cend(),
                               [](const LagSample &a, const LagSample &b) { return a.at < b.at; }));
        // Small series are kept as they are.
        const QList<LagSample> few = lag.mid(0, 100);
        QVERIFY(sameLag(decimateLag(few), few));
    }

    void gateInputsFromTheSample()
    {
        const Plan plan = makeSandboxPlan();
        const GateInputs in = toGateInputs(*plan.observations, utc(10, 6, 45));
        const Gate &db = *findGate(plan, QStringLiteral("gate-db"));
        const QList<CriterionEvaluation> ev = evaluateGate(plan, db, in);
        QCOMPARE(ev.size(), 5);
        QCOMPARE(ev.at(0).status, CriterionStatus::Go); // lag under 5 s for 15 min
        QCOMPARE(ev.at(0).level, EvidenceLevel::Verified);
        QCOMPARE(ev.at(1).status, CriterionStatus::Go);      // precheck passed with warnings
        QCOMPARE(ev.at(2).status, CriterionStatus::Unknown); // least privilege not attested
        QCOMPARE(ev.at(2).level, EvidenceLevel::Assumed);
        QCOMPARE(ev.at(3).level, EvidenceLevel::Attested); // backup restore test
        QCOMPARE(ev.at(4).status, CriterionStatus::NoGo);  // rollback preparations missing
        const QList<CriterionEvaluation> srv =
            evaluateGate(plan, *findGate(plan, QStringLiteral("gate-servers")), in);
        QCOMPARE(srv.at(0).status, CriterionStatus::Go);
        const QList<CriterionEvaluation> dns =
            evaluateGate(plan, *findGate(plan, QStringLiteral("gate-dns")), in);
        QCOMPARE(dns.at(0).status, CriterionStatus::NoGo);
        QCOMPARE(dns.at(0).reason, QStringLiteral("mms.tasksFailed"));
        // Ten minutes earlier the lag spike at 06:05 is inside the 15-minute window.
        const QList<CriterionEvaluation> early =
            evaluateGate(plan, db, toGateInputs(*plan.observations, utc(10, 6, 15)));
        QCOMPARE(early.at(0).status, CriterionStatus::NoGo);
    }

    void lagSummary_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<qint64>("under");
        QTest::addColumn<qint64>("over");
        QTest::addColumn<qint64>("unknown");
        QTest::addColumn<qint64>("longest");
        QTest::addColumn<qint64>("max");
        QTest::newRow("empty") << QString() << 0LL << 0LL << 0LL << 0LL << 0LL;
        QTest::newRow("all under")
            << "0:100 30:200 60:300" << 60'000LL << 0LL << 0LL << 60'000LL << 300LL;
        // An interval with one end at the threshold counts as over: under means strictly below.
        QTest::newRow("threshold is over")
            << "0:100 30:5000 60:100 90:100" << 30'000LL << 60'000LL << 0LL << 30'000LL << 5000LL;
        QTest::newRow("gap is unknown")
            << "0:100 30:100 200:100 230:100" << 60'000LL << 0LL << 170'000LL << 30'000LL << 100LL;
        QTest::newRow("unsorted input")
            << "60:300 0:100 30:200" << 60'000LL << 0LL << 0LL << 60'000LL << 300LL;
    }

    void lagSummary()
    {
        QFETCH(QString, points);
        QFETCH(qint64, under);
        QFETCH(qint64, over);
        QFETCH(qint64, unknown);
        QFETCH(qint64, longest);
        QFETCH(qint64, max);
        const LagSummary s = summarizeLag(lagAt(utc(10, 0), points), 5000, 60'000);
        QCOMPARE(s.samples, int(points.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()));
        QCOMPARE(s.underMs, under);
        QCOMPARE(s.overMs, over);
        QCOMPARE(s.unknownMs, unknown);
        QCOMPARE(s.longestUnderMs, longest);
        QCOMPARE(s.maxDelayMs, max);
        QCOMPARE(s.underMs + s.overMs + s.unknownMs, s.spanMs);
    }

    void sampleLagSummary()
    {
        const Plan plan = makeSandboxPlan();
        const DtsObservation &d = plan.observations->dts.first();
        const LagSummary s = summarizeLag(d.lag, 5000, 60'000);
        QCOMPARE(s.spanMs, 6LL * 3600 * 1000);
        QVERIFY(s.maxDelayMs > 30'000);        // the nightly batch
        QVERIFY(s.unknownMs >= 4 * 60 * 1000); // the monitor's four-minute gap
        QVERIFY(s.underMs > s.overMs);
        QCOMPARE(s.underMs + s.overMs + s.unknownMs, s.spanMs);
    }
};

QTEST_GUILESS_MAIN(TestPlanObservations)

#include "tst_planobservations.moc"
