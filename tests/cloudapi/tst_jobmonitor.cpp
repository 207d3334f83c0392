// SPDX-License-Identifier: GPL-3.0-or-later
// Monitoring against the sandbox on this thread, its virtual clock driven by the test: the
// polling budget read from the sandbox's request log, idle polling, detail calls only for the
// open job, lag readings in ms for both DTS job types, lag history across a restart, no
// overlapping polls, backoff after throttling, stalls flagged and cleared, cancellation.
#include "cloudapi/dtsdetailwatcher.h"
#include "cloudapi/dtsjobwatcher.h"
#include "cloudapi/jobmonitor.h"
#include "cloudapi/mmsjobwatcher.h"
#include "cloudapi/smcjobwatcher.h"
#include "model/jobtablemodel.h"
#include "model/seriesstore.h"

#include "testsupport_monitor.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ferry;
using namespace ferry::cloudapi;
using ferry::test::await;
using ferry::test::kRegion;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

MonitorConfig config(qint64 intervalMs = 30 * kSecond)
{
    MonitorConfig c;
    c.listTiming.activeIntervalMs = intervalMs;
    c.listTiming.idleIntervalMs = 300 * kSecond;
    c.listTiming.maxBackoffMs = 600 * kSecond;
    c.detailTiming = c.listTiming;
    c.discoveryIntervalMs = 300 * kSecond;
    return c;
}

int pages(int items, int pageSize)
{
    return std::max(1, (items + pageSize - 1) / pageSize);
}

} // namespace

class TstJobMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollingBudget();
    void idleViewsPollLess();
    void detailCallsOnlyForTheOpenJob();
    void lagReadingsInMsForBothJobTypes();
    void lagHistorySurvivesRestart();
    void noOverlappingPolls();
    void backsOffOnThrottling();
    void stalledJobFlaggedAndCleared();
    void destroyedWatcherCancelsItsCall();
    void cleanup();

private:
    std::unique_ptr<JobMonitor> makeMonitor(const MonitorConfig &c = config());
    // Ticks `tick` every stepMs of virtual time for durationMs, waiting for polls to finish.
    template<class Tickable>
    void drive(Tickable &target, qint64 durationMs, qint64 stepMs);

    test::SandboxRig m_rig;
    std::unique_ptr<Transport> m_transport;
    std::optional<MmsClient> m_mms;
    std::optional<DtsClient> m_dts;
    std::optional<SmcClient> m_smc;
    test::CreatedJobs m_jobs;
};

void TstJobMonitor::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start());
    m_transport = m_rig.makeTransport();
    m_mms.emplace(m_transport.get(), kRegion);
    m_dts.emplace(m_transport.get());
    m_smc.emplace(m_transport.get());
    m_jobs = test::createJobs(m_rig, *m_mms, *m_dts, *m_smc);
    QVERIFY2(m_jobs.error.isEmpty(), qPrintable(m_jobs.error));
    QVERIFY(m_jobs.total() >= 50);
}

void TstJobMonitor::cleanup()
{
    m_rig.server->faults().clear();
}

std::unique_ptr<JobMonitor> TstJobMonitor::makeMonitor(const MonitorConfig &c)
{
    auto monitor = std::make_unique<JobMonitor>(*m_mms, *m_dts, *m_smc, kRegion);
    monitor->setClock(m_rig.clockFunction());
    monitor->setConfig(c);
    return monitor;
}

template<class Tickable>
void TstJobMonitor::drive(Tickable &target, qint64 durationMs, qint64 stepMs)
{
    for (qint64 t = 0; t < durationMs; t += stepMs) {
        target.tick();
        QVERIFY(test::waitFor([&] { return !target.isPolling(); }, 20000));
        m_rig.advance(stepMs);
    }
}

