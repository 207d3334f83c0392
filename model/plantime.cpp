// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plantime.h"

#include <QRegularExpression>

namespace ferry::model {

QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

std::optional<QDateTime> parseIsoUtc(QStringView text)
{
    // Qt accepts a zone-less time as local time; a plan file must not depend on the reader's zone.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    const QString s = text.toString();
    if (!shape.match(s).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace ferry::model
