// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chartformat.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

QString formatDuration(qint64 ms)
{
    const QLocale locale;
    ms = std::max<qint64>(ms, 0);
    if (ms < Second)
        return ChartText::tr("%1 ms").arg(locale.toString(ms));
    if (ms < Minute) {
        // One decimal under 10 s, where it matters, unless it is zero: "3.2 s", "5 s", "42 s".
        const double s = double(ms) / Second;
        const bool decimal = s < 10 && std::abs(s - std::round(s)) >= 0.05;
        return ChartText::tr("%1 s").arg(locale.toString(s, 'f', decimal ? 1 : 0));
    }
    if (ms < Hour) {
        const qint64 s = (ms + Second / 2) / Second;
        if (s % 60 == 0)
            return ChartText::tr("%1 min").arg(s / 60);
        return ChartText::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    if (ms < Day) {
        const qint64 m = (ms + Minute / 2) / Minute;
        if (m % 60 == 0)
            return ChartText::tr("%1 h").arg(m / 60);
        return ChartText::tr("%1 h %2 min").arg(m / 60).arg(m % 60);
    }
    const qint64 h = (ms + Hour / 2) / Hour;
    if (h % 24 == 0)
        return ChartText::tr("%1 d").arg(h / 24);
    return ChartText::tr("%1 d %2 h").arg(h / 24).arg(h % 24);
}

QString formatMoment(qint64 ms, qint64 referenceMs)
{
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QDateTime reference = QDateTime::fromMSecsSinceEpoch(referenceMs);
    if (when.date() == reference.date())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks, const QLocale &locale)
{
    QList<TimeTick> ticks;
    if (to <= from || maxTicks < 1)
        return ticks;
    static constexpr qint64 steps[] = {
        Second,  2 * Second, 5 * Second, 10 * Second, 15 * Second, 30 * Second,
        Minute,  2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
        Hour,    2 * Hour,   3 * Hour,   6 * Hour,    12 * Hour,   Day,
        2 * Day, 7 * Day,    14 * Day,   28 * Day,    91 * Day,    364 * Day};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if ((to - from) / s <= maxTicks) {
            step = s;
            break;
        }
    }
    // Round times are round in local time: shift by the UTC offset before aligning.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc()) * Second;
    const auto floorDiv = [](qint64 a, qint64 b) { return a / b - (a % b != 0 && (a < 0)); };
    qint64 t = (floorDiv(from + offset, step) + 1) * step - offset;
    if (t - step >= from)
        t -= step;

    const QString dateFormat = ChartText::tr("M/d", "short date on a time axis");
    const QString timeFormat = step < Minute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QSet<QString> used;
    for (; t <= to; t += step) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(t);
        const bool midnight = when.time() == QTime(0, 0);
        QString label = locale.toString(when, step >= Day || midnight ? dateFormat : timeFormat);
        // The same label twice (06:00 on two days) would merge two axis categories.
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        ticks.append({t, label});
    }
    return ticks;
}

} // namespace ferry::gui
