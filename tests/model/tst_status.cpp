// SPDX-License-Identifier: GPL-3.0-or-later
// Status enums: wire parsing (unknown values kept, never a crash), canonical spelling, display
// names, and the lifecycles the monitor checks observed changes against.
#include "model/status.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace ferry::model;

Q_DECLARE_METATYPE(ferry::model::MmsJobStatus)
Q_DECLARE_METATYPE(ferry::model::MmsTaskStatus)
Q_DECLARE_METATYPE(ferry::model::DtsJobStatus)
Q_DECLARE_METATYPE(ferry::model::DtsJobType)
Q_DECLARE_METATYPE(ferry::model::SmcJobStatus)

namespace {

// Every table: each value round-trips through its canonical spelling, and no two values share
// a display name within the same enum except documented aliases.
template<class E>
void checkTable(const char *name)
{
    QSet<int> seen;
    for (const auto &entry : enumEntries(E{})) {
        QVERIFY2(entry.value != E::Unknown, name);
        const Wire<E> parsed = parseWire<E>(QString::fromLatin1(entry.wire));
        QVERIFY2(parsed.value == entry.value, qPrintable(QString::fromLatin1(entry.wire)));
        QCOMPARE(parsed.raw, QString::fromLatin1(entry.wire));
        if (!seen.contains(int(entry.value))) {
            QCOMPARE(toWire(entry.value), QString::fromLatin1(entry.wire)); // first is canonical
            seen.insert(int(entry.value));
        }
        QVERIFY(!displayName(entry.value).isEmpty());
        QVERIFY2(displayName(entry.value) != QLatin1String("Unknown"), entry.wire);
    }
    QVERIFY2(!seen.isEmpty(), name);
}

} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesRoundTrip();
    void mmsJobStatus_data();
    void mmsJobStatus();
    void unknownKeepsText();
    void aliases();
    void wireEquality();
    void mmsJobTransitions_data();
    void mmsJobTransitions();
    void mmsTaskTransitions_data();
    void mmsTaskTransitions();
    void taskFailureMapping_data();
    void taskFailureMapping();
    void dtsTransitions_data();
    void dtsTransitions();
    void dtsStatusSets_data();
    void dtsStatusSets();
    void smcTransitions_data();
    void smcTransitions();
    void terminalAndFailed();
};

void TestStatus::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestStatus::tablesRoundTrip()
{
    checkTable<MmsJobStatus>("MmsJobStatus");
    checkTable<MmsJobType>("MmsJobType");
    checkTable<MmsTaskStatus>("MmsTaskStatus");
    checkTable<MmsObjectStatus>("MmsObjectStatus");
    checkTable<MmsDataSourceStatus>("MmsDataSourceStatus");
    checkTable<MmsScanStatus>("MmsScanStatus");
    checkTable<MmsAsyncTaskStatus>("MmsAsyncTaskStatus");
    checkTable<DtsJobType>("DtsJobType");
    checkTable<DtsJobStatus>("DtsJobStatus");
    checkTable<DtsStageStatus>("DtsStageStatus");
    checkTable<DtsPrecheckItemState>("DtsPrecheckItemState");
    checkTable<SmcJobStatus>("SmcJobStatus");
    checkTable<SmcBusinessStatus>("SmcBusinessStatus");
    checkTable<SmcSourceState>("SmcSourceState");
    checkTable<SmcRunType>("SmcRunType");
}

void TestStatus::mmsJobStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<MmsJobStatus>("value");
    QTest::addColumn<QString>("display");
    QTest::newRow("INIT") << "INIT" << MmsJobStatus::Init << "Not started";
    QTest::newRow("DOING") << "DOING" << MmsJobStatus::Doing << "Running";
    QTest::newRow("DONE") << "DONE" << MmsJobStatus::Done << "Completed";
    QTest::newRow("FAILED") << "FAILED" << MmsJobStatus::Failed << "Failed";
    QTest::newRow("lower case") << "doing" << MmsJobStatus::Doing << "Running";
    QTest::newRow("empty") << "" << MmsJobStatus::Unknown << "Unknown";
    QTest::newRow("new state") << "ARCHIVED" << MmsJobStatus::Unknown << "Unknown (ARCHIVED)";
    QTest::newRow("padding is not trimmed")
        << " DONE" << MmsJobStatus::Unknown << "Unknown ( DONE)";
}

