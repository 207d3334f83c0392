// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/signer.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <memory>

namespace ferry::cloudapi::signer {

namespace {

constexpr char kHexUpper[] = "0123456789ABCDEF";
constexpr char kHexLower[] = "0123456789abcdef";

// One table per encoding: true where the byte is written raw.
struct EncodeTable
{
    std::array<bool, 256> raw{};

    constexpr explicit EncodeTable(std::string_view extra)
    {
        for (int c = 'A'; c <= 'Z'; ++c)
            raw[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            raw[c] = true;
        for (int c = '0'; c <= '9'; ++c)
            raw[c] = true;
        for (char c : std::string_view("-_.~"))
            raw[static_cast<unsigned char>(c)] = true;
        for (char c : extra)
            raw[static_cast<unsigned char>(c)] = true;
    }
};

constexpr EncodeTable kStrict("");
constexpr EncodeTable kWireQuery("*!()");
constexpr EncodeTable kForm("*!'()");

void appendEncoded(QByteArray &out, QByteArrayView in, const EncodeTable &table)
{
    for (char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        if (table.raw[c]) {
            out.append(ch);
        } else {
            const char escaped[3] = {'%', kHexUpper[c >> 4], kHexUpper[c & 0xF]};
            out.append(escaped, 3);
        }
    }
}

QByteArray encoded(QByteArrayView in, const EncodeTable &table)
{
    QByteArray out;
    out.reserve(in.size() * 3 / 2 + 8);
    appendEncoded(out, in, table);
    return out;
}

QByteArray toHex(const unsigned char *data, std::size_t len)
{
    QByteArray out(static_cast<qsizetype>(len * 2), Qt::Uninitialized);
    char *p = out.data();
    for (std::size_t i = 0; i < len; ++i) {
        *p++ = kHexLower[data[i] >> 4];
        *p++ = kHexLower[data[i] & 0xF];
    }
    return out;
}

// OpenSSL 3 fetches algorithm implementations by name on every implicit use; fetching once per
// thread and reusing the contexts keeps signing cheap.
struct MdDeleter
{
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

struct Crypto
{
    std::unique_ptr<EVP_MD, MdDeleter> sha256{EVP_MD_fetch(nullptr, "SHA256", nullptr)};
    std::unique_ptr<EVP_MD_CTX, MdDeleter> mdCtx{EVP_MD_CTX_new()};
    std::unique_ptr<EVP_MAC, MdDeleter> hmac{EVP_MAC_fetch(nullptr, "HMAC", nullptr)};
    std::unique_ptr<EVP_MAC_CTX, MdDeleter> macCtx{hmac ? EVP_MAC_CTX_new(hmac.get()) : nullptr};
};

Crypto &crypto()
{
    thread_local Crypto c;
    return c;
}

bool isSignedHeader(QByteArrayView lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

QByteArray trimmed(QByteArrayView v)
{
    return v.trimmed().toByteArray();
}

} // namespace

QByteArray percentEncode(QByteArrayView utf8)
{
    return encoded(utf8, kStrict);
}

QByteArray wireQueryEncode(QByteArrayView utf8)
{
    return encoded(utf8, kWireQuery);
}

QByteArray formEncode(QByteArrayView utf8)
{
    return encoded(utf8, kForm);
}

QByteArray canonicalUri(QByteArrayView encodedPath)
{
    if (encodedPath.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray out;
    out.reserve(encodedPath.size() + 8);
    for (qsizetype i = 0; i < encodedPath.size(); ++i) {
        const char c = encodedPath[i];
        if (c == '+') {
            out.append("%20");
        } else if (c == '*') {
            out.append("%2A");
        } else if (c == '%' && encodedPath.sliced(i).startsWith("%7E")) {
            // Only the uppercase form, as the SDK core does; `%7e` stays as it is.
            out.append('~');
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray canonicalQuery(const ParamList &query)
{
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(query.size());
    for (const auto &[name, value] : query)
        pairs.append({name.toUtf8(), percentEncode(value.toUtf8())});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    out.reserve(query.size() * 32);
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray wireQuery(const ParamList &query)
{
    QByteArray out;
    for (const auto &[name, value] : query) {
        if (!out.isEmpty())
            out.append('&');
        appendEncoded(out, name.toUtf8(), kWireQuery);
        out.append('=');
        appendEncoded(out, value.toUtf8(), kWireQuery);
    }
    return out;
}

QByteArray formBody(const ParamList &form)
{
    QByteArray out;
    for (const auto &[name, value] : form) {
        if (!out.isEmpty())
            out.append('&');
        appendEncoded(out, name.toUtf8(), kForm);
        out.append('=');
        appendEncoded(out, value.toUtf8(), kForm);
    }
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    Crypto &c = crypto();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!c.sha256 || !c.mdCtx || !EVP_DigestInit_ex(c.mdCtx.get(), c.sha256.get(), nullptr) ||
        !EVP_DigestUpdate(c.mdCtx.get(), data.data(), static_cast<std::size_t>(data.size())) ||
        !EVP_DigestFinal_ex(c.mdCtx.get(), digest, &len))
        return {};
    return toHex(digest, len);
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    Crypto &c = crypto();
    if (!c.macCtx)
        return {};
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end(),
    };
    // A zero-length key must still be a valid pointer for EVP_MAC_init to take it as a key.
    static const unsigned char emptyKey[1] = {0};
    const auto *keyData =
        key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    unsigned char mac[EVP_MAX_MD_SIZE];
    std::size_t len = 0;
    if (!EVP_MAC_init(c.macCtx.get(), keyData, static_cast<std::size_t>(key.size()), params) ||
        !EVP_MAC_update(c.macCtx.get(), reinterpret_cast<const unsigned char *>(message.data()),
                        static_cast<std::size_t>(message.size())) ||
        !EVP_MAC_final(c.macCtx.get(), mac, &len, sizeof mac))
        return {};
    return toHex(mac, len);
}

QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> picked;
    picked.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        QByteArray lower = name.toLower();
        if (isSignedHeader(lower))
            picked.append({std::move(lower), trimmed(value)});
    }
    // Sorting by (name, value) groups repeated names with their values already in order.
    std::sort(picked.begin(), picked.end());
    QByteArray out;
    QByteArray names;
    out.reserve(picked.size() * 48);
    for (qsizetype i = 0; i < picked.size(); ++i) {
        const auto &[name, value] = picked[i];
        if (i > 0 && picked[i - 1].first == name) {
            out.chop(1); // the '\n' of the previous value of the same header
            out.append(',').append(value).append('\n');
            continue;
        }
        if (!names.isEmpty())
            names.append(';');
        names.append(name);
        out.append(name).append(':').append(value).append('\n');
    }
    if (signedHeaders)
        *signedHeaders = names;
    return out;
}

namespace {

QByteArray buildCanonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                                 QByteArrayView canonicalQuery, const HeaderList &headers,
                                 QByteArrayView hashedPayload, QByteArray *signedHeaders)
{
    QByteArray names;
    const QByteArray canonical = canonicalHeaders(headers, &names);
    QByteArray out;
    out.reserve(method.size() + canonicalUri.size() + canonicalQuery.size() + canonical.size() +
                names.size() + hashedPayload.size() + 8);
    out.append(method.toByteArray().toUpper()).append('\n');
    out.append(canonicalUri).append('\n');
    out.append(canonicalQuery).append('\n');
    out.append(canonical).append('\n');
    out.append(names).append('\n');
    out.append(hashedPayload);
    if (signedHeaders)
        *signedHeaders = std::move(names);
    return out;
}

} // namespace

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const HeaderList &headers,
                            QByteArrayView hashedPayload)
{
    return buildCanonicalRequest(method, canonicalUri, canonicalQuery, headers, hashedPayload,
                                 nullptr);
}

QByteArray stringToSign(QByteArrayView canonicalRequest)
{
    QByteArray out;
    out.reserve(kAlgorithm.size() + 65);
    out.append(kAlgorithm).append('\n').append(sha256Hex(canonicalRequest));
    return out;
}

QByteArray signature(QByteArrayView accessKeySecret, QByteArrayView stringToSign)
{
    return hmacSha256Hex(accessKeySecret, stringToSign);
}

QByteArray authorization(QByteArrayView accessKeyId, QByteArrayView signedHeaders,
                         QByteArrayView signature)
{
    QByteArray out;
    out.reserve(kAlgorithm.size() + accessKeyId.size() + signedHeaders.size() + signature.size() +
                40);
    out.append(kAlgorithm)
        .append(" Credential=")
        .append(accessKeyId)
        .append(",SignedHeaders=")
        .append(signedHeaders)
        .append(",Signature=")
        .append(signature);
    return out;
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
        return {}; // the caller refuses to send an unsigned-nonce request
    return toHex(bytes, sizeof bytes);
}

SignedRequest signRequest(const SigningInput &in)
{
    SignedRequest out;
    const QByteArray payloadHash = sha256Hex(in.body);
    const bool sts = !in.credentials.securityToken.isEmpty();
    const QByteArray accessKeyId = in.credentials.accessKeyId.toUtf8();

    HeaderList &h = out.headers;
    h.reserve(13);
    h.append({"host", in.host});
    h.append({"x-acs-version", in.version});
    h.append({"x-acs-action", in.action});
    h.append({"x-acs-date", in.date});
    h.append({"x-acs-signature-nonce", in.nonce});
    h.append({"accept", QByteArrayLiteral("application/json")});
    if (!in.contentType.isEmpty())
        h.append({"content-type", in.contentType});
    h.append({"x-acs-content-sha256", payloadHash});
    h.append({"x-acs-credentials-provider",
              sts ? QByteArrayLiteral("static_sts") : QByteArrayLiteral("static_ak")});
    if (sts) {
        h.append({"x-acs-accesskey-id", accessKeyId});
        h.append({"x-acs-security-token", in.credentials.securityToken.toUtf8()});
    }

    QByteArray names;
    out.canonicalRequest = buildCanonicalRequest(in.method, canonicalUri(in.encodedPath),
                                                 canonicalQuery(in.query), h, payloadHash, &names);
    out.stringToSign = stringToSign(out.canonicalRequest);
    out.signature = signature(in.credentials.accessKeySecret.toUtf8(), out.stringToSign);
    out.authorization = authorization(accessKeyId, names, out.signature);
    h.append({"Authorization", out.authorization});

    out.requestTarget = in.encodedPath.isEmpty() ? QByteArrayLiteral("/") : in.encodedPath;
    if (!in.query.isEmpty())
        out.requestTarget.append('?').append(wireQuery(in.query));
    return out;
}

} // namespace ferry::cloudapi::signer
