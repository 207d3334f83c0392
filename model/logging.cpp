// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logging.h"

#include "model/sanitizer.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace ferry::model {

namespace {

/// Masks each message before handing it to the real sinks, so no sink ever sees a secret.
class SanitizingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit SanitizingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string masked =
            maskText(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(masked.data(), masked.size());
        for (const auto &sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }

    void flush_() override
    {
        for (const auto &sink : m_sinks)
            sink->flush();
    }

    void set_pattern_(const std::string &pattern) override
    {
        for (const auto &sink : m_sinks)
            sink->set_pattern(pattern);
    }

    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override
    {
        for (const auto &sink : m_sinks)
            sink->set_formatter(formatter->clone());
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

QString g_logFile;

void qtMessageBridge(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto logger = spdlog::default_logger_raw();
    if (!logger)
        return;
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    const QByteArray text = message.toUtf8();
    if (context.category && qstrcmp(context.category, "default") != 0)
        logger->log(level, "[{}] {}", context.category, text.constData());
    else
        logger->log(level, "{}", text.constData());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

std::optional<int> parseLogLevel(const QString &name)
{
    const std::string key = name.trimmed().toLower().toStdString();
    static const char *const names[] = {"trace", "debug",    "info", "warn",
                                        "error", "critical", "off"};
    for (int i = 0; i < 7; ++i) {
        if (key == names[i])
            return i;
    }
    if (key == "warning")
        return static_cast<int>(spdlog::level::warn);
    return std::nullopt;
}

QString initLogging(const LogConfig &config)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString error;
    if (config.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    g_logFile.clear();
    if (!config.directory.isEmpty()) {
        if (!QDir().mkpath(config.directory)) {
            error = QStringLiteral("cannot create log folder %1").arg(config.directory);
        } else {
            const QString path = QDir(config.directory).filePath(QStringLiteral("ferry.log"));
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), config.maxFileBytes, config.maxFiles));
                g_logFile = path;
            } catch (const spdlog::spdlog_ex &e) {
                error = QStringLiteral("cannot open log file %1: %2")
                            .arg(path, QString::fromUtf8(e.what()));
            }
        }
    }
    auto sink = std::make_shared<SanitizingSink>(std::move(sinks));
    auto logger = std::make_shared<spdlog::logger>("ferry", sink);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    const auto level = parseLogLevel(config.level).value_or(static_cast<int>(spdlog::level::info));
    logger->set_level(static_cast<spdlog::level::level_enum>(level));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // A killed process should not take its last lines with it.
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageBridge);
    if (!error.isEmpty())
        spdlog::warn("{}", error.toStdString());
    return error;
}

void setLogLevel(const QString &level)
{
    if (const auto parsed = parseLogLevel(level))
        spdlog::set_level(static_cast<spdlog::level::level_enum>(*parsed));
}

QString logFilePath()
{
    return g_logFile;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    if (auto logger = spdlog::default_logger())
        logger->flush();
    spdlog::shutdown();
    g_logFile.clear();
}

} // namespace ferry::model
