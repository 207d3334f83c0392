// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gates.h"
#include "model/planautosave.h"
#include "model/planfile.h"
#include "model/planrecentfiles.h"
#include "testsupport_plan.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry::model;
using namespace std::chrono_literals;
using ferry::test::healthyInputs;
using ferry::test::makeSandboxPlan;
using ferry::test::phase;
using ferry::test::prepareEverything;
using ferry::test::utc;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The sample plan with everything a file must carry: decisions, actual dates, extras.
Plan richPlan()
{
    Plan plan = makeSandboxPlan();
    prepareEverything(plan, utc(10, 5));
    const auto evaluations =
        evaluateGate(plan, *findGate(plan, QStringLiteral("gate-db")), healthyInputs(utc(10, 7)));
    decideGo(plan, QStringLiteral("gate-db"), evaluations, QStringLiteral("Mei Lin"),
             utc(10, 7, 1));
    phase(plan, QStringLiteral("backup")).actualStart = utc(2, 8, 5, 30);
    plan.ossImports.first().extraJobProperties.insert(QStringLiteral("getObjectMetaMode"),
                                                      QStringLiteral("1"));
    plan.phases.first().workload.bandwidthMbps = 250.5;
    return plan;
}

// Replaces `from` with `to` once in a serialized plan.
QByteArray edited(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return bytes.replace(at, from.size(), to);
}

} // namespace

class TestPlanFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void roundTrip()
    {
        const Plan plan = richPlan();
        const QByteArray first = serializePlan(plan);
        QVERIFY(first.startsWith("{\n  \"format\": \"ferry-plan\",\n  \"version\": 1,\n"));
        const PlanLoadResult loaded = parsePlan(first);
        QVERIFY2(loaded.ok(), qPrintable(describePlanFileError(loaded.error)));
        QCOMPARE(serializePlan(*loaded.plan), first);

        const Plan &p = *loaded.plan;
        QCOMPARE(p.id, plan.id);
        QCOMPARE(p.phases.size(), plan.phases.size());
        for (int i = 0; i < p.phases.size(); ++i) {
            QCOMPARE(p.phases[i].id, plan.phases[i].id);
            QCOMPARE(p.phases[i].kind, plan.phases[i].kind);
            QCOMPARE(p.phases[i].service, plan.phases[i].service);
            QCOMPARE(p.phases[i].dependsOn, plan.phases[i].dependsOn);
            QCOMPARE(p.phases[i].plannedStart, plan.phases[i].plannedStart);
            QCOMPARE(p.phases[i].actualStart, plan.phases[i].actualStart);
            QCOMPARE(p.phases[i].actualEnd, plan.phases[i].actualEnd);
            QCOMPARE(p.phases[i].workload.dataBytes, plan.phases[i].workload.dataBytes);
            QCOMPARE(p.phases[i].workload.fixedSeconds, plan.phases[i].workload.fixedSeconds);
        }
        QCOMPARE(p.phases.first().workload.bandwidthMbps, std::optional(250.5));
        QCOMPARE(p.phase(QStringLiteral("backup"))->actualStart->timeSpec(), Qt::UTC);
        QCOMPARE(p.gates.size(), 3);
        QCOMPARE(p.gates[0].criteria[0].windowMinutes, 15);
        QCOMPARE(p.gates[0].criteria[3].attestation->note,
                 plan.gates[0].criteria[3].attestation->note);
        QCOMPARE(p.gates[2].criteria[3].mandatory, false);
        QCOMPARE(p.rollback.size(), plan.rollback.size());
        QCOMPARE(p.rollback[12].steps[0].prepared->by, QStringLiteral("Release manager"));
        QCOMPARE(p.rollback[13].pointOfNoReturnReason, QStringLiteral("smc.cutOverFinal"));
        QCOMPARE(p.risks.size(), 3);
        QCOMPARE(p.risks[1].severity, Severity::Error);
        QCOMPARE(p.ossImports.first().workers.size(), 3);
        QCOMPARE(p.ossImports.first().extraJobProperties.value(QStringLiteral("getObjectMetaMode")),
                 QStringLiteral("1"));
        QCOMPARE(p.decisions.size(), 1);
        QCOMPARE(p.decisions.first().digest, plan.decisions.first().digest);
        QCOMPARE(p.assumptions.bandwidthMbps, 1000.0);
        QCOMPARE(p.assumptions.ossImportWorkers, 3);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.ferryplan.json"));
        const Plan plan = richPlan();
        QVERIFY(savePlanFile(path, plan).ok());
        const PlanLoadResult loaded = loadPlanFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(serializePlan(*loaded.plan), readAll(path));
        // Saving over an existing file replaces it whole.
        Plan smaller = plan;
        smaller.phases.resize(2);
        QVERIFY(savePlanFile(path, smaller).ok());
        QCOMPARE(loadPlanFile(path).plan->phases.size(), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void corrupt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QByteArray good = serializePlan(makeSandboxPlan());
        QTest::newRow("empty file") << QByteArray() << 1 << 1;
        QTest::newRow("trailing comma") << QByteArray("{\"format\":\"ferry-plan\",}") << 1 << 24;
        QTest::newRow("bad literal on line 3")
            << QByteArray("{\n  \"format\": \"ferry-plan\",\n  \"version\": tru,\n}") << 3 << 17;
        QTest::newRow("cut in the middle") << good.left(good.size() / 2) << -1 << -1;
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n", 8) << 1 << 1;
        QTest::newRow("text after the object") << good + "x" << -1 << -1;
    }

    void corrupt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeAll(path, bytes));
        const QDateTime mtime = QFileInfo(path).lastModified();
        const PlanLoadResult r = loadPlanFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, PlanFileErrorCode::NotJson);
        QCOMPARE(r.error.path, path);
        if (line > 0) {
            QCOMPARE(r.error.line, line);
            QCOMPARE(r.error.column, column);
        } else {
            // Where it broke: the last line of the text or just past it.
            QVERIFY(r.error.line >= bytes.count('\n'));
            QVERIFY(r.error.offset >= 0 && r.error.offset <= bytes.size());
        }
        const QString text = describePlanFileError(r.error);
        QVERIFY(text.contains(QStringLiteral("line %1").arg(r.error.line)));
        QVERIFY(text.contains(path));
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
    }

    void wrongFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("other format") << QByteArray("{\"format\":\"ferry-report\",\"version\":1}");
        QTest::newRow("no format") << QByteArray("{\"version\":1,\"plan\":{}}");
        QTest::newRow("format not a string") << QByteArray("{\"format\":1,\"version\":1}");
    }

    void wrongFormat()
    {
        QFETCH(QByteArray, bytes);
        const PlanLoadResult r = parsePlan(bytes);
        QCOMPARE(r.error.code, PlanFileErrorCode::WrongFormat);
        QVERIFY(!describePlanFileError(r.error).isEmpty());
    }

    void newerVersionIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.ferryplan.json"));
        // A newer Ferry may add members this one does not know; the file must survive intact.
        QByteArray bytes =
            edited(serializePlan(makeSandboxPlan()), "\"version\": 1", "\"version\": 2");
        bytes = edited(bytes, "\"phases\": [", "\"timeline\": {\"zoom\": 3},\n    \"phases\": [");
        QVERIFY(writeAll(path, bytes));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QDateTime mtime = QFileInfo(path).lastModified();
        const PlanLoadResult r = loadPlanFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, PlanFileErrorCode::NewerVersion);
        QCOMPARE(r.error.version, 2);
        QVERIFY(describePlanFileError(r.error).contains(QStringLiteral("newer Ferry")));
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner),
                 QFile::ReadOwner | QFile::WriteOwner);

        const PlanLoadResult huge =
            parsePlan(edited(bytes, "\"version\": 2", "\"version\": 18446744073709551615"));
        QCOMPARE(huge.error.code, PlanFileErrorCode::NewerVersion);
    }

    void invalidContent_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("pointer");

        QTest::newRow("plan id missing")
            << QByteArray("\"id\": \"plan-sandbox-shop\",") << QByteArray() << "/plan/id";
        QTest::newRow("unknown phase kind")
            << QByteArray("\"kind\": \"schema\"") << QByteArray("\"kind\": \"schemaMigration\"")
            << "/plan/phases/2/kind";
        QTest::newRow("phase kind missing") << QByteArray("\"kind\": \"backupVerification\",")
                                            << QByteArray() << "/plan/phases/1/kind";
        QTest::newRow("time without zone")
            << QByteArray("\"plannedStart\": \"2025-03-03T08:00:00Z\"")
            << QByteArray("\"plannedStart\": \"2025-03-03T08:00:00\"")
            << "/plan/phases/0/plannedStart";
        QTest::newRow("impossible date") << QByteArray("\"plannedStart\": \"2025-03-03T08:00:00Z\"")
                                         << QByteArray("\"plannedStart\": \"2025-02-30T08:00:00Z\"")
                                         << "/plan/phases/0/plannedStart";
        QTest::newRow("dependsOn not an array")
            << QByteArray("\"dependsOn\": [\n          \"assess\"\n        ]")
            << QByteArray("\"dependsOn\": \"assess\"") << "/plan/phases/1/dependsOn";
        QTest::newRow("bool as string")
            << QByteArray("\"mandatory\": true") << QByteArray("\"mandatory\": \"yes\"")
            << "/plan/gates/0/criteria/0/mandatory";
        QTest::newRow("fraction where an integer belongs")
            << QByteArray("\"windowMinutes\": 15") << QByteArray("\"windowMinutes\": 1.5")
            << "/plan/gates/0/criteria/0/windowMinutes";
        QTest::newRow("integer overflow")
            << QByteArray("\"windowMinutes\": 15") << QByteArray("\"windowMinutes\": 99999999999")
            << "/plan/gates/0/criteria/0/windowMinutes";
        QTest::newRow("phases not a list")
            << QByteArray("\"phases\": [") << QByteArray("\"phases\": {\"x\": [") << "/plan/phases";
        QTest::newRow("version as text")
            << QByteArray("\"version\": 1") << QByteArray("\"version\": \"1\"") << "/version";
        QTest::newRow("version zero")
            << QByteArray("\"version\": 1") << QByteArray("\"version\": 0") << "/version";
        QTest::newRow("attestation without a name")
            << QByteArray("\"by\": \"Ravi Shah\",") << QByteArray()
            << "/plan/gates/0/criteria/3/attestation/by";
        QTest::newRow("unknown oss source")
            << QByteArray("\"source\": \"s3\"") << QByteArray("\"source\": \"S3\"")
            << "/plan/ossImports/0/source";
    }

    void invalidContent()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, pointer);
        QByteArray bytes = serializePlan(makeSandboxPlan());
        bytes = edited(bytes, from, to);
        if (pointer == QLatin1String("/plan/phases"))
            bytes = edited(bytes, "\n    ],\n    \"gates\"",
                           "\n    ]},\n    \"gates\""); // keep the JSON itself valid
        const PlanLoadResult r = parsePlan(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, PlanFileErrorCode::InvalidContent);
        QCOMPARE(r.error.pointer, pointer);
        QVERIFY(!r.error.detail.isEmpty());
        QVERIFY(describePlanFileError(r.error).contains(pointer));
    }

    void missingPlanMember()
    {
        const PlanLoadResult r = parsePlan("{\"format\":\"ferry-plan\",\"version\":1}");
        QCOMPARE(r.error.code, PlanFileErrorCode::InvalidContent);
        QCOMPARE(r.error.pointer, QStringLiteral("/plan"));
    }

    void minimalPlanLoads()
    {
        const PlanLoadResult r = parsePlan(
            "{\"format\":\"ferry-plan\",\"version\":1,\"plan\":{\"id\":\"p\",\"name\":\"n\","
            "\"phases\":[],\"futureMember\":{\"ignored\":true}}}");
        QVERIFY(r.ok());
        QCOMPARE(r.plan->name, QStringLiteral("n"));
        QVERIFY(r.plan->phases.isEmpty());
    }

    void secretsAreRefused_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("secret");
        QTest::newRow("password in notes") << "/plan/phases/0/notes"
                                           << "hunter2";
        QTest::newRow("access key in a risk") << "/plan/risks/0/mitigation"
                                              << "LTAI5tQ9vXfRkLzz";
        QTest::newRow("secret-named extra property")
            << "/plan/ossImports/0/extraJobProperties/srcSecretKey"
            << "s3cr3t-value";
    }

    void secretsAreRefused()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, secret);
        Plan plan = makeSandboxPlan();
        if (pointer.endsWith(QLatin1String("notes")))
            plan.phases[0].notes = QStringLiteral("source db: password=") + secret;
        else if (pointer.contains(QLatin1String("risks")))
            plan.risks[0].mitigation = QStringLiteral("use key ") + secret;
        else
            plan.ossImports[0].extraJobProperties.insert(QStringLiteral("srcSecretKey"), secret);
        QCOMPARE(findSecrets(plan), QStringList{pointer});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(savePlanFile(path, makeSandboxPlan()).ok());
        const QByteArray before = readAll(path);
        const PlanFileError e = savePlanFile(path, plan);
        QCOMPARE(e.code, PlanFileErrorCode::SecretContent);
        QCOMPARE(e.pointers, QStringList{pointer});
        QVERIFY(describePlanFileError(e).contains(pointer));
        QVERIFY(!describePlanFileError(e).contains(secret));
        QCOMPARE(readAll(path), before);

        // Autosave's policy: write, but masked.
        QVERIFY(savePlanFile(path, plan, SecretPolicy::Mask).ok());
        const QByteArray masked = readAll(path);
        QVERIFY(!masked.contains(secret.toUtf8()));
        QVERIFY(masked.contains("********"));
        const PlanLoadResult reloaded = loadPlanFile(path);
        QVERIFY(reloaded.ok());
        QVERIFY(findSecrets(*reloaded.plan).isEmpty());
    }

    void sampleHasNoSecrets() { QVERIFY(findSecrets(richPlan()).isEmpty()); }

    void ioErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope/plan.json"));
        const PlanFileError e = savePlanFile(missing, makeSandboxPlan());
        QCOMPARE(e.code, PlanFileErrorCode::CannotWrite);
        QVERIFY(!describePlanFileError(e).isEmpty());
        QCOMPARE(loadPlanFile(missing).error.code, PlanFileErrorCode::NotFound);

        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kPlanFileMaxBytes + 1)); // sparse: costs no disk
        f.close();
        QCOMPARE(loadPlanFile(big).error.code, PlanFileErrorCode::TooLarge);
    }

    void autosave()
    {
        QTemporaryDir dir;
        const QString planPath = dir.filePath(QStringLiteral("shop.ferryplan.json"));
        const QString autoPath = PlanAutosave::autosavePathFor(planPath);
        QCOMPARE(autoPath, dir.filePath(QStringLiteral(".shop.ferryplan.json.autosave")));
        PlanAutosave autosave(autoPath, 20ms);
        QSignalSpy saved(&autosave, &PlanAutosave::autosaved);
        QVERIFY(!autosave.isDirty());

        Plan plan = makeSandboxPlan();
        plan.phases[0].notes = QStringLiteral("token: abc123"); // never reaches the disk
        autosave.planChanged(plan);
        plan.name = QStringLiteral("renamed");
        autosave.planChanged(plan); // the latest state wins
        QVERIFY(autosave.isDirty());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), autoPath);
        QVERIFY(!autosave.isDirty());
        const PlanLoadResult r = loadPlanFile(autoPath);
        QVERIFY(r.ok());
        QCOMPARE(r.plan->name, QStringLiteral("renamed"));
        QVERIFY(!readAll(autoPath).contains("abc123"));

        autosave.planChanged(plan);
        autosave.markSaved();
        QVERIFY(!autosave.isDirty());
        QVERIFY(!QFile::exists(autoPath));
        QTest::qWait(60);
        QCOMPARE(saved.size(), 1); // nothing pending after a save

        QVERIFY(autosave.saveNow()); // nothing to do
        autosave.planChanged(plan);
        QVERIFY(autosave.saveNow());
        QCOMPARE(saved.size(), 2);
    }

    void autosaveFailureKeepsTheChange()
    {
        QTemporaryDir dir;
        PlanAutosave autosave(dir.filePath(QStringLiteral("missing-dir/x.autosave")), 10ms);
        QSignalSpy failed(&autosave, &PlanAutosave::autosaveFailed);
        autosave.planChanged(makeSandboxPlan());
        QTRY_VERIFY(failed.size() >= 1);
        QVERIFY(autosave.isDirty());
        QCOMPARE(failed.first().first().value<PlanFileError>().code,
                 PlanFileErrorCode::CannotWrite);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("missing-dir")));
        QTRY_VERIFY(!autosave.isDirty()); // retried on the next interval
    }

    void recentFiles()
    {
        QTemporaryDir dir;
        RecentPlanFiles recent(3);
        const auto f = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
        recent.add(f("a.json"));
        recent.add(f("b.json"));
        recent.add(f("a.json"));
        QCOMPARE(recent.files(), (QStringList{f("a.json"), f("b.json")}));
        recent.add(f("c.json"));
        recent.add(f("d.json"));
        QCOMPARE(recent.files(), (QStringList{f("d.json"), f("c.json"), f("a.json")}));
        recent.add(dir.path() + QStringLiteral("/sub/../c.json"));
        QCOMPARE(recent.files().first(), f("c.json"));
        QCOMPARE(recent.files().size(), 3);
        recent.add(QStringLiteral("  "));
        QCOMPARE(recent.files().size(), 3);
        recent.remove(f("a.json"));
        QCOMPARE(recent.files(), (QStringList{f("c.json"), f("d.json")}));

        QVERIFY(writeAll(f("d.json"), "{}"));
        QCOMPARE(recent.pruneMissing(), QStringList{f("c.json")});
        QCOMPARE(recent.files(), QStringList{f("d.json")});

        recent.setFiles({f("x"), f("x"), f("y"), f("z"), f("w")});
        QCOMPARE(recent.files(), (QStringList{f("x"), f("y"), f("z")}));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
