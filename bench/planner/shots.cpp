// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the planner (gates, rollback, estimates tabs), the decision and OSSImport dialogs and
// the manager timeline for the shipped sample plan at 1280×800, in English and in Simplified
// Chinese: planner_shots OUTPUT_DIR. Run with QT_QPA_PLATFORM=offscreen.
//
// "Now" is fixed at 2025-03-13 06:40 UTC, twenty minutes before the database cutover, and the
// gates read what the monitor would have seen on the sandbox then (steady DTS lag, SMC jobs
// Waiting after a recent run). The cutover-day timeline also records the actual start and end of
// the phases done so far, as the event log would.
#include "gui/i18n.h"
#include "gui/mainwindow.h"
#include "gui/planner/decidedialog.h"
#include "gui/planner/estimatespanel.h"
#include "gui/planner/gatespanel.h"
#include "gui/planner/ossimportdialog.h"
#include "gui/planner/ossimportpanel.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planfilecontroller.h"
#include "gui/planner/plannerpage.h"
#include "gui/planner/planprompts.h"
#include "gui/planner/rollbackpanel.h"
#include "gui/timeline/timelinepage.h"
#include "gui/timeline/timelinewindow.h"
#include "model/planfile.h"
#include "model/settings.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace ferry;

namespace {

const QDateTime kNow(QDate(2025, 3, 13), QTime(6, 40), Qt::UTC);
const QSize kSize(1280, 800);

/// Answers nothing: the shots open no file dialogs.
class NoPrompts final : public gui::PlanPrompts
{
public:
    void askSaveChanges(const QString &, std::function<void(SaveChoice)> a) override
    {
        a(SaveChoice::Discard);
    }
    void askRecoverAutosave(const QString &, const QDateTime &,
                            std::function<void(bool)> a) override
    {
        a(false);
    }
    void confirm(const QString &, const QString &, const QString &,
                 std::function<void(bool)> a) override
    {
        a(false);
    }
    void chooseFileToOpen(const QString &, std::function<void(QString)> a) override { a({}); }
    void chooseFileToSave(const QString &, std::function<void(QString)> a) override { a({}); }
    void chooseDirectory(const QString &, const QString &, std::function<void(QString)> a) override
    {
        a({});
    }
    void showError(const QString &, const QString &, const QString &) override {}
};

model::Plan sample()
{
    const model::PlanLoadResult r = model::loadPlanFile(gui::PlanFileController::samplePath());
    if (!r.ok())
        qFatal("no sample plan in the resources");
    return *r.plan;
}

model::GateInputs monitorInputs()
{
    model::GateInputs in;
    QList<model::LagSample> lag;
    for (int s = 20 * 60; s >= 0; s -= 15)
        lag.append({kNow.addSecs(-s), 700 + (s % 7) * 60});
    in.lag.insert(QStringLiteral("jy6nmqxhlkeiimy"), lag);
    model::SmcJobObservation smc;
    smc.status = QStringLiteral("Waiting");
    smc.frequencyHours = 6;
    smc.lastIncrementalRunEnd = kNow.addSecs(-50 * 60);
    smc.observedAt = kNow.addSecs(-40);
    in.smcJobs.insert(QStringLiteral("j-uvsz91e85r2oa3e35j"), smc);
    return in;
}

/// The sample as it stands on cutover morning: what happened so far, from the event log.
model::Plan cutoverMorning()
{
    model::Plan plan = sample();
    const auto at = [](int day, int h, int m) {
        return QDateTime(QDate(2025, 3, 3).addDays(day), QTime(h, m), Qt::UTC);
    };
    const auto done = [&](const char *id, QDateTime start, std::optional<QDateTime> end) {
        model::Phase *p = plan.phase(QString::fromLatin1(id));
        p->actualStart = start;
        p->actualEnd = end;
    };
    done("backup", at(2, 8, 30), at(2, 15, 40));
    done("dts-schema", at(3, 8, 5), at(3, 8, 50));
    done("dts-full", at(3, 9, 0), at(3, 13, 20));
    done("dts-incr", at(3, 13, 20), std::nullopt);
    done("smc-full", at(2, 8, 10), at(2, 15, 30));
    done("smc-incr", at(2, 15, 30), std::nullopt);
    done("mms-schema", at(2, 8, 0), at(2, 9, 40));
    done("mms-full", at(2, 9, 40), at(5, 2, 10));
    done("oss-full", at(2, 8, 20), at(5, 11, 0));
    done("oss-incr", at(5, 11, 0), std::nullopt);
    done("checks", at(10, 6, 0), std::nullopt);
    return plan;
}

void settle(QWidget &w)
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
    w.update();
    QCoreApplication::processEvents();
}

