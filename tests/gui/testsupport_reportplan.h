// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

namespace ferry::test {

/// A large, consistent plan for report pagination and timing: `waves` migration waves, each
/// with DTS, SMC and MMS phases, a gate per cutover, rollback paths, risks, and observations
/// (DTS lag of several thousand points, SMC run histories, hundreds of MMS tables per job).
/// Four waves make a report of about fifty pages.
model::Plan makeLargePlan(int waves = 4);

} // namespace ferry::test
