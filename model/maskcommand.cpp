// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/maskcommand.h"

#include "model/sanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::MaskCommand)
};

constexpr int kExitOk = 0;
constexpr int kExitIo = 1;
constexpr int kExitInvalidJson = 2;
constexpr int kExitUsage = 64;
constexpr int kDefaultIndent = 2;
constexpr int kMaxIndent = 7;

void printError(const QString &text)
{
    const QByteArray line =
        (QStringLiteral("ferry mask: ") + text + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

QString helpText()
{
    return Tr::tr(
        "Usage: ferry mask [IN] [-o OUT] [--indent N | --compact]\n"
        "\n"
        "Masks secrets in a JSON document: every object entry whose key matches\n"
        "password|secret|token|access.id|access.key|accessKeyId|accessKeySecret\n"
        "(case-insensitive, anywhere in the key) or whose value is a string starting\n"
        "with LTAI gets the value \"********\"; LTAI strings in arrays are masked too.\n"
        "Key order, strings and numbers are kept as written.\n"
        "\n"
        "  IN                 the JSON file to read; standard input when absent or \"-\"\n"
        "  -o, --output OUT   write to OUT (replaced atomically) instead of standard "
        "output\n"
        "  --indent N         indent with N spaces, 0 to 7 (0 is compact); default 2\n"
        "  -c, --compact      write compact JSON (same as --indent 0)\n"
        "  -h, --help         show this help\n"
        "\n"
        "Invalid JSON is reported with its line and column and nothing is written.\n"
        "Exit status: 0 done, 1 input/output error, 2 invalid JSON, 64 wrong usage.\n");
}

struct Options
{
    QString input = QStringLiteral("-");
    QString output = QStringLiteral("-");
    int indent = kDefaultIndent;
    bool help = false;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options options;
    bool haveInput = false;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool isOption = !optionsEnded && arg.startsWith(QLatin1Char('-')) && arg != u"-";
        if (!isOption) {
            if (haveInput) {
                printError(Tr::tr("only one input file can be given (got \"%1\" and \"%2\")")
                               .arg(options.input, arg));
                return std::nullopt;
            }
            options.input = arg;
            haveInput = true;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> value;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); arg.startsWith(u"--") && eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
        }
        auto takeValue = [&]() -> std::optional<QString> {
            if (value)
                return value;
            if (i + 1 >= args.size()) {
                printError(Tr::tr("option %1 needs a value").arg(name));
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (name == u"-h" || name == u"--help") {
            options.help = true;
        } else if (name == u"-c" || name == u"--compact") {
            options.indent = 0;
        } else if (name == u"-o" || name == u"--output") {
            const std::optional<QString> path = takeValue();
            if (!path)
                return std::nullopt;
            options.output = *path;
        } else if (name == u"--indent") {
            const std::optional<QString> text = takeValue();
            if (!text)
                return std::nullopt;
            bool ok = false;
            const int indent = text->toInt(&ok);
            if (!ok || indent < 0 || indent > kMaxIndent) {
                printError(Tr::tr("--indent takes a number from 0 to %1, not \"%2\"")
                               .arg(kMaxIndent)
                               .arg(*text));
                return std::nullopt;
            }
            options.indent = indent;
        } else {
            printError(Tr::tr("unknown option \"%1\" (see ferry mask --help)").arg(arg));
            return std::nullopt;
        }
    }
    return options;
}

struct FreeDeleter
{
    void operator()(char *p) const { std::free(p); }
};

// The whole input, mapped when the input is a regular file, read otherwise.
class Input final
{
public:
    bool load(const QString &path, QString *error)
    {
        const bool fromStdin = path == u"-";
        if (!fromStdin)
            m_file.setFileName(path);
        const bool opened = fromStdin ? m_file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered,
                                                    QFileDevice::DontCloseHandle)
                                      : m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!opened) {
            *error = m_file.errorString();
            return false;
        }
        if (!m_file.isSequential() && m_file.size() > 0) {
            if (uchar *mapped = m_file.map(0, m_file.size())) {
                m_data = std::string_view(reinterpret_cast<const char *>(mapped),
                                          static_cast<std::size_t>(m_file.size()));
                return true;
            }
        }
        return readAll(error);
    }

    std::string_view data() const { return m_data; }

private:
    bool readAll(QString *error)
    {
        // realloc lets large blocks grow in place (mremap) instead of copying into a new one.
        std::size_t capacity = std::size_t{1} << 20;
        std::size_t size = 0;
        m_buffer.reset(static_cast<char *>(std::malloc(capacity)));
        for (;;) {
            if (!m_buffer) {
                *error = Tr::tr("out of memory");
                return false;
            }
            if (size == capacity) {
                capacity *= 2;
                char *grown = static_cast<char *>(std::realloc(m_buffer.get(), capacity));
                if (!grown) {
                    *error = Tr::tr("out of memory");
                    return false;
                }
                static_cast<void>(m_buffer.release());
                m_buffer.reset(grown);
            }
            const qint64 n =
                m_file.read(m_buffer.get() + size, static_cast<qint64>(capacity - size));
            if (n < 0) {
                *error = m_file.errorString();
                return false;
            }
            if (n == 0)
                break;
            size += static_cast<std::size_t>(n);
        }
        m_data = std::string_view(m_buffer.get(), size);
        return true;
    }

    QFile m_file;
    std::unique_ptr<char, FreeDeleter> m_buffer;
    std::string_view m_data;
};

