// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/estimatetext.h"

#include "gui/planner/planformat.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace ferry::gui {

namespace {

constexpr const char *kContext = "ferry::gui::EstimateText";

// Literal context for lupdate; the tables below use the same one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::EstimateText)
};

struct Text
{
    const char *key;
    const char *text;
};

// clang-format off
constexpr std::array kAssumptions{
    Text{"rows", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "rows")},
    Text{"backlogRows", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "backlog")},
    Text{"dataBytes", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "data")},
    Text{"objects", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "objects")},
    Text{"diskBytes", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "disk size")},
    Text{"changedBytesPerRun", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "changed per run")},
    Text{"changeRowsPerSecond", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "source changes")},
    Text{"fixedSeconds", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "planner's estimate")},
    Text{"bandwidthMbps", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "bandwidth")},
    Text{"bandwidthEfficiency", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "efficiency")},
    Text{"diskReadMBps", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "disk read")},
    Text{"dtsFullRowsPerSecond", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "full load")},
    Text{"dtsApplyRowsPerSecond", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "apply rate")},
    Text{"mmsThroughputMBps", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "MMS throughput")},
    Text{"mmsVerificationFactor", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "verification")},
    Text{"secondsPerSchemaObject", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "per object")},
    Text{"ossImportWorkers", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "workers")},
    Text{"ossImportThreadsPerWorker", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "threads per worker")},
    Text{"ossImportPerObjectMs", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "per-object overhead")},
    Text{"ossImportWorkerMaxMBps", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "worker cap")},
};

constexpr std::array kTerms{
    Text{"load", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "load")},
    Text{"catchUp", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "catch-up")},
    Text{"read", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "disk read")},
    Text{"transfer", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "transfer")},
    Text{"comparison", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "comparison")},
    Text{"copy", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "copy")},
    Text{"verification", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "verification")},
    Text{"perObjectOverhead", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "per-object overhead")},
    Text{"schema", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "schema")},
    Text{"fixed", QT_TRANSLATE_NOOP("ferry::gui::EstimateText", "fixed")},
};
// clang-format on

template<std::size_t N>
QString lookup(const std::array<Text, N> &table, const QString &key)
{
    for (const Text &t : table) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate(kContext, t.text);
    }
    return key;
}

QString valueWithUnit(double value, const QString &unit)
{
    if (unit == QLatin1String("B"))
        return formatBytes(value);
    if (unit == QLatin1String("ratio"))
        return Tr::tr("%1 %").arg(numberText(value * 100.0, 1));
    if (unit == QLatin1String("s"))
        return durationText(qint64(std::ceil(value)));
    if (unit == QLatin1String("rows"))
        return Tr::tr("%1 rows").arg(numberText(value, 0));
    if (unit == QLatin1String("rows/s"))
        return Tr::tr("%1 rows/s").arg(numberText(value, 1));
    if (unit == QLatin1String("objects"))
        return numberText(value, 0);
    if (unit == QLatin1String("workers") || unit == QLatin1String("threads"))
        return numberText(value, 0);
    if (unit == QLatin1String("ms"))
        return Tr::tr("%1 ms").arg(numberText(value, 1));
    if (unit == QLatin1String("Mbit/s"))
        return Tr::tr("%1 Mbit/s").arg(numberText(value, 1));
    if (unit == QLatin1String("MB/s")) {
        if (value <= 0)
            return Tr::tr("unlimited");
        return Tr::tr("%1 MB/s").arg(numberText(value, 1));
    }
    return unit.isEmpty() ? numberText(value) : numberText(value) + QLatin1Char(' ') + unit;
}

} // namespace

QString assumptionLabel(const QString &key)
{
    return lookup(kAssumptions, key);
}

QString formatAssumption(const model::EstimateAssumption &a)
{
    return Tr::tr("%1 %2").arg(assumptionLabel(a.key), valueWithUnit(a.value, a.unit));
}

QString formatAssumptions(const model::EstimateResult &estimate)
{
    QStringList parts;
    for (const model::EstimateAssumption &a : estimate.assumptions) {
        if (!estimate.problem.isEmpty() && a.unit.isEmpty())
            continue; // the missing workload, said by the problem text
        // Per-phase figures that replace the plan's are marked so nobody edits the wrong one.
        const bool planFigure = a.key.endsWith(QLatin1String("Mbps")) ||
                                a.key.endsWith(QLatin1String("MBps")) ||
                                a.key.startsWith(QLatin1String("dts"));
        parts << (a.phaseOverride && planFigure ? Tr::tr("%1 (this phase)").arg(formatAssumption(a))
                                                : formatAssumption(a));
    }
    return parts.join(QStringLiteral(" · "));
}

QString estimateProblemText(const model::EstimateResult &estimate)
{
    if (estimate.problem.isEmpty())
        return {};
    if (estimate.problem == QLatin1String("missingWorkload")) {
        const QString what =
            estimate.assumptions.isEmpty() ? QString() : estimate.assumptions.first().key;
        if (what == QLatin1String("fixedSeconds"))
            return Tr::tr("No estimate: enter your own duration for this kind of phase.");
        return Tr::tr("No estimate: enter the %1 of the work.").arg(assumptionLabel(what));
    }
    if (estimate.problem == QLatin1String("dts.applyNotFasterThanChanges"))
        return Tr::tr("No estimate: DTS applies changes no faster than the source makes them, so "
                      "the lag never drains.");
    return Tr::tr("No estimate: an input is zero, negative or too large.");
}

QString termLabel(const QString &key)
{
    return lookup(kTerms, key);
}

QString formatTerms(const model::EstimateResult &estimate)
{
    QStringList parts;
    for (const model::EstimateTerm &t : estimate.terms) {
        if (!std::isfinite(t.seconds))
            continue;
        parts << Tr::tr("%1 %2").arg(termLabel(t.key), durationText(qint64(std::ceil(t.seconds))));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace ferry::gui
