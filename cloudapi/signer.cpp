// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/signer.h"

#include "cloudapi/canonicalbuffer.h"
#include "cloudapi/digest.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace ferry::cloudapi::signer {

namespace {

using detail::Buffer;
using detail::Encoding;

constexpr QByteArrayView kEmptyPayloadHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QByteArray toQByteArray(const Buffer &b)
{
    return b.view().toByteArray();
}

// The heart of signing, shared by signRequest() and authorizationFor(): canonical request in
// the per-thread buffer, then string to sign and signature on the stack.
struct Signed
{
    char stringToSign[17 + 64];
    char signature[64];
    QByteArrayView names; ///< in a per-thread buffer, valid until the next signing
    bool ok = false;
};

Signed signCanonical(QByteArrayView method, QByteArrayView encodedPath, const ParamList &query,
                     const HeaderList &headers, QByteArrayView hashedPayload, QByteArrayView secret,
                     QByteArray *canonicalOut)
{
    Signed s;
    Buffer &cr = detail::scratch();
    detail::putMethod(cr, method);
    cr.push_back('\n');
    detail::putCanonicalUri(cr, encodedPath);
    cr.push_back('\n');
    detail::putCanonicalQuery(cr, query);
    cr.push_back('\n');
    Buffer &names = detail::namesScratch();
    detail::putCanonicalHeaders(cr, headers, names);
    s.names = names.view();
    cr.push_back('\n');
    cr.append(s.names).push_back('\n');
    cr.append(hashedPayload);
    if (canonicalOut)
        *canonicalOut = toQByteArray(cr);

    unsigned char hash[digest::kSize];
    unsigned char mac[digest::kSize];
    std::copy_n("ACS3-HMAC-SHA256\n", 17, s.stringToSign);
    cr.reserve(digest::kPaddingRoom); // room for the padding, which is not part of the request
    if (!digest::sha256InPlace(cr.data(), cr.size(), hash))
        return s;
    digest::hexLower(hash, sizeof hash, s.stringToSign + 17);
    if (!digest::hmacSha256(secret, QByteArrayView(s.stringToSign, sizeof s.stringToSign), mac))
        return s;
    digest::hexLower(mac, sizeof mac, s.signature);
    s.ok = true;
    return s;
}

QByteArray payloadHash(QByteArrayView body)
{
    if (body.isEmpty())
        return kEmptyPayloadHash.toByteArray();
    return sha256Hex(body);
}

} // namespace

QByteArray percentEncode(QByteArrayView utf8)
{
    Buffer &out = detail::scratch();
    detail::putEncoded(out, utf8, Encoding::Strict);
    return toQByteArray(out);
}

QByteArray wireQueryEncode(QByteArrayView utf8)
{
    Buffer &out = detail::scratch();
    detail::putEncoded(out, utf8, Encoding::WireQuery);
    return toQByteArray(out);
}

QByteArray formEncode(QByteArrayView utf8)
{
    Buffer &out = detail::scratch();
    detail::putEncoded(out, utf8, Encoding::Form);
    return toQByteArray(out);
}

QByteArray canonicalUri(QByteArrayView encodedPath)
{
    Buffer &out = detail::scratch();
    detail::putCanonicalUri(out, encodedPath);
    return toQByteArray(out);
}

QByteArray canonicalQuery(const ParamList &query)
{
    Buffer &out = detail::scratch();
    detail::putCanonicalQuery(out, query);
    return toQByteArray(out);
}

static void putWireQuery(Buffer &out, const ParamList &query)
{
    bool first = true;
    for (const auto &[name, value] : query) {
        if (!first)
            out.push_back('&');
        first = false;
        detail::putEncoded(out, QStringView(name), Encoding::WireQuery);
        out.push_back('=');
        detail::putEncoded(out, QStringView(value), Encoding::WireQuery);
    }
}

QByteArray wireQuery(const ParamList &query)
{
    Buffer &out = detail::scratch();
    putWireQuery(out, query);
    return toQByteArray(out);
}

QByteArray formBody(const ParamList &form)
{
    Buffer &out = detail::scratch();
    for (const auto &[name, value] : form) {
        if (!out.empty())
            out.push_back('&');
        detail::putEncoded(out, QStringView(name), Encoding::Form);
        out.push_back('=');
        detail::putEncoded(out, QStringView(value), Encoding::Form);
    }
    return toQByteArray(out);
}

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char hash[digest::kSize];
    if (!digest::sha256(data, hash))
        return {};
    QByteArray out(2 * digest::kSize, Qt::Uninitialized);
    digest::hexLower(hash, sizeof hash, out.data());
    return out;
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    unsigned char mac[digest::kSize];
    if (!digest::hmacSha256(key, message, mac))
        return {};
    QByteArray out(2 * digest::kSize, Qt::Uninitialized);
    digest::hexLower(mac, sizeof mac, out.data());
    return out;
}

QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    Buffer names;
    Buffer &out = detail::scratch();
    detail::putCanonicalHeaders(out, headers, names);
    if (signedHeaders)
        *signedHeaders = toQByteArray(names);
    return toQByteArray(out);
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const HeaderList &headers,
                            QByteArrayView hashedPayload)
{
    // The URI and query are taken as given: canonicalUri() and canonicalQuery() come first.
    Buffer names;
    Buffer &out = detail::scratch();
    detail::putMethod(out, method);
    out.push_back('\n');
    out.append(canonicalUri).push_back('\n');
    out.append(canonicalQuery).push_back('\n');
    detail::putCanonicalHeaders(out, headers, names);
    out.push_back('\n');
    out.append(names).push_back('\n');
    out.append(hashedPayload);
    return toQByteArray(out);
}

