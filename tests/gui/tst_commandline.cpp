// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commandline.h"

#include <QTest>

using ferry::gui::CommandLine;
using ferry::gui::parseCommandLine;
using Action = CommandLine::Action;

Q_DECLARE_METATYPE(CommandLine::Action)

class TstCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void actions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Action>("action");
        QTest::newRow("none") << QStringList{} << Action::RunGui;
        QTest::newRow("help") << QStringList{"--help"} << Action::ShowHelp;
        QTest::newRow("-h") << QStringList{"-h"} << Action::ShowHelp;
        QTest::newRow("version") << QStringList{"--version"} << Action::ShowVersion;
        QTest::newRow("help wins") << QStringList{"--version", "--help"} << Action::ShowHelp;
        QTest::newRow("mask") << QStringList{"mask", "in.json"} << Action::Subcommand;
        QTest::newRow("mask not first") << QStringList{"--sandbox", "mask"} << Action::Error;
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << Action::Error;
        QTest::newRow("lang missing") << QStringList{"--lang"} << Action::Error;
        QTest::newRow("lang unknown") << QStringList{"--lang", "tlh"} << Action::Error;
        QTest::newRow("lang ok") << QStringList{"--lang", "zh_CN"} << Action::RunGui;
        QTest::newRow("lang equals") << QStringList{"--lang=en"} << Action::RunGui;
        QTest::newRow("level bad") << QStringList{"--log-level=chatty"} << Action::Error;
        QTest::newRow("level ok") << QStringList{"--log-level", "debug"} << Action::RunGui;
        QTest::newRow("qt option") << QStringList{"-platform", "offscreen"} << Action::RunGui;
        QTest::newRow("stray") << QStringList{"plan.json"} << Action::Error;
        QTest::newRow("view") << QStringList{"--view", "plan.json"} << Action::RunGui;
        QTest::newRow("view equals") << QStringList{"--view=plan.json"} << Action::RunGui;
        QTest::newRow("view missing") << QStringList{"--view"} << Action::Error;
        QTest::newRow("view empty") << QStringList{"--view="} << Action::Error;
    }

    void actions()
    {
        QFETCH(QStringList, args);
        QFETCH(Action, action);
        const CommandLine cl = parseCommandLine(args);
        QCOMPARE(cl.action, action);
        if (action == Action::Error)
            QVERIFY(!cl.error.isEmpty());
    }

    void values()
    {
        const CommandLine cl = parseCommandLine(
            {"--lang", "zh_CN", "--log-level=trace", "--profile", "prod", "--sandbox"});
        QCOMPARE(cl.language, QStringLiteral("zh_CN"));
        QCOMPARE(cl.logLevel, QStringLiteral("trace"));
        QCOMPARE(cl.profile, QStringLiteral("prod"));
        QVERIFY(cl.forceSandbox);
    }

    void viewTakesThePlanFile()
    {
        QCOMPARE(
            parseCommandLine({"--view", "/tmp/a b.ferryplan.json", "--lang", "zh_CN"}).viewPlan,
            QStringLiteral("/tmp/a b.ferryplan.json"));
        QCOMPARE(parseCommandLine({"--view=shop.json"}).viewPlan, QStringLiteral("shop.json"));
        QVERIFY(parseCommandLine({}).viewPlan.isEmpty());
        QVERIFY(ferry::gui::helpText().contains(QStringLiteral("--view PLAN")));
    }

    void subcommandKeepsItsArguments()
    {
        const CommandLine cl = parseCommandLine({"mask", "--indent", "4", "-o", "out.json"});
        QCOMPARE(cl.subcommand, QStringLiteral("mask"));
        QCOMPARE(cl.subArgs, (QStringList{"--indent", "4", "-o", "out.json"}));
    }

    void errorNamesTheOffendingArgument()
    {
        QVERIFY(parseCommandLine({"--frobnicate"}).error.contains(QStringLiteral("--frobnicate")));
        QVERIFY(parseCommandLine({"--lang", "tlh"}).error.contains(QStringLiteral("tlh")));
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
