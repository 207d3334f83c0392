// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/mmsprogresschartview.h"
#include "gui/charts/timechartview.h"

#include <QLabel>
#include <QTest>

using namespace ferry;
using model::TaskPhase;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

QString label(const QWidget &view, const char *name)
{
    const auto *l = view.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

// 100 tasks over five hours, polled every minute: one task done every three minutes, two in
// data migration, one failed after two hours; 50 partitions a task (5,000 in all).
std::shared_ptr<model::ProgressHistory> history(int minutes)
{
    auto h = std::make_shared<model::ProgressHistory>();
    h->partitionsTotal = 5000;
    for (int m = 0; m <= minutes; ++m) {
        const double done = m / 3;
        const double failed = m >= 120 ? 1 : 0;
        const double data = std::min(2.0, 100 - done - failed);
        const double pending = 100 - done - failed - data;
        h->record(T0 + m * Minute, {pending, 0, data, done, failed}, done * 50);
    }
    return h;
}

} // namespace

class TstMmsProgressChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void figuresAndEta()
    {
        auto h = history(150); // 50 done after 150 minutes, 1,000 partitions an hour
        const qint64 now = T0 + 150 * Minute;
        gui::MmsProgressChartView view;
        view.setClock([now] { return now; });
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHistory(h);

        const model::CompletionEstimate e = view.estimate();
        QCOMPARE(e.status, model::CompletionEstimate::Status::Estimating);
        QCOMPARE(e, model::estimateCompletion(h->partitionsDone, 5000, now));
        QVERIFY(std::abs(e.ratePerHour - 1000) < 35); // counts move in steps of one task
        QCOMPARE(label(view, "mmsTasks"),
                 QStringLiteral("Tasks: 50 done, 2 running, 47 waiting, 1 failed"));
        // The C locale of the tests writes no group separators.
        QCOMPARE(label(view, "mmsPartitions"), QStringLiteral("Partitions 2500 of 5000 (50.0%)"));
        QVERIFY(label(view, "mmsEta").startsWith(QStringLiteral("Done in about 2 h")));
        QCOMPARE(label(view, "mmsThroughput"),
                 QStringLiteral("Throughput %1 partitions/h").arg(qRound(e.ratePerHour)));

        // One grid point every three pixels, and a throughput step a 48th of the view or more.
        const int width = view.tasksView()->plotWidth();
        QVERIFY(view.gridPointCount() >= width / 3 - 1 && view.gridPointCount() <= width / 3 + 1);
        QCOMPARE(view.throughputStepMs(), 5 * Minute);
        QCOMPARE(view.throughputStepCount(), 30);

        // Zooming either chart moves both.
        view.tasksView()->setVisibleRange(T0 + Hour, T0 + 2 * Hour);
        QCOMPARE(view.throughputView()->visibleFrom(), T0 + Hour);
        QCOMPARE(view.throughputView()->visibleTo(), T0 + 2 * Hour);
        QCOMPARE(view.throughputStepMs(), 2 * Minute);
        view.throughputView()->panBy(0.5);
        QCOMPARE(view.tasksView()->visibleFrom(), T0 + Hour + 30 * Minute);
    }

    void stalledAndDone()
    {
        // Progress stops at minute 60 and the last 30 minutes show none.
        auto h = std::make_shared<model::ProgressHistory>();
        h->partitionsTotal = 5000;
        for (int m = 0; m <= 90; ++m)
            h->record(T0 + m * Minute, {80, 0, 0, 20, 0}, std::min(m, 60) * 10.0);
        gui::MmsProgressChartView view;
        view.setClock([] { return T0 + 90 * Minute; });
        view.setHistory(h);
        QCOMPARE(view.estimate().status, model::CompletionEstimate::Status::Stalled);
        QCOMPARE(label(view, "mmsEta"),
                 QStringLiteral("Not converging: no progress in the last 30 min"));

        auto finished = std::make_shared<model::ProgressHistory>();
        finished->partitionsTotal = 100;
        finished->record(T0, {0, 0, 0, 10, 0}, 100);
        view.setHistory(finished);
        QCOMPARE(label(view, "mmsEta"), QStringLiteral("All partitions done"));

        auto young = std::make_shared<model::ProgressHistory>();
        young->record(T0 + 90 * Minute, {5, 0, 0, 0, 0}, 0);
        view.setHistory(young); // no partition total: tasks, and too little history
        QCOMPARE(label(view, "mmsEta"), QStringLiteral("ETA: not enough history yet"));
        QCOMPARE(label(view, "mmsPartitions"), QStringLiteral("Partitions done: 0"));
    }
};

QTEST_MAIN(TstMmsProgressChartView)
#include "tst_mmsprogresschartview.moc"
