// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/estimates.h"

#include <QString>

namespace ferry::gui {

/// The label of an estimate assumption key ("Bandwidth").
QString assumptionLabel(const QString &key);
/// One assumption as "Bandwidth 1,000 Mbit/s" (bytes as "240 GB", ratios as "70 %").
QString formatAssumption(const model::EstimateAssumption &assumption);
/// Every assumption of an estimate, joined with " · "; phase-specific ones marked.
QString formatAssumptions(const model::EstimateResult &estimate);
/// Why there is no number, in words.
QString estimateProblemText(const model::EstimateResult &estimate);
/// The label of an estimate term ("transfer", "comparison").
QString termLabel(const QString &key);
/// The terms as "transfer 1 h 20 min · comparison 40 min".
QString formatTerms(const model::EstimateResult &estimate);

} // namespace ferry::gui
