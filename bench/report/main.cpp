// SPDX-License-Identifier: GPL-3.0-or-later
// Times the report of a large plan: building the report model, laying it out and painting the
// PDF, and the whole export from the plan file (reading, sanitizing, building, rendering,
// checking and the atomic write) as `ferry report` runs it. Prints the median of several runs and
// the page count.
#include "gui/report/reportexport.h"
#include "model/planfile.h"
#include "testsupport_reportplan.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ferry;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const int waves = argc > 2 ? std::max(1, atoi(argv[2])) : 4;
    QTemporaryDir dir;
    const model::Plan plan = test::makeLargePlan(waves);
    const QString planPath = dir.filePath(QStringLiteral("large.ferryplan.json"));
    if (const model::PlanFileError e = model::savePlanFile(planPath, plan); !e.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(model::describePlanFileError(e)));
        return 1;
    }
    gui::ReportRenderOptions options;
    options.generatedAt = QDateTime(QDate(2025, 7, 1), QTime(8, 0), QTimeZone::utc());

    std::vector<double> build;
    std::vector<double> render;
    std::vector<double> total;
    int pages = 0;
    qint64 bytes = 0;
    for (int language = 0; language < 2; ++language) {
        options.language = language == 0 ? QStringLiteral("en") : QStringLiteral("zh_CN");
        build.clear();
        render.clear();
        total.clear();
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            model::Report report;
            {
                gui::ScopedReportLanguage scoped(options.language);
                report = model::buildReport(plan, {options.generatedAt, QLocale::c()});
            }
            const double b = double(t.nsecsElapsed()) / 1e6;
            QByteArray pdf;
            const gui::ReportOutcome o = gui::renderReport(report, options, &pdf);
            const double r = double(t.nsecsElapsed()) / 1e6 - b;
            if (!o.ok()) {
                std::fprintf(stderr, "render failed: %s\n", qPrintable(o.message));
                return 1;
            }
            QElapsedTimer e;
            e.start();
            // As `ferry report` runs: read the plan file, sanitize, build, render, check, write.
            const gui::ReportOutcome x =
                gui::exportReportFile(planPath, dir.filePath(QStringLiteral("large.pdf")), options);
            const double all = double(e.nsecsElapsed()) / 1e6;
            if (!x.ok()) {
                std::fprintf(stderr, "export failed: %s\n", qPrintable(x.message));
                return 1;
            }
            if (i == 0)
                continue; // warm-up: font loading and caches
            build.push_back(b);
            render.push_back(r);
            total.push_back(all);
            pages = x.pages;
            bytes = x.bytes;
        }
        std::printf("report %-5s  pages %d  PDF %.1f KiB  build %.0f ms  layout+paint %.0f ms  "
                    "export (end to end) %.0f ms  (median of %d runs)\n",
                    qPrintable(options.language), pages, double(bytes) / 1024.0, median(build),
                    median(render), median(total), runs);
    }
    return 0;
}