QString displayName(const QString &path)
{
    return path == u"-" ? QStringLiteral("<stdin>") : path;
}

int reportInvalid(const QString &input, const JsonError &error)
{
    printError(
        QStringLiteral("%1:%2:%3: %4")
            .arg(displayName(input))
            .arg(error.line)
            .arg(error.column)
            .arg(QCoreApplication::translate("ferry::model::JsonMasker", error.message.c_str())));
    return kExitInvalidJson;
}

int writeToStdout(const Options &options, std::string_view in)
{
    // Standard output cannot be taken back, so the input is checked in full before anything is
    // written; the masked output then streams out without being held in memory.
    JsonError error;
    if (!validateJson(in, &error))
        return reportInvalid(options.input, error);
    bool writeFailed = false;
    const JsonChunkWriter write = [&writeFailed](std::string_view chunk) {
        if (!writeFailed && std::fwrite(chunk.data(), 1, chunk.size(), stdout) != chunk.size())
            writeFailed = true;
    };
    if (!maskJson(in, write, &error, JsonLayout{options.indent > 0 ? options.indent : -1}))
        return reportInvalid(options.input, error);
    write("\n");
    if (std::fflush(stdout) != 0 || writeFailed || std::ferror(stdout)) {
        printError(Tr::tr("<stdout>: cannot write the output"));
        return kExitIo;
    }
    return kExitOk;
}

int writeToFile(const Options &options, std::string_view in)
{
    QSaveFile out(options.output);
    if (!out.open(QIODevice::WriteOnly)) {
        printError(QStringLiteral("%1: %2").arg(options.output, out.errorString()));
        return kExitIo;
    }
    const JsonChunkWriter write = [&out](std::string_view chunk) {
        out.write(chunk.data(), static_cast<qint64>(chunk.size()));
    };
    JsonError error;
    if (!maskJson(in, write, &error, JsonLayout{options.indent > 0 ? options.indent : -1})) {
        out.cancelWriting(); // the target is left as it was
        return reportInvalid(options.input, error);
    }
    write("\n");
    if (!out.commit()) {
        printError(QStringLiteral("%1: %2").arg(options.output, out.errorString()));
        return kExitIo;
    }
    return kExitOk;
}

} // namespace

int runMaskCommand(const QStringList &args)
{
    const std::optional<Options> options = parseOptions(args);
    if (!options)
        return kExitUsage;
    if (options->help) {
        const QByteArray text = helpText().toLocal8Bit();
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
        return std::fflush(stdout) == 0 ? kExitOk : kExitIo;
    }
    Input input;
    QString error;
    if (!input.load(options->input, &error)) {
        printError(QStringLiteral("%1: %2").arg(displayName(options->input), error));
        return kExitIo;
    }
    return options->output == u"-" ? writeToStdout(*options, input.data())
                                   : writeToFile(*options, input.data());
}

} // namespace ferry::model
