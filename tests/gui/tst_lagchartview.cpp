// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chartformat.h"
#include "gui/charts/lagchartview.h"
#include "gui/charts/timechartview.h"

#include <QLabel>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>
#include <set>

using namespace ferry;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Minute = 60 * 1000;

// Readings every stepMs from T0 for count readings; value(i) gives the lag in ms.
std::shared_ptr<model::Series> series(qint64 count, qint64 stepMs,
                                      const std::function<double(qint64)> &value)
{
    auto s = std::make_shared<model::Series>();
    s->reserve(count);
    for (qint64 i = 0; i < count; ++i)
        s->append(T0 + i * stepMs, value(i));
    return s;
}

QString label(const gui::LagChartView &view, const char *name)
{
    const auto *l = view.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

} // namespace

class TstLagChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // 200,000 readings at 1 s become a few points per pixel, and every plotted point is a real
    // reading (decimation picks, it does not invent); the largest reading is among them.
    void decimatesToThePlotWidth()
    {
        auto s = series(200'000, 1000, [](qint64 i) {
            return i == 123'457 ? 250'000.0 : 1000.0 + double((i * 7919) % 3000);
        });
        gui::LagChartView view;
        view.setClock([&] { return s->time(s->size() - 1); });
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLagSeries(s);
        const int width = view.chartView()->plotWidth();
        QVERIFY(width > 500 && width < 1000);
        QVERIFY(view.plottedPointCount() > width);
        QVERIFY(view.plottedPointCount() <= 4 * width + 2);
        QCOMPARE(view.yUnitMs(), 60'000.0); // 250 s of lag: minutes
        std::set<std::pair<qint64, double>> raw;
        for (qsizetype i = 0; i < s->size(); ++i)
            raw.insert({s->time(i), s->value(i)});
        bool sawSpike = false;
        for (const auto &line : view.plottedLines()) {
            for (const QPointF &p : line) {
                const double ms = p.y() * view.yUnitMs();
                QVERIFY(raw.count({qint64(p.x()), std::round(ms)}) == 1);
                sawSpike |= qint64(p.x()) == T0 + 123'457 * 1000;
            }
        }
        QVERIFY(sawSpike);
    }

    // Zooming re-decimates the visible range: ten minutes of 1 s readings are few enough to be
    // plotted one for one, plus the reading just outside each end.
    void zoomRedecimatesTheVisibleRange()
    {
        auto s = series(100'000, 1000, [](qint64 i) { return 1000.0 + double(i % 50); });
        gui::LagChartView view;
        view.setClock([&] { return s->time(s->size() - 1); });
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLagSeries(s);
        const qint64 from = T0 + 50'000'000;
        const qint64 to = from + 10 * Minute;
        view.setVisibleRange(from, to);
        QCOMPARE(view.chartView()->visibleFrom(), from);
        QCOMPARE(view.chartView()->visibleTo(), to);
        QCOMPARE(view.plottedPointCount(), 601 + 2);
        QCOMPARE(view.plottedLines().size(), 1);
        QCOMPARE(view.plottedLines().first().first().x(), double(from - 1000));
        QCOMPARE(view.plottedLines().first().last().x(), double(to + 1000));
        QCOMPARE(view.yUnitMs(), 1000.0);
    }

    void keyboardWheelAndMouseZoomAndPan()
    {
        auto s = series(86'400, 1000, [](qint64) { return 1500.0; });
        gui::LagChartView view;
        view.setClock([&] { return s->time(s->size() - 1); });
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLagSeries(s);
        gui::TimeChartView *chart = view.chartView();
        const qint64 first = s->time(0);
        const qint64 last = s->time(s->size() - 1);
        QCOMPARE(chart->visibleFrom(), first);
        QCOMPARE(chart->visibleTo(), last);

        QTest::keyClick(chart, Qt::Key_Plus); // zoom in around the middle
        const qint64 half = (last - first) / 2;
        QVERIFY(std::abs((chart->visibleTo() - chart->visibleFrom()) - half) <= 1);
        const qint64 span = chart->visibleTo() - chart->visibleFrom();
        const qint64 before = chart->visibleFrom();
        QTest::keyClick(chart, Qt::Key_Left);
        QVERIFY(std::abs((before - chart->visibleFrom()) - span / 10) <= 1);
        QTest::keyClick(chart, Qt::Key_Right);
        QTest::keyClick(chart, Qt::Key_Right);
        QVERIFY(std::abs((chart->visibleFrom() - before) - span / 10) <= 1);
        for (int i = 0; i < 20; ++i) // panning stops at the end of the data
            QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(chart->visibleTo(), last);
        QTest::keyClick(chart, Qt::Key_Home);
        QCOMPARE(chart->visibleFrom(), first);
        QCOMPARE(chart->visibleTo(), last);

        // One wheel notch zooms by 0.8 around the pointer, which stays at the same time.
        const QPoint centre = chart->viewport()->rect().center();
        const qint64 anchor = chart->timeAt(centre.x());
        QWheelEvent wheel(centre, chart->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart->viewport(), &wheel);
        QVERIFY(std::abs((chart->visibleTo() - chart->visibleFrom()) - (last - first) * 8 / 10) <=
                2);
        QVERIFY(std::abs(chart->timeAt(centre.x()) - anchor) < (last - first) / 500);

        // Dragging across the plot zooms into the dragged span; a right click zooms out.
        const QRectF plot = chart->mapFromScene(chart->chart()->plotArea()).boundingRect();
        const QPoint a(int(plot.left() + plot.width() * 0.25), int(plot.center().y()));
        const QPoint b(int(plot.left() + plot.width() * 0.50), int(plot.center().y()));
        const qint64 ta = chart->timeAt(a.x());
        const qint64 tb = chart->timeAt(b.x());
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(chart->viewport(), b);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, b);
        const qint64 pixel = (tb - ta) / (b.x() - a.x());
        QVERIFY(std::abs(chart->visibleFrom() - ta) <= 2 * pixel);
        QVERIFY(std::abs(chart->visibleTo() - tb) <= 2 * pixel);
        const qint64 zoomed = chart->visibleTo() - chart->visibleFrom();
        QTest::mouseClick(chart->viewport(), Qt::RightButton, {}, plot.center().toPoint());
        QVERIFY(std::abs((chart->visibleTo() - chart->visibleFrom()) - 2 * zoomed) <= 2);
    }

    void minimumSpanAndBounds()
    {
        auto s = series(3600, 1000, [](qint64) { return 1500.0; });
        gui::LagChartView view;
        view.setClock([&] { return s->time(s->size() - 1); });
        view.setLagSeries(s);
        view.setVisibleRange(T0 + 100'000, T0 + 100'001); // narrower than the 10 s minimum
        QCOMPARE(view.chartView()->visibleTo() - view.chartView()->visibleFrom(), qint64(10'000));
        view.setVisibleRange(T0 - 3600'000, T0 + 7200'000); // wider than the data
        QCOMPARE(view.chartView()->visibleFrom(), T0);
        QCOMPARE(view.chartView()->visibleTo(), s->time(s->size() - 1));
    }

    // Eight minutes over the threshold, then under it: the gate opens five minutes into the
    // calm, the band covers exactly that, and the labels say so.
    void goBandAndGateLabel()
    {
        auto s = series(30 * 6 + 1, 10'000, [](qint64 i) { return i < 48 ? 8000.0 : 2000.0; });
        const qint64 now = s->time(s->size() - 1);
        gui::LagChartView view;
        view.setClock([now] { return now; });
        view.setLagSeries(s);
        const qint64 goSince = T0 + 48 * 10'000 + 5 * Minute;
        QCOMPARE(view.gateState().kind, model::LagGateState::Kind::Go);
        QCOMPARE(view.gateState().sinceMs, goSince);
        QCOMPARE(view.goIntervals().size(), 1);
        QCOMPARE(view.goIntervals().first(), (model::TimeRange{goSince, now}));
        QCOMPARE(view.goBandCount(), 1);
        QCOMPARE(label(view, "lagGate"),
                 QStringLiteral("Go since %1").arg(gui::formatMoment(goSince, now)));
        QCOMPARE(label(view, "lagValue"), QStringLiteral("Lag 2 s"));
        QCOMPARE(label(view, "lagEta"), QStringLiteral("Caught up (under 5 s)"));

        // A stricter gate moves the band and the label.
        model::LagGateConfig strict;
        strict.thresholdMs = 2000; // 2000 itself is not under
        view.setGateConfig(strict);
        QCOMPARE(view.goBandCount(), 0);
        QVERIFY(label(view, "lagGate").startsWith(QStringLiteral("No go: at or over 2 s since")));
    }

    void drainEtaLabels_data()
    {
        QTest::addColumn<double>("slope"); // ms of lag per reading (10 s apart)
        QTest::addColumn<QString>("eta");
        QTest::addColumn<QString>("trend");
        QTest::newRow("rising") << 500.0 << "Not converging"
                                << "Rising 3 s per minute";
        QTest::newRow("flat") << 0.0 << "Not converging"
                              << "Steady";
        // 600 s of lag left, draining 5 s a reading (0.5 s/s): 20 minutes to go.
        QTest::newRow("draining") << -5000.0 << "Drains in about 20 min"
                                  << "Falling 30 s per minute";
    }

    void drainEtaLabels()
    {
        QFETCH(double, slope);
        QFETCH(QString, eta);
        QFETCH(QString, trend);
        const double end = 600'000;
        auto s = series(61, 10'000, [&](qint64 i) { return end + slope * double(i - 60); });
        const qint64 now = s->time(60);
        gui::LagChartView view;
        view.setClock([now] { return now; });
        view.setLagSeries(s);
        QVERIFY2(label(view, "lagEta").startsWith(eta), qPrintable(label(view, "lagEta")));
        QCOMPARE(label(view, "lagTrend"), trend);
        QCOMPARE(label(view, "lagValue"), QStringLiteral("Lag 10 min"));
    }

    void staleAndEmpty()
    {
        gui::LagChartView empty;
        empty.setClock([] { return T0; });
        QCOMPARE(label(empty, "lagGate"), QStringLiteral("Gate unknown: no readings yet"));
        QCOMPARE(label(empty, "lagValue"), QStringLiteral("Lag: no reading"));
        QCOMPARE(empty.plottedPointCount(), 0);
        empty.setLagSeries(std::make_shared<model::Series>());
        QCOMPARE(empty.plottedPointCount(), 0);

        auto s = series(100, 10'000, [](qint64) { return 1000.0; });
        const qint64 last = s->time(99);
        gui::LagChartView view;
        view.setClock([last] { return last + 10 * Minute; });
        view.setLagSeries(s);
        QCOMPARE(view.gateState().kind, model::LagGateState::Kind::Unknown);
        QCOMPARE(label(view, "lagGate"), QStringLiteral("Gate unknown: no reading since %1")
                                             .arg(gui::formatMoment(last, last + 10 * Minute)));
    }

    // A 30-minute hole in the readings breaks the line and is shaded; a NaN reading too.
    void gapsBreakTheLineAndAreShaded()
    {
        auto s = series(360, 10'000, [](qint64) { return 1500.0; });
        for (qint64 i = 0; i < 360; ++i)
            s->append(T0 + 3600'000 + 30 * Minute + i * 10'000, 1800.0);
        gui::LagChartView view;
        view.setClock([&] { return s->time(s->size() - 1); });
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLagSeries(s);
        QCOMPARE(view.plottedSegmentCount(), 2);
        QCOMPARE(view.gapBandCount(), 1);
        s->append(T0 + 30 * Minute + 5000, std::nan(""));
        view.refresh();
        QCOMPARE(view.plottedSegmentCount(), 3);
        QCOMPARE(view.gapBandCount(), 2);
    }

    // New readings extend the view while it shows the newest one, and leave it alone otherwise.
    void followsNewReadings()
    {
        auto s = series(360, 10'000, [](qint64) { return 1500.0; });
        qint64 now = s->time(359);
        gui::LagChartView view;
        view.setClock([&now] { return now; });
        view.setLagSeries(s);
        view.setVisibleRange(now - 10 * Minute, now);
        for (int i = 1; i <= 6; ++i)
            s->append(now + i * 10'000, 1600.0);
        now += 60'000;
        view.refresh();
        QCOMPARE(view.chartView()->visibleTo(), now);
        QCOMPARE(view.chartView()->visibleFrom(), now - 10 * Minute);

        view.setVisibleRange(T0, T0 + 10 * Minute);
        s->append(now + 10'000, 1700.0);
        now += 10'000;
        view.refresh();
        QCOMPARE(view.chartView()->visibleFrom(), T0);
        QCOMPARE(view.chartView()->visibleTo(), T0 + 10 * Minute);
    }

    void unitFollowsTheLargestVisibleLag_data()
    {
        QTest::addColumn<double>("peakMs");
        QTest::addColumn<double>("unit");
        QTest::newRow("seconds") << 90'000.0 << 1000.0;
        QTest::newRow("minutes") << 20.0 * Minute << 60'000.0;
        QTest::newRow("hours") << 5.0 * 60 * Minute << 3'600'000.0;
    }

    void unitFollowsTheLargestVisibleLag()
    {
        QFETCH(double, peakMs);
        QFETCH(double, unit);
        auto s = series(100, 10'000, [&](qint64 i) { return i == 50 ? peakMs : 1000.0; });
        gui::LagChartView view;
        view.setClock([&] { return s->time(99); });
        view.setLagSeries(s);
        QCOMPARE(view.yUnitMs(), unit);
        view.setVisibleRange(T0, T0 + 400'000); // the peak out of view: seconds again
        QCOMPARE(view.yUnitMs(), 1000.0);
    }
};

QTEST_MAIN(TstLagChartView)
#include "tst_lagchartview.moc"
