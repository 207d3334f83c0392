// SPDX-License-Identifier: GPL-3.0-or-later
// The manager timeline: bars placed by their dates, the line at now, the current phase, gate
// markers with their status, the point of no return, zoom and scroll from the keyboard, and the
// read-only window of `ferry --view` that offers nothing that edits.
#include "testsupport_planner.h"

#include "gui/mainwindow.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planfilecontroller.h"
#include "gui/timeline/ganttview.h"
#include "gui/timeline/timelinepage.h"
#include "gui/timeline/timelinewindow.h"
#include "model/gates.h"
#include "model/planfile.h"
#include "model/settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ferry;
using gui::GanttView;

namespace {

// Wednesday 2025-03-05 12:00 UTC: the backup restore test, the SMC full replication, the MMS
// schema and the OSS full import are all planned to be under way.
const QDateTime kNow = test::planDay(2, 12);

bool near(qreal a, qreal b)
{
    return std::abs(a - b) <= 1.0;
}

} // namespace

class TstTimeline final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        gui::PlanDocument document;
        gui::TimelinePage page{document};
        GanttView *gantt = page.gantt();

        explicit Fixture(model::Plan plan = test::samplePlan(), QDateTime now = kNow)
        {
            document.setClock([now] { return now; });
            document.open(std::move(plan), gui::PlanDocument::Origin::Untitled);
            page.resize(1280, 800);
            page.show();
            page.refresh();
        }
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void barsArePlacedByTheirDates()
    {
        Fixture f;
        const model::Plan &plan = f.document.plan();
        const double pph = f.gantt->pixelsPerHour();
        QVERIFY(pph > 0);
        for (const model::Phase &p : plan.phases) {
            const QRectF bar = f.gantt->plannedBarRect(p.id);
            QVERIFY2(near(bar.left(), f.gantt->xForTime(*p.plannedStart)), qPrintable(p.id));
            const double hours = p.plannedStart->secsTo(*p.plannedEnd) / 3600.0;
            QVERIFY2(near(bar.width(), std::max(2.0, hours * pph)), qPrintable(p.id));
            // Every bar sits in its own row, in plan order.
            QVERIFY(f.gantt->rowRect(p.id).contains(bar.center()));
        }
        const QRectF assess = f.gantt->plannedBarRect(QStringLiteral("assess"));
        const QRectF dtsFull = f.gantt->plannedBarRect(QStringLiteral("dts-full"));
        // 2025-03-03 08:00 -> 2025-03-06 09:00 is 73 hours.
        QVERIFY(near(dtsFull.left() - assess.left(), 73 * pph));
        QCOMPARE(f.gantt->rowRect(QStringLiteral("backup")).top() -
                     f.gantt->rowRect(QStringLiteral("assess")).top(),
                 qreal(GanttView::kRowHeight));
        // Fitted: the whole span is in view.
        QVERIFY(f.gantt->xForTime(f.gantt->spanEnd()) <= f.gantt->viewport()->width());
        QVERIFY(near(f.gantt->xForTime(f.gantt->spanStart()), GanttView::kLabelWidth));
    }

    void actualBarsShowWhatHappened()
    {
        model::Plan plan = test::samplePlan();
        plan.phase(QStringLiteral("backup"))->actualStart = test::planDay(2, 9);
        Fixture f(plan);
        // Done: from its actual start to its actual end.
        const model::Phase *assess = f.document.plan().phase(QStringLiteral("assess"));
        const QRectF done = f.gantt->actualBarRect(QStringLiteral("assess"));
        QVERIFY(near(done.left(), f.gantt->xForTime(*assess->actualStart)));
        QVERIFY(near(done.right(), f.gantt->xForTime(*assess->actualEnd)));
        QVERIFY(done.top() > f.gantt->plannedBarRect(QStringLiteral("assess")).bottom());
        // Under way: up to now. Not started: nothing.
        const QRectF running = f.gantt->actualBarRect(QStringLiteral("backup"));
        QVERIFY(near(running.left(), f.gantt->xForTime(test::planDay(2, 9))));
        QVERIFY(near(running.right(), *f.gantt->nowX()));
        QVERIFY(f.gantt->actualBarRect(QStringLiteral("dts-full")).isEmpty());
        // The phase under way is the current one.
        QCOMPARE(f.gantt->currentPhaseId(), QStringLiteral("backup"));
        QVERIFY(f.page.summary().contains(QStringLiteral("Now: Restore test")));
        QVERIFY(f.page.summary().contains(QStringLiteral("Done: 1 of 18 phases")));
    }

    void currentPhaseFromThePlanWhenNothingRuns()
    {
        Fixture f(test::samplePlan(), test::planDay(3, 10));
        // Thursday 10:00: the first phase (in plan order) planned around now.
        QCOMPARE(f.gantt->currentPhaseId(), QStringLiteral("dts-full"));
        Fixture g(test::samplePlan(), test::planDay(10, 7, 30));
        QCOMPARE(g.gantt->currentPhaseId(), QStringLiteral("cut-db"));
    }

    void nowLine()
    {
        Fixture f;
        QVERIFY(f.gantt->nowX().has_value());
        QVERIFY(near(*f.gantt->nowX(), f.gantt->xForTime(kNow)));
        QVERIFY(near(*f.gantt->nowX(),
                     f.gantt->xForTime(test::planDay(0, 0)) + 60 * f.gantt->pixelsPerHour()));
        // A plan read long after it ran: no line, and the summary says so.
        Fixture later(test::samplePlan(), QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        QVERIFY(!later.gantt->nowX().has_value());
        QVERIFY(later.page.summary().contains(QStringLiteral("outside the plan's dates")));
    }

    void gateMarkersCarryTheirStatus()
    {
        model::Plan plan = test::samplePlan();
        QVERIFY(model::decideNoGo(plan, QStringLiteral("gate-db"), {}, QStringLiteral("Mei Lin"),
                                  test::planDay(10, 6))
                    .ok());
        Fixture f(plan, test::planDay(10, 6, 30));
        const QList<GanttView::GateMarker> markers = f.gantt->gateMarkers();
        QCOMPARE(markers.size(), 3);
        for (const GanttView::GateMarker &m : markers) {
            const model::Phase *p = f.document.plan().phase(m.phaseId);
            QVERIFY(near(m.center.x(), f.gantt->xForTime(*p->plannedStart)));
            QVERIFY(f.gantt->rowRect(m.phaseId).contains(m.center));
            if (m.gateId == QLatin1String("gate-db")) {
                QVERIFY(m.decided);
                QCOMPARE(m.status, model::CriterionStatus::NoGo);
            } else {
                // Not decided: the status of its criteria now.
                QVERIFY(!m.decided);
                const model::Gate *gate = model::findGate(f.document.plan(), m.gateId);
                QCOMPARE(m.status, model::overallStatus(model::evaluateGate(
                                       f.document.plan(), *gate, f.document.gateInputs())));
            }
        }
        // The next undecided gate is named in the summary.
        QVERIFY(f.page.summary().contains(QStringLiteral("Next gate: App server cutover")));
    }

    void pointOfNoReturn()
    {
        Fixture f;
        const model::Phase *p = f.document.plan().phase(QStringLiteral("cut-servers"));
        QVERIFY(f.gantt->pointOfNoReturnX().has_value());
        QVERIFY(near(*f.gantt->pointOfNoReturnX(), f.gantt->xForTime(*p->plannedEnd)));
        QVERIFY(f.page.summary().contains(QStringLiteral("Point of no return: Complete SMC sync")));
    }

    void risksAreListed()
    {
        Fixture f;
        QCOMPARE(f.page.risks()->topLevelItemCount(), 3);
        QCOMPARE(f.page.risks()->topLevelItem(1)->text(0), QStringLiteral("High"));
        QVERIFY(f.page.risks()->topLevelItem(1)->text(1).startsWith(QStringLiteral("Hive")));
    }

    void zoomAndScrollFromTheKeyboard()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        f.gantt->setFocus();
        const double fitted = f.gantt->pixelsPerHour();
        QTest::keySequence(&f.page, QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QVERIFY(near(f.gantt->pixelsPerHour(), fitted * 1.5));
        QTest::keySequence(&f.page, QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QVERIFY(f.gantt->horizontalScrollBar()->maximum() > 0);
        const int before = f.gantt->horizontalScrollBar()->value();
        const qreal barBefore = f.gantt->plannedBarRect(QStringLiteral("assess")).left();
        QTest::keyClick(f.gantt, Qt::Key_Right);
        QVERIFY(f.gantt->horizontalScrollBar()->value() > before);
        QVERIFY(f.gantt->plannedBarRect(QStringLiteral("assess")).left() < barBefore);
        QTest::keyClick(f.gantt, Qt::Key_Home);
        QCOMPARE(f.gantt->horizontalScrollBar()->value(), 0);
        QTest::keySequence(&f.page, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QVERIFY(near(f.gantt->pixelsPerHour(), fitted * 1.5));
        QTest::keySequence(&f.page, QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(near(f.gantt->pixelsPerHour(), fitted));
        // Zooming keeps the centre of the view in place.
        const qreal centre =
            GanttView::kLabelWidth + (f.gantt->viewport()->width() - GanttView::kLabelWidth) / 2.0;
        const QDateTime atCentre = f.gantt->timeForX(centre);
        f.gantt->zoomIn();
        QVERIFY(std::abs(f.gantt->timeForX(centre).secsTo(atCentre)) < 3600);
    }

    void followsEditsInTheMainWindow()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        test::FakePrompts prompts;
        gui::MainWindow window(settings, prompts, dir.filePath(QStringLiteral("autosave")));
        window.planDocument().setClock([] { return kNow; });
        window.planDocument().open(test::samplePlan(), gui::PlanDocument::Origin::Untitled);
        window.showTimeline();
        GanttView *gantt = window.timeline()->gantt();
        QVERIFY(window.findChild<QAction *>(QStringLiteral("timelineZoomInAction"))->isEnabled());
        QVERIFY(gantt->actualBarRect(QStringLiteral("backup")).isEmpty());
        window.planDocument().edit([](model::Plan &p) {
            p.phase(QStringLiteral("backup"))->actualStart = test::planDay(2, 8);
        });
        QVERIFY(!gantt->actualBarRect(QStringLiteral("backup")).isEmpty());
        QCOMPARE(gantt->currentPhaseId(), QStringLiteral("backup"));
        window.showPlanner();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("timelineZoomInAction"))->isEnabled());
        window.planDocument().close();
    }

    void viewerWindowIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.ferryplan.json"));
        QVERIFY(model::savePlanFile(path, test::samplePlan()).ok());
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        gui::TimelineWindow window;
        QSignalSpy done(&window, &gui::TimelineWindow::openFinished);
        window.openFile(path);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.first().at(0).toBool());
        window.show();
        QVERIFY(window.document().isReadOnly());
        QVERIFY(!window.document().edit([](model::Plan &p) { p.name = QStringLiteral("x"); }));
        QCOMPARE(window.page()->gantt()->gateMarkers().size(), 3);

        // Only viewing actions: close and the zooms. No File ▸ Save, no planner, no attest.
        const QSet<QString> allowed{
            QStringLiteral("closeTimelineAction"), QStringLiteral("timelineZoomInAction"),
            QStringLiteral("timelineZoomOutAction"), QStringLiteral("timelineFitAction")};
        QSet<QString> seen;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->menu() || a->isSeparator() || a->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(allowed.contains(a->objectName()),
                     qPrintable(a->objectName() + QLatin1Char(' ') + a->text()));
            seen.insert(a->objectName());
        }
        QCOMPARE(seen, allowed);
        QStringList menus;
        for (QAction *m : window.menuBar()->actions())
            menus << m->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View")}));
        // No editors anywhere in it.
        for (QLineEdit *e : window.findChildren<QLineEdit *>())
            QVERIFY(!e->isVisible() || e->isReadOnly());
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            QVERIFY2(!b->isVisible(), qPrintable(b->text()));
        QCOMPARE(window.page()->risks()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(window.page()->findChild<QLabel *>(QStringLiteral("readOnlyChip"))->isVisible());

        const QByteArray after = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(after, before);
    }

    void viewerExplainsAFileItCannotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ferryplan.json"));
        const QByteArray bytes("{\"format\": \"ferry-plan\", \"version\": 1, \"plan\": [");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        gui::TimelineWindow window;
        QSignalSpy done(&window, &gui::TimelineWindow::openFinished);
        window.openFile(path);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        const QString error = done.first().at(1).toString();
        QVERIFY(error.contains(QStringLiteral("damaged")));
        auto *text = window.findChild<QLabel *>(QStringLiteral("timelineMessageText"));
        QCOMPARE(text->text(), error);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }
};

QTEST_MAIN(TstTimeline)
#include "tst_timeline.moc"
