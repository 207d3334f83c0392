// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <unordered_set>

namespace ferry::sandbox {

/// Remembers signature nonces until requests carrying them would be rejected as expired anyway.
/// Memory is bounded: beyond `capacity` entries the oldest are forgotten first. Thread-safe.
class NonceCache final
{
public:
    using Clock = std::chrono::system_clock;

    explicit NonceCache(std::size_t capacity = 1'000'000);

    /// Records (keyId, nonce) until `keepUntil`. False when it is already recorded and not yet
    /// expired at `now`, i.e. the nonce is being reused.
    bool insert(QByteArrayView keyId, QByteArrayView nonce, Clock::time_point now,
                Clock::time_point keepUntil);

    /// Number of nonces currently remembered.
    std::size_t size() const;

private:
    struct Entry
    {
        std::uint64_t hash;
        Clock::time_point keepUntil;
    };
    void purge(Clock::time_point now);

    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<Entry> m_order; // insertion order, for expiry and eviction
    std::unordered_multiset<std::uint64_t> m_hashes;
};

} // namespace ferry::sandbox