bool save(QWidget &w, const QString &path)
{
    settle(w);
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool renderAll(const QString &dir, const QString &lang)
{
    bool ok = true;
    QTemporaryDir scratch;
    QSettings store(scratch.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    model::Settings settings(store);
    NoPrompts prompts;
    {
        gui::MainWindow window(settings, prompts, scratch.filePath(QStringLiteral("autosave")));
        gui::PlanDocument &doc = window.planDocument();
        doc.setClock([] { return kNow; });
        doc.setInputsSource(monitorInputs);
        doc.open(sample(), gui::PlanDocument::Origin::Sample);
        window.showPlanner();
        window.resize(kSize);
        window.show();
        gui::PlannerPage *page = window.planner();
        page->selectPhase(QStringLiteral("cut-db"));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("plannerTabs"));
        page->gates()->select(QStringLiteral("gate-db"), QStringLiteral("db-lag"));
        ok &= save(window, dir + QStringLiteral("/planner-gates-%1.png").arg(lang));
        tabs->setCurrentIndex(1);
        page->rollback()->showPhase(QStringLiteral("cut-servers"));
        ok &= save(window, dir + QStringLiteral("/planner-rollback-%1.png").arg(lang));
        tabs->setCurrentIndex(2);
        page->estimates()->showPhase(QStringLiteral("smc-full"));
        ok &= save(window, dir + QStringLiteral("/planner-estimates-%1.png").arg(lang));

        // Decide at the database gate: the evidence, the blocking criteria, the confirmation.
        doc.makeEditableCopy();
        page->gates()->select(QStringLiteral("gate-db"));
        gui::DecideDialog *decide = page->gates()->decideSelected();
        decide->resize(1000, 640);
        ok &= save(*decide, dir + QStringLiteral("/decide-%1.png").arg(lang));
        decide->reject();

        tabs->setCurrentIndex(3);
        gui::OssImportDialog *oss = page->ossImports()->editSelected();
        oss->resize(1200, 760);
        ok &= save(*oss, dir + QStringLiteral("/ossimport-%1.png").arg(lang));
        oss->reject();

        doc.open(cutoverMorning(), gui::PlanDocument::Origin::Untitled);
        window.showTimeline();
        ok &= save(window, dir + QStringLiteral("/timeline-%1.png").arg(lang));
        // The cutover day, zoomed in around now (what Ctrl+= a few times shows).
        gui::GanttView *gantt = window.timeline()->gantt();
        gantt->zoomBy(14.0, *gantt->nowX());
        ok &= save(window, dir + QStringLiteral("/timeline-cutover-day-%1.png").arg(lang));
        doc.close();
    }
    {
        // `ferry --view` on the sample as shipped, on the day the migration starts.
        const QString path = scratch.filePath(QStringLiteral("sandbox-migration.ferryplan.json"));
        model::savePlanFile(path, sample());
        gui::TimelineWindow viewer;
        viewer.document().setClock(
            [] { return QDateTime(QDate(2025, 3, 5), QTime(12, 0), Qt::UTC); });
        viewer.openFile(path);
        viewer.resize(kSize);
        viewer.show();
        for (int i = 0; i < 200 && !viewer.document().hasPlan(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        ok &= save(viewer, dir + QStringLiteral("/viewer-%1.png").arg(lang));
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: planner_shots OUTPUT_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    bool ok = renderAll(dir, QStringLiteral("en"));

    // The app's own set-up: Ferry's and Qt's translations, and the locale.
    if (gui::installTranslations(app, QStringLiteral("zh_CN")) != QLatin1String("zh_CN")) {
        std::fprintf(stderr, "the zh_CN translation did not install\n");
        return 1;
    }
    ok &= renderAll(dir, QStringLiteral("zh_CN"));
    return ok ? 0 : 1;
}
