// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivedrequest.h"

#include <QByteArray>
#include <QByteArrayList>

#include <optional>

namespace ferry::sandbox {

/// The algorithm name of signature V3.
inline constexpr QByteArrayView kAcs3Algorithm = "ACS3-HMAC-SHA256";

/// The parts of `Authorization: ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..`.
struct AuthorizationHeader
{
    QByteArray credential;        ///< the AccessKey ID
    QByteArrayList signedHeaders; ///< names as listed, lowercased
    QByteArray signature;         ///< hex signature as sent
};

/// Parses an Authorization header of signature V3. Nothing when the algorithm is not
/// ACS3-HMAC-SHA256 or Credential, SignedHeaders or Signature is missing or empty.
std::optional<AuthorizationHeader> parseAuthorization(QByteArrayView value);

/// The server's side of the signature computation.
struct CanonicalForm
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
};

/// Rebuilds the canonical request from the received bytes: method, raw path (with the cores'
/// fix-ups), query decoded and re-encoded, exactly the headers named in SignedHeaders (sorted,
/// lowercase, trimmed) and the SHA-256 of the body actually received.
CanonicalForm canonicalize(const ReceivedRequest &request, const QByteArrayList &signedHeaders);

/// Outcome of verifySignature().
struct SignatureCheck
{
    enum class Status
    {
        Valid,
        Mismatch,            ///< wrong signature, or x-acs-content-sha256 is not the body's hash
        MissingSignedHeader, ///< SignedHeaders names a header that was not received
    };
    Status status = Status::Mismatch;
    CanonicalForm form;
    QByteArray missingHeader; ///< for MissingSignedHeader
};

/// Checks the V3 signature of `request` against `secret`.
SignatureCheck verifySignature(const ReceivedRequest &request,
                               const AuthorizationHeader &authorization, QByteArrayView secret);

} // namespace ferry::sandbox
