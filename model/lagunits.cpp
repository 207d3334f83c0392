// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lagunits.h"

#include <QString>

#include <cmath>

namespace ferry::model {

std::optional<DtsDelayKind> dtsDelayKindFromJobType(QStringView jobType)
{
    const QStringView type = jobType.trimmed();
    const auto is = [&](const char *name) {
        return type.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("MIGRATION") || is("online"))
        return DtsDelayKind::Migration;
    if (is("SYNC") || is("synchronization"))
        return DtsDelayKind::Synchronization;
    return std::nullopt;
}

double dtsDelayUnitMs(DtsDelayKind kind)
{
    return kind == DtsDelayKind::Synchronization ? 1000.0 : 1.0;
}

std::optional<double> dtsDelayToMs(double delay, DtsDelayKind kind)
{
    if (!std::isfinite(delay) || delay < 0)
        return std::nullopt;
    return delay * dtsDelayUnitMs(kind);
}

} // namespace ferry::model
