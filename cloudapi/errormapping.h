// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cloudapi: turns what the service answered into ApiError. Pure functions over the
// already-sanitized body, so tests can feed them bodies without a network.

#include "cloudapi/apierror.h"
#include "cloudapi/request.h"

#include <QByteArray>
#include <QString>

#include <chrono>

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi {

/// The RAM namespace of a product's actions: `odps`, `dts`, `smc`, `sts`.
QString ramNamespace(Product product);

/// The kind of a service error, from its code first and its HTTP status second.
ErrorKind errorKindFor(const QString &code, int httpStatus);

/// Whether a 2xx body still reports a failure (DTS: `Success` false or "false").
bool bodyReportsFailure(const nlohmann::json &body);

/// An ApiError from a failed call's sanitized JSON body (`Code|code|ErrCode`,
/// `Message|message|ErrMessage` with `DynamicMessage` filling `%s`, `RequestId|requestId`,
/// `Recommend`), with its kind and, for permission errors, the RAM action needed.
ApiError errorFromBody(int httpStatus, const nlohmann::json &body, const QString &action,
                       Product product);

/// An ApiError for a failed call whose body is not JSON; `sanitizedText` is shown shortened.
ApiError errorFromText(int httpStatus, const QString &sanitizedText, const QString &action,
                       Product product);

/// The wait the service asks for in `x-acs-retry-after`: a positive integer of milliseconds
/// (the unit the official SDK cores hand to their retry policy); 0 when absent or invalid.
std::chrono::milliseconds parseRetryAfter(const QByteArray &headerValue);

} // namespace ferry::cloudapi
