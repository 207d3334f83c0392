// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace ferry::cloudapi {

/// How a create without a ClientToken recovers from a transient failure. The transport never
/// repeats such a request; the client does, but only after checking that the failed attempt
/// created nothing (when the failure says the request may have been applied).
struct CreateRetryPolicy
{
    int maxAttempts = 3;                   ///< sends of the create, including the first
    std::chrono::milliseconds delay{1000}; ///< wait before sending again
};

} // namespace ferry::cloudapi
