// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard against the sandbox: the empty state until jobs are known, the table of every
// job, filters, keyboard (Ctrl+F, Enter, Esc), the detail of each service's job (and its
// detail watcher only while open), idle polling when hidden, and lag notifications.
#include "cloudapi/jobmonitor.h"
#include "cloudapi/jobwatcher.h"
#include "cloudapi/smcjobwatcher.h"
#include "gui/charts/lagchartview.h"
#include "gui/charts/smcrunschartview.h"
#include "gui/dashboardpage.h"
#include "gui/dtsdetailpanel.h"
#include "gui/jobdetailpage.h"
#include "gui/lagnotifier.h"
#include "gui/mainwindow.h"
#include "gui/session.h"
#include "gui/smcdetailpanel.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "model/settings.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

int rowOfName(const QAbstractItemModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.data(m.index(r, model::JobTableModel::NameColumn)).toString() == name)
            return r;
    }
    return -1;
}

} // namespace

class TstDashboardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateUntilJobsAreKnown();
    void tableFiltersAndKeyboard();
    void detailOfEachService();
    void hiddenDashboardPollsAtTheIdleInterval();
    void lagNotifications();
    void cleanupTestCase();

private:
    void pump(qint64 virtualMs, qint64 stepMs);

    test::SandboxRig m_rig;
    std::unique_ptr<cloudapi::Transport> m_setupTransport;
    test::CreatedJobs m_jobs;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<model::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::Session *m_session = nullptr;
    gui::DashboardPage *m_page = nullptr;
};

void TstDashboardPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start());
    m_store =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<model::Settings>(*m_store);
    m_window = std::make_unique<gui::MainWindow>(*m_settings);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->findChild<gui::DashboardPage *>();
    QVERIFY(m_page);
}

void TstDashboardPage::cleanupTestCase()
{
    m_window.reset();
    delete m_session;
}

void TstDashboardPage::pump(qint64 virtualMs, qint64 stepMs)
{
    for (qint64 t = 0; t < virtualMs; t += stepMs) {
        m_page->monitor()->tick();
        QVERIFY(test::waitFor([&] { return !m_page->monitor()->isPolling(); }, 20000));
        m_rig.advance(stepMs);
    }
}

void TstDashboardPage::emptyStateUntilJobsAreKnown()
{
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
    QVERIFY(title && title->isVisible());

    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = m_rig.server->endpoint();
    info.region = test::kRegion;
    m_session = new gui::Session(m_rig.makeTransport().release(), info);
    m_session->setClock(m_rig.clockFunction());
    m_window->setSession(m_session);
    QVERIFY(m_page->monitor());
    // The test drives time: no real-time ticking on top of it.
    m_page->monitor()->stop();
    auto *scan = m_window->findChild<QLabel *>(QStringLiteral("emptyStateScan"));
    QVERIFY(scan->text().contains(QLatin1String("Looking for")));

    // The scenario's own jobs first, then the ones made through the typed clients.
    pump(30'000, 30'000);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("jobTable"));
    QVERIFY(table->isVisible());
    QVERIFY(!title->isVisible());
    QCOMPARE(m_page->monitor()->table()->rowCount(), 1 + 3 + 1);
    auto *identity = m_window->findChild<QLabel *>(QStringLiteral("identitySummary"));
    QTRY_VERIFY(identity->text().contains(QLatin1String("1234567890123456")));

    m_setupTransport = m_rig.makeTransport();
    const cloudapi::MmsClient mms(m_setupTransport.get(), test::kRegion);
    const cloudapi::DtsClient dts(m_setupTransport.get());
    const cloudapi::SmcClient smc(m_setupTransport.get());
    m_jobs = test::createJobs(m_rig, mms, dts, smc);
    QVERIFY2(m_jobs.error.isEmpty(), qPrintable(m_jobs.error));
    // "Refresh now" rediscovers at once.
    auto *refresh = m_window->findChild<QWidget *>(QStringLiteral("refreshNow"));
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(test::waitFor([&] { return !m_page->monitor()->isPolling(); }, 20000));
    QCOMPARE(m_page->monitor()->table()->rowCount(), m_jobs.total());
    auto *updated = m_window->findChild<QLabel *>(QStringLiteral("lastUpdate"));
    QVERIFY(updated->text().startsWith(QLatin1String("Updated ")));
}

void TstDashboardPage::tableFiltersAndKeyboard()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("jobTable"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("jobFilter"));
    auto *service = m_window->findChild<QComboBox *>(QStringLiteral("serviceFilter"));
    auto *health = m_window->findChild<QComboBox *>(QStringLiteral("healthFilter"));
    model::JobFilterProxyModel *proxy = m_page->jobFilter();
    QCOMPARE(proxy->rowCount(), m_jobs.total());
    // Worst first by default: the failed precheck leads.
    QCOMPARE(proxy->data(proxy->index(0, model::JobTableModel::HealthColumn)).toString(),
             QStringLiteral("Failed"));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("stock-sync"));
    QCOMPARE(proxy->rowCount(), 12);
    filter->clear();

    service->setCurrentIndex(service->findData(int(model::JobService::Smc)));
    QCOMPARE(proxy->rowCount(), m_jobs.smc);
    service->setCurrentIndex(0);
    health->setCurrentIndex(health->findData(int(model::JobHealth::Failed)));
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->data(proxy->index(r, 0), model::JobTableModel::HealthRole).toInt(),
                 int(model::JobHealth::Failed));
    QVERIFY(proxy->rowCount() >= 1);
    health->setCurrentIndex(0);

    // Enter opens the selected job, Esc comes back with the job still selected.
    QTest::keyClicks(filter, QStringLiteral("sales-sync"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Return);
    gui::JobDetailPage *detail = m_page->detailPage();
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->jobKey(), QStringLiteral("dts:jy6nmqxhlkeiimy"));
    QCOMPARE(m_page->monitor()->detailKey(), detail->jobKey());
    QTest::keyClick(detail, Qt::Key_Escape);
    QVERIFY(!detail->isVisible());
    QVERIFY(table->isVisible());
    QVERIFY(m_page->monitor()->detailKey().isEmpty());
    QCOMPARE(table->currentIndex().data(model::JobTableModel::KeyRole).toString(),
             QStringLiteral("dts:jy6nmqxhlkeiimy"));
    filter->clear();
}

