// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gates.h"
#include "model/plan.h"

namespace ferry::model {

namespace {

struct Prepared
{
    DecideResult result;
    QList<CriterionEvaluation> snapshot;
    const Gate *gate = nullptr;
};

// Orders the evaluations as the gate lists its criteria and takes `mandatory` from the gate,
// not from the evaluation, so a hand-made evaluation cannot soften a criterion.
Prepared prepare(const Plan &plan, const QString &gateId,
                 const QList<CriterionEvaluation> &evaluations, const QString &decidedBy,
                 const QDateTime &at, bool requireAll)
{
    Prepared p;
    p.gate = findGate(plan, gateId);
    if (!p.gate) {
        p.result.error = DecideError::UnknownGate;
        return p;
    }
    if (decidedBy.trimmed().isEmpty()) {
        p.result.error = DecideError::MissingDecider;
        return p;
    }
    if (!at.isValid()) {
        p.result.error = DecideError::InvalidTime;
        return p;
    }
    QStringList missing;
    for (const GateCriterion &c : p.gate->criteria) {
        const CriterionEvaluation *found = nullptr;
        for (const CriterionEvaluation &e : evaluations) {
            if (e.criterionId == c.id) {
                found = &e;
                break;
            }
        }
        if (!found) {
            missing.append(c.id);
            continue;
        }
        CriterionEvaluation copy = *found;
        copy.mandatory = c.mandatory;
        if (copy.mandatory && copy.status != CriterionStatus::Go)
            p.result.blockingCriteria.append(c.id);
        p.snapshot.append(copy);
    }
    if (requireAll && !missing.isEmpty()) {
        p.result.error = DecideError::MissingEvaluation;
        p.result.blockingCriteria = missing;
    }
    return p;
}

DecideResult record(Plan &plan, Prepared p, DecisionOutcome outcome, const QString &decidedBy,
                    const QDateTime &at, const QString &note)
{
    GoDecision d;
    d.id = uniqueId(plan, QStringLiteral("decision"));
    d.gateId = p.gate->id;
    d.phaseId = p.gate->phaseId;
    d.outcome = outcome;
    d.decidedBy = decidedBy.trimmed();
    d.decidedAt = at.toUTC();
    d.note = note.trimmed();
    if (outcome == DecisionOutcome::GoWithOverride)
        d.overriddenCriteria = p.result.blockingCriteria;
    d.evidence = std::move(p.snapshot);
    d.digest = computeDecisionDigest(d);
    plan.decisions.append(d);
    p.result.decision = std::move(d);
    return p.result;
}

} // namespace

DecideResult decideGo(Plan &plan, const QString &gateId,
                      const QList<CriterionEvaluation> &evaluations, const QString &decidedBy,
                      const QDateTime &at, const QString &overrideReason)
{
    Prepared p = prepare(plan, gateId, evaluations, decidedBy, at, true);
    if (!p.result.ok())
        return p.result;
    DecisionOutcome outcome = DecisionOutcome::Go;
    if (!p.result.blockingCriteria.isEmpty()) {
        if (overrideReason.trimmed().isEmpty()) {
            p.result.error = DecideError::Blocked;
            return p.result;
        }
        outcome = DecisionOutcome::GoWithOverride;
    }
    return record(plan, std::move(p), outcome, decidedBy, at, overrideReason);
}

DecideResult decideNoGo(Plan &plan, const QString &gateId,
                        const QList<CriterionEvaluation> &evaluations, const QString &decidedBy,
                        const QDateTime &at, const QString &note)
{
    Prepared p = prepare(plan, gateId, evaluations, decidedBy, at, false);
    if (!p.result.ok())
        return p.result;
    return record(plan, std::move(p), DecisionOutcome::NoGo, decidedBy, at, note);
}

} // namespace ferry::model
