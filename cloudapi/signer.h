// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/request.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

// Signature V3 (ACS3-HMAC-SHA256) as pure functions: no network, no clock, no randomness except
// randomNonce(). Everything works on UTF-8 bytes, which is what is hashed and sent.
namespace ferry::cloudapi::signer {

/// Header name/value pairs in the order they are sent; names as given (signing lowercases).
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// The algorithm name that starts the string to sign and the Authorization header.
inline constexpr QByteArrayView kAlgorithm = "ACS3-HMAC-SHA256";

/// RFC 3986 encoding used for signing: only `A-Z a-z 0-9 - _ . ~` stay, everything else
/// (space, `*`, `!'()`, `+`, `/`, non-ASCII bytes) becomes `%XY` with uppercase hex.
QByteArray percentEncode(QByteArrayView utf8);

/// The encoding of the query string on the wire (as the official Node client sends it):
/// like percentEncode() but `* ! ( )` stay raw and `'` is `%27`.
QByteArray wireQueryEncode(QByteArrayView utf8);

/// The encoding of form bodies (`application/x-www-form-urlencoded`, Node querystring):
/// like percentEncode() but `* ! ' ( )` stay raw; space is `%20`, never `+`.
QByteArray formEncode(QByteArrayView utf8);

/// CanonicalURI of an already-encoded path: empty becomes `/`; then every `+` -> `%20`,
/// `*` -> `%2A` and `%7E` -> `~`, as the SDK core does for paths it did not encode itself.
QByteArray canonicalUri(QByteArrayView encodedPath);

/// CanonicalQueryString: sorted by the raw UTF-8 bytes of the name (then value), names NOT
/// encoded (what the official signer does), values percentEncode()d, `name=value` joined by `&`.
QByteArray canonicalQuery(const ParamList &query);

/// The query as sent on the wire, in insertion order: `name=value` with wireQueryEncode().
QByteArray wireQuery(const ParamList &query);

/// A form body in insertion order: `name=value` with formEncode() on both.
QByteArray formBody(const ParamList &form);

/// Lowercase hex SHA-256 of `data`.
QByteArray sha256Hex(QByteArrayView data);

/// Lowercase hex HMAC-SHA256 of `message` with `key`.
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);

/// The headers that are signed (host, content-type, x-acs-*), lowercased, trimmed, sorted, each
/// as `name:value\n` (repeated names: values sorted and joined by `,`). `signedHeaders` receives
/// the names joined by `;`.
QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);

/// The six-part canonical request (method upper-cased).
QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const HeaderList &headers,
                            QByteArrayView hashedPayload);

/// `ACS3-HMAC-SHA256\n` + hex(sha256(canonicalRequest)).
QByteArray stringToSign(QByteArrayView canonicalRequest);

/// Lowercase hex HMAC-SHA256(key = AccessKeySecret, stringToSign).
QByteArray signature(QByteArrayView accessKeySecret, QByteArrayView stringToSign);

/// `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>`.
QByteArray authorization(QByteArrayView accessKeyId, QByteArrayView signedHeaders,
                         QByteArrayView signature);

/// The Authorization header of a request whose headers are all set already (what the official
/// SDK's getAuthorization computes): canonical request from the encoded path, the query and the
/// signed headers, then string to sign and signature. Empty if OpenSSL failed.
QByteArray authorizationFor(QByteArrayView method, QByteArrayView encodedPath,
                            const ParamList &query, const HeaderList &headers,
                            QByteArrayView hashedPayload, QByteArrayView accessKeyId,
                            QByteArrayView accessKeySecret);

/// `yyyy-MM-ddTHH:mm:ssZ` in UTC, the format of x-acs-date.
QByteArray acsDate(const QDateTime &time);

/// 32 lowercase hex characters from a cryptographically secure generator.
QByteArray randomNonce();

/// What signRequest() needs: one fully described request at one instant.
struct SigningInput
{
    QByteArray method = "POST";
    QByteArray host;        ///< the Host header exactly as sent (`host[:port]`)
    QByteArray encodedPath; ///< path exactly as sent (ROA segments already encoded)
    ParamList query;
    QByteArray body;        ///< raw body bytes (empty for none)
    QByteArray contentType; ///< empty when there is no body
    QByteArray action;
    QByteArray version;
    QByteArray date;  ///< x-acs-date
    QByteArray nonce; ///< x-acs-signature-nonce
    Credentials credentials;
};

/// Everything signRequest() produced, including the intermediate strings for diagnostics.
/// `authorization` is empty if OpenSSL failed.
struct SignedRequest
{
    HeaderList headers; ///< every header to send, Authorization last
    QByteArray requestTarget;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
    QByteArray authorization;
};

/// Builds and signs the headers of one request: host, x-acs-action, x-acs-version, x-acs-date,
/// x-acs-signature-nonce, accept, content-type (with a body), x-acs-content-sha256,
/// x-acs-credentials-provider (`static_ak`, or `static_sts` with a token, plus
/// x-acs-accesskey-id and x-acs-security-token), then Authorization.
SignedRequest signRequest(const SigningInput &input);

} // namespace ferry::cloudapi::signer
