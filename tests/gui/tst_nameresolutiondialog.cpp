// SPDX-License-Identifier: GPL-3.0-or-later
// Name resolution in the GUI against the sandbox's data sources: an exact name is used and shown
// without asking; a similar name needs an explicit pick and a confirmation; nothing is ever
// preselected. Also the job-or-task question.
#include "gui/safety/copyabletable.h"
#include "gui/safety/jobortaskdialog.h"
#include "gui/safety/nameresolutiondialog.h"
#include "gui/safety/nameresolutionview.h"
#include "testsupport_sandbox.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ferry::model::NameCandidate)
Q_DECLARE_METATYPE(ferry::model::JobOrTask)

class TestNameResolutionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qRegisterMetaType<model::NameCandidate>();
        qRegisterMetaType<model::JobOrTask>();
        QVERIFY(m_rig.start());
        const auto result =
            test::awaitCall<QList<model::MmsDataSource>>([this](QObject *ctx, auto done) {
                m_rig.mms().fetchAllDataSources({}, ctx, {}, std::move(done));
            });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
        for (const model::MmsDataSource &s : result->value())
            m_candidates.append(model::nameCandidate(s));
        QCOMPARE(m_candidates.size(), 7);
    }

    void exactIsShownNotAsked()
    {
        const model::Resolution r = model::resolveName(QStringLiteral("hive_prod"), m_candidates);
        QCOMPARE(r.kind, model::ResolutionKind::Exact);

        gui::NameResolutionView view;
        view.setObjectKind(QStringLiteral("data source"));
        QSignalSpy resolved(&view, &gui::NameResolutionView::resolved);
        view.setResolution(r);
        QCOMPARE(resolved.count(), 1); // used directly
        QCOMPARE(resolved.first().first().value<model::NameCandidate>().id,
                 QStringLiteral("2000015"));
        QCOMPARE(view.resolvedCandidate()->id, QStringLiteral("2000015"));
        QVERIFY(view.messageLabel()->text().contains(QStringLiteral("2000015")));
        QCOMPARE(view.table()->rowCount(), 1);
        QCOMPARE(view.table()->item(0, 3)->text(), QStringLiteral("cn-shanghai"));
        // The similar names are mentioned, never used.
        auto *similar = view.findChild<QLabel *>(QStringLiteral("resolutionSimilar"));
        QVERIFY(similar->text().contains(QStringLiteral("hive-prod")));
    }

    void fuzzyRequiresPickAndConfirm()
    {
        const model::Resolution r = model::resolveName(QStringLiteral("Hive_Prod"), m_candidates);
        QCOMPARE(r.kind, model::ResolutionKind::FuzzyOnly);
        gui::NameResolutionDialog dialog(r, QStringLiteral("data source"));
        QSignalSpy chosen(&dialog, &gui::NameResolutionDialog::candidateChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        gui::CopyableTable *table = dialog.view()->table();
        QCOMPARE(table->rowCount(), 4);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->item(row, 0)->text());
        QCOMPARE(names,
                 (QStringList{"hive_prod", "hive-prod", "Hive-Prod-EU", "hive_prod_backup"}));
        // Every column that tells them apart is filled in.
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column : {1, 2, 3, 4, 5, 6})
                QVERIFY2(!table->item(row, column)->text().isEmpty(),
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
        }

        // Nothing preselected, not even the best match; OK cannot be pressed.
        QVERIFY(table->selectedItems().isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.chosen());
        dialog.accept(); // refused without a pick
        QCOMPARE(chosen.count(), 0);
        QVERIFY(dialog.isVisible());

        // A pick alone does not resolve anything.
        table->selectRow(2);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(chosen.count(), 0);
        QVERIFY(!dialog.chosen());

        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<model::NameCandidate>().name,
                 QStringLiteral("Hive-Prod-EU"));
        QCOMPARE(dialog.chosen()->id, QStringLiteral("2000018"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void keyboardPick()
    {
        const model::Resolution r = model::resolveName(QStringLiteral("hive"), m_candidates);
        QCOMPARE(r.kind, model::ResolutionKind::FuzzyOnly);
        QCOMPARE(r.matches.size(), 4);
        gui::NameResolutionDialog dialog(r, QStringLiteral("data source"));
        QSignalSpy chosen(&dialog, &gui::NameResolutionDialog::candidateChosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        gui::CopyableTable *table = dialog.view()->table();
        table->setFocus();
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(!table->selectedItems().isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());
        const QString picked = table->item(table->selectedItems().first()->row(), 1)->text();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<model::NameCandidate>().id, picked);
    }

    void noMatchSaysSo()
    {
        const model::Resolution r = model::resolveName(QStringLiteral("oracle_erp"), m_candidates);
        gui::NameResolutionDialog dialog(r, QStringLiteral("data source"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.view()->messageLabel()->text().contains(QStringLiteral("oracle_erp")));
        QVERIFY(dialog.view()->messageLabel()->text().contains(QStringLiteral("Check the name")));
        QVERIFY(dialog.view()->table()->isHidden());
    }

    void ambiguousListsOnlyTheExactOnes()
    {
        QList<model::NameCandidate> list = m_candidates;
        model::NameCandidate twin = list.first();
        twin.id = QStringLiteral("2000099");
        twin.region = QStringLiteral("cn-beijing");
        list.append(twin);
        const model::Resolution r = model::resolveName(QStringLiteral("hive_prod"), list);
        QCOMPARE(r.kind, model::ResolutionKind::Ambiguous);
        gui::NameResolutionDialog dialog(r, QStringLiteral("data source"));
        QCOMPARE(dialog.view()->table()->rowCount(), 2);
        QCOMPARE(dialog.view()->table()->item(1, 3)->text(), QStringLiteral("cn-beijing"));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void copyIsWhatIsShown()
    {
        const model::Resolution r = model::resolveName(QStringLiteral("hive"), m_candidates);
        gui::NameResolutionView view;
        view.setResolution(r);
        view.table()->selectRow(0);
        view.table()->copySelection();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(view.table()->item(0, 0)->text() + QLatin1Char('\t') +
                                  view.table()->item(0, 1)->text()));
    }

    void jobOrTask()
    {
        model::NameCandidate job;
        job.id = QStringLiteral("82");
        job.name = QStringLiteral("orders");
        model::NameCandidate task;
        task.id = QStringLiteral("4001");
        task.name = QStringLiteral("orders");
        task.note = QStringLiteral("job 81");
        QCOMPARE(model::classifyJobOrTask(QStringLiteral("orders"), {job}, {task}),
                 model::JobOrTask::Both);

        gui::JobOrTaskDialog dialog(QStringLiteral("orders"), job, task);
        QSignalSpy chosen(&dialog, &gui::JobOrTaskDialog::chosen);
        QVERIFY(!dialog.jobOption()->isChecked());
        QVERIFY(!dialog.taskOption()->isChecked());
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.accept();
        QCOMPARE(chosen.count(), 0);
        dialog.taskOption()->click();
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<model::JobOrTask>(), model::JobOrTask::Task);
        QVERIFY(dialog.taskOption()->text().contains(QStringLiteral("4001")));
        QVERIFY(dialog.jobOption()->text().contains(QStringLiteral("82")));
    }

private:
    test::SandboxRig m_rig;
    QList<model::NameCandidate> m_candidates;
};

QTEST_MAIN(TestNameResolutionDialog)
#include "tst_nameresolutiondialog.moc"
