// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "gatewayerror.h"
#include "noncecache.h"
#include "receivedrequest.h"

#include <chrono>
#include <memory>
#include <optional>

namespace ferry::sandbox {

/// Parses `x-acs-date` (`yyyy-MM-ddTHH:mm:ssZ`, UTC, no fractions). Nothing when malformed.
std::optional<std::chrono::system_clock::time_point> parseAcsDate(QByteArrayView value);

/// Result of GatewayAuth::authenticate().
struct AuthOutcome
{
    bool ok = false;
    GatewayError error;  ///< when !ok
    QString accessKeyId; ///< the Credential of the request (also set on some failures)
};

/// The gateway's authentication of a V3-signed request: required headers, date window against
/// real wall-clock time, AccessKey lookup, security token, signature, nonce replay.
class GatewayAuth final
{
public:
    GatewayAuth(std::shared_ptr<CredentialStore> credentials, std::shared_ptr<NonceCache> nonces,
                std::chrono::seconds dateTolerance = std::chrono::minutes(15));

    /// Checks `request` at wall-clock time `now`. Records the nonce only for requests that
    /// pass every other check.
    AuthOutcome authenticate(const ReceivedRequest &request,
                             std::chrono::system_clock::time_point now) const;

private:
    std::shared_ptr<CredentialStore> m_credentials;
    std::shared_ptr<NonceCache> m_nonces;
    std::chrono::seconds m_tolerance;
};

} // namespace ferry::sandbox
