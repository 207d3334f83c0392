// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/result.h"

#include <QtGlobal>

#include <functional>
#include <memory>

namespace ferry::cloudapi {

/// The continuation of a client call: runs once, on the context object's thread.
template<class T>
using Callback = std::function<void(Result<T>)>;

/// A client call in flight. A call may span several requests (fetching all pages, checking
/// whether a lost create went through), which a transport RequestHandle cannot represent; this
/// handle covers the whole call. cancel() stops it and its callback never runs.
class CallHandle final
{
public:
    /// Shared between the handle and the call's continuations.
    struct State
    {
        bool cancelled = false;
        bool finished = false;
        quint64 generation = 0;              ///< counts requests sent for this call
        std::function<void()> cancelCurrent; ///< cancels the request in flight, if any
    };

    CallHandle() = default;
    explicit CallHandle(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

    /// Drops the call: the request in flight is cancelled and no callback runs.
    void cancel();
    /// True until the call delivered its result or was cancelled.
    bool isActive() const;

private:
    std::shared_ptr<State> m_state;
};

} // namespace ferry::cloudapi
