// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"
#include "model/gateinputs.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::model {

struct Plan;

/// The DTS cutover rule: replication lag must stay strictly below this.
inline constexpr qint64 kDtsCutoverLagMs = 5000;

/// One go/no-go criterion of a gate, as the plan defines it.
struct GateCriterion
{
    QString id;
    CriterionKind kind = CriterionKind::Manual;
    QString title; ///< optional free text; the GUI shows displayName(kind) when empty
    bool mandatory = true;
    QString resourceId; ///< DTS job id (lag, precheck, privilege), MMS job id, SMC job id
    qint64 lagThresholdMs = kDtsCutoverLagMs; ///< samples must be strictly below
    int windowMinutes = 10;                   ///< N of "sustained for N minutes"
    int maxSampleGapSeconds = 60;      ///< a larger gap in the window makes the series Unknown
    int maxObservationAgeMinutes = 15; ///< an older observation is stale (Unknown)
    int maxRunAgeMinutes = 0;          ///< SMC: 0 = frequency + kSmcRunGraceMinutes
    QString assumption; ///< what the planner assumes while nothing backs the criterion
    std::optional<Attestation> attestation;
};

/// Slack added to an SMC job's frequency before its last run counts as not recent.
inline constexpr int kSmcRunGraceMinutes = 15;

/// A go/no-go gate guarding a phase (usually a cutover).
struct Gate
{
    QString id;
    QString phaseId;
    QString title;
    QList<GateCriterion> criteria;
};

/// The lag window rule, in one place so the monitor's chart and the gate agree.
struct LagWindowRule
{
    qint64 thresholdMs = kDtsCutoverLagMs;
    qint64 windowSeconds = 600;
    qint64 maxGapSeconds = 60;
};

/// "Lag under the threshold sustained for the window" evaluated at `now`. The window is
/// [now - windowSeconds, now], both ends included. Go when every sample in it is strictly below
/// thresholdMs AND the samples cover it: the distances window start -> first sample, between
/// consecutive samples, and last sample -> now are each <= maxGapSeconds. Any sample at or above
/// the threshold gives NoGo (even in a gappy series); otherwise an empty, stale, short or gappy
/// series gives Unknown. Samples after `now` are ignored; a negative delay makes it Unknown.
CriterionEvaluation evaluateLagWindow(const QList<LagSample> &samples, const LagWindowRule &rule,
                                      const QDateTime &now);

/// Evaluates one criterion of the plan against the inputs (pure: same inputs, same result).
CriterionEvaluation evaluateCriterion(const Plan &plan, const Gate &gate,
                                      const GateCriterion &criterion, const GateInputs &inputs);

/// Evaluates every criterion of a gate, in order.
QList<CriterionEvaluation> evaluateGate(const Plan &plan, const Gate &gate,
                                        const GateInputs &inputs);

/// Go when every mandatory criterion is Go; NoGo when one is NoGo; Unknown otherwise.
CriterionStatus overallStatus(const QList<CriterionEvaluation> &evaluations);

/// Why a decision was refused.
enum class DecideError
{
    None,
    UnknownGate,
    MissingDecider,    ///< decidedBy is empty
    InvalidTime,       ///< `at` is not a valid time
    MissingEvaluation, ///< a criterion of the gate has no evaluation
    Blocked, ///< a mandatory criterion is NoGo or Unknown and no override reason was given
};

/// The result of decideGo()/decideNoGo(): the recorded decision, or why nothing was recorded.
struct DecideResult
{
    DecideError error = DecideError::None;
    QStringList blockingCriteria; ///< mandatory criteria that were not Go
    std::optional<GoDecision> decision;
    bool ok() const { return error == DecideError::None; }
};

/// Records GO at `gateId`: appends an immutable snapshot of `evaluations` (with who and when and
/// a digest) to plan.decisions. Refused while a mandatory criterion is NoGo/Unknown, unless
/// `overrideReason` is non-blank: then the outcome is GoWithOverride and the criteria overridden
/// are listed. The plan is unchanged when refused.
DecideResult decideGo(Plan &plan, const QString &gateId,
                      const QList<CriterionEvaluation> &evaluations, const QString &decidedBy,
                      const QDateTime &at, const QString &overrideReason = {});

/// Records NO-GO at `gateId` with the same snapshot; always allowed for a known gate and decider.
DecideResult decideNoGo(Plan &plan, const QString &gateId,
                        const QList<CriterionEvaluation> &evaluations, const QString &decidedBy,
                        const QDateTime &at, const QString &note = {});

/// The gate with this id, or nullptr.
const Gate *findGate(const Plan &plan, const QString &gateId);

} // namespace ferry::model
