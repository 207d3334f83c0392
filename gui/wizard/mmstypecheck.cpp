// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmstypecheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::MmsTypeCheck)
};

} // namespace

QString lossyConversion(const QString &sourceType, const QString &columnType)
{
    const QString type = columnType.trimmed().toUpper();
    static const QRegularExpression decimal(QStringLiteral(R"(^DECIMAL\s*\((\d+)\s*,\s*(\d+)\))"));
    if (const auto m = decimal.match(type); m.hasMatch()) {
        const int precision = m.captured(1).toInt();
        const int scale = m.captured(2).toInt();
        if (precision > 38)
            return Tr::tr("precision %1 exceeds MaxCompute's 38").arg(precision);
        if (scale > 18)
            return Tr::tr("scale %1 is reduced to 18").arg(scale);
        return {};
    }
    if (type.startsWith(QLatin1String("UNIONTYPE")))
        return Tr::tr("UNIONTYPE has no MaxCompute equivalent; stored as JSON text");
    if (type.startsWith(QLatin1String("BIGNUMERIC")) ||
        type.startsWith(QLatin1String("BIGDECIMAL")))
        return Tr::tr("BIGNUMERIC exceeds DECIMAL(38,18)");
    if (type.startsWith(QLatin1String("GEOGRAPHY")))
        return Tr::tr("GEOGRAPHY is stored as WKT text");
    if (type.startsWith(QLatin1String("INTERVAL")))
        return Tr::tr("INTERVAL is stored as ISO 8601 text");
    if (type.startsWith(QLatin1String("VARIANT")))
        return Tr::tr("VARIANT is stored as JSON");
    if (sourceType.compare(QLatin1String("BIGQUERY"), Qt::CaseInsensitive) == 0 &&
        type == QLatin1String("TIME"))
        return Tr::tr("TIME is stored as text");
    return {};
}

} // namespace ferry::gui
