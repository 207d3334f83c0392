// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and each job's detail after 90 virtual minutes of watching the sandbox, at
// 1280x800, in English and Simplified Chinese: every view shows data, the Chinese one shows no
// English left in the places people read first. With FERRY_SCREENSHOT_DIR set, the views are
// saved there as PNG files for people to look at.
#include "cloudapi/jobmonitor.h"
#include "gui/charts/lagchartview.h"
#include "gui/charts/mmsprogresschartview.h"
#include "gui/charts/smcrunschartview.h"
#include "gui/dashboardpage.h"
#include "gui/dtsdetailpanel.h"
#include "gui/jobdetailpage.h"
#include "gui/mainwindow.h"
#include "gui/mmsdetailpanel.h"
#include "gui/session.h"
#include "gui/smcdetailpanel.h"
#include "model/jobtablemodel.h"
#include "model/settings.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ferry;

class TstDashboardShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void views_data();
    void views();

private:
    void save(QWidget *window, const QString &name, const QString &language);
};

void TstDashboardShots::views_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TstDashboardShots::save(QWidget *window, const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    const QPixmap shot = window->grab();
    QCOMPARE(shot.size(), QSize(1280, 800));
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
}

void TstDashboardShots::views()
{
    QFETCH(QString, language);
    std::unique_ptr<QTranslator> translator;
    if (language == QLatin1String("zh_CN")) {
        translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(QStringLiteral(":/i18n/ferry_zh_CN.qm")));
        QCoreApplication::installTranslator(translator.get());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    test::SandboxRig rig;
    QVERIFY(rig.start());
    const auto setup = rig.makeTransport();
    const cloudapi::MmsClient mms(setup.get(), test::kRegion);
    const cloudapi::DtsClient dts(setup.get());
    const cloudapi::SmcClient smc(setup.get());
    const test::CreatedJobs jobs = test::createJobs(rig, mms, dts, smc);
    QVERIFY2(jobs.error.isEmpty(), qPrintable(jobs.error));
    // A larger MMS job: scan hive_prod.dw first (its order table fails once).
    cloudapi::CreateMmsFetchMetadataJobParams scan;
    scan.sourceId = 2000015;
    scan.dbName = QStringLiteral("dw");
    QVERIFY(test::await<cloudapi::MmsScanCreated>([&](QObject *c, auto d) {
                return mms.createFetchMetadataJob(scan, c, d);
            })->ok());
    rig.advance(120'000);
    cloudapi::CreateMmsJobParams big;
    big.sourceId = 2000015;
    big.name = QStringLiteral("dw_full");
    big.srcDbName = QStringLiteral("dw");
    const auto created = test::await<cloudapi::MmsJobCreated>(
        [&](QObject *c, auto d) { return mms.createJob(big, c, d); });
    QVERIFY(created);
    if (!created->ok())
        QFAIL(qPrintable(created->error().summary()));
    rig.advance(10'000);

    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    model::Settings settings(store);
    settings.setPollIntervalSeconds(60);
    gui::MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = rig.server->endpoint();
    info.region = test::kRegion;
    info.credentials = QStringLiteral("sandbox");
    auto *session = new gui::Session(rig.makeTransport().release(), info, &window);
    session->setClock(rig.clockFunction());
    window.setSession(session);
    auto *page = window.findChild<gui::DashboardPage *>();
    cloudapi::JobMonitor *monitor = page->monitor();
    monitor->stop();
    const auto pump = [&](qint64 virtualMs, qint64 stepMs) {
        for (qint64 t = 0; t < virtualMs; t += stepMs) {
            monitor->tick();
            if (!test::waitFor([&] { return !monitor->isPolling(); }))
                return false;
            rig.advance(stepMs);
        }
        return true;
    };
    QVERIFY(pump(60'000, 60'000));
    const model::JobTableModel *table = monitor->table();
    QString bigKey;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->jobAt(r).name == QLatin1String("dw_full"))
            bigKey = table->jobAt(r).key;
    }
    QVERIFY(!bigKey.isEmpty());
    // The big MMS job open for 45 minutes (its tasks are listed only while it is open), then
    // 45 minutes on the dashboard.
    page->openJob(bigKey);
    QVERIFY(pump(45 * 60'000, 30'000));
    const auto history = monitor->progressHistory(bigKey);
    QVERIFY(history);
    QCOMPARE(history->tasks(model::TaskPhase::Done).size(), 90);
    // A person pauses a migration: its row needs attention and its lag grows.
    QString paused;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->jobAt(r).name == QLatin1String("orders-migration-02"))
            paused = table->jobAt(r).id;
    }
    cloudapi::DtsJobRef ref;
    ref.regionId = test::kRegion;
    ref.dtsJobId = paused;
    QVERIFY(test::await<cloudapi::Done>([&](QObject *c, auto d) {
                return dts.suspendJob(ref, c, d);
            })->ok());
    page->showOverview();
    QVERIFY(pump(45 * 60'000, 60'000));
    QCOMPARE(table->rowCount(), jobs.total() + 1);
    const model::JobRow *pausedRow = table->job(QStringLiteral("dts:") + paused);
    QVERIFY(pausedRow);
    QCOMPARE(pausedRow->health(), model::JobHealth::Attention);
    QVERIFY(*pausedRow->lagMs > 40 * 60'000.0);

    auto *jobTable = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    QVERIFY(jobTable->isVisible());
    if (language == QLatin1String("zh_CN")) {
        for (int c = 0; c < model::JobTableModel::ColumnCount; ++c) {
            const QString header = table->headerData(c, Qt::Horizontal).toString();
            QCOMPARE(header, QCoreApplication::translate("ferry::model::JobTableModel",
                                                         header.toUtf8().constData()));
            QVERIFY2(header != QLatin1String("Lag") && header != QLatin1String("Health"),
                     qPrintable(header));
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            const model::JobRow &row = table->jobAt(r);
            for (const QString &text : {row.status, row.phase, model::displayName(row.health())})
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[a-z]{3}"))) ||
                             text.contains(QLatin1Char('%')),
                         qPrintable(text));
        }
    }
    save(&window, QStringLiteral("dashboard"), language);

    page->openJob(QStringLiteral("dts:jy6nmqxhlkeiimy"));
    QVERIFY(pump(60'000, 30'000));
    gui::JobDetailPage *detail = page->detailPage();
    QVERIFY(detail->dtsPanel()->chart()->plottedPointCount() >= 90);
    save(&window, QStringLiteral("detail-dts-lag"), language);

    page->openJob(QStringLiteral("smc:j-uvsz91e85r2oa3e35j"));
    QVERIFY(detail->smcPanel()->chart()->barCount(model::RunTrigger::Schedule) >= 1);
    save(&window, QStringLiteral("detail-smc-runs"), language);

    page->openJob(bigKey);
    QVERIFY(pump(30'000, 30'000));
    QVERIFY(detail->mmsPanel()->chart()->gridPointCount() >= 30);
    save(&window, QStringLiteral("detail-mms-progress"), language);

    page->showOverview();
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        QLocale::setDefault(QLocale::c());
    }
}

QTEST_MAIN(TstDashboardShots)
#include "tst_dashboardshots.moc"
