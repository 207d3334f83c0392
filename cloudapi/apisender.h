// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/request.h"
#include "cloudapi/result.h"

#include <functional>
#include <memory>

#include <nlohmann/json_fwd.hpp>

class QObject;

namespace ferry::cloudapi {

class Transport;

/// The seam between the typed clients and the transport: sends one request and hands back the
/// sanitized body. Production code uses transportSender(); tests substitute a recorder.
class ApiSender
{
public:
    using Callback = std::function<void(Result<nlohmann::json>)>;

    virtual ~ApiSender() = default;
    /// Sends `request`; `done` runs on `context`'s thread unless cancelled or `context` is gone.
    /// Returns a function that cancels the request.
    virtual std::function<void()> send(ApiRequest request, QObject *context, Callback done) = 0;
};

/// An ApiSender over `transport` (not owned; it must outlive the clients using it).
std::shared_ptr<ApiSender> transportSender(Transport *transport);

} // namespace ferry::cloudapi