void TestStatus::mmsJobStatus()
{
    QFETCH(QString, wire);
    QFETCH(MmsJobStatus, value);
    QFETCH(QString, display);
    const Wire<MmsJobStatus> s = parseWire<MmsJobStatus>(wire);
    QCOMPARE(s.value, value);
    QCOMPARE(s.raw, wire);
    QCOMPARE(displayName(s), display);
}

void TestStatus::unknownKeepsText()
{
    const auto s = parseWire<SmcJobStatus>(QStringLiteral("Hibernating"));
    QVERIFY(!s.isKnown());
    QVERIFY(s.isPresent());
    QCOMPARE(toWire(s), QStringLiteral("Hibernating")); // sent back exactly as received
    QVERIFY(!Wire<SmcJobStatus>().isPresent());
    QCOMPARE(toWire(SmcJobStatus::Unknown), QString());
    // Known values are written canonically whatever casing arrived.
    QCOMPARE(toWire(parseWire<DtsJobStatus>(QStringLiteral("synchronizing"))),
             QStringLiteral("Synchronizing"));
}

void TestStatus::aliases()
{
    QVERIFY(parseWire<MmsTaskStatus>(QStringLiteral("DATA_DONG")) == MmsTaskStatus::DataDone);
    QCOMPARE(toWire(MmsTaskStatus::DataDone), QStringLiteral("DATA_DONE"));
    QVERIFY(parseWire<DtsJobType>(QStringLiteral("online")) == DtsJobType::Migration);
    QVERIFY(parseWire<DtsJobType>(QStringLiteral("sync")) == DtsJobType::Sync);
    QVERIFY(parseWire<DtsJobType>(QStringLiteral("subscribe")) == DtsJobType::Subscribe);
    QCOMPARE(toWire(DtsJobType::Migration), QStringLiteral("MIGRATION"));
    QVERIFY(parseWire<DtsJobStatus>(QStringLiteral("synchronizing")) ==
            DtsJobStatus::Synchronizing);
    QVERIFY(parseWire<MmsScanStatus>(QStringLiteral("SCAN_DOING")) == MmsScanStatus::Doing);
}

void TestStatus::wireEquality()
{
    QVERIFY(parseWire<MmsJobStatus>(QStringLiteral("DONE")) ==
            parseWire<MmsJobStatus>(QStringLiteral("done")));
    QVERIFY(parseWire<MmsJobStatus>(QStringLiteral("X")) !=
            parseWire<MmsJobStatus>(QStringLiteral("Y")));
    QVERIFY(parseWire<MmsJobStatus>(QStringLiteral("X")) ==
            parseWire<MmsJobStatus>(QStringLiteral("X")));
    QVERIFY(Wire<MmsJobStatus>(MmsJobStatus::Done) == MmsJobStatus::Done);
    QVERIFY(Wire<MmsJobStatus>(MmsJobStatus::Done) != MmsJobStatus::Failed);
}

void TestStatus::mmsJobTransitions_data()
{
    QTest::addColumn<MmsJobStatus>("from");
    QTest::addColumn<MmsJobStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = MmsJobStatus;
    QTest::newRow("init -> doing") << S::Init << S::Doing << true;
    QTest::newRow("init -> done (poll missed doing)") << S::Init << S::Done << true;
    QTest::newRow("doing -> failed") << S::Doing << S::Failed << true;
    QTest::newRow("failed -> doing (retry)") << S::Failed << S::Doing << true;
    QTest::newRow("failed -> done (retry succeeded)") << S::Failed << S::Done << true;
    QTest::newRow("same") << S::Doing << S::Doing << true;
    QTest::newRow("done -> doing") << S::Done << S::Doing << false;
    QTest::newRow("done -> failed") << S::Done << S::Failed << false;
    QTest::newRow("done -> init") << S::Done << S::Init << false;
    QTest::newRow("doing -> init") << S::Doing << S::Init << true; // via FAILED and retry
    QTest::newRow("unknown is never flagged") << S::Done << S::Unknown << true;
}

