// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "virtualclock.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ferry::sandbox {

RequestLog::RequestLog(std::size_t capacity)
    : m_capacity(capacity == 0 ? 1 : capacity)
{}

std::uint64_t RequestLog::append(RequestLogEntry entry)
{
    std::lock_guard lock(m_mutex);
    entry.sequence = m_next++;
    if (m_entries.size() >= m_capacity)
        m_entries.pop_front();
    m_entries.push_back(std::move(entry));
    return m_entries.back().sequence;
}

std::vector<RequestLogEntry> RequestLog::entries() const
{
    std::lock_guard lock(m_mutex);
    return {m_entries.begin(), m_entries.end()};
}

std::vector<RequestLogEntry> RequestLog::entriesAfter(std::uint64_t sequence,
                                                      std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    // Sequence numbers are contiguous in the ring, so the first wanted one is found by offset.
    auto first = m_entries.begin();
    if (!m_entries.empty() && sequence >= m_entries.front().sequence)
        first += std::ptrdiff_t(
            std::min<std::uint64_t>(sequence - m_entries.front().sequence + 1, m_entries.size()));
    const auto available = std::size_t(m_entries.end() - first);
    if (available > limit)
        first += std::ptrdiff_t(available - limit);
    return {first, m_entries.end()};
}

std::size_t RequestLog::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

std::size_t RequestLog::count(const QString &action, const QString &product) const
{
    std::lock_guard lock(m_mutex);
    return std::size_t(
        std::count_if(m_entries.begin(), m_entries.end(), [&](const RequestLogEntry &entry) {
            return entry.action == action && (product.isEmpty() || entry.product == product);
        }));
}

std::uint64_t RequestLog::totalRecorded() const
{
    std::lock_guard lock(m_mutex);
    return m_next - 1;
}

void RequestLog::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

QByteArray requestLogToJson(const std::vector<RequestLogEntry> &entries, std::uint64_t total)
{
    nlohmann::json list = nlohmann::json::array();
    for (const RequestLogEntry &entry : entries) {
        const auto realMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(entry.realTime.time_since_epoch())
                .count();
        list.push_back({
            {"sequence", entry.sequence},
            {"requestId", entry.requestId.toStdString()},
            {"product", entry.product.toStdString()},
            {"version", entry.version.toStdString()},
            {"action", entry.action.toStdString()},
            {"method", entry.method.toStdString()},
            {"path", entry.path.toStdString()},
            {"status", entry.status},
            {"errorCode", entry.errorCode.toStdString()},
            {"fault", entry.fault.toStdString()},
            {"accessKeyId", entry.accessKeyId.toStdString()},
            {"latencyMs", entry.latency.count()},
            {"virtualTime", toIsoString(entry.virtualTime)},
            {"virtualTimeMs", entry.virtualTime.time_since_epoch().count()},
            {"realTime", toIsoString(VirtualTime(std::chrono::milliseconds(realMs)))},
            {"realTimeMs", realMs},
        });
    }
    const nlohmann::json out{
        {"total", total}, {"count", list.size()}, {"entries", std::move(list)}};
    return QByteArray::fromStdString(
        out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace ferry::sandbox
