// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/emulatorsupport.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ferry::sandbox::emul {

namespace {

constexpr auto kChinaOffset = std::chrono::hours(8);

QString twoDigits(unsigned v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

struct Civil
{
    int year;
    unsigned month;
    unsigned day;
    unsigned hour;
    unsigned minute;
    unsigned second;
};

Civil civil(VirtualTime t)
{
    const auto secs = std::chrono::floor<std::chrono::seconds>(t);
    const auto days = std::chrono::floor<std::chrono::days>(secs);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{secs - days};
    return {int(ymd.year()),
            unsigned(ymd.month()),
            unsigned(ymd.day()),
            unsigned(hms.hours().count()),
            unsigned(hms.minutes().count()),
            unsigned(hms.seconds().count())};
}

std::optional<VirtualTime> fromCivil(int y, int mo, int d, int h, int mi, int s, int ms)
{
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(unsigned(mo)),
                                          std::chrono::day(unsigned(d))};
    if (!ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60)
        return std::nullopt;
    return VirtualTime{std::chrono::sys_days{ymd}} + std::chrono::hours(h) +
           std::chrono::minutes(mi) + std::chrono::seconds(s) + Ms(ms);
}

} // namespace

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t hashOf(std::uint64_t seed, std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    return mix(mix(mix(mix(seed) ^ a) ^ b) ^ c);
}

std::uint64_t hashText(const QString &text)
{
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (const QChar ch : text) {
        h ^= ch.unicode();
        h *= 1099511628211ULL;
    }
    return mix(h);
}

double unit(std::uint64_t h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

double between(std::uint64_t h, double lo, double hi)
{
    return lo + (hi - lo) * unit(h);
}

QString alnumId(std::uint64_t h, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    std::uint64_t state = h;
    for (int i = 0; i < length; ++i) {
        state = mix(state + std::uint64_t(i));
        // ids start with a letter so they never look like numbers
        const int range = i == 0 ? 26 : 36;
        out.append(QLatin1Char(alphabet[state % std::uint64_t(range)]));
    }
    return out;
}

QString isoUtc(VirtualTime t)
{
    const Civil c = civil(t);
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(twoDigits(c.month), twoDigits(c.day), twoDigits(c.hour), twoDigits(c.minute),
             twoDigits(c.second));
}

QString mmsTime(VirtualTime t)
{
    const Civil c = civil(t + kChinaOffset);
    return QStringLiteral("%1-%2-%3 %4:%5:%6")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(twoDigits(c.month), twoDigits(c.day), twoDigits(c.hour), twoDigits(c.minute),
             twoDigits(c.second));
}

std::optional<VirtualTime> parseIsoUtc(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int ms =
        m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(3, QLatin1Char('0')).toInt();
    return fromCivil(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
}

std::optional<VirtualTime> parseMmsTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return parseIsoUtc(text);
    const auto local =
        fromCivil(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                  m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), 0);
    if (!local)
        return std::nullopt;
    return *local - kChinaOffset;
}

