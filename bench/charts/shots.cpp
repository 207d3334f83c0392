// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every chart with realistic synthetic data, in English and in Simplified Chinese, to
// PNG files: chart_shots OUTPUT_DIR. Run with QT_QPA_PLATFORM=offscreen.
#include "syntheticdata.h"

#include "gui/charts/lagchartview.h"
#include "gui/charts/mmsprogresschartview.h"
#include "gui/charts/smcrunschartview.h"
#include "gui/charts/timechartview.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

#include <cstdio>

using namespace ferry;

namespace {

// A fixed "now" so every run draws the same pictures: 2024-06-12 16:30 local time.
const qint64 Now = QDateTime(QDate(2024, 6, 12), QTime(16, 30)).toMSecsSinceEpoch();

bool save(QWidget &w, const QString &path)
{
    w.resize(1000, 500);
    w.show();
    // Layout settles over a few passes (axes, legends, aligned plots).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool renderAll(const QString &dir, const QString &lang)
{
    bool ok = true;
    const auto clock = [] { return Now; };
    {
        gui::LagChartView view;
        view.setClock(clock);
        view.setLagSeries(std::make_shared<model::Series>(bench::dayOfLag(Now)));
        ok &= save(view, dir + QStringLiteral("/lag-day-%1.png").arg(lang));
        // The spike at 09:30 and its drain, zoomed in.
        const qint64 dayStart = Now - 24 * 3600 * 1000;
        view.setVisibleRange(dayStart + qint64(9.25 * 3600 * 1000),
                             dayStart + qint64(10.1 * 3600 * 1000));
        ok &= save(view, dir + QStringLiteral("/lag-spike-zoom-%1.png").arg(lang));
    }
    {
        gui::LagChartView view;
        view.setClock(clock);
        view.setLagSeries(std::make_shared<model::Series>(bench::catchingUpLag(Now)));
        ok &= save(view, dir + QStringLiteral("/lag-catchup-%1.png").arg(lang));
    }
    {
        gui::SmcRunsChartView view;
        view.setClock(clock);
        model::RunSchedule schedule;
        const auto runs = bench::smcRuns(Now, &schedule);
        view.setRuns(runs, schedule);
        ok &= save(view, dir + QStringLiteral("/smc-runs-%1.png").arg(lang));
    }
    {
        gui::MmsProgressChartView view;
        view.setClock(clock);
        view.setHistory(std::make_shared<model::ProgressHistory>(bench::mmsProgress(Now)));
        ok &= save(view, dir + QStringLiteral("/mms-progress-%1.png").arg(lang));
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: chart_shots OUTPUT_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    bool ok = renderAll(dir, QStringLiteral("en"));

    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/ferry_zh_CN.qm"))) {
        std::fprintf(stderr, "the zh_CN translation is not in the resources\n");
        return 1;
    }
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ok &= renderAll(dir, QStringLiteral("zh_CN"));
    return ok ? 0 : 1;
}
