// SPDX-License-Identifier: GPL-3.0-or-later
// The report model: sections in order, the facts with their evidence, gaps spelled out when
// data is missing, and no secret in any text whatever the plan holds.
#include "model/gates.h"
#include "model/planfile.h"
#include "model/report.h"
#include "testsupport_plan.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using ferry::test::makeSandboxPlan;
using ferry::test::utc;

namespace {

ReportOptions options()
{
    ReportOptions o;
    o.generatedAt = utc(10, 7);
    return o;
}

const ReportSection *section(const Report &r, const QString &id)
{
    for (const ReportSection &s : r.sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

// All text of one section, joined, for "does it say this" checks.
QString textOf(const ReportSection &s)
{
    QStringList out{s.title};
    for (const ReportBlock &b : s.blocks) {
        out << b.text << b.table.headers;
        for (const auto &row : b.table.rows) {
            for (const ReportCell &c : row)
                out << c.text;
        }
        if (b.chart)
            out << b.chart->title << b.chart->legend;
    }
    return out.join(QLatin1Char('\n'));
}

// The row of a table (in any block of the section) whose first cell is `label`.
QList<ReportCell> rowOf(const ReportSection &s, const QString &label)
{
    for (const ReportBlock &b : s.blocks) {
        for (const auto &row : b.table.rows) {
            if (!row.isEmpty() && row.first().text == label)
                return row;
        }
    }
    return {};
}

const char kAccessKeyId[] = "LTAI5tQx7Yb2Kd9Wm3Np8Rs4";
const char kPassword[] = "Tr0ub4dor&3";

// The sample plan with secrets planted wherever free text goes.
Plan plantedPlan()
{
    Plan plan = makeSandboxPlan();
    const QString ak = QString::fromLatin1(kAccessKeyId);
    const QString pw = QString::fromLatin1(kPassword);
    plan.description += QStringLiteral(" Use key %1 for the bucket.").arg(ak);
    plan.phases[2].notes = QStringLiteral("DB login: password=%1").arg(pw);
    plan.phases[3].owner = QStringLiteral("Ravi (token: %1)").arg(pw);
    plan.risks[0].mitigation = QStringLiteral("Call ops with --access-key-secret %1").arg(pw);
    plan.risks[1].title = QStringLiteral("Key %1 leaked in a ticket").arg(ak);
    plan.gates[0].criteria[3].attestation->note = QStringLiteral("checked with %1").arg(ak);
    plan.ossImports[0].extraJobProperties.insert(QStringLiteral("srcSecretKey"), pw);
    PlanObservations &o = *plan.observations;
    o.dts[0].name = QStringLiteral("orders %1").arg(ak);
    o.dts[0].precheck->items[3].message = QStringLiteral("login failed: password=%1").arg(pw);
    o.smc[0].settings->sourceServer = QStringLiteral("app01 AccessKeySecret=%1").arg(pw);
    o.mms[0].tables[5].table = QStringLiteral("ods.%1").arg(ak);
    o.backup->note = QStringLiteral("restored with \"password\": \"%1\"").arg(pw);
    return plan;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sectionsInOrder()
    {
        const Report r = buildReport(makeSandboxPlan(), options());
        QStringList ids;
        for (const ReportSection &s : r.sections)
            ids << s.id;
        QCOMPARE(ids, (QStringList{"scope", "tools", "cutover", "rollback", "dts", "smc", "mms",
                                   "risks", "gaps"}));
        QCOMPARE(r.sections.first().title, QStringLiteral("Scope and evidence level"));
        QCOMPARE(r.sections.last().title, QStringLiteral("Assumptions and blockers"));
        QCOMPARE(r.planName, QStringLiteral("Shop platform to Alibaba Cloud (sandbox)"));
    }

    void coverAndScope()
    {
        const Report r = buildReport(makeSandboxPlan(), options());
        QCOMPARE(r.generatedLine, QStringLiteral("Generated 2025-03-13 07:00 UTC"));
        QVERIFY(r.coverVerdict.contains(QStringLiteral("Database cutover")));
        QVERIFY(r.coverVerdict.contains(QStringLiteral("NO-GO")));
        QCOMPARE(r.coverTone, ReportTone::Bad);
        const ReportSection &scope = *section(r, QStringLiteral("scope"));
        QCOMPARE(rowOf(scope, QStringLiteral("Criteria judged as of")).at(1).text,
                 QStringLiteral("2025-03-13 06:45 UTC"));
        QCOMPARE(rowOf(scope, QStringLiteral("Services")).at(1).text,
                 QStringLiteral("DTS, SMC, MMS, OSSImport"));
        // The tally the scope section shows is the count of evidence cells in the report.
        EvidenceTally counted;
        counted.add(r.sections);
        QCOMPARE(r.tally.verified, counted.verified);
        QCOMPARE(r.tally.attested, counted.attested);
        QCOMPARE(r.tally.assumed, counted.assumed);
        QVERIFY(counted.verified > 200); // one per verified MMS table among others
        QCOMPARE(rowOf(scope, QStringLiteral("Verified")).at(2).text,
                 QString::number(counted.verified));
        QCOMPARE(rowOf(scope, QStringLiteral("Assumed")).at(2).text,
                 QString::number(counted.assumed));
    }

    void criteriaCarryStateAndEvidence()
    {
        const Report r = buildReport(makeSandboxPlan(), options());
        const ReportSection &cutover = *section(r, QStringLiteral("cutover"));
        const QList<ReportCell> lag =
            rowOf(cutover, QStringLiteral("DTS lag under 5 s, sustained"));
        QCOMPARE(lag.size(), 5);
        QCOMPARE(lag.at(2).text, QStringLiteral("GO"));
        QCOMPARE(lag.at(3).text, QStringLiteral("Verified 2025-03-13 06:45 UTC"));
        QCOMPARE(lag.at(3).evidence, EvidenceLevel::Verified);
        const QList<ReportCell> priv =
            rowOf(cutover, QStringLiteral("Replication user least-privilege"));
        QCOMPARE(priv.at(2).text, QStringLiteral("Unknown"));
        QCOMPARE(priv.at(3).text, QStringLiteral("Assumed"));
        const QList<ReportCell> backup = rowOf(cutover, QStringLiteral("Backup verified"));
        QCOMPARE(backup.at(3).text, QStringLiteral("Attested by Ravi Shah, 2025-03-05 15:40 UTC"));
        const QString text = textOf(cutover);
        QVERIFY(text.contains(QStringLiteral("Gate \"DNS/LB cutover\"")));
        QVERIFY(text.contains(QStringLiteral("1 of 214 tasks failed.")));
        QVERIFY(text.contains(QStringLiteral("No go/no-go decision has been recorded yet.")));
    }

    void monitoringSections()
    {
        const Report r = buildReport(makeSandboxPlan(), options());
        const ReportSection &dts = *section(r, QStringLiteral("dts"));
        QCOMPARE(rowOf(dts, QStringLiteral("Cutover rule")).at(1).text,
                 QStringLiteral("Lag under 5 s for 15 min without a gap over 1 min"));
        const QString under = rowOf(dts, QStringLiteral("Time under threshold")).at(1).text;
        QVERIFY2(under.contains(QStringLiteral(" of 6 h (")), qPrintable(under));
        QCOMPARE(rowOf(dts, QStringLiteral("Time without readings")).at(1).text,
                 QStringLiteral("4 min 30 s"));
        QCOMPARE(rowOf(dts, QStringLiteral("State")).at(1).text,
                 QStringLiteral("Restore tested and verified"));
        const auto charts = [](const ReportSection &s) {
            int n = 0;
            for (const ReportBlock &b : s.blocks)
                n += b.kind == ReportBlock::Kind::Chart;
            return n;
        };
        QCOMPARE(charts(dts), 1);
        const ReportSection &smc = *section(r, QStringLiteral("smc"));
        QCOMPARE(charts(smc), 1);
        QCOMPARE(rowOf(smc, QStringLiteral("Runs observed")).at(1).text,
                 QStringLiteral("33: 31 scheduled, 2 manual, 0 failed"));
        const ReportSection &mms = *section(r, QStringLiteral("mms"));
        QCOMPARE(charts(mms), 1);
        QCOMPARE(rowOf(mms, QStringLiteral("Table verification")).at(1).text,
                 QStringLiteral("211 passed, 1 failed, 2 not yet verified"));
        const QList<ReportCell> failed = rowOf(mms, QStringLiteral("ods.ods_click_log_df"));
        QCOMPARE(failed.size(), 7);
        QCOMPARE(failed.at(4).text, QStringLiteral("-752"));
        QCOMPARE(failed.at(5).text, QStringLiteral("Failed"));
        QCOMPARE(failed.at(5).tone, ReportTone::Bad);
    }

    void rollbackAndRisks()
    {
        const Report r = buildReport(makeSandboxPlan(), options());
        const QString rollback = textOf(*section(r, QStringLiteral("rollback")));
        QVERIFY(rollback.contains(QStringLiteral("Point of no return:")));
        QVERIFY(rollback.contains(QStringLiteral("create and precheck the DTS reverse task")));
        QVERIFY(
            rollback.contains(QStringLiteral("Attested by Network team, 2025-03-11 09:00 UTC")));
        const QString risks = textOf(*section(r, QStringLiteral("risks")));
        QVERIFY(risks.contains(QStringLiteral("Hive DECIMAL(38,18) columns lose precision")));
        QVERIFY(risks.contains(QStringLiteral("No reverse task exists yet")));
        const QString gaps = textOf(*section(r, QStringLiteral("gaps")));
        QVERIFY(gaps.contains(QStringLiteral("Replication user least-privilege: Unknown")));
        QVERIFY(gaps.contains(QStringLiteral("QA runs the checkout smoke suite")));
        QVERIFY(gaps.contains(QStringLiteral("Bandwidth 1000 Mbit/s at 70 % efficiency")));
    }

    void missingDataIsSaidSo()
    {
        Plan plan = makeSandboxPlan();
        plan.observations.reset();
        const Report r = buildReport(plan, options());
        const ReportSection &scope = *section(r, QStringLiteral("scope"));
        QCOMPARE(rowOf(scope, QStringLiteral("Monitoring data")).at(1).text,
                 QStringLiteral("None: the plan file holds no observations"));
        // Without observations the criteria are judged at the time of the report.
        QCOMPARE(rowOf(scope, QStringLiteral("Criteria judged as of")).at(1).text,
                 QStringLiteral("2025-03-13 07:00 UTC"));
        QVERIFY(
            textOf(*section(r, QStringLiteral("dts")))
                .contains(QStringLiteral("is named by the lag criterion but was not observed")));
        QVERIFY(textOf(*section(r, QStringLiteral("smc")))
                    .contains(QStringLiteral("No SMC job was observed")));
        QVERIFY(textOf(*section(r, QStringLiteral("mms")))
                    .contains(QStringLiteral("No MMS job was observed")));
        const QString gaps = textOf(*section(r, QStringLiteral("gaps")));
        QVERIFY(gaps.contains(QStringLiteral("No monitoring data is stored with the plan")));
        QVERIFY(gaps.contains(QStringLiteral("DTS job jy6nmqxhlkeiimy")));
        QVERIFY(gaps.contains(QStringLiteral("DTS lag under 5 s, sustained: Unknown")));
        // No number was invented: no chart, no lag figures.
        for (const ReportSection &s : r.sections) {
            for (const ReportBlock &b : s.blocks)
                QVERIFY(b.kind != ReportBlock::Kind::Chart);
        }
        QVERIFY(rowOf(*section(r, QStringLiteral("dts")), QStringLiteral("Time under threshold"))
                    .isEmpty());
    }

    void decisionsShowTheirDigest()
    {
        Plan plan = makeSandboxPlan();
        ferry::test::prepareEverything(plan, utc(10, 5));
        const Gate &gate = *findGate(plan, QStringLiteral("gate-db"));
        const auto ev = evaluateGate(plan, gate, toGateInputs(*plan.observations, utc(10, 6, 45)));
        QVERIFY(decideGo(plan, gate.id, ev, QStringLiteral("Mei Lin"), utc(10, 6, 50)).ok());
        Plan tampered = plan;
        tampered.decisions[0].note = QStringLiteral("edited afterwards");
        const QString ok =
            textOf(*section(buildReport(plan, options()), QStringLiteral("cutover")));
        QVERIFY(ok.contains(plan.decisions[0].digest.left(16) + QStringLiteral("… intact")));
        QVERIFY(ok.contains(QStringLiteral("Attested by Mei Lin, 2025-03-13 06:50 UTC")));
        const QString bad =
            textOf(*section(buildReport(tampered, options()), QStringLiteral("cutover")));
        QVERIFY(bad.contains(QStringLiteral("does not match the record")));
    }

    void noSecretReachesTheReport()
    {
        const Plan plan = plantedPlan();
        QVERIFY(findSecrets(plan).size() >= 10);
        const Report r = buildReport(plan, options());
        const QStringList text = r.allText();
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String("LTAI")));
        QVERIFY(!all.contains(QLatin1String(kPassword)));
        QVERIFY(findSecretsInText(text).isEmpty());
        // The rest of the text survives: masking is not wholesale deletion.
        QVERIFY(all.contains(QStringLiteral("Restore tested and verified")));
        QVERIFY(all.contains(QStringLiteral("********")));
    }

    void secretCheckFindsWhatSlipsThrough_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("secret");
        QTest::newRow("access key id")
            << QStringLiteral("key LTAI5tQx7Yb2Kd9Wm3Np8Rs4 here") << true;
        QTest::newRow("bare prefix") << QStringLiteral("LTAI") << true;
        QTest::newRow("password pair") << QStringLiteral("password=hunter2") << true;
        QTest::newRow("masked") << QStringLiteral("password=********") << false;
        QTest::newRow("plain") << QStringLiteral("Lag under 5 s for 15 min") << false;
        QTest::newRow("lower case prefix") << QStringLiteral("ltai is not a key") << false;
    }

    void secretCheckFindsWhatSlipsThrough()
    {
        QFETCH(QString, text);
        QFETCH(bool, secret);
        const QStringList hits = findSecretsInText({QStringLiteral("clean"), text});
        QCOMPARE(!hits.isEmpty(), secret);
        for (const QString &h : hits)
            QVERIFY(!h.contains(QLatin1String("hunter2")) && !h.contains(QLatin1String("LTAI5")));
    }
};

QTEST_GUILESS_MAIN(TestReport)

#include "tst_report.moc"
