// SPDX-License-Identifier: GPL-3.0-or-later
// Which actions the GUI offers in which states, as tables: MMS jobs and tasks, DTS jobs, SMC
// jobs and sources; and the DTS delay normalisation.
#include "model/dts.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;
using namespace std::chrono_literals;

class TestActionRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mmsJob_data();
    void mmsJob();
    void mmsTask_data();
    void mmsTask();
    void dtsJob_data();
    void dtsJob();
    void smcJob_data();
    void smcJob();
    void smcModify_data();
    void smcModify();
    void agentPresence_data();
    void agentPresence();
    void delay_data();
    void delay();
};

void TestActionRules::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestActionRules::mmsJob_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("remove");
    //                                  status      stopped stop   start  retry  delete
    QTest::newRow("queued") << "INIT" << false << true << false << false << true;
    QTest::newRow("running") << "DOING" << false << true << false << false << false;
    QTest::newRow("stopped while running") << "DOING" << true << false << true << false << true;
    QTest::newRow("stopped before running") << "INIT" << true << false << true << false << true;
    QTest::newRow("completed") << "DONE" << false << false << false << false << true;
    QTest::newRow("failed") << "FAILED" << false << false << false << true << true;
    QTest::newRow("failed and stopped") << "FAILED" << true << false << true << false << true;
    QTest::newRow("completed, stopped flag left over")
        << "DONE" << true << false << false << false << true;
    QTest::newRow("unknown state") << "MIGRATING_V2" << false << false << false << false << false;
}

void TestActionRules::mmsJob()
{
    QFETCH(QString, status);
    QFETCH(bool, stopped);
    MmsJob job;
    job.status = parseWire<MmsJobStatus>(status);
    job.stopped = stopped;
    QTEST(canStop(job), "stop");
    QTEST(canStart(job), "start");
    QTEST(canRetry(job), "retry");
    QTEST(canDelete(job), "remove");
}

void TestActionRules::mmsTask_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("running");
    QTest::addColumn<bool>("retry");
    QTest::newRow("schema failed") << "SCHEMA_FAILED" << false << true;
    QTest::newRow("data failed") << "DATA_FAILED" << false << true;
    QTest::newRow("verification failed") << "VERIFICATION_FAILED" << false << true;
    QTest::newRow("data failed, still flagged running") << "DATA_FAILED" << true << false;
    QTest::newRow("data doing") << "DATA_DOING" << true << false;
    QTest::newRow("done") << "DONE" << false << false;
    QTest::newRow("init") << "INIT" << false << false;
    QTest::newRow("unknown") << "FAILED_SOMEHOW" << false << false;
}

void TestActionRules::mmsTask()
{
    QFETCH(QString, status);
    QFETCH(bool, running);
    MmsTask task;
    task.status = parseWire<MmsTaskStatus>(status);
    task.running = running;
    QTEST(canRetry(task), "retry");
}

void TestActionRules::dtsJob_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<bool>("stop");
    //                                                   type        status          start  suspend
    //                                                   stop
    QTest::newRow("not started") << "MIGRATION"
                                 << "NotStarted" << true << false << false;
    QTest::newRow("prechecking") << "MIGRATION"
                                 << "Prechecking" << false << false << false;
    QTest::newRow("precheck failed: precheck again") << "MIGRATION"
                                                     << "PrecheckFailed" << true << false << false;
    QTest::newRow("precheck passed") << "SYNC"
                                     << "PreCheckPass" << true << false << false;
    QTest::newRow("migrating") << "MIGRATION"
                               << "Migrating" << false << true << true;
    QTest::newRow("initializing") << "SYNC"
                                  << "Initializing" << false << true << true;
    QTest::newRow("synchronizing") << "SYNC"
                                   << "Synchronizing" << false << true << true;
    QTest::newRow("paused") << "MIGRATION"
                            << "Suspending" << true << false << true;
    QTest::newRow("retrying") << "SYNC"
                              << "Retrying" << false << false << true;
    QTest::newRow("migration failed") << "MIGRATION"
                                      << "MigrationFailed" << false << false << false;
    QTest::newRow("finished") << "MIGRATION"
                              << "Finished" << false << false << false;
    QTest::newRow("not configured") << "SYNC"
                                    << "NotConfigured" << false << false << false;
    QTest::newRow("subscription: no pause") << "SUBSCRIBE"
                                            << "Normal" << false << false << true;
    QTest::newRow("locked") << "SYNC"
                            << "Locked" << false << false << false;
    QTest::newRow("unknown") << "SYNC"
                             << "Teleporting" << false << false << false;
}

void TestActionRules::dtsJob()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    DtsJob job;
    job.jobType = parseWire<DtsJobType>(type);
    job.status = parseWire<DtsJobStatus>(status);
    QTEST(canStart(job), "start");
    QTEST(canSuspend(job), "suspend");
    QTEST(canStop(job), "stop");
}

