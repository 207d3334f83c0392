// SPDX-License-Identifier: GPL-3.0-or-later
// Plan files in the GUI: new, open (off the GUI thread), the read-only sample, save and save as,
// reload round trip, damaged and newer files (reported, left byte-identical), secrets refused
// with where they are, recent plans, autosave and its recovery, and the unsaved-changes question
// on open and on close.
#include "testsupport_planner.h"

#include "gui/mainwindow.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planfilecontroller.h"
#include "model/planautosave.h"
#include "model/planfile.h"
#include "model/settings.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TstPlannerFiles final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        QSettings store{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
        model::Settings settings{store};
        test::FakePrompts prompts;
        gui::PlanDocument document;
        gui::PlanFileController files{document, settings, prompts,
                                      dir.filePath(QStringLiteral("autosave"))};

        QString path(const QString &name) const { return dir.filePath(name); }
        bool open(const QString &path)
        {
            QSignalSpy done(&files, &gui::PlanFileController::openFinished);
            files.openFile(path);
            // The outcome may arrive before the spy waits (a small file reads fast).
            return (!done.isEmpty() || done.wait(5000)) && done.first().first().toBool();
        }
        bool openSample()
        {
            QSignalSpy done(&files, &gui::PlanFileController::openFinished);
            files.openSample();
            return (!done.isEmpty() || done.wait(5000)) && done.first().first().toBool();
        }
        bool save()
        {
            bool ok = false;
            files.save([&ok](bool r) { ok = r; });
            return ok;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void newPlanIsUntitledAndClean()
    {
        Fixture f;
        QSignalSpy opened(&f.files, &gui::PlanFileController::planOpened);
        f.files.newAction()->trigger();
        QCOMPARE(opened.size(), 1);
        QVERIFY(f.document.hasPlan());
        QCOMPARE(f.document.origin(), gui::PlanDocument::Origin::Untitled);
        QVERIFY(!f.document.isModified());
        QVERIFY(f.document.plan().phases.isEmpty());
        QVERIFY(f.files.saveAction()->isEnabled());
    }

    void sampleOpensReadOnly()
    {
        Fixture f;
        QVERIFY(f.openSample());
        QCOMPARE(f.document.origin(), gui::PlanDocument::Origin::Sample);
        QVERIFY(f.document.isReadOnly());
        QCOMPARE(f.document.plan().id, QStringLiteral("plan-sandbox-shop"));
        QVERIFY(!f.document.edit([](model::Plan &p) { p.name = QStringLiteral("x"); }));
        QVERIFY(f.files.autosavePath().isEmpty()); // nothing to autosave
        QVERIFY(f.settings.recentPlans().isEmpty());
    }

    void saveAndReloadRoundTrip()
    {
        Fixture f;
        QVERIFY(f.openSample());
        // Saving the read-only sample asks where, and the file becomes the plan's home.
        f.prompts.savePath = f.path(QStringLiteral("shop.ferryplan.json"));
        QVERIFY(f.save());
        QCOMPARE(f.document.filePath(), f.prompts.savePath);
        QVERIFY(!f.document.isReadOnly());
        QVERIFY(!f.document.isModified());
        QCOMPARE(f.settings.recentPlans(), QStringList{f.prompts.savePath});

        QVERIFY(f.document.edit([](model::Plan &p) {
            p.phase(QStringLiteral("backup"))->actualStart = test::planDay(2, 8, 5);
            p.name = QStringLiteral("Shop platform — 上云迁移");
        }));
        QVERIFY(f.document.isModified());
        f.prompts.savePath.clear(); // a saved plan is saved in place, without asking
        QVERIFY(f.save());
        QVERIFY(!f.document.isModified());
        const model::Plan saved = f.document.plan();

        Fixture g;
        const bool opened = g.open(f.path(QStringLiteral("shop.ferryplan.json")));
        QVERIFY2(opened, qPrintable(g.prompts.errorTexts.join('\n')));
        QCOMPARE(g.document.origin(), gui::PlanDocument::Origin::File);
        QVERIFY(!g.document.isModified());
        QCOMPARE(model::serializePlan(g.document.plan()), model::serializePlan(saved));
        QCOMPARE(g.document.plan().name, QStringLiteral("Shop platform — 上云迁移"));
    }

    void unreadableFilesAreReportedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QByteArray newer = model::serializePlan(test::samplePlan());
        newer.replace("\"version\": 1", "\"version\": 7");
        QTest::newRow("damaged JSON") << QByteArray("{\"format\": \"ferry-plan\", \"version\": 1,")
                                      << QStringLiteral("damaged");
        QTest::newRow("newer version") << newer << QStringLiteral("newer Ferry");
        QTest::newRow("not a plan")
            << QByteArray("{\"hello\": 1}") << QStringLiteral("not a Ferry plan");
        QByteArray invalid = model::serializePlan(test::samplePlan());
        invalid.replace("\"kind\": \"assessment\"", "\"kind\": \"teleport\"");
        QTest::newRow("invalid entry") << invalid << QStringLiteral("invalid entry");
    }

    void unreadableFilesAreReportedAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        Fixture f;
        QVERIFY(f.openSample()); // something open already stays open
        const QString path = f.path(QStringLiteral("bad.ferryplan.json"));
        QVERIFY(writeAll(path, bytes));
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(!f.open(path));
        QCOMPARE(f.prompts.errorTexts.size(), 1);
        QVERIFY2(f.prompts.errorTexts.first().contains(says),
                 qPrintable(f.prompts.errorTexts.first()));
        QVERIFY(f.prompts.errorTexts.first().contains(path));
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFile::exists(model::PlanAutosave::autosavePathFor(path)));
        QCOMPARE(f.document.origin(), gui::PlanDocument::Origin::Sample);
        QCOMPARE(f.prompts.saveAsked, 0);
    }

    void openingOverUnsavedChangesAsks()
    {
        Fixture f;
        const QString other = f.path(QStringLiteral("other.ferryplan.json"));
        model::Plan otherPlan = test::samplePlan();
        otherPlan.name = QStringLiteral("Other plan");
        QVERIFY(model::savePlanFile(other, otherPlan).ok());
        f.files.newPlan();
        QVERIFY(f.document.edit([](model::Plan &p) { p.name = QStringLiteral("Draft"); }));

        f.prompts.saveChoice = test::FakePrompts::SaveChoice::Cancel;
        f.files.openFile(other);
        QTRY_COMPARE(f.prompts.saveAsked, 1);
        QCOMPARE(f.document.plan().name, QStringLiteral("Draft"));
        QVERIFY(f.document.isModified());

        f.prompts.saveChoice = test::FakePrompts::SaveChoice::Discard;
        QVERIFY(f.open(other));
        QCOMPARE(f.prompts.saveAsked, 2);
        QCOMPARE(f.document.plan().name, QStringLiteral("Other plan"));
        QVERIFY(!QFile::exists(f.files.untitledAutosavePath()));
    }

    void secretsAreRefusedAndLocated()
    {
        Fixture f;
        model::Plan plan = test::samplePlan();
        plan.phase(QStringLiteral("cut-dns"))->notes =
            QStringLiteral("Console login: password=Hunter2-secret");
        plan.risks[1].mitigation = QStringLiteral("Key LTAI5tFakeFakeFake1234 has finance access");
        f.document.open(plan, gui::PlanDocument::Origin::Untitled, {}, true);
        f.prompts.savePath = f.path(QStringLiteral("secret.ferryplan.json"));
        QVERIFY(!f.save());
        QVERIFY(!QFile::exists(f.prompts.savePath));
        QCOMPARE(f.prompts.errorTexts.size(), 1);
        QVERIFY(
            f.prompts.errorTexts.first().contains(QStringLiteral("2 value(s) look like secrets")));
        const QString details = f.prompts.errorDetails.first();
        QVERIFY2(details.contains(QStringLiteral("phase cut-dns › notes")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("risk risk-types › mitigation")),
                 qPrintable(details));
        // The error names where, never the secret itself.
        QVERIFY(!details.contains(QStringLiteral("Hunter2")));
        QVERIFY(!f.prompts.errorTexts.first().contains(QStringLiteral("Hunter2")));
        QVERIFY(f.document.isModified());
    }

    void recentPlansAndClear()
    {
        Fixture f;
        const QString a = f.path(QStringLiteral("a.ferryplan.json"));
        const QString b = f.path(QStringLiteral("b.ferryplan.json"));
        QVERIFY(model::savePlanFile(a, test::samplePlan()).ok());
        QVERIFY(model::savePlanFile(b, test::samplePlan()).ok());
        QVERIFY(f.open(a));
        QVERIFY(f.open(b));
        QMenu menu;
        f.files.fillRecentMenu(&menu);
        QStringList texts;
        for (QAction *action : menu.actions())
            texts << action->text();
        QCOMPARE(texts.value(0), QStringLiteral("&1 b.ferryplan.json"));
        QCOMPARE(texts.value(1), QStringLiteral("&2 a.ferryplan.json"));

        // A recent entry opens its plan.
        menu.actions().at(1)->trigger();
        QTRY_COMPARE(f.document.filePath(), a);

        // A file that is gone drops out of the menu.
        QVERIFY(QFile::remove(b));
        f.files.fillRecentMenu(&menu);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("&1 a.ferryplan.json"));

        QAction *clear = menu.findChild<QAction *>(QStringLiteral("clearRecentAction"));
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(f.settings.recentPlans().isEmpty());
        f.files.fillRecentMenu(&menu);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("No recent plans"));
        QVERIFY(!menu.actions().first()->isEnabled());
    }

    void autosaveIsOfferedBack()
    {
        const QString edited = QStringLiteral("Edited before the crash");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.ferryplan.json"));
        QVERIFY(model::savePlanFile(path, test::samplePlan()).ok());
        const QByteArray original = readAll(path);
        {
            Fixture f;
            QVERIFY(f.open(path));
            f.files.setAutosaveInterval(std::chrono::milliseconds(20));
            QVERIFY(f.document.edit([&](model::Plan &p) { p.name = edited; }));
            QTRY_VERIFY(QFile::exists(model::PlanAutosave::autosavePathFor(path)));
            QCOMPARE(readAll(path), original); // autosave never touches the plan file
        }
        {
            Fixture g;
            g.prompts.recoverAnswer = true;
            QVERIFY(g.open(path));
            QCOMPARE(g.prompts.recoverAsked, 1);
            QCOMPARE(g.document.plan().name, edited);
            QVERIFY(g.document.isModified());
            QCOMPARE(g.document.filePath(), path);
        }
        {
            Fixture h;
            h.prompts.recoverAnswer = false;
            QVERIFY(h.open(path));
            QCOMPARE(h.prompts.recoverAsked, 1);
            QVERIFY(h.document.plan().name != edited);
            QVERIFY(!QFile::exists(model::PlanAutosave::autosavePathFor(path)));
        }
    }

    void untitledAutosaveIsOfferedAtStart()
    {
        QTemporaryDir dir;
        const QString autosaveDir = dir.filePath(QStringLiteral("autosave"));
        {
            QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            model::Settings settings(store);
            test::FakePrompts prompts;
            gui::PlanDocument document;
            gui::PlanFileController files(document, settings, prompts, autosaveDir);
            files.newPlan();
            QVERIFY(document.edit([](model::Plan &p) { p.name = QStringLiteral("Unsaved idea"); }));
            QVERIFY(files.autosaveNow());
            QVERIFY(QFile::exists(files.untitledAutosavePath()));
        }
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        test::FakePrompts prompts;
        prompts.recoverAnswer = true;
        gui::PlanDocument document;
        gui::PlanFileController files(document, settings, prompts, autosaveDir);
        files.offerUntitledRecovery();
        QCOMPARE(prompts.recoverAsked, 1);
        QCOMPARE(document.plan().name, QStringLiteral("Unsaved idea"));
        QCOMPARE(document.origin(), gui::PlanDocument::Origin::Untitled);
        QVERIFY(document.isModified());
    }

    void closingTheWindowAsksAboutUnsavedChanges()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        test::FakePrompts prompts;
        gui::MainWindow window(settings, prompts, dir.filePath(QStringLiteral("autosave")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy done(window.planFiles(), &gui::PlanFileController::openFinished);
        window.planFiles()->openSample();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(window.close()); // the read-only sample has nothing to lose
        QCOMPARE(prompts.saveAsked, 0);

        window.show();
        window.planDocument().makeEditableCopy();
        QVERIFY(window.isWindowModified());
        prompts.saveChoice = test::FakePrompts::SaveChoice::Cancel;
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(prompts.saveAsked, 1);

        // Save: asks where (untitled), writes, then closes.
        prompts.saveChoice = test::FakePrompts::SaveChoice::Save;
        prompts.savePath = dir.filePath(QStringLiteral("kept.ferryplan.json"));
        window.close();
        QCOMPARE(prompts.saveAsked, 2);
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(model::loadPlanFile(prompts.savePath).ok());
    }

    void discardClosesWithoutWriting()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        test::FakePrompts prompts;
        gui::MainWindow window(settings, prompts, dir.filePath(QStringLiteral("autosave")));
        window.show();
        window.planFiles()->newPlan();
        QVERIFY(window.planDocument().edit([](model::Plan &p) { p.name = QStringLiteral("x"); }));
        QVERIFY(window.planFiles()->autosaveNow());
        QVERIFY(QFile::exists(window.planFiles()->untitledAutosavePath()));
        prompts.saveChoice = test::FakePrompts::SaveChoice::Discard;
        window.close();
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(prompts.saveAsked, 1);
        // Discarded means discarded: no autosave offers it back later.
        QVERIFY(!QFile::exists(window.planFiles()->untitledAutosavePath()));
    }
};

QTEST_MAIN(TstPlannerFiles)
#include "tst_plannerfiles.moc"
