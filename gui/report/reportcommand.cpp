// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/reportcommand.h"

#include "gui/i18n.h"
#include "gui/report/reportexport.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

namespace ferry::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::ReportCommand)
};

void print(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toLocal8Bit();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

} // namespace

ReportCommandLine parseReportArguments(const QStringList &arguments)
{
    ReportCommandLine cl;
    const auto fail = [&cl](const QString &message) {
        if (cl.error.isEmpty())
            cl.error = message;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString name = arg;
        QString value;
        bool hasValue = false;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        const auto take = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            cl.help = true;
        } else if (name == QLatin1String("--plan")) {
            if (!take() || value.isEmpty())
                fail(Tr::tr("--plan needs the path of a plan file."));
            cl.planPath = value;
        } else if (name == QLatin1String("--out")) {
            if (!take() || value.isEmpty())
                fail(Tr::tr("--out needs the path of the PDF to write."));
            cl.outPath = value;
        } else if (name == QLatin1String("--lang")) {
            if (!take())
                fail(Tr::tr("--lang needs a language: en or zh_CN."));
            else if (value != QLatin1String("en") && value != QLatin1String("zh_CN"))
                fail(
                    Tr::tr("Unknown language \"%1\" for --lang. Available: en, zh_CN.").arg(value));
            else
                cl.language = value;
        } else if (name == QLatin1String("--paper")) {
            if (!take())
                fail(Tr::tr("--paper needs a paper size: a4 or letter."));
            else if (!paperFromString(value))
                fail(Tr::tr("Unknown paper size \"%1\" for --paper. Use a4 or letter.").arg(value));
            else
                cl.paper = value.toLower();
        } else if (name == QLatin1String("-platform")) {
            ++i; // Qt's own option, left to QGuiApplication
        } else {
            fail(Tr::tr("Unknown argument \"%1\". Run ferry report --help for usage.").arg(arg));
        }
    }
    if (!cl.help && cl.error.isEmpty()) {
        if (cl.planPath.isEmpty())
            fail(Tr::tr("--plan is required: the plan file to report on."));
        else if (cl.outPath.isEmpty())
            fail(Tr::tr("--out is required: the PDF file to write."));
    }
    return cl;
}

QString reportHelpText()
{
    return Tr::tr(
        "Usage: ferry report --plan PLAN --out OUT [--lang en|zh_CN] [--paper a4|letter]\n"
        "\n"
        "Writes the migration report of the plan file PLAN as a PDF to OUT: scope and\n"
        "evidence, tool configuration, cutover sequence with go/no-go criteria,\n"
        "rollback paths, DTS lag, SMC runs, MMS verification, risks, assumptions and\n"
        "blockers. Needs no display. Secrets are masked; if any page would still show\n"
        "one, nothing is written.\n"
        "\n"
        "Options:\n"
        "  --plan PLAN     the plan file (.ferryplan.json)\n"
        "  --out OUT       the PDF to write; replaced only when the report is complete\n"
        "  --lang LANG     report language: en (default) or zh_CN\n"
        "  --paper SIZE    a4 (default) or letter\n"
        "  -h, --help      show this help and exit\n"
        "\n"
        "Exit status: 0 written, 1 the PDF could not be written, 2 bad arguments or\n"
        "bad input.\n");
}

int runReportCommand(int &argc, char **argv, const QStringList &arguments)
{
    const ReportCommandLine cl = parseReportArguments(arguments);
    // Reports are made without a display; a platform given with -platform or the environment
    // still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        !arguments.contains(QLatin1String("-platform")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    installTranslations(app, cl.language);
    // Messages follow --lang; parse again now that the translator is installed.
    const ReportCommandLine translated = parseReportArguments(arguments);
    if (translated.help) {
        print(stdout, reportHelpText());
        return 0;
    }
    if (!translated.error.isEmpty()) {
        print(stderr, QStringLiteral("ferry report: %1").arg(translated.error));
        return 2;
    }
    ReportRenderOptions options;
    options.language = translated.language;
    options.paper = *paperFromString(translated.paper);
    const ReportOutcome outcome =
        exportReportFile(translated.planPath, translated.outPath, options);
    if (!outcome.ok()) {
        print(stderr, QStringLiteral("ferry report: %1").arg(outcome.message));
        return outcome.error == ReportError::CannotWrite ? 1 : 2;
    }
    print(stdout, Tr::tr("Wrote %1 (pages: %2).")
                      .arg(QFileInfo(translated.outPath).absoluteFilePath())
                      .arg(outcome.pages));
    return 0;
}

} // namespace ferry::gui
