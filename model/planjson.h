// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON mapping of plans, shared by the plan file and the decision digest. Internal to model/:
// the GUI goes through planfile.h.

#include "model/plan.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace ferry::model::planjson {

/// Thrown inside the mapping only; parsePlan() turns it into a PlanFileError.
struct ContentError
{
    QString pointer;
    QString detail;
};

nlohmann::ordered_json toJson(const Plan &plan);
nlohmann::ordered_json toJson(const GoDecision &decision);

/// Reads the `plan` member; throws ContentError with a pointer below `base`.
Plan planFromJson(const nlohmann::ordered_json &json, const QString &base);

/// The optional `observations` member of a plan.
nlohmann::ordered_json toJson(const PlanObservations &observations);
/// Reads the `observations` member; throws ContentError with a pointer below `base`.
PlanObservations observationsFromJson(const nlohmann::ordered_json &json, const QString &base);

} // namespace ferry::model::planjson
