// SPDX-License-Identifier: GPL-3.0-or-later
// The `ferry` executable: command-line commands that need no display, or the desktop app.

#include "gui/app/connectionsetup.h"
#include "gui/commandline.h"
#include "gui/i18n.h"
#include "gui/mainwindow.h"
#include "gui/planner/planfilecontroller.h"
#include "gui/report/reportcommand.h"
#include "gui/session.h"
#include "gui/timeline/timelinewindow.h"
#include "model/logging.h"
#include "model/maskcommand.h"
#include "model/settings.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

/// Help, version and argument errors: no display, but translated like the app.
int runConsole(int argc, char *argv[], const ferry::gui::CommandLine &cl)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QSettings store;
    ferry::model::Settings settings(store);
    ferry::gui::installTranslations(app, cl.language.isEmpty() ? settings.language() : cl.language);
    switch (cl.action) {
    case ferry::gui::CommandLine::Action::ShowHelp:
        print(stdout, ferry::gui::helpText());
        return 0;
    case ferry::gui::CommandLine::Action::ShowVersion:
        print(stdout, ferry::gui::versionText());
        return 0;
    default:
        print(stderr, QStringLiteral("ferry: %1").arg(cl.error));
        return 2;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const ferry::gui::CommandLine cl = ferry::gui::parseCommandLine(argumentsOf(argc, argv));
    using Action = ferry::gui::CommandLine::Action;
    // Console filters read stdin and write stdout: no application object, no display, no log.
    if (cl.action == Action::Subcommand && cl.subcommand == QLatin1String("mask"))
        return ferry::model::runMaskCommand(cl.subArgs);
    // Reports need fonts, so a QGuiApplication, but no display: the command sets that up.
    if (cl.action == Action::Subcommand && cl.subcommand == QLatin1String("report"))
        return ferry::gui::runReportCommand(argc, argv, cl.subArgs);
    if (cl.action != Action::RunGui)
        return runConsole(argc, argv, cl);

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ferry"));
    QGuiApplication::setDesktopFileName(QStringLiteral(FERRY_APP_ID));

    QSettings store;
    ferry::model::Settings settings(store);

    ferry::model::LogConfig log;
    log.directory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                        .filePath(QStringLiteral("logs"));
    log.level = cl.logLevel.isEmpty() ? settings.logLevel() : cl.logLevel;
    ferry::model::initLogging(log);

    ferry::gui::installTranslations(app, cl.language.isEmpty() ? settings.language() : cl.language);

    int status = 0;
    if (!cl.viewPlan.isEmpty()) {
        // The manager's read-only view: no planner, no editing, no connection needed.
        ferry::gui::TimelineWindow viewer;
        QObject::connect(&viewer, &ferry::gui::TimelineWindow::openFinished, &viewer,
                         [](bool ok, const QString &error) {
                             if (!ok)
                                 print(stderr, QStringLiteral("ferry: %1").arg(error));
                         });
        viewer.openFile(cl.viewPlan);
        viewer.show();
        status = app.exec();
    } else {
        ferry::gui::MainWindow window(settings);
        window.show();
        QTimer::singleShot(0, &window, [&window] { window.planFiles()->offerUntitledRecovery(); });

        // Nothing that can wait (sandbox start-up, credential look-up) runs before the first
        // frame.
        ferry::gui::ConnectionSetup connection(settings, cl.profile, cl.forceSandbox);
        QObject::connect(&connection, &ferry::gui::ConnectionSetup::established, &window,
                         [&window](ferry::gui::Session *session) { window.setSession(session); });
        QObject::connect(
            &connection, &ferry::gui::ConnectionSetup::failed, &window,
            [&window](const ferry::gui::ConnectionInfo &info) { window.setConnection(info); });
        QTimer::singleShot(0, &connection, &ferry::gui::ConnectionSetup::start);
        status = app.exec();
    }
    ferry::model::shutdownLogging();
    return status;
}
