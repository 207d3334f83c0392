// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/planformat.h"

#include "model/plantime.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ferry::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::PlanFormat)
};
} // namespace

QString formatDateTime(const std::optional<QDateTime> &utc)
{
    if (!utc || !utc->isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc->toLocalTime(), QLocale::ShortFormat);
}

QString formatIsoUtc(const std::optional<QDateTime> &utc)
{
    if (!utc || !utc->isValid())
        return QString();
    return model::isoUtc(*utc);
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return hours > 0 ? Tr::tr("%1 d %2 h").arg(days).arg(hours) : Tr::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? Tr::tr("%1 h %2 min").arg(hours).arg(minutes)
                           : Tr::tr("%1 h").arg(hours);
    if (minutes > 0)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 s").arg(seconds);
}

QString formatBytes(double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0)
        return QStringLiteral("—");
    return QLocale().formattedDataSize(qint64(std::llround(bytes)), 1, QLocale::DataSizeSIFormat);
}

QString numberText(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString phaseLabel(const model::Plan &plan, const QString &phaseId)
{
    const model::Phase *p = plan.phase(phaseId);
    if (!p || p->title.trimmed().isEmpty())
        return phaseId;
    return Tr::tr("%1 (%2)").arg(p->title, phaseId);
}

QColor serviceColor(model::PlanService service)
{
    switch (service) {
    case model::PlanService::Dts:
        return QColor(0x21, 0x6e, 0xd6);
    case model::PlanService::Smc:
        return QColor(0x8a, 0x4f, 0xc7);
    case model::PlanService::Mms:
        return QColor(0x0b, 0x8a, 0x7d);
    case model::PlanService::OssImport:
        return QColor(0xc2, 0x6a, 0x12);
    case model::PlanService::General:
        break;
    }
    return QColor(0x6e, 0x77, 0x81);
}

} // namespace ferry::gui
