// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ferry::gui {

/// What `ferry` was asked to do on its command line.
struct CommandLine
{
    enum class Action
    {
        RunGui,
        ShowHelp,
        ShowVersion,
        Subcommand,
        Error
    };

    Action action = Action::RunGui;
    QString subcommand;        ///< "mask", ... when action is Subcommand
    QStringList subArgs;       ///< arguments after the subcommand
    QString language;          ///< --lang, empty when not given
    QString logLevel;          ///< --log-level, empty when not given
    QString profile;           ///< --profile, empty when not given
    bool forceSandbox = false; ///< --sandbox
    QString viewPlan;          ///< --view: the plan file to show in the read-only timeline
    QString error;             ///< for Action::Error, translated
};

/// Parses `ferry`'s arguments (argv without the program name). Needs no QApplication.
CommandLine parseCommandLine(const QStringList &arguments);

/// The --help text (translated with whatever translator is installed).
QString helpText();

/// The --version text.
QString versionText();

/// Subcommands that run without a display.
QStringList subcommands();

} // namespace ferry::gui
