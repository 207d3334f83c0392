// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"
#include "model/planenums.h"

#include <QList>
#include <QString>

#include <optional>

namespace ferry::model {

struct Plan;
struct Phase;

/// One step of a phase's rollback path.
struct RollbackStep
{
    QString id;         ///< unique within the path
    QString templateId; ///< the generated step it came from ("dts.cutoverDatabase.reverseTask");
                        ///< empty for steps the user added
    QString text;       ///< English source text (generated) or the user's own words
    bool prepareBeforePhase = false;     ///< must be done before the phase starts (e.g. lower TTL)
    bool irreversible = false;           ///< the action this step warns about cannot be undone
    std::optional<Attestation> prepared; ///< who did the preparation, when, how
};

/// How to undo a phase, generated from its kind and service and then editable.
struct RollbackPath
{
    QString phaseId;
    QList<RollbackStep> steps;
    bool pointOfNoReturn = false;  ///< once this phase completes, the migration cannot be undone
    QString pointOfNoReturnReason; ///< "decommission", "smc.cutOverFinal", "rollbackWindow.closed"
    bool edited = false;           ///< the user changed it; regeneration keeps it
};

/// The default steps for a phase of this kind and service (texts are translatable sources in
/// context "ferry::model::Rollback").
QList<RollbackStep> defaultRollbackSteps(PhaseKind kind, PlanService service);

/// The default path for a phase, including its point-of-no-return mark.
RollbackPath defaultRollbackPath(const Phase &phase);

/// Brings plan.rollback in line with the phases: adds defaults for new phases, regenerates
/// unedited paths (keeping preparation attestations of steps that still exist), keeps edited
/// ones, drops paths of phases that no longer exist.
void generateRollbackPaths(Plan &plan);

/// The path for a phase, or nullptr.
const RollbackPath *findRollbackPath(const Plan &plan, const QString &phaseId);
RollbackPath *findRollbackPath(Plan &plan, const QString &phaseId);

/// The first phase (in dependency order, then plan order) whose path is a point of no return.
std::optional<QString> firstPointOfNoReturn(const Plan &plan);

/// The text to show: translated when it is an unedited generated step, else as written.
QString displayText(const RollbackStep &step);

/// Translated explanation of a point-of-no-return reason code.
QString describePointOfNoReturn(const QString &reason);

} // namespace ferry::model
