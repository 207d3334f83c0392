// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QString>
#include <QStringList>

namespace ferry::gui::phaseedits {

/// What is wrong with `phase` as it would be stored in `plan` (translated sentences); empty when
/// nothing is. `isNew`: the phase is being added, so its id must be fresh; otherwise it replaces
/// the phase with the same id.
QStringList validatePhase(const model::Plan &plan, const model::Phase &phase, bool isNew);

/// Phase ids from text such as "assess, backup dts-full" (commas or blanks between).
QStringList parseDependencies(const QString &text);

/// A new phase after `afterId` (or at the end): a fresh id, dependent on `afterId`, dated to
/// start when it ends.
model::Phase newPhase(const model::Plan &plan, const QString &afterId);

/// Why the phase cannot be removed, or an empty string: a gate guarding it has recorded
/// decisions, and the decision record is never rewritten.
QString removalBlocker(const model::Plan &plan, const QString &phaseId);
/// What else removing the phase changes, for the confirmation (translated sentences).
QStringList removalConsequences(const model::Plan &plan, const QString &phaseId);
/// Removes the phase and every reference to it: dependencies, gates guarding it, risk links and
/// OSSImport links.
void removePhase(model::Plan &plan, const QString &phaseId);

/// Moves the phase at `from` to index `to`; false when either is out of range.
bool movePhase(model::Plan &plan, int from, int to);

} // namespace ferry::gui::phaseedits
