// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <vector>

namespace ferry::sandbox {

/// What the sandbox does to an answer instead of (or on top of) answering normally.
enum class FaultKind
{
    None,          ///< "ok": answer normally
    Throttle,      ///< 400 Throttling.User (optionally with x-acs-retry-after)
    InternalError, ///< 500 InternalError
    Unavailable,   ///< 503 ServiceUnavailable
    Drop,          ///< close the connection without answering
    Malformed,     ///< 200 with a body that is not valid JSON
    Slow,          ///< answer normally after an added latency
    Forbidden,     ///< 403 Forbidden.RAM (the caller lacks the RAM permission)
};

/// The configuration name of a fault: ok, throttle, internal, unavailable, drop, malformed, slow,
/// forbidden.
QString faultKindName(FaultKind kind);
/// The fault of a configuration name (also accepts "error" for internal, "503" and "500").
std::optional<FaultKind> faultKindFromName(const QString &name);

/// One fault rule: either a rate (probability per matching request) or a scripted sequence
/// consumed one step per matching request. Empty `actions` match every action.
struct FaultRule
{
    FaultKind kind = FaultKind::None; ///< for rate rules
    double rate = 0.0;                ///< 0..1, for rate rules
    bool scripted = false;            ///< true: `sequence` decides, `kind`/`rate` are ignored
    std::deque<FaultKind> sequence;   ///< remaining scripted steps
    QStringList actions;              ///< x-acs-action filter; empty = all
    std::chrono::milliseconds latency{2000}; ///< added by Slow
    /// > 0: Throttle answers carry x-acs-retry-after, in milliseconds as the official SDK cores
    /// read it.
    std::chrono::milliseconds retryAfter{0};
};

/// A whole fault configuration.
struct FaultConfig
{
    std::vector<FaultRule> rules;
    std::optional<std::uint64_t> seed; ///< reseeds the random generator when set
};

/// What to do with one request.
struct FaultDecision
{
    FaultKind kind = FaultKind::None;     ///< anything but Slow
    std::chrono::milliseconds latency{0}; ///< added before answering (or dropping)
    std::chrono::milliseconds retryAfter{0};
    /// "throttle", "slow+internal", ... or empty when nothing was injected.
    QString label() const;
};

/// Parses the JSON form used by the admin endpoint and --faults:
/// `{"seed":7,"rules":[{"fault":"throttle","rate":0.2,"action":"ListMmsJobs","retryAfter":2},
///  {"sequence":["throttle","throttle","ok"],"actions":["A","B"]},{"fault":"slow","rate":1,
///  "latencyMs":2000}]}`. `retryAfter` is in seconds, `retryAfterMs` in milliseconds. Nothing (and
/// `error` set) when invalid.
std::optional<FaultConfig> parseFaultConfig(QByteArrayView json, QString *error);
/// The JSON form of a configuration (sequences show their remaining steps).
QByteArray faultConfigToJson(const FaultConfig &config);

/// Decides per request which faults to inject, from rules set at start or at run time.
/// Random draws come from a seeded generator, so a run is reproducible. Thread-safe.
class FaultInjector final
{
public:
    explicit FaultInjector(std::uint64_t seed = 1);

    /// Replaces every rule (and reseeds when the configuration has a seed).
    void setConfig(FaultConfig config);
    /// The current rules, with what is left of each sequence.
    FaultConfig config() const;
    /// Adds one rule after the existing ones.
    void addRule(FaultRule rule);
    /// Removes every rule.
    void clear();
    /// Reseeds the random generator.
    void reseed(std::uint64_t seed);

    /// The decision for one request with this action. Slow rules add up their latency; the
    /// first other fault that fires wins; every matching sequence consumes one step.
    FaultDecision decide(const QString &action);

private:
    double draw();

    mutable std::mutex m_mutex;
    std::vector<FaultRule> m_rules;
    std::mt19937_64 m_random;
};

} // namespace ferry::sandbox