QByteArray stringToSign(QByteArrayView canonicalRequest)
{
    unsigned char hash[digest::kSize];
    if (!digest::sha256(canonicalRequest, hash))
        return {};
    QByteArray out(kAlgorithm.size() + 1 + 2 * qsizetype(digest::kSize), Qt::Uninitialized);
    std::copy_n(kAlgorithm.data(), kAlgorithm.size(), out.data());
    out[kAlgorithm.size()] = '\n';
    digest::hexLower(hash, sizeof hash, out.data() + kAlgorithm.size() + 1);
    return out;
}

QByteArray signature(QByteArrayView accessKeySecret, QByteArrayView stringToSign)
{
    return hmacSha256Hex(accessKeySecret, stringToSign);
}

QByteArray authorization(QByteArrayView accessKeyId, QByteArrayView signedHeaders,
                         QByteArrayView signature)
{
    constexpr QByteArrayView credential = " Credential=";
    constexpr QByteArrayView headersPart = ",SignedHeaders=";
    constexpr QByteArrayView signaturePart = ",Signature=";
    QByteArray out(kAlgorithm.size() + credential.size() + accessKeyId.size() + headersPart.size() +
                       signedHeaders.size() + signaturePart.size() + signature.size(),
                   Qt::Uninitialized);
    char *p = out.data();
    for (QByteArrayView part : {kAlgorithm, credential, accessKeyId, headersPart, signedHeaders,
                                signaturePart, signature}) {
        std::memcpy(p, part.data(), std::size_t(part.size()));
        p += part.size();
    }
    return out;
}

QByteArray authorizationFor(QByteArrayView method, QByteArrayView encodedPath,
                            const ParamList &query, const HeaderList &headers,
                            QByteArrayView hashedPayload, QByteArrayView accessKeyId,
                            QByteArrayView accessKeySecret)
{
    const Signed s =
        signCanonical(method, encodedPath, query, headers, hashedPayload, accessKeySecret, nullptr);
    if (!s.ok)
        return {};
    return authorization(accessKeyId, s.names, QByteArrayView(s.signature, sizeof s.signature));
}

QByteArray acsDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
        .toLatin1();
}

QByteArray randomNonce()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {}; // the caller refuses to send a request without a fresh nonce
    QByteArray out(2 * qsizetype(sizeof bytes), Qt::Uninitialized);
    digest::hexLower(bytes, sizeof bytes, out.data());
    return out;
}

SignedRequest signRequest(const SigningInput &in)
{
    SignedRequest out;
    const QByteArray hashedPayload = payloadHash(in.body);
    const bool sts = !in.credentials.securityToken.isEmpty();
    const QByteArray accessKeyId = in.credentials.accessKeyId.toUtf8();

    HeaderList &h = out.headers;
    h.reserve(13);
    h.append({QByteArrayLiteral("host"), in.host});
    h.append({QByteArrayLiteral("x-acs-version"), in.version});
    h.append({QByteArrayLiteral("x-acs-action"), in.action});
    h.append({QByteArrayLiteral("x-acs-date"), in.date});
    h.append({QByteArrayLiteral("x-acs-signature-nonce"), in.nonce});
    h.append({QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")});
    if (!in.contentType.isEmpty())
        h.append({QByteArrayLiteral("content-type"), in.contentType});
    h.append({QByteArrayLiteral("x-acs-content-sha256"), hashedPayload});
    h.append({QByteArrayLiteral("x-acs-credentials-provider"),
              sts ? QByteArrayLiteral("static_sts") : QByteArrayLiteral("static_ak")});
    if (sts) {
        h.append({QByteArrayLiteral("x-acs-accesskey-id"), accessKeyId});
        h.append(
            {QByteArrayLiteral("x-acs-security-token"), in.credentials.securityToken.toUtf8()});
    }

    // The secret's UTF-8 on the stack (no allocation per request), wiped once used.
    const QString &secretText = in.credentials.accessKeySecret;
    QVarLengthArray<char, 128> secret(secretText.size() * 3);
    const char *secretEnd = detail::writeUtf8(secret.data(), secretText);
    const Signed s = signCanonical(in.method, in.encodedPath, in.query, h, hashedPayload,
                                   QByteArrayView(secret.data(), secretEnd - secret.data()),
                                   &out.canonicalRequest);
    OPENSSL_cleanse(secret.data(), std::size_t(secret.size()));
    if (s.ok) {
        out.stringToSign = QByteArray(s.stringToSign, sizeof s.stringToSign);
        out.signature = QByteArray(s.signature, sizeof s.signature);
        out.authorization = authorization(accessKeyId, s.names, out.signature);
    }
    h.append({QByteArrayLiteral("Authorization"), out.authorization});

    out.requestTarget = in.encodedPath.isEmpty() ? QByteArrayLiteral("/") : in.encodedPath;
    if (!in.query.isEmpty()) {
        // Assembled whole, then copied once. The canonical request was copied out above.
        Buffer &target = detail::scratch();
        target.append(out.requestTarget).push_back('?');
        putWireQuery(target, in.query);
        out.requestTarget = toQByteArray(target);
    }
    return out;
}

} // namespace ferry::cloudapi::signer
