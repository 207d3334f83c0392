// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <nlohmann/json.hpp>

namespace ferry::sandbox {

namespace {

constexpr std::pair<FaultKind, const char *> kNames[] = {
    {FaultKind::None, "ok"},
    {FaultKind::Throttle, "throttle"},
    {FaultKind::InternalError, "internal"},
    {FaultKind::Unavailable, "unavailable"},
    {FaultKind::Drop, "drop"},
    {FaultKind::Malformed, "malformed"},
    {FaultKind::Slow, "slow"},
    {FaultKind::Forbidden, "forbidden"},
};

std::optional<FaultKind> kindFromJson(const nlohmann::json &value, QString *error)
{
    if (!value.is_string()) {
        *error = QStringLiteral("a fault must be a string");
        return std::nullopt;
    }
    const QString name = QString::fromStdString(value.get<std::string>());
    const auto kind = faultKindFromName(name);
    if (!kind)
        *error = QStringLiteral("unknown fault \"%1\"").arg(name);
    return kind;
}

std::optional<FaultRule> ruleFromJson(const nlohmann::json &item, QString *error)
{
    if (!item.is_object()) {
        *error = QStringLiteral("each rule must be an object");
        return std::nullopt;
    }
    FaultRule rule;
    if (item.contains("sequence")) {
        const auto &steps = item.at("sequence");
        if (!steps.is_array()) {
            *error = QStringLiteral("\"sequence\" must be an array of fault names");
            return std::nullopt;
        }
        rule.scripted = true;
        for (const auto &step : steps) {
            const auto kind = kindFromJson(step, error);
            if (!kind)
                return std::nullopt;
            rule.sequence.push_back(*kind);
        }
    } else {
        if (!item.contains("fault")) {
            *error = QStringLiteral("a rule needs \"fault\" (with \"rate\") or \"sequence\"");
            return std::nullopt;
        }
        const auto kind = kindFromJson(item.at("fault"), error);
        if (!kind)
            return std::nullopt;
        rule.kind = *kind;
        const auto rate = item.value("rate", nlohmann::json(1.0));
        if (!rate.is_number() || rate.get<double>() < 0.0 || rate.get<double>() > 1.0) {
            *error = QStringLiteral("\"rate\" must be a number from 0 to 1");
            return std::nullopt;
        }
        rule.rate = rate.get<double>();
    }
    if (item.contains("action")) {
        if (!item.at("action").is_string()) {
            *error = QStringLiteral("\"action\" must be a string");
            return std::nullopt;
        }
        rule.actions.append(QString::fromStdString(item.at("action").get<std::string>()));
    }
    if (item.contains("actions")) {
        if (!item.at("actions").is_array()) {
            *error = QStringLiteral("\"actions\" must be an array of strings");
            return std::nullopt;
        }
        for (const auto &action : item.at("actions")) {
            if (!action.is_string()) {
                *error = QStringLiteral("\"actions\" must be an array of strings");
                return std::nullopt;
            }
            rule.actions.append(QString::fromStdString(action.get<std::string>()));
        }
    }
    if (item.contains("latencyMs")) {
        const auto &latency = item.at("latencyMs");
        if (!latency.is_number() || latency.get<double>() < 0 || latency.get<double>() > 600000) {
            *error = QStringLiteral("\"latencyMs\" must be a number from 0 to 600000");
            return std::nullopt;
        }
        rule.latency = std::chrono::milliseconds(latency.get<std::int64_t>());
    }
    for (const auto &[key, unit] : {std::pair{"retryAfter", 1000}, std::pair{"retryAfterMs", 1}}) {
        if (!item.contains(key))
            continue;
        const auto &retry = item.at(key);
        if (!retry.is_number_integer() || retry.get<std::int64_t>() < 0 ||
            retry.get<std::int64_t>() > 3'600'000 / unit) {
            *error =
                QStringLiteral("\"%1\" must be an integer from 0 to %2 (%3)")
                    .arg(QLatin1String(key))
                    .arg(3'600'000 / unit)
                    .arg(unit == 1 ? QStringLiteral("milliseconds") : QStringLiteral("seconds"));
            return std::nullopt;
        }
        rule.retryAfter = std::chrono::milliseconds(retry.get<std::int64_t>() * unit);
    }
    return rule;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("ok");
}

std::optional<FaultKind> faultKindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto &[kind, text] : kNames) {
        if (lower == QLatin1String(text))
            return kind;
    }
    if (lower == QLatin1String("error") || lower == QLatin1String("500"))
        return FaultKind::InternalError;
    if (lower == QLatin1String("503"))
        return FaultKind::Unavailable;
    return std::nullopt;
}

