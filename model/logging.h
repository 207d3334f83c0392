// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ferry::model {

/// Where and how much Ferry logs.
struct LogConfig
{
    QString directory; ///< folder of the rotating file; empty means no file
    QString level = QStringLiteral("info");
    bool toStderr = true;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3;
};

/// Parses an spdlog level name ("trace" … "off"); nullopt for anything else.
std::optional<int> parseLogLevel(const QString &name);

/// Installs Ferry's logger: a rotating file plus stderr, every line passed through the sanitizer
/// before any sink sees it, and Qt's qDebug/qWarning/... routed into it. Returns an error text
/// when the log file cannot be opened (logging then goes to stderr only).
QString initLogging(const LogConfig &config);

/// Changes the level of the installed logger.
void setLogLevel(const QString &level);

/// Path of the current log file, or empty.
QString logFilePath();

/// Flushes and removes the logger and the Qt message handler.
void shutdownLogging();

} // namespace ferry::model