void TstJobMonitor::pollingBudget()
{
    m_rig.server->requestLog().clear();
    auto monitor = makeMonitor();
    // 10 virtual minutes at a 30 s interval, ticked every 5 virtual seconds.
    drive(*monitor, 10 * kMinute, 5 * kSecond);
    if (QTest::currentTestFailed())
        return;

    const model::JobTableModel *table = monitor->table();
    QCOMPARE(table->rowCount(), m_jobs.total());
    int perService[model::JobServiceCount] = {};
    for (int r = 0; r < table->rowCount(); ++r)
        ++perService[int(table->jobAt(r).service)];
    QCOMPARE(perService[int(model::JobService::Mms)], m_jobs.mms);
    QCOMPARE(perService[int(model::JobService::Dts)], m_jobs.dtsMigration + m_jobs.dtsSync);
    QCOMPARE(perService[int(model::JobService::Smc)], m_jobs.smc);
    QCOMPARE(monitor->mmsWatcher()->pollCount(), 20);
    QCOMPARE(monitor->dtsWatcher()->pollCount(), 20);
    QCOMPARE(monitor->smcWatcher()->pollCount(), 20);

    const int intervals = 20;  // polls at 0, 30, ..., 570 s
    const int discoveries = 2; // at 0 and 300 s
    const int sources = int(monitor->mmsWatcher()->dataSources().size());
    QCOMPARE(sources, 7);
    QCOMPARE(monitor->mmsWatcher()->sourcesWithJobs(), QList<qint64>({2000017}));

    // DTS: MIGRATION and SYNC every interval (34 migration jobs take two pages of 30), the empty
    // SUBSCRIBE listing at each discovery.
    const int dtsPages = pages(m_jobs.dtsMigration, DtsClient::kDefaultPageSize) +
                         pages(m_jobs.dtsSync, DtsClient::kDefaultPageSize);
    QCOMPARE(dtsPages, 3);
    const int dts = m_rig.count("DescribeDtsJobs");
    QCOMPARE(dts, intervals * dtsPages + discoveries);
    // SMC: one call per interval.
    const int smc = m_rig.count("DescribeReplicationJobs");
    QCOMPARE(smc, intervals * pages(m_jobs.smc, SmcClient::kDefaultPageSize));
    // MMS: the data sources at each discovery, then the jobs of every source; in between only
    // the source that has jobs.
    const int mmsSources = m_rig.count("ListMmsDataSources");
    const int mmsJobs = m_rig.count("ListMmsJobs");
    QCOMPARE(mmsSources, discoveries);
    QCOMPARE(mmsJobs, (intervals - discoveries) * 1 + discoveries * sources);
    // No per-job calls: nobody had a job open.
    QCOMPARE(m_rig.count("ListMmsTasks"), 0);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail"), 0);
    QCOMPARE(m_rig.count("GetMmsJob"), 0);
    const int total = int(m_rig.server->requestLog().size());
    QCOMPARE(total, dts + smc + mmsSources + mmsJobs);

    // Within one list call per interval per service, plus paging (DTS lists per job type, MMS
    // per data source, both counted as paging of the service's list).
    QVERIFY(smc <= intervals);
    QVERIFY(dts <= intervals * dtsPages + discoveries);
    QVERIFY(mmsJobs + mmsSources <= intervals + discoveries * sources);
    qInfo("Polling budget, %d jobs (MMS %d, DTS %d, SMC %d), 10 virtual minutes at 30 s: "
          "DescribeDtsJobs %d, DescribeReplicationJobs %d, ListMmsDataSources %d, ListMmsJobs "
          "%d, ListMmsTasks 0, DescribeDtsJobDetail 0; %d calls in all (one call per job per "
          "interval would be %d)",
          m_jobs.total(), m_jobs.mms, m_jobs.dtsMigration + m_jobs.dtsSync, m_jobs.smc, dts, smc,
          mmsSources, mmsJobs, total, m_jobs.total() * intervals);
}

void TstJobMonitor::idleViewsPollLess()
{
    m_rig.server->requestLog().clear();
    auto monitor = makeMonitor();
    monitor->setActive(false);
    drive(*monitor, 10 * kMinute, 5 * kSecond);
    if (QTest::currentTestFailed())
        return;
    // The idle interval is 5 minutes: polls at 0 and 300 s.
    QCOMPARE(monitor->smcWatcher()->pollCount(), 2);
    QCOMPARE(m_rig.count("DescribeReplicationJobs"), 2);
    QCOMPARE(m_rig.count("ListMmsDataSources"), 2);
    QCOMPARE(m_rig.count("DescribeDtsJobs"), 2 * (3 + 1));
    // Someone looks again: the next tick polls at once, then every 30 s.
    monitor->setActive(true);
    monitor->tick();
    QVERIFY(monitor->smcWatcher()->isPolling());
    QVERIFY(test::waitFor([&] { return !monitor->isPolling(); }, 20000));
    QCOMPARE(m_rig.count("DescribeReplicationJobs"), 3);
}

