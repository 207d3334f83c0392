// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QLocale;

namespace ferry::gui {

/// The translation context of the chart helpers that are not widgets.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::ChartText)
};

/// A duration for people, with the two largest units: "850 ms", "3.2 s", "4 min 5 s",
/// "2 h 10 min", "3 d 4 h". Negative durations are shown as zero.
QString formatDuration(qint64 ms);

/// A moment for people: the time of day when it falls on the same local day as referenceMs,
/// otherwise the short date and the time.
QString formatMoment(qint64 ms, qint64 referenceMs);

/// A number in the default locale with `decimals` decimals (grouping separators included).
QString formatNumber(double value, int decimals);

/// One labelled tick of a time axis.
struct TimeTick
{
    qint64 t = 0;
    QString label;
};

/// Ticks at round local times (every 5 min, hour, 6 h, day, ...) inside [from, to], at most
/// maxTicks of them, labelled by `locale`: times of day, with the date at local midnights (or
/// only dates when ticks are a day or more apart). Labels are unique (an axis needs that).
QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks, const QLocale &locale);

} // namespace ferry::gui
