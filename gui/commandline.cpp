// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commandline.h"

#include "model/logging.h"

namespace ferry::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::CommandLine)
};

bool isKnownLanguage(const QString &lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("zh_CN");
}
} // namespace

QStringList subcommands()
{
    return {QStringLiteral("mask"), QStringLiteral("report")};
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    auto fail = [&cl](const QString &message) {
        cl.action = CommandLine::Action::Error;
        cl.error = message;
        return cl;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        // Accept both "--opt value" and "--opt=value".
        auto takeValue = [&](const QString &name, QString &target) -> bool {
            if (arg.startsWith(name + QLatin1Char('='))) {
                target = arg.mid(name.size() + 1);
                return true;
            }
            if (arg == name) {
                if (i + 1 >= arguments.size())
                    return false;
                target = arguments.at(++i);
                return true;
            }
            return false;
        };
        if (i == 0 && subcommands().contains(arg)) {
            cl.action = CommandLine::Action::Subcommand;
            cl.subcommand = arg;
            cl.subArgs = arguments.mid(1);
            return cl;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            cl.action = CommandLine::Action::ShowHelp;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            if (cl.action != CommandLine::Action::ShowHelp)
                cl.action = CommandLine::Action::ShowVersion;
        } else if (arg == QLatin1String("--sandbox")) {
            cl.forceSandbox = true;
        } else if (arg.startsWith(QLatin1String("--lang"))) {
            if (!takeValue(QStringLiteral("--lang"), cl.language))
                return fail(Tr::tr("--lang needs a language, for example --lang zh_CN."));
            if (!isKnownLanguage(cl.language))
                return fail(
                    Tr::tr("Unknown language \"%1\". Available: en, zh_CN.").arg(cl.language));
        } else if (arg.startsWith(QLatin1String("--log-level"))) {
            if (!takeValue(QStringLiteral("--log-level"), cl.logLevel))
                return fail(Tr::tr("--log-level needs a level: trace, debug, info, warn, error, "
                                   "critical or off."));
            if (!model::parseLogLevel(cl.logLevel))
                return fail(Tr::tr("Unknown log level \"%1\". Use trace, debug, info, warn, error, "
                                   "critical or off.")
                                .arg(cl.logLevel));
        } else if (arg == QLatin1String("--view") || arg.startsWith(QLatin1String("--view="))) {
            if (!takeValue(QStringLiteral("--view"), cl.viewPlan) || cl.viewPlan.isEmpty())
                return fail(
                    Tr::tr("--view needs a plan file, for example --view plan.ferryplan.json."));
        } else if (arg.startsWith(QLatin1String("--profile"))) {
            if (!takeValue(QStringLiteral("--profile"), cl.profile) || cl.profile.isEmpty())
                return fail(Tr::tr("--profile needs the name of a credential profile."));
        } else if (arg.startsWith(QLatin1Char('-'))) {
            // Qt's own platform options (-platform, -style, ...) are left to QApplication.
            static const QStringList qtOptions = {
                QStringLiteral("-platform"),        QStringLiteral("-style"),
                QStringLiteral("-display"),         QStringLiteral("-geometry"),
                QStringLiteral("-qwindowgeometry"), QStringLiteral("-reverse"),
                QStringLiteral("-stylesheet")};
            if (qtOptions.contains(arg)) {
                if (arg != QLatin1String("-reverse"))
                    ++i;
                continue;
            }
            return fail(
                Tr::tr("Unknown option \"%1\". Run ferry --help for the options.").arg(arg));
        } else {
            return fail(Tr::tr("Unexpected argument \"%1\". Run ferry --help for usage.").arg(arg));
        }
    }
    return cl;
}

QString helpText()
{
    return Tr::tr("Usage: ferry [options]\n"
                  "       ferry --view PLAN\n"
                  "       ferry mask [IN] [-o OUT] [--indent N | --compact]\n"
                  "\n"
                  "Ferry takes you through Alibaba Cloud migrations (MMS, DTS, SMC) and keeps a\n"
                  "record of them. With no credentials configured it runs on a local sandbox.\n"
                  "\n"
                  "Options:\n"
                  "  --lang LANG        user interface language: en or zh_CN\n"
                  "  --log-level LEVEL  trace, debug, info, warn, error, critical or off\n"
                  "  --profile NAME     use the Ferry credential profile NAME\n"
                  "  --sandbox          use the local sandbox even when credentials exist\n"
                  "  --view PLAN        show the manager timeline of the plan file PLAN,\n"
                  "                     read-only (nothing in that window edits the plan)\n"
                  "  -h, --help         show this help and exit\n"
                  "  -v, --version      show the version and exit\n"
                  "\n"
                  "Commands (no display needed):\n"
                  "  mask               mask secrets in JSON (stdin or IN) the way Ferry does;\n"
                  "                     see ferry mask --help\n") +
           Tr::tr("  report             write a plan's migration report as a PDF;\n"
                  "                     see ferry report --help\n");
}

QString versionText()
{
    return QStringLiteral("ferry %1").arg(QStringLiteral(FERRY_VERSION));
}

} // namespace ferry::gui