void TstJobMonitor::detailCallsOnlyForTheOpenJob()
{
    m_rig.server->requestLog().clear();
    auto monitor = makeMonitor();
    drive(*monitor, 2 * kMinute, 5 * kSecond);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail"), 0);
    QCOMPARE(m_rig.count("ListMmsTasks"), 0);

    // A DTS job open for two minutes: one detail call per interval, readings from the detail.
    const QString dtsKey = QStringLiteral("dts:") + m_jobs.migrationWithIncremental;
    monitor->openDetail(dtsKey);
    QVERIFY(monitor->detailWatcher());
    drive(*monitor, 2 * kMinute, 5 * kSecond);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail"), 4);
    QVERIFY(monitor->dtsJob(dtsKey));
    QCOMPARE(monitor->dtsJob(dtsKey)->dtsJobId, m_jobs.migrationWithIncremental);

    // An MMS job open for one minute: its tasks are listed, its progress recorded.
    QString mmsKey;
    for (int r = 0; r < monitor->table()->rowCount(); ++r) {
        if (monitor->table()->jobAt(r).name == QLatin1String("archive_copy_01"))
            mmsKey = monitor->table()->jobAt(r).key;
    }
    QVERIFY(!mmsKey.isEmpty());
    monitor->openDetail(mmsKey);
    drive(*monitor, 1 * kMinute, 5 * kSecond);
    QCOMPARE(m_rig.count("ListMmsTasks"), 2);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail"), 4); // the DTS detail closed
    QVERIFY(!monitor->detailTasks().isEmpty());
    const auto history = monitor->progressHistory(mmsKey);
    QVERIFY(history);
    QCOMPARE(history->tasks(model::TaskPhase::Done).size(), 2);
    double tasks = 0;
    for (int p = 0; p < model::TaskPhaseCount; ++p)
        tasks += history->tasks(model::TaskPhase(p)).values().back();
    QCOMPARE(tasks, double(monitor->detailTasks().size()));

    // Closed: no more detail calls.
    monitor->closeDetail();
    QVERIFY(!monitor->detailWatcher());
    drive(*monitor, 2 * kMinute, 5 * kSecond);
    QCOMPARE(m_rig.count("ListMmsTasks"), 2);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail"), 4);
}

void TstJobMonitor::lagReadingsInMsForBothJobTypes()
{
    auto monitor = makeMonitor();
    QSignalSpy recorded(monitor.get(), &JobMonitor::lagRecorded);
    const QString migration = m_jobs.migrationWithIncremental;
    const QString sync = QStringLiteral("jy6nmqxhlkeiimy");
    // Until the new migration job replicates incrementally (at most ~15 virtual minutes).
    for (int i = 0; i < 60 && monitor->lagSeries(migration)->isEmpty(); ++i) {
        drive(*monitor, 30 * kSecond, 30 * kSecond);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(!monitor->lagSeries(migration)->isEmpty());
    QVERIFY(recorded.size() > 0);

    // One more poll now, then ask the detail (always ms) at the same virtual time.
    monitor->refreshNow();
    QVERIFY(test::waitFor([&] { return !monitor->isPolling(); }, 20000));
    const qint64 now = m_rig.nowMs();
    const auto detailLag = [&](const QString &id) {
        DtsJobDetailQuery q;
        q.regionId = kRegion;
        q.dtsJobId = id;
        const auto r = await<model::DtsJob>([&](QObject *c, Callback<model::DtsJob> d) {
            return m_dts->describeJobDetail(q, c, d);
        });
        return r && r->ok() && r->value().delay ? double(r->value().delay->value.count())
                                                : std::nan("");
    };
    const auto migrationSeries = monitor->lagSeries(migration);
    QCOMPARE(migrationSeries->times().back(), now);
    // Migration: DescribeDtsJobs reports ms, the reading is that number.
    QCOMPARE(migrationSeries->values().back(), detailLag(migration));

    const auto syncSeries = monitor->lagSeries(sync);
    QCOMPARE(syncSeries->times().back(), now);
    // Synchronization: DescribeDtsJobs reports whole seconds; the reading is in ms.
    const double syncMs = syncSeries->values().back();
    QCOMPARE(std::fmod(syncMs, 1000.0), 0.0);
    QVERIFY2(std::abs(syncMs - detailLag(sync)) <= 500.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(syncMs).arg(detailLag(sync))));
    // Every reading of the synchronization job is whole seconds in ms, and its lag of a second
    // or more was never read as that many milliseconds.
    for (double v : syncSeries->values())
        QCOMPARE(std::fmod(v, 1000.0), 0.0);
    QVERIFY(*std::max_element(syncSeries->values().begin(), syncSeries->values().end()) >= 1000.0);
}

