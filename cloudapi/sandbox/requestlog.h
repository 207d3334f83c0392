// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace ferry::sandbox {

/// One answered (or dropped) API request. Holds no secrets: no headers, query or body.
struct RequestLogEntry
{
    std::uint64_t sequence = 0; ///< 1, 2, 3 ... in order of answering
    QString requestId;
    QString product; ///< empty when no service matched the version
    QString version;
    QString action;
    QByteArray method;
    QString path;      ///< raw path as sent (no query)
    int status = 0;    ///< HTTP status; 0 when the connection was dropped
    QString errorCode; ///< Code of an error answer, else empty
    QString fault;     ///< injected fault ("throttle", "slow", ...) or empty
    QString accessKeyId;
    std::chrono::milliseconds latency{0};           ///< real time from receipt to answer
    VirtualTime virtualTime;                        ///< virtual time at receipt
    std::chrono::system_clock::time_point realTime; ///< wall-clock time at receipt
};

/// In-memory log of the API requests the sandbox answered, bounded as a ring (the oldest
/// entries go first). Thread-safe.
class RequestLog final
{
public:
    explicit RequestLog(std::size_t capacity = 100'000);

    /// Appends an entry and gives it the next sequence number, which it returns.
    std::uint64_t append(RequestLogEntry entry);
    /// Every retained entry, oldest first.
    std::vector<RequestLogEntry> entries() const;
    /// The retained entries with a sequence number greater than `sequence`, oldest first, at
    /// most `limit` of the newest ones.
    std::vector<RequestLogEntry> entriesAfter(std::uint64_t sequence,
                                              std::size_t limit = SIZE_MAX) const;
    /// Number of retained entries.
    std::size_t size() const;
    /// Retained entries for this action (and, when not empty, this product).
    std::size_t count(const QString &action, const QString &product = QString()) const;
    /// Number of entries ever appended (the sequence number of the last one).
    std::uint64_t totalRecorded() const;
    /// Maximum number of retained entries.
    std::size_t capacity() const { return m_capacity; }
    /// Drops every retained entry (sequence numbers keep counting).
    void clear();

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::uint64_t m_next = 1;
    std::deque<RequestLogEntry> m_entries;
};

/// The JSON form of entries, as the admin endpoint serves them.
QByteArray requestLogToJson(const std::vector<RequestLogEntry> &entries, std::uint64_t total);

} // namespace ferry::sandbox
