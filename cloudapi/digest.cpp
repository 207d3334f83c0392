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
#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
        // A long key is hashed first, through SHA256_Final, which wipes the key's last block
        // from the context.
        SHA256_CTX c;
        const bool hashed = SHA256_Init(&c) &&
                            SHA256_Update(&c, key.data(), std::size_t(key.size())) &&
                            SHA256_Final(k, &c);
        OPENSSL_cleanse(&c, sizeof c);
        if (!hashed)
            return false;
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

constexpr std::size_t kBlock = 64;
// The most bytes finish() takes: with the 0x80 byte and the 8-byte length, two blocks.
constexpr std::size_t kMaxTail = 2 * kBlock - 9;

// Absorbs the last `n` (at most kMaxTail) bytes of a message of `total` bytes, pads, and writes
// the digest. SHA256_Update() only ever sees whole blocks, so it hashes straight from memory,
// and SHA256_Final() (which copies into the context's buffer, pads there and wipes it) is not
// needed: for a few hundred bytes that bookkeeping is a noticeable share of the work.
bool finish(SHA256_CTX &c, const unsigned char *tail, std::size_t n, std::uint64_t total,
            unsigned char (&out)[kSize])
{
    unsigned char last[2 * kBlock];
    const std::size_t size = n + 9 <= kBlock ? kBlock : 2 * kBlock;
    if (n)
        std::memcpy(last, tail, n);
    last[n] = 0x80;
    std::memset(last + n + 1, 0, size - n - 1 - 8);
    qToBigEndian<std::uint64_t>(total * 8, last + size - 8);
    if (!SHA256_Update(&c, last, size))
        return false;
    for (std::size_t i = 0; i < 8; ++i)
        qToBigEndian<std::uint32_t>(c.h[i], out + 4 * i);
    return true;
}

// Hashes `data` into `c`, which has absorbed `before` bytes (a key block) already: whole blocks
// straight from `data`, then finish() with the rest. Short messages (a string to sign, an inner
// hash) go to finish() whole, so they take one SHA256_Update() call.
bool absorbAndFinish(SHA256_CTX &c, std::size_t before, QByteArrayView data,
                     unsigned char (&out)[kSize])
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const std::size_t size = std::size_t(data.size());
    const std::size_t whole = size <= kMaxTail ? 0 : size & ~(kBlock - 1);
    if (whole && !SHA256_Update(&c, bytes, whole))
        return false;
    return finish(c, bytes + whole, size - whole, before + size, out);
}

} // namespace

bool sha256(QByteArrayView data, unsigned char (&out)[kSize])
{
    SHA256_CTX c;
    return SHA256_Init(&c) && absorbAndFinish(c, 0, data, out);
}

bool sha256InPlace(char *data, std::size_t size, unsigned char (&out)[kSize])
{
    static_assert(kPaddingRoom >= kBlock + 8);
    auto *bytes = reinterpret_cast<unsigned char *>(data);
    const std::size_t padded = (size + 9 + kBlock - 1) & ~(kBlock - 1);
    bytes[size] = 0x80;
    std::memset(bytes + size + 1, 0, padded - size - 1 - 8);
    qToBigEndian<std::uint64_t>(std::uint64_t(size) * 8, bytes + padded - 8);
    SHA256_CTX c;
    if (!SHA256_Init(&c) || !SHA256_Update(&c, bytes, padded))
        return false;
    for (std::size_t i = 0; i < 8; ++i)
        qToBigEndian<std::uint32_t>(c.h[i], out + 4 * i);
    return true;
}

bool hmacSha256(QByteArrayView key, QByteArrayView message, unsigned char (&out)[kSize])
{
    KeySchedule &s = schedule();
    if ((!s.valid || s.key != key) && !prepare(s, key))
        return false;
    unsigned char inner[kSize];
    SHA256_CTX c = s.inner;
    if (!absorbAndFinish(c, kBlock, message, inner))
        return false;
    c = s.outer;
    return finish(c, inner, kSize, kBlock + kSize, out);
}

#else

bool sha256(QByteArrayView data, unsigned char (&out)[kSize])
{
    unsigned int len = 0;
    return EVP_Digest(data.data(), std::size_t(data.size()), out, &len, EVP_sha256(), nullptr) &&
           len == kSize;
}

bool sha256InPlace(char *data, std::size_t size, unsigned char (&out)[kSize])
{
    return sha256(QByteArrayView(data, qsizetype(size)), out);
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
#if defined(__SSE2__)
    // Sixteen bytes at a time: both nibbles to characters at once, then interleaved.
    const __m128i nibble = _mm_set1_epi8(0x0f);
    const auto toHex = [](__m128i n) {
        const __m128i above9 = _mm_cmpgt_epi8(n, _mm_set1_epi8(9));
        return _mm_add_epi8(_mm_add_epi8(n, _mm_set1_epi8('0')),
                            _mm_and_si128(above9, _mm_set1_epi8('a' - '0' - 10)));
    };
    for (; size >= 16; size -= 16, data += 16, out += 32) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
        const __m128i high = toHex(_mm_and_si128(_mm_srli_epi16(bytes, 4), nibble));
        const __m128i low = toHex(_mm_and_si128(bytes, nibble));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(high, low));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 16), _mm_unpackhi_epi8(high, low));
    }
#endif
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
