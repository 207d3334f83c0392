// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gates.h"
#include "model/plan.h"
#include "model/planfile.h"
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

const QDateTime kNow = utc(10, 6, 55);

struct Fixture
{
    Plan plan = makeSandboxPlan();
    QList<CriterionEvaluation> evaluations;
};

Fixture readyForDatabaseCutover()
{
    Fixture f;
    prepareEverything(f.plan, kNow.addSecs(-3600));
    f.evaluations =
        evaluateGate(f.plan, *findGate(f.plan, QStringLiteral("gate-db")), healthyInputs(kNow));
    return f;
}

} // namespace

class TestEvidence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void goRecordsSnapshot()
    {
        Fixture f = readyForDatabaseCutover();
        QCOMPARE(overallStatus(f.evaluations), CriterionStatus::Go);
        const DecideResult r = decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                                        QStringLiteral("Mei Lin"), kNow.addSecs(30));
        QVERIFY(r.ok());
        QVERIFY(r.decision);
        QCOMPARE(f.plan.decisions.size(), 1);
        const GoDecision &d = f.plan.decisions.first();
        QCOMPARE(d.outcome, DecisionOutcome::Go);
        QCOMPARE(d.gateId, QStringLiteral("gate-db"));
        QCOMPARE(d.phaseId, QStringLiteral("cut-db"));
        QCOMPARE(d.decidedBy, QStringLiteral("Mei Lin"));
        QCOMPARE(d.decidedAt, kNow.addSecs(30));
        QCOMPARE(d.decidedAt.timeSpec(), Qt::UTC);
        QCOMPARE(d.evidence.size(), 5);
        // Every criterion with its evidence, level and timestamp.
        QCOMPARE(d.evidence.at(0).criterionId, QStringLiteral("db-lag"));
        QCOMPARE(d.evidence.at(0).level, EvidenceLevel::Verified);
        QVERIFY(d.evidence.at(0).observedAt);
        QVERIFY(!d.evidence.at(0).fact(u"maxDelayMs").isEmpty());
        QCOMPARE(d.evidence.at(3).criterionId, QStringLiteral("db-backup"));
        QCOMPARE(d.evidence.at(3).level, EvidenceLevel::Attested);
        QCOMPARE(d.evidence.at(3).attestation->by, QStringLiteral("Ravi Shah"));
        QCOMPARE(d.digest.size(), 64);
        QCOMPARE(d.digest, computeDecisionDigest(d));
        QCOMPARE(r.decision->id, d.id);
    }

    void snapshotIsImmutable()
    {
        Fixture f = readyForDatabaseCutover();
        QVERIFY(decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                         QStringLiteral("Mei Lin"), kNow)
                    .ok());
        const GoDecision recorded = f.plan.decisions.first();
        // Later changes to the evaluations or the gate do not reach the record.
        f.evaluations[0].status = CriterionStatus::NoGo;
        f.evaluations[0].facts.clear();
        f.plan.gates[0].criteria[3].attestation.reset();
        QCOMPARE(f.plan.decisions.first().evidence.at(0).status, CriterionStatus::Go);
        QVERIFY(!f.plan.decisions.first().evidence.at(0).facts.isEmpty());
        QVERIFY(f.plan.decisions.first().evidence.at(3).attestation);
        QCOMPARE(computeDecisionDigest(f.plan.decisions.first()), recorded.digest);
        // Tampering with the record shows in the digest.
        GoDecision tampered = recorded;
        tampered.evidence[0].facts[0].value = QStringLiteral("1");
        QVERIFY(computeDecisionDigest(tampered) != recorded.digest);
        tampered = recorded;
        tampered.decidedBy = QStringLiteral("Someone else");
        QVERIFY(computeDecisionDigest(tampered) != recorded.digest);
    }

    void snapshotSurvivesTheFile()
    {
        Fixture f = readyForDatabaseCutover();
        QVERIFY(decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                         QStringLiteral("Mei Lin"), kNow)
                    .ok());
        const PlanLoadResult loaded = parsePlan(serializePlan(f.plan));
        QVERIFY(loaded.ok());
        const GoDecision &d = loaded.plan->decisions.first();
        QCOMPARE(d.digest, f.plan.decisions.first().digest);
        QCOMPARE(computeDecisionDigest(d), d.digest);
        QCOMPARE(d.evidence.size(), f.plan.decisions.first().evidence.size());
        for (int i = 0; i < d.evidence.size(); ++i) {
            const auto &a = d.evidence.at(i);
            const auto &b = f.plan.decisions.first().evidence.at(i);
            QCOMPARE(a.criterionId, b.criterionId);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.level, b.level);
            QCOMPARE(a.reason, b.reason);
            QCOMPARE(a.observedAt, b.observedAt);
            QCOMPARE(a.facts.size(), b.facts.size());
        }
    }

    void goRefusedWhileBlocked_data()
    {
        QTest::addColumn<QString>("breakWhat");
        QTest::addColumn<QString>("blocking");
        QTest::newRow("lag spike (NO-GO)") << "lag"
                                           << "db-lag";
        QTest::newRow("no precheck seen (Unknown)") << "precheck"
                                                    << "db-precheck";
        QTest::newRow("nobody attested least privilege") << "privilege"
                                                         << "db-privilege";
    }

    void goRefusedWhileBlocked()
    {
        QFETCH(QString, breakWhat);
        QFETCH(QString, blocking);
        Fixture f;
        prepareEverything(f.plan, kNow.addSecs(-3600));
        GateInputs in = healthyInputs(kNow);
        if (breakWhat == QLatin1String("lag"))
            in.lag[ids::dtsJob].last().delayMs = 5000;
        else if (breakWhat == QLatin1String("precheck"))
            in.prechecks.clear();
        else
            f.plan.gates[0].criteria[2].attestation.reset();
        f.evaluations = evaluateGate(f.plan, f.plan.gates.first(), in);
        DecideResult r = decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                                  QStringLiteral("Mei Lin"), kNow);
        QCOMPARE(r.error, DecideError::Blocked);
        QCOMPARE(r.blockingCriteria, QStringList{blocking});
        QVERIFY(!r.decision);
        QVERIFY(f.plan.decisions.isEmpty());
        // A blank reason is no reason.
        r = decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations, QStringLiteral("Mei Lin"),
                     kNow, QStringLiteral("   "));
        QCOMPARE(r.error, DecideError::Blocked);
        QVERIFY(f.plan.decisions.isEmpty());
        // An explicit override with a reason goes through and says what it overrode.
        r = decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations, QStringLiteral("Mei Lin"),
                     kNow, QStringLiteral("CTO approved: maintenance window closes at 07:30"));
        QVERIFY(r.ok());
        QCOMPARE(f.plan.decisions.size(), 1);
        QCOMPARE(f.plan.decisions.first().outcome, DecisionOutcome::GoWithOverride);
        QCOMPARE(f.plan.decisions.first().overriddenCriteria, QStringList{blocking});
        QCOMPARE(f.plan.decisions.first().note,
                 QStringLiteral("CTO approved: maintenance window closes at 07:30"));
    }

    void mandatoryComesFromTheGate()
    {
        // An evaluation claiming to be optional cannot soften a mandatory criterion.
        Fixture f = readyForDatabaseCutover();
        f.evaluations[1].status = CriterionStatus::NoGo;
        f.evaluations[1].mandatory = false;
        const DecideResult r = decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                                        QStringLiteral("Mei Lin"), kNow);
        QCOMPARE(r.error, DecideError::Blocked);
        QCOMPARE(r.blockingCriteria, QStringList{QStringLiteral("db-precheck")});
    }

    void refusals()
    {
        Fixture f = readyForDatabaseCutover();
        QCOMPARE(
            decideGo(f.plan, QStringLiteral("nope"), f.evaluations, QStringLiteral("Mei"), kNow)
                .error,
            DecideError::UnknownGate);
        QCOMPARE(
            decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations, QStringLiteral(" "), kNow)
                .error,
            DecideError::MissingDecider);
        QCOMPARE(decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations, QStringLiteral("Mei"),
                          QDateTime())
                     .error,
                 DecideError::InvalidTime);
        auto partial = f.evaluations;
        partial.removeAt(2);
        const DecideResult r =
            decideGo(f.plan, QStringLiteral("gate-db"), partial, QStringLiteral("Mei"), kNow,
                     QStringLiteral("override does not cover a missing evaluation"));
        QCOMPARE(r.error, DecideError::MissingEvaluation);
        QCOMPARE(r.blockingCriteria, QStringList{QStringLiteral("db-privilege")});
        QVERIFY(f.plan.decisions.isEmpty());
    }

    void noGoIsRecordedToo()
    {
        Fixture f;
        GateInputs in = healthyInputs(kNow);
        in.smcJobs[ids::smcJob].status = QStringLiteral("InError");
        const Gate *g = findGate(f.plan, QStringLiteral("gate-servers"));
        f.evaluations = evaluateGate(f.plan, *g, in);
        DecideResult r = decideNoGo(f.plan, QStringLiteral("gate-servers"), f.evaluations,
                                    QStringLiteral("Tom Berger"), kNow,
                                    QStringLiteral("erp-04 replication in error"));
        QVERIFY(r.ok());
        r = decideGo(f.plan, QStringLiteral("gate-servers"), f.evaluations,
                     QStringLiteral("Tom Berger"), kNow.addSecs(60));
        QCOMPARE(r.error, DecideError::Blocked);
        QCOMPARE(f.plan.decisions.size(), 1);
        const GoDecision &d = f.plan.decisions.first();
        QCOMPARE(d.outcome, DecisionOutcome::NoGo);
        QCOMPARE(d.evidence.at(0).reason, QStringLiteral("smc.notWaiting"));
        QVERIFY(d.overriddenCriteria.isEmpty());
    }

    void decisionsAppendWithUniqueIds()
    {
        Fixture f = readyForDatabaseCutover();
        for (int i = 0; i < 3; ++i)
            QVERIFY(decideGo(f.plan, QStringLiteral("gate-db"), f.evaluations,
                             QStringLiteral("Mei Lin"), kNow.addSecs(i))
                        .ok());
        QCOMPARE(f.plan.decisions.size(), 3);
        QCOMPARE(f.plan.decisions.at(0).id, QStringLiteral("decision-1"));
        QCOMPARE(f.plan.decisions.at(2).id, QStringLiteral("decision-3"));
        QVERIFY(f.plan.decisions.at(0).digest != f.plan.decisions.at(1).digest);
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
