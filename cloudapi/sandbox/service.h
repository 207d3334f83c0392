// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <map>

#include <nlohmann/json.hpp>

namespace ferry::sandbox {

/// Time on the sandbox's virtual clock, in milliseconds since the Unix epoch (UTC).
using VirtualTime = std::chrono::sys_time<std::chrono::milliseconds>;

/// An authenticated request, as a product emulator sees it. The server has already verified the
/// signature, the date and the nonce, and decoded the query and any form body.
struct ServiceRequest
{
    QByteArray method;                 ///< "GET", "POST", "PUT", "DELETE"
    QString path;                      ///< decoded path, e.g. "/api/v1/mms/datasources/12/jobs"
    QStringList pathSegments;          ///< decoded, non-empty segments of `path`
    QString action;                    ///< x-acs-action
    QString version;                   ///< x-acs-version
    std::map<QString, QString> params; ///< query and form body merged (form wins), decoded
    nlohmann::json jsonBody;           ///< the parsed JSON body (ROA); null when there is none
    QString accessKeyId;               ///< the caller's AccessKey ID
    QString requestId;                 ///< the RequestId the answer must carry
    VirtualTime now;                   ///< the virtual time of this request
};

/// What a product emulator answers; the server writes `body` as JSON with this status.
struct ServiceResponse
{
    int status = 200;
    nlohmann::json body;
};

/// Seeds and sizes shared by every product's scenario data.
struct ScenarioOptions
{
    std::uint64_t seed = 1;
    int extraTables = 0;     ///< scale option: additional generated tables (lazy)
    int extraPartitions = 0; ///< scale option: additional generated partitions (lazy)
    QString accountId = QStringLiteral("1234567890123456");
};

/// One emulated product (MaxCompute MMS, DTS, SMC, STS). Lives on the server's thread; state
/// advances lazily to `request.now`, so the same requests at the same virtual times give the
/// same answers for the same seed.
class Service
{
public:
    virtual ~Service() = default;
    /// Product name for logs and the request log: "MaxCompute", "Dts", "Smc", "Sts".
    virtual QString product() const = 0;
    /// The API version this service answers (x-acs-version), e.g. "2020-01-01".
    virtual QString version() const = 0;
    /// Answers an authenticated request for this version. Unknown actions answer 404
    /// InvalidAction.NotFound; a known path with the wrong method answers as the gateway does.
    virtual ServiceResponse handle(const ServiceRequest &request) = 0;
};

} // namespace ferry::sandbox
