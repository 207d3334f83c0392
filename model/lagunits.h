// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace ferry::model {

/// The kind of DTS job a Delay reading came from; it decides the unit of that reading.
enum class DtsDelayKind
{
    Migration,       ///< JobType MIGRATION (listed as "online"): Delay in milliseconds
    Synchronization, ///< JobType SYNC (listed as "sync"): Delay in seconds
};

/// The kind for a DTS JobType as requested ("MIGRATION", "SYNC") or as listed ("online",
/// "sync"), case-insensitive; nullopt for other types (subscription jobs have no Delay unit rule).
std::optional<DtsDelayKind> dtsDelayKindFromJobType(QStringView jobType);

/// Milliseconds per unit of Delay for a kind: 1 for migration, 1000 for synchronization.
double dtsDelayUnitMs(DtsDelayKind kind);

/// A DTS Delay reading normalised to milliseconds (DescribeDtsJobs reports migration delay in ms
/// and synchronization delay in s). Nullopt when the reading is NaN, infinite or negative, which
/// the series store records as "no reading" rather than as a lag.
std::optional<double> dtsDelayToMs(double delay, DtsDelayKind kind);

} // namespace ferry::model