void TestStatus::mmsJobTransitions()
{
    QFETCH(MmsJobStatus, from);
    QFETCH(MmsJobStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);
}

void TestStatus::mmsTaskTransitions_data()
{
    QTest::addColumn<MmsTaskStatus>("from");
    QTest::addColumn<MmsTaskStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = MmsTaskStatus;
    QTest::newRow("init -> schema doing") << S::Init << S::SchemaDoing << true;
    QTest::newRow("schema done -> done (schema only)") << S::SchemaDone << S::Done << true;
    QTest::newRow("init -> data doing (no schema phase)") << S::Init << S::DataDoing << true;
    QTest::newRow("data doing -> data failed") << S::DataDoing << S::DataFailed << true;
    QTest::newRow("data done -> verification failed")
        << S::DataDone << S::VerificationFailed << true;
    QTest::newRow("data failed -> data doing (retry)") << S::DataFailed << S::DataDoing << true;
    QTest::newRow("verification done -> done") << S::VerificationDone << S::Done << true;
    QTest::newRow("done -> schema doing") << S::Done << S::SchemaDoing << false;
    QTest::newRow("schema doing -> data failed") << S::SchemaDoing << S::DataFailed << true;
    // A retry between two polls restarts the task, so a failed task can end up anywhere.
    QTest::newRow("data doing -> schema failed, via retry")
        << S::DataDoing << S::SchemaFailed << true;
    QTest::newRow("verification done -> data doing")
        << S::VerificationDone << S::DataDoing << false;
    QTest::newRow("done -> data failed") << S::Done << S::DataFailed << false;
}

void TestStatus::mmsTaskTransitions()
{
    QFETCH(MmsTaskStatus, from);
    QFETCH(MmsTaskStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);
}

void TestStatus::taskFailureMapping_data()
{
    QTest::addColumn<MmsTaskStatus>("current");
    QTest::addColumn<MmsTaskStatus>("failed");
    using S = MmsTaskStatus;
    QTest::newRow("init") << S::Init << S::SchemaFailed;
    QTest::newRow("schema doing") << S::SchemaDoing << S::SchemaFailed;
    QTest::newRow("schema done") << S::SchemaDone << S::DataFailed;
    QTest::newRow("data doing") << S::DataDoing << S::DataFailed;
    QTest::newRow("data done") << S::DataDone << S::VerificationFailed;
    QTest::newRow("verification doing") << S::VerificationDoing << S::VerificationFailed;
    QTest::newRow("already failed") << S::DataFailed << S::DataFailed;
    QTest::newRow("done") << S::Done << S::Done;
}

void TestStatus::taskFailureMapping()
{
    QFETCH(MmsTaskStatus, current);
    QFETCH(MmsTaskStatus, failed);
    QCOMPARE(failedStatusFor(current), failed);
    if (failed != current) {
        QVERIFY(isFailed(failed));
        QVERIFY(isLegalTransition(current, failed));
    }
}

