// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "model/settings.h"

#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsEmptyDashboardAndBadge()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        gui::MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *title = window.findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QVERIFY(title);
        QVERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("No migrations yet"));

        auto *badge = window.findChild<QLabel *>(QStringLiteral("connectionBadge"));
        QVERIFY(badge);
        QVERIFY(badge->text().contains(QStringLiteral("CONNECTING")));

        gui::ConnectionInfo sandbox;
        sandbox.mode = gui::ConnectionInfo::Mode::Sandbox;
        sandbox.endpoint = QUrl(QStringLiteral("http://127.0.0.1:40123"));
        window.setConnection(sandbox);
        QVERIFY(badge->text().contains(QStringLiteral("SANDBOX")));
        auto *summary = window.findChild<QLabel *>(QStringLiteral("connectionSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("127.0.0.1:40123")));

        gui::ConnectionInfo failed;
        failed.mode = gui::ConnectionInfo::Mode::Failed;
        failed.error = QStringLiteral("port in use");
        window.setConnection(failed);
        QVERIFY(badge->text().contains(QStringLiteral("OFFLINE")));
        QVERIFY(summary->text().contains(QStringLiteral("port in use")));
    }

    void menusHaveKeyboardAccess()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        gui::MainWindow window(settings);
        const auto menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 3);
        for (QAction *menu : menus)
            QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
    }

    void geometryIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings store(path, QSettings::IniFormat);
            model::Settings settings(store);
            gui::MainWindow window(settings);
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QSettings store(path, QSettings::IniFormat);
        model::Settings settings(store);
        QVERIFY(!settings.mainWindowGeometry().isEmpty());
        gui::MainWindow window(settings);
        QCOMPARE(window.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
