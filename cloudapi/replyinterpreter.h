// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cloudapi: what one HTTP attempt produced, turned into a sanitized JSON value or an
// ApiError. No Qt Network objects, so it can be tested on its own.

#include "cloudapi/request.h"
#include "cloudapi/result.h"

#include <QByteArray>
#include <QString>

#include <chrono>

#include <nlohmann/json.hpp>

namespace ferry::cloudapi {

/// The facts of one finished attempt.
struct AttemptOutcome
{
    int httpStatus = 0;        ///< 0 when no HTTP answer arrived
    bool networkError = false; ///< the transfer failed below HTTP (no answer, or a broken one)
    bool timedOut = false;     ///< the transfer timeout fired
    bool requestSent = false;  ///< the request had been written completely before the failure
    QString networkMessage;    ///< the network layer's description (sanitized here)
    QByteArray body;
    QByteArray retryAfterHeader; ///< raw `x-acs-retry-after`
};

/// The interpretation of one attempt.
struct Interpretation
{
    Result<nlohmann::json> result;
    std::chrono::milliseconds retryAfter{0}; ///< minimum wait the service asked for
};

/// Parses, sanitizes and classifies an attempt. Success: a 2xx JSON body that does not report
/// `Success: false`; it is masked with model::maskJsonValue unless `maskSuccessBody` is false
/// (only for STS credentials, which go straight into memory). Error bodies are always masked.
Interpretation interpretAttempt(const AttemptOutcome &outcome, const ApiRequest &request,
                                bool maskSuccessBody = true);

} // namespace ferry::cloudapi