void TestStatus::dtsTransitions_data()
{
    QTest::addColumn<DtsJobStatus>("from");
    QTest::addColumn<DtsJobStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = DtsJobStatus;
    QTest::newRow("not configured -> prechecking") << S::NotConfigured << S::Prechecking << true;
    QTest::newRow("precheck passed -> migrating") << S::PreCheckPass << S::Migrating << true;
    QTest::newRow("precheck failed -> precheck again")
        << S::PrecheckFailed << S::Prechecking << true;
    QTest::newRow("migrating -> paused -> migrating") << S::Suspending << S::Migrating << true;
    QTest::newRow("initializing -> synchronizing") << S::Initializing << S::Synchronizing << true;
    QTest::newRow("synchronizing -> finished") << S::Synchronizing << S::Finished << true;
    QTest::newRow("finished -> migrating") << S::Finished << S::Migrating << false;
    QTest::newRow("migrating -> not configured") << S::Migrating << S::NotConfigured << false;
    QTest::newRow("normal -> synchronizing") << S::Normal << S::Synchronizing << false;
    QTest::newRow("locked is administrative") << S::Finished << S::Locked << true;
    QTest::newRow("upgrade back to migrating") << S::Upgrade << S::Migrating << true;
}

void TestStatus::dtsTransitions()
{
    QFETCH(DtsJobStatus, from);
    QFETCH(DtsJobStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);
}

void TestStatus::dtsStatusSets_data()
{
    QTest::addColumn<DtsJobType>("type");
    QTest::addColumn<DtsJobStatus>("status");
    QTest::addColumn<bool>("valid");
    QTest::newRow("migration migrating")
        << DtsJobType::Migration << DtsJobStatus::Migrating << true;
    QTest::newRow("migration synchronizing")
        << DtsJobType::Migration << DtsJobStatus::Synchronizing << false;
    QTest::newRow("sync synchronizing") << DtsJobType::Sync << DtsJobStatus::Synchronizing << true;
    QTest::newRow("sync migration failed")
        << DtsJobType::Sync << DtsJobStatus::MigrationFailed << false;
    QTest::newRow("subscribe normal") << DtsJobType::Subscribe << DtsJobStatus::Normal << true;
    QTest::newRow("subscribe finished") << DtsJobType::Subscribe << DtsJobStatus::Finished << false;
    QTest::newRow("any prechecking") << DtsJobType::Sync << DtsJobStatus::Prechecking << true;
}

void TestStatus::dtsStatusSets()
{
    QFETCH(DtsJobType, type);
    QFETCH(DtsJobStatus, status);
    QFETCH(bool, valid);
    QCOMPARE(isValidFor(type, status), valid);
}

void TestStatus::smcTransitions_data()
{
    QTest::addColumn<SmcJobStatus>("from");
    QTest::addColumn<SmcJobStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = SmcJobStatus;
    QTest::newRow("ready -> running") << S::Ready << S::Running << true;
    QTest::newRow("running -> waiting (incremental)") << S::Running << S::Waiting << true;
    QTest::newRow("waiting -> running (next run)") << S::Waiting << S::Running << true;
    QTest::newRow("in error -> running (restart)") << S::InError << S::Running << true;
    QTest::newRow("finished -> deleting") << S::Finished << S::Deleting << true;
    QTest::newRow("finished -> running") << S::Finished << S::Running << false;
    QTest::newRow("deleting -> ready") << S::Deleting << S::Ready << false;
    QTest::newRow("expired -> running") << S::Expired << S::Running << false;
}

void TestStatus::smcTransitions()
{
    QFETCH(SmcJobStatus, from);
    QFETCH(SmcJobStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);
}

void TestStatus::terminalAndFailed()
{
    QVERIFY(isTerminal(MmsJobStatus::Done));
    QVERIFY(!isTerminal(MmsJobStatus::Doing));
    QVERIFY(isTerminal(SmcJobStatus::Expired));
    QVERIFY(!isTerminal(SmcJobStatus::Waiting));
    QVERIFY(isTerminal(DtsJobStatus::Finished));
    QVERIFY(!isTerminal(DtsJobStatus::MigrationFailed));
    QVERIFY(isFailed(DtsJobStatus::InitializeFailed));
    QVERIFY(!isFailed(DtsJobStatus::Retrying));
    QVERIFY(isRunning(MmsTaskStatus::VerificationDoing));
    QVERIFY(!isRunning(MmsTaskStatus::DataDone));
    QVERIFY(!isFailed(MmsTaskStatus::Unknown));
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