QString FaultDecision::label() const
{
    QStringList parts;
    if (latency.count() > 0)
        parts.append(QStringLiteral("slow"));
    if (kind != FaultKind::None)
        parts.append(faultKindName(kind));
    return parts.join(QLatin1Char('+'));
}

std::optional<FaultConfig> parseFaultConfig(QByteArrayView json, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    const auto parsed = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (parsed.is_discarded()) {
        message = QStringLiteral("the fault configuration is not valid JSON");
        return std::nullopt;
    }
    if (!parsed.is_array() && !parsed.is_object()) {
        message = QStringLiteral("the fault configuration must be an object or an array");
        return std::nullopt;
    }
    // A bare array of rules is accepted too.
    const nlohmann::json rules =
        parsed.is_array() ? parsed : parsed.value("rules", nlohmann::json::array());
    if (!rules.is_array()) {
        message = QStringLiteral("\"rules\" must be an array");
        return std::nullopt;
    }
    FaultConfig config;
    if (parsed.is_object() && parsed.contains("seed")) {
        if (!parsed.at("seed").is_number_unsigned()) {
            message = QStringLiteral("\"seed\" must be a non-negative integer");
            return std::nullopt;
        }
        config.seed = parsed.at("seed").get<std::uint64_t>();
    }
    for (const auto &item : rules) {
        auto rule = ruleFromJson(item, &message);
        if (!rule)
            return std::nullopt;
        config.rules.push_back(std::move(*rule));
    }
    return config;
}

QByteArray faultConfigToJson(const FaultConfig &config)
{
    nlohmann::json rules = nlohmann::json::array();
    for (const FaultRule &rule : config.rules) {
        nlohmann::json item = nlohmann::json::object();
        if (rule.scripted) {
            nlohmann::json steps = nlohmann::json::array();
            for (const FaultKind step : rule.sequence)
                steps.push_back(faultKindName(step).toStdString());
            item["sequence"] = std::move(steps);
        } else {
            item["fault"] = faultKindName(rule.kind).toStdString();
            item["rate"] = rule.rate;
        }
        nlohmann::json actions = nlohmann::json::array();
        for (const QString &action : rule.actions)
            actions.push_back(action.toStdString());
        item["actions"] = std::move(actions);
        item["latencyMs"] = rule.latency.count();
        item["retryAfterMs"] = rule.retryAfter.count();
        rules.push_back(std::move(item));
    }
    nlohmann::json out{{"rules", std::move(rules)}};
    if (config.seed)
        out["seed"] = *config.seed;
    return QByteArray::fromStdString(out.dump());
}

FaultInjector::FaultInjector(std::uint64_t seed)
    : m_random(seed)
{}

void FaultInjector::setConfig(FaultConfig config)
{
    std::lock_guard lock(m_mutex);
    m_rules = std::move(config.rules);
    if (config.seed)
        m_random.seed(*config.seed);
}

FaultConfig FaultInjector::config() const
{
    std::lock_guard lock(m_mutex);
    return FaultConfig{m_rules, std::nullopt};
}

void FaultInjector::addRule(FaultRule rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(std::move(rule));
}

void FaultInjector::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

void FaultInjector::reseed(std::uint64_t seed)
{
    std::lock_guard lock(m_mutex);
    m_random.seed(seed);
}

double FaultInjector::draw()
{
    // 53 random bits -> [0, 1); unlike std::uniform_real_distribution this is the same on
    // every standard library, so a seed replays the same faults everywhere.
    return double(m_random() >> 11) * 0x1.0p-53;
}

FaultDecision FaultInjector::decide(const QString &action)
{
    std::lock_guard lock(m_mutex);
    FaultDecision decision;
    for (FaultRule &rule : m_rules) {
        if (!rule.actions.isEmpty() && !rule.actions.contains(action))
            continue;
        FaultKind kind = FaultKind::None;
        if (rule.scripted) {
            if (rule.sequence.empty())
                continue;
            kind = rule.sequence.front();
            rule.sequence.pop_front();
        } else {
            if (rule.rate <= 0.0 || draw() >= rule.rate)
                continue;
            kind = rule.kind;
        }
        if (kind == FaultKind::Slow) {
            decision.latency += rule.latency;
        } else if (kind != FaultKind::None && decision.kind == FaultKind::None) {
            decision.kind = kind;
            decision.retryAfter = rule.retryAfter;
        }
    }
    return decision;
}

} // namespace ferry::sandbox
