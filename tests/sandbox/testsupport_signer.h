// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A client-side V3 signer for the tests, written from the specification with Qt's own
// hashing and percent-encoding, independently of the verifier under test.
#include "cloudapi/sandbox/receivedrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace ferry::sandbox::test {

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

/// What to sign; query values are decoded (the signer encodes them for the wire).
struct SignSpec
{
    QByteArray method = "POST";
    QByteArray rawPath = "/";
    Pairs query;
    QByteArray action;
    QByteArray version;
    QByteArray body;
    QByteArray contentType;
    QString keyId;
    QString secret;
    QByteArray date;  ///< default: now
    QByteArray nonce; ///< default: random
    QByteArray host = "127.0.0.1";
    Pairs extraHeaders; ///< also signed
};

/// A signed request ready to send.
struct SignedRequest
{
    QByteArray method;
    QByteArray target;
    Pairs headers; ///< including authorization
    QByteArray body;
    QByteArray canonicalRequest;
    QByteArray stringToSign;

    /// Replaces (or with an empty value removes) a header.
    void setHeader(const QByteArray &name, const QByteArray &value);
    /// The request as the server's parser would hand it over.
    ReceivedRequest toReceived() const;
    /// The HTTP/1.1 bytes; with `chunked`, the body is sent in `chunks` chunks.
    QByteArray toHttp(bool chunked = false, int chunks = 3) const;
};

/// `yyyy-MM-ddTHH:mm:ssZ` of `time` (UTC).
QByteArray acsDate(const QDateTime &time);
/// acsDate() of now plus `offsetSeconds`.
QByteArray acsDateNow(qint64 offsetSeconds = 0);
/// A random 32-hex-digit nonce.
QByteArray randomNonce();

/// Signs per signature V3.
SignedRequest signRequest(const SignSpec &spec);

} // namespace ferry::sandbox::test
