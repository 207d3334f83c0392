// SPDX-License-Identifier: GPL-3.0-or-later
// The lag chart with a week of 1-second readings (604,800): time from a zoom or pan to a
// finished repaint, and the memory the series holds. Run with QT_QPA_PLATFORM=offscreen.
#include "syntheticdata.h"

#include "gui/charts/lagchartview.h"
#include "gui/charts/timechartview.h"
#include "model/decimator.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <vector>

using namespace ferry;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// CPU time of the whole process (all threads), which a busy machine inflates less than wall time.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = std::size_t(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("  %-44s median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", what, percentile(ms, 0.5),
                percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()));
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Counts the paints of the chart's viewport, to know when a frame has reached the window.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    constexpr qint64 Minute = 60 * 1000;
    constexpr qint64 Hour = 60 * Minute;
    const qint64 now = QDateTime(QDate(2024, 6, 12), QTime(16, 30)).toMSecsSinceEpoch();

    const qint64 rssStart = residentBytes();
    auto series = std::make_shared<model::Series>(bench::weekOfLagEverySecond(now));
    const qint64 rssSeries = residentBytes();

    gui::LagChartView view;
    view.setClock([now] { return now; });
    view.resize(1200, 600);
    view.show();
    QCoreApplication::processEvents();
    view.setLagSeries(series);

    PaintCounter counter;
    view.chartView()->viewport()->installEventFilter(&counter);
    // A frame is finished when the window has been repainted after the change: the chart's
    // pending layout (axes, legend), then the paint into the window, as the event loop does it.
    const auto waitForPaint = [&] {
        const int before = counter.paints;
        for (int i = 0; i < 20 && counter.paints == before; ++i)
            QCoreApplication::processEvents();
        return counter.paints > before;
    };
    // The same picture rendered again into an image, as a screenshot or a report does.
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto renderImage = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
    };
    view.chartView()->viewport()->update();
    waitForPaint();
    renderImage();

    // 50 range changes: spans from the whole week down to a minute, at scattered positions.
    const qint64 first = series->time(0);
    const qint64 last = series->time(series->size() - 1);
    const qint64 spans[] = {7 * 24 * Hour, 3 * 24 * Hour, 24 * Hour, 6 * Hour,      Hour,
                            10 * Minute,   Minute,        12 * Hour, 2 * 24 * Hour, 30 * Minute};
    std::vector<std::pair<qint64, qint64>> ranges;
    for (int i = 0; i < 50; ++i) {
        const qint64 span = spans[i % std::size(spans)];
        const qint64 room = std::max<qint64>(0, (last - first) - span);
        const qint64 from = first + room * ((i * 37) % 101) / 100;
        ranges.emplace_back(from, from + span);
    }

    std::vector<double> frame, frameCpu, change, settle, grab, withImage, decimation;
    int missed = 0;
    QElapsedTimer timer;
    for (const auto &[from, to] : ranges) {
        const double cpu0 = cpuMs();
        timer.start();
        view.setVisibleRange(from, to);
        const double changed = double(timer.nsecsElapsed()) / 1e6;
        missed += waitForPaint() ? 0 : 1;
        const double painted = double(timer.nsecsElapsed()) / 1e6;
        frameCpu.push_back(cpuMs() - cpu0);
        renderImage();
        grab.push_back(double(timer.nsecsElapsed()) / 1e6 - painted);
        withImage.push_back(double(timer.nsecsElapsed()) / 1e6);
        frame.push_back(painted);
        change.push_back(changed);
        settle.push_back(painted - changed);

        timer.start();
        const auto points = model::decimate(
            *series, {from, to, view.chartView()->plotWidth(), model::LagGateConfig{}.maxGapMs});
        decimation.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (points.isEmpty())
            ++missed;
    }
    // The view's own zoom and pan entry points (what the wheel and the arrow keys call).
    std::vector<double> keys;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        if (i % 4 == 0)
            view.chartView()->zoomBy(i % 8 == 0 ? 0.5 : 2.0, view.chartView()->visibleFrom());
        else
            view.chartView()->panBy(i % 2 ? 0.1 : -0.1);
        missed += waitForPaint() ? 0 : 1;
        keys.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 rssEnd = residentBytes();

    std::printf("lag chart: %lld readings (a week at 1 s), window 1200x600, plot %d px wide\n",
                static_cast<long long>(series->size()), view.chartView()->plotWidth());
    std::printf("range change -> finished repaint, 50 zooms/pans:\n");
    report("wall time", frame);
    report("CPU time (all threads)", frameCpu);
    report("of which: re-decimation + chart update", change);
    report("of which: layout + paint into the window", settle);
    report("decimation alone", decimation);
    report("render again into a QImage (like grab())", grab);
    report("all of it: change, repaint, QImage render", withImage);
    std::printf("zoom/pan through the view's wheel/key entry points, 20 steps:\n");
    report("wall time", keys);
    if (missed > 0)
        std::printf("WARNING: %d frames did not repaint or decimate\n", missed);
    std::printf("memory: model series %.2f MiB (%lld bytes, %lld readings x 16 bytes)\n",
                mib(series->memoryBytes()), static_cast<long long>(series->memoryBytes()),
                static_cast<long long>(series->size()));
    std::printf("        plotted points %.1f KiB (%lld points in the current view)\n",
                double(view.plottedBytes()) / 1024.0,
                static_cast<long long>(view.plottedPointCount()));
    std::printf("        series + plotted points %.2f MiB\n",
                mib(series->memoryBytes() + view.plottedBytes()));
    std::printf("        process RSS: +%.2f MiB building the series, +%.2f MiB with the chart and "
                "all frames\n",
                mib(rssSeries - rssStart), mib(rssEnd - rssStart));
    std::printf("        load average at the end: ");
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("%s", load.readAll().constData());
    return 0;
}
