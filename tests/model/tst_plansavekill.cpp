// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process killed with SIGKILL at random moments while saving must leave the plan file
// holding either the old or the new plan, byte for byte. The test runs itself as the writer.
#include "model/planfile.h"
#include "testsupport_plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ferry::model;

namespace {

// Big enough (about 150 kB) that a save takes a while and kills land at many points of it.
Plan bulkyPlan(const QString &name)
{
    Plan plan = ferry::test::makeSandboxPlan();
    plan.name = name;
    const QList<Phase> base = plan.phases;
    for (int copy = 0; copy < 15; ++copy) {
        for (Phase p : base) {
            p.id += QStringLiteral("-copy%1").arg(copy);
            for (QString &d : p.dependsOn)
                d += QStringLiteral("-copy%1").arg(copy);
            p.notes = QStringLiteral("%1 copy %2 of %3").arg(name).arg(copy).arg(p.title);
            plan.phases.append(p);
        }
    }
    return plan;
}

int runWriter(const QString &path)
{
    const Plan a = bulkyPlan(QStringLiteral("plan A"));
    const Plan b = bulkyPlan(QStringLiteral("plan B"));
    // One save first, timed, so the parent can aim its kills across whole saves.
    QElapsedTimer timer;
    timer.start();
    if (!savePlanFile(path, a).ok())
        return 2;
    std::printf("%lld\n", static_cast<long long>(timer.elapsed()));
    std::fflush(stdout);
    for (quint64 n = 1;; ++n) {
        if (!savePlanFile(path, n % 2 ? b : a).ok())
            return 2;
    }
}

int iterations()
{
#if defined(__SANITIZE_ADDRESS__)
    return 20; // slower start-up under the sanitizers; keep the test well under its budget
#else
    return 120;
#endif
}

} // namespace

class TestPlanSaveKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void killedWriterLeavesOldOrNew()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.ferryplan.json"));
        const QByteArray initial = serializePlan(ferry::test::makeSandboxPlan());
        const QByteArray a = serializePlan(bulkyPlan(QStringLiteral("plan A")));
        const QByteArray b = serializePlan(bulkyPlan(QStringLiteral("plan B")));
        QVERIFY(savePlanFile(path, ferry::test::makeSandboxPlan()).ok());

        int seenInitial = 0; // only if a kill beat the rename of the first timed save
        int seenA = 0;
        int seenB = 0;
        int leftovers = 0;
        for (int i = 0; i < iterations(); ++i) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--writer"), path});
            QVERIFY(writer.waitForStarted());
            QVERIFY(writer.waitForReadyRead(20000));
            QTest::qWait(0);
            const int saveMs = std::max(1, writer.readLine().trimmed().toInt());
            // Kill somewhere in the next two saves.
            QTest::qSleep(int(QRandomGenerator::global()->bounded(2 * saveMs + 1)));
            writer.kill(); // SIGKILL: no cleanup, no flush
            QVERIFY(writer.waitForFinished(20000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray now = f.readAll();
            f.close();
            if (now == initial)
                ++seenInitial;
            else if (now == a)
                ++seenA;
            else if (now == b)
                ++seenB;
            else
                QFAIL(qPrintable(QStringLiteral("iteration %1: the file is neither the old nor "
                                                "the new plan (%2 bytes)")
                                     .arg(i)
                                     .arg(now.size())));
            const PlanLoadResult loaded = loadPlanFile(path);
            QVERIFY(loaded.ok());

            // A kill mid-write may leave QSaveFile's temporary file (none where Qt uses an
            // unnamed O_TMPFILE); it is never the plan and is cleared for the next round.
            const QStringList others =
                QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QString &name : others) {
                if (name != QLatin1String("plan.ferryplan.json")) {
                    ++leftovers;
                    QVERIFY(QFile::remove(dir.filePath(name)));
                }
            }
        }
        qInfo("kills: %d, file was initial %d, A %d, B %d; %d interrupted temporary files",
              iterations(), seenInitial, seenA, seenB, leftovers);
        // The writer got through whole saves, so kills fell between and inside writes.
        QVERIFY(seenA + seenB > 0);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestPlanSaveKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_plansavekill.moc"
