// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/estimates.h"
#include "model/evidence.h"
#include "model/gates.h"
#include "model/ossimport.h"
#include "model/planenums.h"
#include "model/planobservations.h"
#include "model/rollback.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::model {

/// A cloud resource a phase works on, by id and the name the user knows it by.
struct ResourceRef
{
    PlanService service = PlanService::General;
    QString type; ///< "dtsJob", "smcJob", "smcSourceServer", "mmsDataSource", "mmsJob", ...
    QString id;
    QString name;
};

/// One phase of a cutover plan. Dates are UTC; unset dates are unknown.
struct Phase
{
    QString id; ///< unique within the plan
    PhaseKind kind = PhaseKind::Assessment;
    PlanService service = PlanService::General;
    QString title;
    QString owner; ///< who is responsible (a name or team)
    QString notes;
    QStringList dependsOn; ///< ids of phases that must end before this one starts
    std::optional<QDateTime> plannedStart;
    std::optional<QDateTime> plannedEnd;
    std::optional<QDateTime> actualStart;
    std::optional<QDateTime> actualEnd;
    QList<ResourceRef> resources;
    PhaseWorkload workload;
};

/// A risk the manager's view lists next to the timeline.
struct Risk
{
    QString id;
    QString title;
    Severity severity = Severity::Warning;
    QString owner;
    QString mitigation;
    QStringList phaseIds;
};

/// A cutover plan spanning one or more services. Holds no secrets (the file layer checks).
struct Plan
{
    QString id;
    QString name;
    QString description;
    QString scenario; ///< e.g. "sandbox" for plans built on the sandbox scenario
    QDateTime createdAt;
    QDateTime modifiedAt;
    QList<Phase> phases;
    QList<Gate> gates;
    QList<RollbackPath> rollback;
    QList<GoDecision> decisions; ///< append-only decision log
    QList<Risk> risks;
    QList<OssImportPlan> ossImports;
    EstimateAssumptions assumptions;
    /// What the monitor saw (lag, runs, tasks, backup), kept so a report stands on its own.
    std::optional<PlanObservations> observations;

    /// The phase with this id, or nullptr.
    const Phase *phase(const QString &phaseId) const;
    Phase *phase(const QString &phaseId);
    /// Services with at least one phase, General excluded.
    QList<PlanService> dataServices() const;
};

/// Ids of every phase `phaseId` depends on, directly or transitively (cycles tolerated).
QStringList transitiveDependencies(const Plan &plan, const QString &phaseId);

/// True when `phaseId` depends on `otherId`, directly or transitively.
bool dependsOn(const Plan &plan, const QString &phaseId, const QString &otherId);

/// Phase ids in dependency order (a dependency before its dependents, plan order otherwise);
/// phases caught in a cycle or depending on unknown ids come last, in plan order.
QStringList topologicalOrder(const Plan &plan);

/// A fresh id "<prefix>-<n>" not used by any phase, gate, criterion, risk or step in the plan.
QString uniqueId(const Plan &plan, const QString &prefix);

} // namespace ferry::model
