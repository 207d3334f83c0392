// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/clientcall.h"

namespace ferry::cloudapi::wire {

void sendOn(const StatePtr &state, ApiSender &sender, ApiRequest request, QObject *context,
            ApiSender::Callback done)
{
    if (state->cancelled)
        return;
    const quint64 generation = ++state->generation;
    auto answered = std::make_shared<bool>(false);
    auto cancel =
        sender.send(std::move(request), context,
                    [state, generation, answered, done = std::move(done)](Result<json> r) {
                        *answered = true;
                        if (state->generation == generation)
                            state->cancelCurrent = nullptr;
                        if (state->cancelled)
                            return;
                        done(std::move(r));
                    });
    // A sender may answer synchronously (and the answer may already have sent the next request).
    if (!*answered && state->generation == generation && !state->cancelled)
        state->cancelCurrent = std::move(cancel);
}

void markFinished(const StatePtr &state)
{
    state->finished = true;
    state->cancelCurrent = nullptr;
}

} // namespace ferry::cloudapi::wire
