// SPDX-License-Identifier: GPL-3.0-or-later
// The planner page over a plan: read-only sample and its editable copy, phase edits (in place,
// in the dialog, from the keyboard) validated and reflected in the sequencing findings.
#include "testsupport_planner.h"

#include "gui/planner/findingslist.h"
#include "gui/planner/phasedialog.h"
#include "gui/planner/phasetablemodel.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/plannerpage.h"
#include "model/plansequencing.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ferry;
using gui::PhaseTableModel;

class TstPlannerPage final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::FakePrompts prompts;
        gui::PlanDocument document;
        gui::PlannerPage page{document, prompts};

        explicit Fixture(bool editable = true)
        {
            document.setClock([] { return test::planDay(2, 12); });
            document.open(test::samplePlan(), gui::PlanDocument::Origin::Sample);
            if (editable)
                document.makeEditableCopy();
            page.resize(1280, 800);
        }
        QModelIndex cell(const QString &phaseId, int column) const
        {
            return page.phaseModel()->index(page.phaseModel()->rowOf(phaseId), column);
        }
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void emptyStateSaysWhatToDo()
    {
        test::FakePrompts prompts;
        gui::PlanDocument document;
        gui::PlannerPage page(document, prompts);
        auto *title = page.findChild<QLabel *>(QStringLiteral("plannerEmptyTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("No plan open"));
        QSignalSpy sample(&page, &gui::PlannerPage::openSampleRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("emptyOpenSample"));
        QVERIFY(button);
        button->click();
        QCOMPARE(sample.size(), 1);
    }

    void sampleIsReadOnlyUntilCopied()
    {
        Fixture f(false);
        QVERIFY(f.document.isReadOnly());
        const QModelIndex title = f.cell(QStringLiteral("backup"), PhaseTableModel::TitleColumn);
        QVERIFY(!(f.page.phaseModel()->flags(title) & Qt::ItemIsEditable));
        QVERIFY(!f.page.phaseModel()->setData(title, QStringLiteral("changed")));
        QCOMPARE(f.document.plan().phase(QStringLiteral("backup"))->title,
                 QStringLiteral("Restore test of the orders database backup"));
        for (QAction *a : f.page.editingActions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(!f.page.addPhase());

        auto *copy = f.page.findChild<QPushButton *>(QStringLiteral("editCopyButton"));
        QVERIFY(copy);
        copy->click();
        QVERIFY(!f.document.isReadOnly());
        QVERIFY(f.document.isModified());
        QCOMPARE(f.document.origin(), gui::PlanDocument::Origin::Untitled);
        QVERIFY(f.page.phaseModel()->flags(title) & Qt::ItemIsEditable);
        for (QAction *a : f.page.editingActions())
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
    }

    void phaseModelStaysConsistent()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page.phaseModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *model = f.page.phaseModel();
        QCOMPARE(model->rowCount(), 18);
        model::Phase p;
        p.id = QStringLiteral("extra");
        p.title = QStringLiteral("Extra checks");
        p.owner = QStringLiteral("QA");
        QVERIFY(model->insertPhase(3, p));
        QCOMPARE(model->phaseIdAt(3), QStringLiteral("extra"));
        QVERIFY(model->movePhase(3, 5));
        QCOMPARE(model->phaseIdAt(5), QStringLiteral("extra"));
        QVERIFY(model->movePhase(5, 0));
        QCOMPARE(model->phaseIdAt(0), QStringLiteral("extra"));
        QVERIFY(model->removePhaseAt(0));
        QCOMPARE(model->rowCount(), 18);
        QCOMPARE(model->phaseIdAt(0), QStringLiteral("assess"));
    }

    void editingADependencyUpdatesFindings()
    {
        Fixture f;
        const QString missingChecks =
            QStringLiteral("Cutover cut-db does not come after any pre-cutover checks.");
        QVERIFY2(!f.page.findings()->texts().contains(missingChecks),
                 qPrintable(f.page.findings()->texts().join('\n')));
        const QModelIndex deps = f.cell(QStringLiteral("cut-db"), PhaseTableModel::DependsOnColumn);
        QVERIFY(f.page.phaseModel()->setData(deps, QStringLiteral("backup, dts-incr")));
        QCOMPARE(f.document.plan().phase(QStringLiteral("cut-db"))->dependsOn,
                 (QStringList{QStringLiteral("backup"), QStringLiteral("dts-incr")}));
        QVERIFY2(f.page.findings()->texts().contains(missingChecks),
                 qPrintable(f.page.findings()->texts().join('\n')));
        // The phase's row carries the finding as its tooltip.
        const QModelIndex title = f.cell(QStringLiteral("cut-db"), PhaseTableModel::TitleColumn);
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(missingChecks));
        QVERIFY(!title.data(Qt::DecorationRole).isNull());

        QVERIFY(f.page.phaseModel()->setData(deps, QStringLiteral("checks")));
        QVERIFY(!f.page.findings()->texts().contains(missingChecks));
    }

    void invalidEditsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("end before start")
            << int(PhaseTableModel::PlannedEndColumn) << QVariant(test::planDay(0, 1).toLocalTime())
            << QStringLiteral("planned end");
        QTest::newRow("unknown dependency")
            << int(PhaseTableModel::DependsOnColumn) << QVariant(QStringLiteral("nope"))
            << QStringLiteral("nope is not a phase");
        QTest::newRow("self") << int(PhaseTableModel::DependsOnColumn)
                              << QVariant(QStringLiteral("backup")) << QStringLiteral("itself");
        QTest::newRow("cycle") << int(PhaseTableModel::DependsOnColumn)
                               << QVariant(QStringLiteral("verify")) << QStringLiteral("cycle");
        QTest::newRow("empty title") << int(PhaseTableModel::TitleColumn)
                                     << QVariant(QStringLiteral("  ")) << QStringLiteral("title");
    }

    void invalidEditsAreRefusedWithAReason()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, reason);
        Fixture f;
        const model::Phase before = *f.document.plan().phase(QStringLiteral("backup"));
        QSignalSpy edited(&f.document, &gui::PlanDocument::planEdited);
        QVERIFY(!f.page.phaseModel()->setData(f.cell(QStringLiteral("backup"), column), value));
        QCOMPARE(edited.size(), 0);
        QVERIFY2(f.page.editError().contains(reason, Qt::CaseInsensitive),
                 qPrintable(f.page.editError()));
        const model::Phase after = *f.document.plan().phase(QStringLiteral("backup"));
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.dependsOn, before.dependsOn);
        QCOMPARE(after.plannedEnd, before.plannedEnd);
    }

    void editInPlaceFromTheKeyboard()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        QTableView *table = f.page.phaseTable();
        table->setFocus();
        table->setCurrentIndex(f.cell(QStringLiteral("backup"), PhaseTableModel::OwnerColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Priya Das (DBA)"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(f.document.plan().phase(QStringLiteral("backup"))->owner,
                     QStringLiteral("Priya Das (DBA)"));

        // Ctrl+Down moves the phase down in the plan order; Ctrl+Up back.
        table->setFocus();
        const int row = f.page.phaseModel()->rowOf(QStringLiteral("backup"));
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.document.plan().phases.at(row + 1).id, QStringLiteral("backup"));
        QCOMPARE(f.page.selectedPhaseId(), QStringLiteral("backup"));
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(f.document.plan().phases.at(row).id, QStringLiteral("backup"));

        // An actual end needs an actual start: that edit is refused.
        table->setCurrentIndex(f.cell(QStringLiteral("backup"), PhaseTableModel::ActualEndColumn));
        QVERIFY(!f.page.phaseModel()->setData(table->currentIndex(),
                                              test::planDay(2, 15).toLocalTime()));
        QVERIFY(f.page.editError().contains(QStringLiteral("actual start")));
        QVERIFY(!f.document.plan().phase(QStringLiteral("backup"))->actualEnd.has_value());
        table->setCurrentIndex(
            f.cell(QStringLiteral("backup"), PhaseTableModel::ActualStartColumn));
        QVERIFY(
            f.page.phaseModel()->setData(table->currentIndex(), test::planDay(2, 8).toLocalTime()));
        QCOMPARE(*f.document.plan().phase(QStringLiteral("backup"))->actualStart,
                 test::planDay(2, 8));
        QVERIFY(f.page.editError().isEmpty());
        // Backspace clears the date under the cursor.
        QTest::keyClick(table, Qt::Key_Backspace);
        QVERIFY(!f.document.plan().phase(QStringLiteral("backup"))->actualStart.has_value());
    }

    void addPhaseWithTheDialog()
    {
        Fixture f;
        f.page.selectPhase(QStringLiteral("verify"));
        gui::PhaseDialog *dialog = f.page.addPhase();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // A new phase starts after the selected one, depending on it.
        QCOMPARE(dialog->phase().dependsOn, QStringList{QStringLiteral("verify")});
        QVERIFY(!ok->isEnabled()); // no title yet
        QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("title")));
        dialog->findChild<QLineEdit *>(QStringLiteral("phaseTitle"))
            ->setText(QStringLiteral("Business sign-off"));
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("phaseId"));
        id->setText(QStringLiteral("checks")); // taken
        QVERIFY(!ok->isEnabled());
        id->setText(QStringLiteral("signoff"));
        QVERIFY(ok->isEnabled());
        ok->click();
        const int row = f.page.phaseModel()->rowOf(QStringLiteral("signoff"));
        QCOMPARE(row, f.page.phaseModel()->rowOf(QStringLiteral("verify")) + 1);
        QCOMPARE(f.page.selectedPhaseId(), QStringLiteral("signoff"));
        const model::Phase *p = f.document.plan().phase(QStringLiteral("signoff"));
        QCOMPARE(p->owner, QStringLiteral("QA on call")); // taken over from the previous phase
        QCOMPARE(*p->plannedStart, test::planDay(10, 14));
    }

    void removingAPhaseAsksAndCleansUp()
    {
        Fixture f;
        f.page.selectPhase(QStringLiteral("checks"));
        f.prompts.confirmAnswer = false;
        f.page.removeSelectedPhase();
        QCOMPARE(f.prompts.confirmTexts.size(), 1);
        QVERIFY(f.prompts.confirmTexts.first().contains(QStringLiteral("cut-db")));
        QVERIFY(f.document.plan().phase(QStringLiteral("checks")));

        f.prompts.confirmAnswer = true;
        f.page.removeSelectedPhase();
        QVERIFY(!f.document.plan().phase(QStringLiteral("checks")));
        QVERIFY(!f.document.plan()
                     .phase(QStringLiteral("cut-db"))
                     ->dependsOn.contains(QStringLiteral("checks")));
        QVERIFY(f.page.findings()->texts().contains(
            QStringLiteral("Cutover cut-db does not come after any pre-cutover checks.")));
    }

    void aDecidedGateKeepsItsPhase()
    {
        test::FakePrompts prompts;
        gui::PlanDocument document;
        gui::PlannerPage page(document, prompts);
        model::Plan plan = test::samplePlan();
        const model::DecideResult r = model::decideNoGo(
            plan, QStringLiteral("gate-db"), {}, QStringLiteral("Mei Lin"), test::planDay(10, 6));
        QVERIFY(r.ok());
        document.open(plan, gui::PlanDocument::Origin::Untitled);
        page.selectPhase(QStringLiteral("cut-db"));
        page.removeSelectedPhase();
        QVERIFY(prompts.confirmTexts.isEmpty());
        QVERIFY(document.plan().phase(QStringLiteral("cut-db")));
        QVERIFY(page.editError().contains(QStringLiteral("decision")));
    }
};

QTEST_MAIN(TstPlannerPage)
#include "tst_plannerpage.moc"
