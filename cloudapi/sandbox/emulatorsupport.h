// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the product emulators: deterministic hashing, virtual-time formatting,
// request parameter reading with structured faults, paging and gateway-style error bodies.

#include "cloudapi/sandbox/service.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace ferry::sandbox::emul {

using Json = nlohmann::json;
using Ms = std::chrono::milliseconds;
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;
using Hours = std::chrono::hours;

// --- Determinism -------------------------------------------------------------------------------
// Every random-looking value is a pure function of the scenario seed and a few integers, so the
// same seed gives the same world no matter in which order requests arrive.

std::uint64_t mix(std::uint64_t x);
std::uint64_t hashOf(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0);
std::uint64_t hashText(const QString &text);
/// Uniform in [0, 1).
double unit(std::uint64_t h);
/// Uniform in [lo, hi).
double between(std::uint64_t h, double lo, double hi);
/// Lowercase letters and digits, e.g. for DTS job ids and SMC ids.
QString alnumId(std::uint64_t h, int length);

// --- Time --------------------------------------------------------------------------------------

/// `2024-06-01T12:00:00Z` (SMC, DTS).
QString isoUtc(VirtualTime t);
/// `yyyy-MM-dd HH:mm:ss` in UTC+08:00. The MMS documentation shows this format without a zone;
/// Beijing time (the service's home) is an assumption.
QString mmsTime(VirtualTime t);
/// Parses `yyyy-MM-ddTHH:mm:ssZ` (optionally with `.SSS`).
std::optional<VirtualTime> parseIsoUtc(const QString &text);
/// Parses `yyyy-MM-dd HH:mm:ss` (UTC+08:00) or, failing that, ISO 8601 UTC.
std::optional<VirtualTime> parseMmsTime(const QString &text);
qint64 unixSeconds(VirtualTime t);
VirtualTime floorToSecond(VirtualTime t);
/// The date part `yyyyMMdd` of `t` (UTC), e.g. for partition values.
QString compactDate(VirtualTime t);

inline std::string js(const QString &s)
{
    return s.toStdString();
}
Json jsList(const QStringList &list);

// --- Faults and parameters ---------------------------------------------------------------------

/// A business or validation error, rendered by each product in its own body format.
struct Fault
{
    int status = 400;
    QString code;
    QString message;
    QString parameter; ///< the parameter concerned, if any (DTS DynamicMessage)
};

Fault missingParameter(const QString &name);
Fault invalidParameter(const QString &name, const QString &reason);

/// Reads decoded query/form parameters; remembers the first fault so handlers can validate
/// everything and then check `ok()` once.
class ParamReader final
{
public:
    explicit ParamReader(const std::map<QString, QString> &params);

    bool has(const QString &name) const;
    QString text(const QString &name, const QString &fallback = {}) const;
    QString required(const QString &name);
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    qint64 integer(const QString &name, qint64 min, qint64 max, qint64 fallback);
    std::optional<bool> boolean(const QString &name);
    bool boolean(const QString &name, bool fallback);
    /// `Key.1`, `Key.2`, ... in index order.
    QStringList indexed(const QString &prefix) const;
    /// `Key.N.Field` groups, e.g. `Tag.1.Key`/`Tag.1.Value`, in index order.
    std::vector<std::map<QString, QString>> indexedObjects(const QString &prefix) const;
    /// A comma-separated list parameter (DTS DtsJobIds style).
    QStringList commaList(const QString &name) const;

    void fail(const Fault &fault);
    bool ok() const { return !m_fault.has_value(); }
    const Fault &fault() const { return *m_fault; }

private:
    const std::map<QString, QString> &m_params;
    std::optional<Fault> m_fault;
};

/// Reads a JSON request body (MMS ROA); type mismatches become InvalidParameter faults.
class BodyReader final
{
public:
    explicit BodyReader(const Json &body);

    bool has(const char *key) const;
    std::optional<QString> text(const char *key);
    std::optional<qint64> integer(const char *key);
    std::optional<bool> boolean(const char *key);
    std::optional<QStringList> textList(const char *key);
    std::optional<std::vector<qint64>> integerList(const char *key);
    std::optional<std::map<QString, QString>> textMap(const char *key);
    std::optional<Json> object(const char *key);

    void fail(const Fault &fault);
    bool ok() const { return !m_fault.has_value(); }
    const Fault &fault() const { return *m_fault; }

private:
    const Json *value(const char *key) const;
    Json m_body;
    std::optional<Fault> m_fault;
};

/// 1-based page selection.
struct Page
{
    qint64 number = 1;
    qint64 size = 10;
    qint64 offset() const { return (number - 1) * size; }
};

// --- Gateway errors ----------------------------------------------------------------------------

/// The API gateway's error body: RequestId, HostId, Code, Message, Recommend. HostId is left
/// empty: the server fills in the host the request was sent to.
ServiceResponse gatewayError(const ServiceRequest &request, const QString &product, int status,
                             const QString &code, const QString &message);
/// 404 InvalidAction.NotFound, also used for a known ROA path called with the wrong method.
ServiceResponse actionNotFound(const ServiceRequest &request, const QString &product);
/// 400 InvalidVersion when the request names another API version.
ServiceResponse invalidVersion(const ServiceRequest &request, const QString &product);

/// The time a service evaluates a request at: never earlier than what it has already simulated.
VirtualTime effectiveNow(VirtualTime requested, std::optional<VirtualTime> &anchor,
                         VirtualTime &lastSeen);

} // namespace ferry::sandbox::emul