void TstJobMonitor::lagHistorySurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sync = QStringLiteral("jy6nmqxhlkeiimy");
    QList<model::Sample> before;
    {
        model::SeriesStore store(dir.path());
        auto monitor = makeMonitor();
        monitor->setLagStore(&store);
        drive(*monitor, 3 * kMinute, 30 * kSecond);
        const auto series = monitor->lagSeries(sync);
        QCOMPARE(series->size(), 6);
        for (qsizetype i = 0; i < series->size(); ++i)
            before.append(series->at(i));
    }
    model::SeriesStore store(dir.path());
    auto restarted = makeMonitor();
    restarted->setLagStore(&store);
    const auto series = restarted->lagSeries(sync);
    QCOMPARE(series->size(), 6);
    for (qsizetype i = 0; i < series->size(); ++i)
        QCOMPARE(series->at(i), before.at(i));
    // Every DTS job that replicated has a file, and nothing but lag files are there.
    QVERIFY(store.jobIds().contains(sync));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(name.endsWith(QLatin1String(".lag")), qPrintable(name));
    // New readings continue the same history.
    drive(*restarted, 30 * kSecond, 30 * kSecond);
    QCOMPARE(restarted->lagSeries(sync)->size(), 7);
}

void TstJobMonitor::noOverlappingPolls()
{
    sandbox::FaultRule slow;
    slow.kind = sandbox::FaultKind::Slow;
    slow.rate = 1.0;
    slow.actions = {QStringLiteral("DescribeReplicationJobs")};
    slow.latency = std::chrono::milliseconds(1200);
    m_rig.server->faults().addRule(slow);
    m_rig.server->requestLog().clear();

    SmcJobWatcher watcher(*m_smc, kRegion);
    watcher.setClock(m_rig.clockFunction());
    watcher.setTiming(config().listTiming);
    watcher.tick();
    QVERIFY(watcher.isPolling());
    // Two virtual minutes pass while the answer is slow (1.2 s of real time): every tick finds
    // the poll in flight.
    for (int i = 0; i < 12; ++i) {
        m_rig.advance(10 * kSecond);
        watcher.tick();
        QCoreApplication::processEvents();
    }
    QVERIFY(watcher.isPolling());
    QCOMPARE(watcher.pollCount(), 1);
    QVERIFY(watcher.busyTickCount() >= 9);
    QVERIFY(test::waitFor([&] { return !watcher.isPolling(); }, 20000));
    QCOMPARE(m_rig.count("DescribeReplicationJobs"), 1);
    // Then the overdue poll runs, once.
    watcher.tick();
    watcher.tick();
    QCOMPARE(watcher.pollCount(), 2);
    QVERIFY(test::waitFor([&] { return !watcher.isPolling(); }, 20000));
    const auto entries = m_rig.server->requestLog().entries();
    QCOMPARE(entries.size(), std::size_t(2));
    // The second request arrived after the first was answered.
    QVERIFY(entries[1].realTime >= entries[0].realTime + entries[0].latency);
    QVERIFY(entries[0].fault.contains(QLatin1String("slow")));
}