void TestActionRules::smcJob_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("business");
    QTest::addColumn<bool>("runOnce");
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("cutOver");
    QTest::addColumn<bool>("remove");
    //                                     status  business   runOnce start  stop   cutover delete
    QTest::newRow("ready") << "Ready"
                           << "" << true << true << false << false << true;
    QTest::newRow("running, syncing") << "Running"
                                      << "Syncing" << true << false << true << false << false;
    QTest::newRow("running, preparing") << "Running"
                                        << "Preparing" << true << false << false << false << false;
    QTest::newRow("running, cleaning") << "Running"
                                       << "Cleaning" << true << false << false << false << false;
    QTest::newRow("stopped") << "Stopped"
                             << "" << true << true << false << false << true;
    QTest::newRow("in error") << "InError"
                              << "" << true << true << false << false << true;
    QTest::newRow("waiting, incremental") << "Waiting"
                                          << "" << false << false << false << true << true;
    QTest::newRow("waiting, one-off") << "Waiting"
                                      << "" << true << false << false << false << true;
    QTest::newRow("incremental, running") << "Running"
                                          << "Syncing" << false << false << true << false << false;
    QTest::newRow("finished") << "Finished"
                              << "" << false << false << false << false << true;
    QTest::newRow("expired") << "Expired"
                             << "" << false << false << false << false << true;
    QTest::newRow("deleting") << "Deleting"
                              << "" << true << false << false << false << false;
    QTest::newRow("unknown") << "Migrating2"
                             << "" << true << false << false << false << false;
}

void TestActionRules::smcJob()
{
    QFETCH(QString, status);
    QFETCH(QString, business);
    QFETCH(bool, runOnce);
    SmcReplicationJob job;
    job.status = parseWire<SmcJobStatus>(status);
    job.businessStatus = parseWire<SmcBusinessStatus>(business);
    job.runOnce = runOnce;
    QTEST(canStart(job), "start");
    QTEST(canStop(job), "stop");
    QTEST(canCutOver(job), "cutOver");
    QTEST(canDelete(job), "remove");
}

void TestActionRules::smcModify_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("names");
    QTest::addColumn<bool>("schedule");
    QTest::addColumn<bool>("other");
    QTest::newRow("ready: everything") << "Ready" << true << true << true;
    QTest::newRow("waiting: names and schedule") << "Waiting" << true << true << false;
    QTest::newRow("running: names only") << "Running" << true << false << false;
    QTest::newRow("finished: names only") << "Finished" << true << false << false;
    QTest::newRow("deleting: nothing") << "Deleting" << false << false << false;
    QTest::newRow("unknown: nothing") << "Somewhere" << false << false << false;
}

void TestActionRules::smcModify()
{
    QFETCH(QString, status);
    SmcReplicationJob job;
    job.status = parseWire<SmcJobStatus>(status);
    QTEST(canModify(job, SmcModifyScope::NameDescription), "names");
    QTEST(canModify(job, SmcModifyScope::Schedule), "schedule");
    QTEST(canModify(job, SmcModifyScope::Other), "other");
}

void TestActionRules::agentPresence_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<SmcAgentPresence>("presence");
    QTest::newRow("available") << "Available"
                               << "" << SmcAgentPresence::Online;
    QTest::newRow("in use") << "InUse"
                            << "" << SmcAgentPresence::Online;
    QTest::newRow("in use but offline") << "InUse"
                                        << "SourceServer.Offline" << SmcAgentPresence::Offline;
    QTest::newRow("unavailable") << "Unavailable"
                                 << "" << SmcAgentPresence::Offline;
    QTest::newRow("deleting") << "Deleting"
                              << "" << SmcAgentPresence::Unknown;
    QTest::newRow("unknown state") << "Hibernating"
                                   << "" << SmcAgentPresence::Unknown;
}

void TestActionRules::agentPresence()
{
    QFETCH(QString, state);
    QFETCH(QString, errorCode);
    SmcSourceServer server;
    server.state = parseWire<SmcSourceState>(state);
    server.errorCode = errorCode;
    QTEST(ferry::model::agentPresence(server), "presence");
}

void TestActionRules::delay_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<DelayUnit>("unit");
    QTest::addColumn<qint64>("millis");
    QTest::newRow("ms") << 1500.0 << DelayUnit::Milliseconds << qint64(1500);
    QTest::newRow("s") << 3.0 << DelayUnit::Seconds << qint64(3000);
    QTest::newRow("fractional s") << 0.25 << DelayUnit::Seconds << qint64(250);
    QTest::newRow("negative clamps") << -5.0 << DelayUnit::Seconds << qint64(0);
    QTest::newRow("not a number clamps") << std::nan("") << DelayUnit::Milliseconds << qint64(0);
}

void TestActionRules::delay()
{
    QFETCH(double, raw);
    QFETCH(DelayUnit, unit);
    QFETCH(qint64, millis);
    const DtsDelay d = DtsDelay::fromRaw(raw, unit);
    QCOMPARE(d.value, std::chrono::milliseconds(millis));
    QCOMPARE(d.rawUnit, unit);
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
