// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chartformat.h"
#include "gui/charts/smcrunschartview.h"
#include "gui/charts/timechartview.h"

#include <QLabel>
#include <QTest>

using namespace ferry;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

model::ReplicationRun run(qint64 start, std::optional<qint64> end, model::RunTrigger trigger,
                          const QString &image = {})
{
    model::ReplicationRun r;
    r.startMs = start;
    r.endMs = end;
    r.trigger = trigger;
    r.imageId = image;
    return r;
}

QString label(const QWidget &view, const char *name)
{
    const auto *l = view.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

} // namespace

class TstSmcRunsChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // A full run, five hourly incremental runs (the last still going), one manual run.
    void runsScheduleAndImages()
    {
        const qint64 now = T0 + 8 * Hour + 5 * Minute;
        QList<model::ReplicationRun> runs;
        runs << run(T0, T0 + 3 * Hour, model::RunTrigger::Schedule, QStringLiteral("m-0"));
        for (int h = 4; h <= 7; ++h)
            runs << run(T0 + h * Hour, T0 + h * Hour + 10 * Minute, model::RunTrigger::Schedule,
                        QStringLiteral("m-%1").arg(h));
        runs << run(T0 + 8 * Hour, std::nullopt, model::RunTrigger::Schedule);
        runs << run(T0 + 5 * Hour + 30 * Minute, T0 + 5 * Hour + 40 * Minute,
                    model::RunTrigger::Manual, QStringLiteral("m-manual"));
        model::RunSchedule schedule;
        schedule.intervalMs = Hour;
        schedule.maxImagesToKeep = 5;

        gui::SmcRunsChartView view;
        view.setClock([now] { return now; });
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRuns(runs, schedule);

        QCOMPARE(view.barCount(model::RunTrigger::Schedule), 6);
        QCOMPARE(view.barCount(model::RunTrigger::Manual), 1);
        QCOMPARE(view.nextRun(), std::optional<qint64>(T0 + 9 * Hour));
        QCOMPARE(view.imagesKept(), 5); // six finished images, five kept
        QCOMPARE(view.slotCount(), 10); // T0 .. T0 + 9 h, every hour
        QCOMPARE(label(view, "imagesKept"), QStringLiteral("Images kept 5 of 5"));
        QCOMPARE(label(view, "runInterval"), QStringLiteral("Runs every 1 h"));
        QCOMPARE(label(view, "lastRun"), QStringLiteral("Running for 5 min"));
        QCOMPARE(
            label(view, "nextRun"),
            QStringLiteral("Next run %1 (in 55 min)").arg(gui::formatMoment(T0 + 9 * Hour, now)));
        // The view spans the first run to the next one, with a margin.
        QVERIFY(view.chartView()->boundsFrom() < T0);
        QVERIFY(view.chartView()->boundsTo() > T0 + 9 * Hour);

        // Zoomed into two hours, slot marks are far enough apart to stay.
        view.setVisibleRange(T0 + 4 * Hour, T0 + 6 * Hour);
        QCOMPARE(view.chartView()->visibleFrom(), T0 + 4 * Hour);
        QCOMPARE(view.slotCount(), 10);
    }

    void runOnceJobWithoutRuns()
    {
        gui::SmcRunsChartView view;
        view.setClock([] { return T0; });
        view.setRuns({}, {});
        QCOMPARE(view.nextRun(), std::nullopt);
        QCOMPARE(view.barCount(model::RunTrigger::Schedule), 0);
        QCOMPARE(label(view, "runInterval"), QStringLiteral("Runs once"));
        QCOMPARE(label(view, "nextRun"), QStringLiteral("No scheduled run"));
        QCOMPARE(label(view, "lastRun"), QStringLiteral("No runs yet"));
        QCOMPARE(label(view, "imagesKept"), QStringLiteral("Images kept 0"));

        view.setRuns(
            {run(T0 - 2 * Hour, T0 - Hour, model::RunTrigger::Manual, QStringLiteral("m"))}, {});
        QCOMPARE(view.barCount(model::RunTrigger::Manual), 1);
        QCOMPARE(label(view, "lastRun"), QStringLiteral("Last run took 1 h"));
        QCOMPARE(view.slotCount(), 0);
    }
};

QTEST_MAIN(TstSmcRunsChartView)
#include "tst_smcrunschartview.moc"
