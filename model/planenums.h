// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ferry::model {

/// What a phase of a cutover plan does. The order of the enumerators is the canonical order of a
/// migration: assessment first, decommission last.
enum class PhaseKind
{
    Assessment,
    BackupVerification,
    Schema,
    FullMigration,
    IncrementalSync,
    PreCutoverChecks,
    CutoverDatabase,
    CutoverServers, ///< SMC "complete incremental synchronization" (CutOverReplicationJob), launch
    CutoverDnsLb,
    PostCutoverVerification,
    RollbackWindow,
    Decommission,
};

/// Which product carries a phase. General covers work outside the three services (DNS, checks).
enum class PlanService
{
    General,
    Dts,
    Smc,
    Mms,
    OssImport,
};

/// How serious a finding is: an Error blocks a GO, a Warning is shown, Info is advice.
enum class Severity
{
    Info,
    Warning,
    Error,
};

/// Every phase kind in canonical order.
QList<PhaseKind> allPhaseKinds();
/// Every service, General first.
QList<PlanService> allPlanServices();

/// Stable identifier used in plan files, e.g. "cutoverDnsLb".
QString toId(PhaseKind kind);
/// Stable identifier used in plan files, e.g. "dts", "ossImport".
QString toId(PlanService service);
/// "info", "warning", "error".
QString toId(Severity severity);

/// Parses the identifiers written by toId(); nullopt for anything else (case-sensitive).
std::optional<PhaseKind> phaseKindFromString(QStringView text);
std::optional<PlanService> planServiceFromString(QStringView text);
std::optional<Severity> severityFromString(QStringView text);

/// Translated display name ("Cutover (DNS/LB)"), context "ferry::model::Plan".
QString displayName(PhaseKind kind);
/// Translated display name ("DTS", "SMC", "MMS", "OSSImport", "General").
QString displayName(PlanService service);

/// True for phases that move data (full migration and incremental sync).
bool movesData(PhaseKind kind);
/// True for the three cutover kinds (database, servers, DNS/LB).
bool isCutover(PhaseKind kind);
/// True for services that move data (all but General).
bool isDataService(PlanService service);

} // namespace ferry::model