void TstDashboardPage::detailOfEachService()
{
    cloudapi::JobMonitor *monitor = m_page->monitor();
    const int before = m_rig.count("DescribeDtsJobDetail");
    // DTS: lag chart from the lag history, detail polled while open.
    m_page->openJob(QStringLiteral("dts:jy6nmqxhlkeiimy"));
    pump(90'000, 30'000);
    gui::DtsDetailPanel *dts = m_page->detailPage()->dtsPanel();
    QVERIFY(dts->isVisible());
    QVERIFY(dts->chart()->plottedPointCount() >= 3);
    QCOMPARE(m_rig.count("DescribeDtsJobDetail") - before, 3);
    auto *title = m_page->detailPage()->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QCOMPARE(title->text(), QStringLiteral("sales-sync"));
    auto *checkpoint = dts->findChild<QLabel *>(QStringLiteral("dtsCheckpoint"));
    QVERIFY(checkpoint->text() != QStringLiteral("–"));

    // SMC: runs from the job list; no detail watcher, no extra call.
    const int smcBefore = m_rig.count("DescribeReplicationJobs");
    m_page->openJob(QStringLiteral("smc:j-uvsz91e85r2oa3e35j"));
    QVERIFY(!monitor->detailWatcher());
    gui::SmcDetailPanel *smc = m_page->detailPage()->smcPanel();
    QVERIFY(smc->isVisible());
    QCOMPARE(smc->chart()->barCount(model::RunTrigger::Schedule) +
                 smc->chart()->barCount(model::RunTrigger::Manual),
             5);
    QVERIFY(smc->chart()->nextRun().has_value());
    QCOMPARE(smc->chart()->imagesKept(), 2);
    QVERIFY(smc->findChild<QLabel *>(QStringLiteral("smcImages"))
                ->text()
                .startsWith(QLatin1String("2 of at most ")));
    QCOMPARE(m_rig.count("DescribeReplicationJobs"), smcBefore);

    // MMS: tasks listed while open.
    const int tasksBefore = m_rig.count("ListMmsTasks");
    const int row = rowOfName(*monitor->table(), QStringLiteral("archive_copy_02"));
    QVERIFY(row >= 0);
    m_page->openJob(monitor->table()->jobAt(row).key);
    pump(60'000, 30'000);
    QCOMPARE(m_rig.count("ListMmsTasks") - tasksBefore, 2);
    auto *tasks =
        m_page->detailPage()->findChild<QTableWidget *>(QStringLiteral("mmsTasksByStatus"));
    QVERIFY(tasks && tasks->rowCount() >= 1);
    m_page->showOverview();
    QVERIFY(!monitor->detailWatcher());
    pump(60'000, 30'000);
    QCOMPARE(m_rig.count("ListMmsTasks") - tasksBefore, 2);
}

void TstDashboardPage::hiddenDashboardPollsAtTheIdleInterval()
{
    cloudapi::JobMonitor *monitor = m_page->monitor();
    QVERIFY(monitor->smcWatcher()->isActive());
    m_window->showMinimized();
    QTRY_VERIFY(!monitor->smcWatcher()->isActive());
    m_window->showNormal();
    QTRY_VERIFY(monitor->smcWatcher()->isActive());
    m_page->hide();
    QVERIFY(!monitor->smcWatcher()->isActive());
    const int before = m_rig.count("DescribeReplicationJobs");
    pump(10 * 60'000, 30'000);
    QCOMPARE(m_rig.count("DescribeReplicationJobs") - before, 2);
    m_page->show();
    QVERIFY(monitor->smcWatcher()->isActive());
}

void TstDashboardPage::lagNotifications()
{
    QStringList shown;
    gui::LagNotifier *notifier = m_page->lagNotifier();
    notifier->setSink([&](const QString &title, const QString &message) {
        shown << title + QLatin1Char('|') + message;
    });
    // While Ferry's window is active nothing is shown: the dashboard says it already.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!notifier->lagCrossed(QStringLiteral("sales-sync"), 7200, true, 5000));

    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(!m_window->isActiveWindow());
    QVERIFY(notifier->lagCrossed(QStringLiteral("sales-sync"), 7200, true, 5000));
    QVERIFY(notifier->lagCrossed(QStringLiteral("sales-sync"), 1200, false, 5000));
    QCOMPARE(shown,
             QStringList({"Replication lag over 5.0 s|sales-sync: the lag is 7.2 s.",
                          "Replication lag back under 5.0 s|sales-sync: the lag is 1.2 s."}));

    m_settings->setLagNotifications(false);
    QVERIFY(!notifier->lagCrossed(QStringLiteral("sales-sync"), 9000, true, 5000));
    m_settings->setLagNotifications(true);
    QCOMPARE(notifier->shownCount(), 2);

    // Wired to the monitor: a crossing seen by the monitor reaches the sink.
    Q_EMIT m_page->monitor()->lagCrossed(QStringLiteral("dts:x"), QStringLiteral("x"), 6000, true);
    QCOMPARE(notifier->shownCount(), 3);
}

QTEST_MAIN(TstDashboardPage)
#include "tst_dashboardpage.moc"
