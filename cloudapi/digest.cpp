// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSSL 3 routes every EVP call through its provider layer: name lookups, context copies that
// allocate, parameter parsing. For the few hundred bytes of a canonical request that costs as
// much as the hashing itself, and signing runs for every attempt of every request. So where the
// OpenSSL build still has them (Debian's does), the direct SHA-256 functions are used, with the
// HMAC key schedule computed once per key; they run the same SHA-NI/AVX code as the provider.
// Builds without the deprecated API use the plain EVP one-shots.

// configuration.h only states how OpenSSL was built; it must come before anything that reads
// OPENSSL_API_COMPAT.
#include <openssl/configuration.h>
#if !defined(OPENSSL_NO_DEPRECATED)
#define FERRY_DIRECT_SHA256 1
#define OPENSSL_API_COMPAT 10101 // declares SHA256_Init & co. without deprecation warnings
#endif

#include "cloudapi/digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <QByteArray>

#include <array>
#include <cstring>

namespace ferry::cloudapi::digest {

#if defined(FERRY_DIRECT_SHA256)

namespace {

// The states after absorbing the padded key; copied (plain structs) for each message.
struct KeySchedule
{
    QByteArray key; ///< in memory only, like the credentials it comes from
    bool valid = false;
    SHA256_CTX inner{};
    SHA256_CTX outer{};
};

KeySchedule &schedule()
{
    thread_local KeySchedule s;
    return s;
}

bool prepare(KeySchedule &s, QByteArrayView key)
{
    constexpr std::size_t block = 64;
    unsigned char k[block] = {};
    if (std::size_t(key.size()) > block) {
        unsigned char hashed[kSize];
        if (!sha256(key, hashed))
            return false;
        std::memcpy(k, hashed, kSize);
    } else if (!key.isEmpty()) {
        std::memcpy(k, key.data(), std::size_t(key.size()));
    }
    unsigned char inner[block];
    unsigned char outer[block];
    for (std::size_t i = 0; i < block; ++i) {
        inner[i] = k[i] ^ 0x36;
        outer[i] = k[i] ^ 0x5c;
    }
    const bool ok = SHA256_Init(&s.inner) && SHA256_Update(&s.inner, inner, block) &&
                    SHA256_Init(&s.outer) && SHA256_Update(&s.outer, outer, block);
    OPENSSL_cleanse(k, sizeof k);
    OPENSSL_cleanse(inner, sizeof inner);
    OPENSSL_cleanse(outer, sizeof outer);
    s.valid = ok;
    s.key = ok ? key.toByteArray() : QByteArray();
    return ok;
}

} // namespace

bool sha256(QByteArrayView data, unsigned char (&out)[kSize])
{
    SHA256_CTX c;
    return SHA256_Init(&c) && SHA256_Update(&c, data.data(), std::size_t(data.size())) &&
           SHA256_Final(out, &c);
}

bool hmacSha256(QByteArrayView key, QByteArrayView message, unsigned char (&out)[kSize])
{
    KeySchedule &s = schedule();
    if ((!s.valid || s.key != key) && !prepare(s, key))
        return false;
    unsigned char inner[kSize];
    SHA256_CTX c = s.inner;
    if (!SHA256_Update(&c, message.data(), std::size_t(message.size())) || !SHA256_Final(inner, &c))
        return false;
    c = s.outer;
    return SHA256_Update(&c, inner, kSize) && SHA256_Final(out, &c);
}

#else

bool sha256(QByteArrayView data, unsigned char (&out)[kSize])
{
    unsigned int len = 0;
    return EVP_Digest(data.data(), std::size_t(data.size()), out, &len, EVP_sha256(), nullptr) &&
           len == kSize;
}

bool hmacSha256(QByteArrayView key, QByteArrayView message, unsigned char (&out)[kSize])
{
    static const char emptyKey[1] = {0};
    unsigned int len = 0;
    return HMAC(EVP_sha256(), key.isEmpty() ? emptyKey : key.data(), int(key.size()),
                reinterpret_cast<const unsigned char *>(message.data()),
                std::size_t(message.size()), out, &len) &&
           len == kSize;
}

#endif

void hexLower(const unsigned char *data, std::size_t size, char *out)
{
    // Two characters per byte from one table lookup.
    static constexpr auto table = [] {
        constexpr char hex[] = "0123456789abcdef";
        std::array<char, 512> t{};
        for (int i = 0; i < 256; ++i) {
            t[2 * i] = hex[i >> 4];
            t[2 * i + 1] = hex[i & 0xF];
        }
        return t;
    }();
    for (std::size_t i = 0; i < size; ++i)
        std::memcpy(out + 2 * i, &table[2 * std::size_t(data[i])], 2);
}

} // namespace ferry::cloudapi::digest
