// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ferry::cloudapi {

/// What kind of failure an ApiError is; drives retries and what the GUI offers.
enum class ErrorKind
{
    Network,         ///< connection refused/reset/DNS/TLS: the request may or may not have arrived
    Timeout,         ///< no complete answer within the request's transfer timeout
    Cancelled,       ///< the caller cancelled (never shown as an error)
    Throttled,       ///< Throttling, Throttling.User, Throttling.Api, or x-acs-retry-after
    Authentication,  ///< SignatureDoesNotMatch, InvalidAccessKeyId.*, InvalidTimeStamp.*, tokens
    Permission,      ///< Forbidden.RAM, NoPermission, Forbidden*
    Client,          ///< any other 4xx answer from the service
    Server,          ///< 5xx: InternalError, ServiceUnavailable, ...
    InvalidResponse, ///< a body that is not the JSON the API documents
    Credentials,     ///< no usable credentials (missing profile, malformed config file, keychain)
};

/// A failed call, with everything the service said (already sanitized) and what to do about it.
struct ApiError
{
    ErrorKind kind = ErrorKind::Client;
    int httpStatus = 0;          ///< 0 when no HTTP answer arrived
    QString code;                ///< service error code, e.g. "SignatureDoesNotMatch"
    QString message;             ///< service message (sanitized)
    QString requestId;           ///< RequestId / requestId of the failed call
    QString recommend;           ///< troubleshooting URL the service sent, if any
    QString action;              ///< API name, e.g. "CreateMmsJob"
    QStringList ramActions;      ///< RAM actions the caller lacks, e.g. "odps:CreateMmsJob"
    bool mayHaveApplied = false; ///< a non-read request may have reached the service

    /// A plain-language explanation of the common codes and what to do (translated).
    QString explanation() const;
    /// One line for logs and status bars: "Code (HTTP n): message [RequestId]".
    QString summary() const;
    /// Whether a read may be retried: throttling, 5xx, network and timeouts.
    bool isTransient() const;
};

} // namespace ferry::cloudapi

Q_DECLARE_METATYPE(ferry::cloudapi::ApiError)
