// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/replyinterpreter.h"

#include "cloudapi/errormapping.h"
#include "model/sanitizer.h"

#include <QCoreApplication>

namespace ferry::cloudapi {

namespace {

// A holder so lupdate files these texts under the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cloudapi::ApiError)
};

// Parses without exceptions; a discarded value means the text is not JSON.
nlohmann::json parseJson(const QByteArray &body)
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QString maskedText(const QByteArray &body)
{
    return model::maskText(QString::fromUtf8(body));
}

} // namespace

Interpretation interpretAttempt(const AttemptOutcome &o, const ApiRequest &request,
                                bool maskSuccessBody)
{
    const bool changesState = request.retry != RetryMode::Read;

    if (o.networkError) {
        ApiError e;
        e.action = request.action;
        e.httpStatus = o.httpStatus; // set when the answer broke off after its headers
        e.kind = o.timedOut ? ErrorKind::Timeout : ErrorKind::Network;
        e.message = o.timedOut ? Tr::tr("No complete answer within %n second(s).", nullptr,
                                        static_cast<int>((request.timeout.count() + 999) / 1000))
                               : model::maskText(o.networkMessage);
        // A timeout can strike after the service acted even if the request looked unsent.
        e.mayHaveApplied = changesState && (o.requestSent || o.timedOut);
        return {std::move(e), {}};
    }

    const auto retryAfter = parseRetryAfter(o.retryAfterHeader);
    nlohmann::json body = parseJson(o.body);
    const bool isJson = !body.is_discarded();
    const bool success = o.httpStatus >= 200 && o.httpStatus < 300;

    if (success && isJson && !bodyReportsFailure(body)) {
        if (maskSuccessBody)
            model::maskJsonValue(body);
        return {std::move(body), retryAfter};
    }

    ApiError e;
    if (isJson) {
        model::maskJsonValue(body);
        e = errorFromBody(o.httpStatus, body, request.action, request.product);
    } else {
        e = errorFromText(o.httpStatus, maskedText(o.body), request.action, request.product);
        if (success && e.message.isEmpty())
            e.message = Tr::tr("The answer was empty.");
    }
    // Masking the body catches secret fields; free text can still quote an AccessKey ID.
    e.message = model::maskText(e.message);
    e.recommend = model::maskText(e.recommend);
    if (retryAfter.count() > 0 && o.httpStatus >= 400)
        e.kind = ErrorKind::Throttled; // what the official cores do with x-acs-retry-after
    // A 5xx may come after the service applied the change.
    e.mayHaveApplied = changesState && o.httpStatus >= 500;
    return {std::move(e), retryAfter};
}

} // namespace ferry::cloudapi