void TstJobMonitor::backsOffOnThrottling()
{
    // No transport retries here, so each poll is one request and the watcher's own backoff shows.
    const auto transport = m_rig.makeTransport(1);
    const SmcClient smc(transport.get());
    sandbox::FaultRule rule;
    rule.scripted = true;
    rule.sequence = {sandbox::FaultKind::Throttle, sandbox::FaultKind::Throttle,
                     sandbox::FaultKind::Throttle, sandbox::FaultKind::None};
    rule.actions = {QStringLiteral("DescribeReplicationJobs")};
    m_rig.server->faults().addRule(rule);
    m_rig.server->requestLog().clear();

    SmcJobWatcher watcher(smc, kRegion);
    watcher.setClock(m_rig.clockFunction());
    watcher.setTiming(config().listTiming);
    QSignalSpy failed(&watcher, &JobWatcher::pollFailed);
    QSignalSpy fetched(&watcher, &SmcJobWatcher::jobsFetched);
    const qint64 start = m_rig.nowMs();
    drive(watcher, 9 * kMinute, 5 * kSecond);
    if (QTest::currentTestFailed())
        return;

    QList<qint64> at;
    QStringList codes;
    for (const auto &e : m_rig.server->requestLog().entries()) {
        at << e.virtualTime.time_since_epoch().count() - start;
        codes << e.errorCode;
    }
    // Throttled at 0, 60 and 180 s: waits of 60, 120 and 240 s; then every 30 s again.
    QCOMPARE(at.mid(0, 6), QList<qint64>({0, 60'000, 180'000, 420'000, 450'000, 480'000}));
    QCOMPARE(codes.mid(0, 4),
             QStringList({QStringLiteral("Throttling.User"), QStringLiteral("Throttling.User"),
                          QStringLiteral("Throttling.User"), QString()}));
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ErrorKind::Throttled);
    QCOMPARE(fetched.size(), at.size() - 3);
    QVERIFY(!watcher.schedule().isBackingOff());
    QVERIFY(!watcher.lastError());
}

void TstJobMonitor::stalledJobFlaggedAndCleared()
{
    CreateMmsJobParams p;
    p.sourceId = 2000017;
    p.name = QStringLiteral("stall_probe");
    p.srcDbName = QStringLiteral("dw_archive");
    const auto created = await<MmsJobCreated>(
        [&](QObject *c, Callback<MmsJobCreated> d) { return m_mms->createJob(p, c, d); });
    QVERIFY(created && created->ok());
    m_rig.advance(5 * kSecond);

    // Polled every 10 s; running with no task done for 40 s counts as stalled (a task of this
    // job takes close to a minute at least: schema, data and verification).
    MonitorConfig c = config(10 * kSecond);
    c.stall.thresholdMs = 40 * kSecond;
    auto monitor = makeMonitor(c);
    QSignalSpy stallChanges(monitor->table(), &model::JobTableModel::stallChanged);
    qint64 flaggedAt = 0;
    qint64 quietSince = 0;
    qint64 clearedAt = 0;
    QString tip;
    for (int i = 0; i < 180 && clearedAt == 0; ++i) {
        drive(*monitor, 10 * kSecond, 10 * kSecond);
        if (QTest::currentTestFailed())
            return;
        const model::JobTableModel *table = monitor->table();
        for (int r = 0; r < table->rowCount(); ++r) {
            const model::JobRow &row = table->jobAt(r);
            if (row.name != QLatin1String("stall_probe"))
                continue;
            const QModelIndex index = table->index(r, model::JobTableModel::HealthColumn);
            if (row.health() == model::JobHealth::Stalled && flaggedAt == 0) {
                flaggedAt = row.updatedMs;
                quietSince =
                    table->data(index, model::JobTableModel::StalledSinceRole).toLongLong();
                tip = table->data(index, Qt::ToolTipRole).toString();
                QCOMPARE(table->data(index).toString(), QStringLiteral("Stalled"));
            } else if (flaggedAt != 0 && row.health() != model::JobHealth::Stalled) {
                clearedAt = row.updatedMs;
                QVERIFY(row.observation.progress > 0); // a task got done
            }
        }
    }
    QVERIFY2(flaggedAt > 0, "the job was never flagged");
    QVERIFY2(clearedAt > flaggedAt, "the flag was never cleared");
    QVERIFY(flaggedAt - quietSince >= 40 * kSecond);
    QVERIFY(flaggedAt - quietSince < 50 * kSecond);
    QVERIFY2(tip.contains(QLatin1String("no progress since")), qPrintable(tip));
    QVERIFY(stallChanges.size() >= 2);
}

void TstJobMonitor::destroyedWatcherCancelsItsCall()
{
    sandbox::FaultRule slow;
    slow.kind = sandbox::FaultKind::Slow;
    slow.rate = 1.0;
    slow.actions = {QStringLiteral("DescribeDtsJobs")};
    slow.latency = std::chrono::milliseconds(500);
    m_rig.server->faults().addRule(slow);
    m_rig.server->requestLog().clear();

    QObject receiver;
    int delivered = 0;
    auto *watcher = new DtsJobWatcher(*m_dts, kRegion);
    watcher->setClock(m_rig.clockFunction());
    connect(watcher, &DtsJobWatcher::jobsFetched, &receiver, [&delivered] { ++delivered; });
    watcher->tick();
    QVERIFY(watcher->isPolling());
    delete watcher;
    // Longer than the slow answer takes: nothing arrives, and no further type is asked for.
    QTest::qWait(700);
    QCOMPARE(delivered, 0);
    QVERIFY(m_rig.count("DescribeDtsJobs") <= 1);
}

QTEST_GUILESS_MAIN(TstJobMonitor)
#include "tst_jobmonitor.moc"
