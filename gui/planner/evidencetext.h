// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/gates.h"

#include <QColor>
#include <QString>

namespace ferry::gui {

/// The criterion's own title, or the name of its kind.
QString criterionName(const model::GateCriterion &criterion);
/// The evaluation's machine-readable outcome in words ("Lag stayed under the threshold...").
QString reasonText(const QString &reason);
/// The label of an evidence fact key ("Latest lag (ms)").
QString factLabel(const QString &key);
/// A fact's value for display: timestamps in local time, everything else as is.
QString factValue(const QString &key, const QString &value);
/// The evidence badge: "Verified · 13/03 07:20", "Attested by Ravi Shah · 05/03 15:40",
/// "Assumed".
QString evidenceBadge(const model::CriterionEvaluation &evaluation);
/// Everything the evaluation rests on, one line each: reason, attestation, facts, source.
QString evidenceDetails(const model::CriterionEvaluation &evaluation);
/// A one-line summary: the reason, and the attestation's note or the assumption if any.
QString evidenceSummary(const model::CriterionEvaluation &evaluation);
/// "GO", "GO with override", "NO-GO".
QString outcomeText(model::DecisionOutcome outcome);
/// Why a decision was refused, in words.
QString decideErrorText(const model::DecideResult &result);
/// True when a person's attestation can back this kind of criterion (lag samples and rollback
/// preparations have their own evidence).
bool acceptsAttestation(model::CriterionKind kind);

QColor statusColor(model::CriterionStatus status);
QColor levelColor(model::EvidenceLevel level);
QColor outcomeColor(model::DecisionOutcome outcome);

} // namespace ferry::gui
