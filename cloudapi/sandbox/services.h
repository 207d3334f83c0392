// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service.h"

#include <memory>
#include <vector>

namespace ferry::sandbox {

/// The product emulators (MaxCompute MMS, DTS, SMC, STS) with their scenario data.
std::vector<std::unique_ptr<Service>> makeDefaultServices(const ScenarioOptions &options);

} // namespace ferry::sandbox