qint64 unixSeconds(VirtualTime t)
{
    return std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

VirtualTime floorToSecond(VirtualTime t)
{
    return std::chrono::floor<std::chrono::seconds>(t);
}

QString compactDate(VirtualTime t)
{
    const Civil c = civil(t);
    return QStringLiteral("%1%2%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(twoDigits(c.month), twoDigits(c.day));
}

Json jsList(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(js(s));
    return out;
}

Fault missingParameter(const QString &name)
{
    return {400, QStringLiteral("MissingParameter"),
            QStringLiteral("The input parameter \"%1\" that is mandatory for processing this "
                           "request is not supplied.")
                .arg(name),
            name};
}

Fault invalidParameter(const QString &name, const QString &reason)
{
    return {400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The specified parameter \"%1\" is not valid: %2").arg(name, reason),
            name};
}

// --- ParamReader -------------------------------------------------------------------------------

ParamReader::ParamReader(const std::map<QString, QString> &params)
    : m_params(params)
{}

bool ParamReader::has(const QString &name) const
{
    const auto it = m_params.find(name);
    return it != m_params.end() && !it->second.isEmpty();
}

QString ParamReader::text(const QString &name, const QString &fallback) const
{
    const auto it = m_params.find(name);
    return it == m_params.end() || it->second.isEmpty() ? fallback : it->second;
}

QString ParamReader::required(const QString &name)
{
    if (!has(name)) {
        fail(missingParameter(name));
        return {};
    }
    return text(name);
}

std::optional<qint64> ParamReader::integer(const QString &name, qint64 min, qint64 max)
{
    if (!has(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = text(name).trimmed().toLongLong(&ok);
    if (!ok) {
        fail(invalidParameter(name, QStringLiteral("expected an integer")));
        return std::nullopt;
    }
    if (v < min || v > max) {
        fail(invalidParameter(name, QStringLiteral("must be from %1 to %2").arg(min).arg(max)));
        return std::nullopt;
    }
    return v;
}

qint64 ParamReader::integer(const QString &name, qint64 min, qint64 max, qint64 fallback)
{
    return integer(name, min, max).value_or(fallback);
}

std::optional<bool> ParamReader::boolean(const QString &name)
{
    if (!has(name))
        return std::nullopt;
    const QString v = text(name).trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    fail(invalidParameter(name, QStringLiteral("expected true or false")));
    return std::nullopt;
}

bool ParamReader::boolean(const QString &name, bool fallback)
{
    return boolean(name).value_or(fallback);
}

QStringList ParamReader::indexed(const QString &prefix) const
{
    std::map<int, QString> byIndex;
    const QString head = prefix + QLatin1Char('.');
    for (auto it = m_params.lower_bound(head); it != m_params.end(); ++it) {
        if (!it->first.startsWith(head))
            break;
        bool ok = false;
        const int index = it->first.mid(head.size()).toInt(&ok);
        if (ok && index > 0 && !it->second.isEmpty())
            byIndex[index] = it->second;
    }
    QStringList out;
    for (const auto &[index, value] : byIndex)
        out.append(value);
    return out;
}

std::vector<std::map<QString, QString>> ParamReader::indexedObjects(const QString &prefix) const
{
    std::map<int, std::map<QString, QString>> byIndex;
    const QString head = prefix + QLatin1Char('.');
    for (auto it = m_params.lower_bound(head); it != m_params.end(); ++it) {
        if (!it->first.startsWith(head))
            break;
        const QString rest = it->first.mid(head.size());
        const int dot = rest.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            continue;
        bool ok = false;
        const int index = rest.left(dot).toInt(&ok);
        if (ok && index > 0)
            byIndex[index][rest.mid(dot + 1)] = it->second;
    }
    std::vector<std::map<QString, QString>> out;
    for (auto &[index, fields] : byIndex)
        out.push_back(std::move(fields));
    return out;
}

QStringList ParamReader::commaList(const QString &name) const
{
    QStringList out;
    for (const QString &part : text(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

void ParamReader::fail(const Fault &fault)
{
    if (!m_fault)
        m_fault = fault;
}

// --- BodyReader --------------------------------------------------------------------------------

BodyReader::BodyReader(const Json &body)
    : m_body(body.is_object() ? body : Json::object())
{}

const Json *BodyReader::value(const char *key) const
{
    const auto it = m_body.find(key);
    if (it == m_body.end() || it->is_null())
        return nullptr;
    return &*it;
}

bool BodyReader::has(const char *key) const
{
    return value(key) != nullptr;
}

std::optional<QString> BodyReader::text(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        fail(invalidParameter(QString::fromLatin1(key), QStringLiteral("expected a string")));
        return std::nullopt;
    }
    return QString::fromStdString(v->get<std::string>());
}

std::optional<qint64> BodyReader::integer(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v->get<std::string>()).toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(invalidParameter(QString::fromLatin1(key), QStringLiteral("expected an integer")));
    return std::nullopt;
}

std::optional<bool> BodyReader::boolean(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    if (v->is_boolean())
        return v->get<bool>();
    fail(invalidParameter(QString::fromLatin1(key), QStringLiteral("expected true or false")));
    return std::nullopt;
}

std::optional<QStringList> BodyReader::textList(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    QStringList out;
    if (v->is_array()) {
        for (const Json &item : *v) {
            if (!item.is_string()) {
                fail(invalidParameter(QString::fromLatin1(key),
                                      QStringLiteral("expected an array of strings")));
                return std::nullopt;
            }
            out.append(QString::fromStdString(item.get<std::string>()));
        }
        return out;
    }
    fail(
        invalidParameter(QString::fromLatin1(key), QStringLiteral("expected an array of strings")));
    return std::nullopt;
}

std::optional<std::vector<qint64>> BodyReader::integerList(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    std::vector<qint64> out;
    if (v->is_array()) {
        for (const Json &item : *v) {
            if (!item.is_number_integer()) {
                fail(invalidParameter(QString::fromLatin1(key),
                                      QStringLiteral("expected an array of integers")));
                return std::nullopt;
            }
            out.push_back(item.get<qint64>());
        }
        return out;
    }
    fail(invalidParameter(QString::fromLatin1(key),
                          QStringLiteral("expected an array of integers")));
    return std::nullopt;
}

std::optional<std::map<QString, QString>> BodyReader::textMap(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->is_object()) {
        fail(invalidParameter(QString::fromLatin1(key), QStringLiteral("expected an object")));
        return std::nullopt;
    }
    std::map<QString, QString> out;
    for (auto it = v->begin(); it != v->end(); ++it) {
        if (!it.value().is_string()) {
            fail(invalidParameter(QString::fromLatin1(key),
                                  QStringLiteral("expected string values")));
            return std::nullopt;
        }
        out[QString::fromStdString(it.key())] =
            QString::fromStdString(it.value().get<std::string>());
    }
    return out;
}

std::optional<Json> BodyReader::object(const char *key)
{
    const Json *v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->is_object()) {
        fail(invalidParameter(QString::fromLatin1(key), QStringLiteral("expected an object")));
        return std::nullopt;
    }
    return *v;
}

void BodyReader::fail(const Fault &fault)
{
    if (!m_fault)
        m_fault = fault;
}

// --- Gateway -----------------------------------------------------------------------------------

ServiceResponse gatewayError(const ServiceRequest &request, const QString &product, int status,
                             const QString &code, const QString &message)
{
    Json body;
    body["RequestId"] = js(request.requestId);
    body["HostId"] = "";
    body["Code"] = js(code);
    body["Message"] = js(message);
    body["Recommend"] =
        js(QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
               .arg(code, product, request.requestId));
    return {status, body};
}

ServiceResponse actionNotFound(const ServiceRequest &request, const QString &product)
{
    return gatewayError(
        request, product, 404, QStringLiteral("InvalidAction.NotFound"),
        QStringLiteral("Specified api is not found, please check your url and method."));
}

ServiceResponse invalidVersion(const ServiceRequest &request, const QString &product)
{
    return gatewayError(request, product, 400, QStringLiteral("InvalidVersion"),
                        QStringLiteral("Specified parameter Version is not valid."));
}

VirtualTime effectiveNow(VirtualTime requested, std::optional<VirtualTime> &anchor,
                         VirtualTime &lastSeen)
{
    if (!anchor) {
        anchor = floorToSecond(requested);
        lastSeen = requested;
    }
    lastSeen = std::max(lastSeen, requested);
    return lastSeen;
}

} // namespace ferry::sandbox::emul
