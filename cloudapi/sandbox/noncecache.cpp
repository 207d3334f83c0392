// SPDX-License-Identifier: GPL-3.0-or-later
#include "noncecache.h"

#include <openssl/evp.h>

#include <cstring>

namespace ferry::sandbox {

namespace {

// 64 bits of SHA-256 over key and nonce: nonces can be long (the cores send 64 hex characters)
// and a collision among a million entries has a chance of about 1e-8.
std::uint64_t nonceHash(QByteArrayView keyId, QByteArrayView nonce)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, keyId.data(), std::size_t(keyId.size()));
    EVP_DigestUpdate(ctx, "\n", 1);
    EVP_DigestUpdate(ctx, nonce.data(), std::size_t(nonce.size()));
    EVP_DigestFinal_ex(ctx, digest, &size);
    EVP_MD_CTX_free(ctx);
    std::uint64_t out = 0;
    std::memcpy(&out, digest, sizeof out);
    return out;
}

} // namespace

NonceCache::NonceCache(std::size_t capacity)
    : m_capacity(capacity == 0 ? 1 : capacity)
{}

bool NonceCache::insert(QByteArrayView keyId, QByteArrayView nonce, Clock::time_point now,
                        Clock::time_point keepUntil)
{
    const std::uint64_t hash = nonceHash(keyId, nonce);
    std::lock_guard lock(m_mutex);
    purge(now);
    if (m_hashes.count(hash) > 0)
        return false;
    while (m_order.size() >= m_capacity) {
        m_hashes.erase(m_hashes.find(m_order.front().hash));
        m_order.pop_front();
    }
    m_order.push_back({hash, keepUntil});
    m_hashes.insert(hash);
    return true;
}

std::size_t NonceCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_order.size();
}

void NonceCache::purge(Clock::time_point now)
{
    // Entries are kept in insertion order; keepUntil is not monotonic across them (dates vary
    // within the window), so an entry is dropped only once it and all older ones have expired.
    // The capacity bound keeps this from growing without limit either way.
    while (!m_order.empty() && m_order.front().keepUntil <= now) {
        m_hashes.erase(m_hashes.find(m_order.front().hash));
        m_order.pop_front();
    }
}

} // namespace ferry::sandbox
