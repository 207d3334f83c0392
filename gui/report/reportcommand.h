// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ferry::gui {

/// `ferry report` as parsed from its arguments.
struct ReportCommandLine
{
    QString planPath;
    QString outPath;
    QString language = QStringLiteral("en");
    QString paper = QStringLiteral("a4");
    bool help = false;
    QString error; ///< translated; set when the arguments are not usable
};

/// Parses the arguments after `report`. Needs no application object.
ReportCommandLine parseReportArguments(const QStringList &arguments);

/// The `ferry report --help` text (translated with whatever translator is installed).
QString reportHelpText();

/// Runs `ferry report`: renders the plan's report to a PDF with no display (the offscreen
/// platform unless one is given). Exit codes: 0 written, 1 the output could not be written,
/// 2 bad arguments or bad input (the plan, or text that looks like a secret); on any error
/// nothing is written.
int runReportCommand(int &argc, char **argv, const QStringList &arguments);

} // namespace ferry::gui
