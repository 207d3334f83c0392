// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace ferry::model {

/// ISO 8601 in UTC with a `Z`: "2024-05-01T08:00:00Z", with milliseconds only when non-zero.
QString isoUtc(const QDateTime &time);

/// Parses ISO 8601 with an explicit zone (`Z` or an offset) into UTC; nullopt for anything else,
/// including a time without a zone, which would be ambiguous.
std::optional<QDateTime> parseIsoUtc(QStringView text);

} // namespace ferry::model
