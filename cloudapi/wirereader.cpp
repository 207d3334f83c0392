// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/wirereader.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace ferry::cloudapi::wire {

QString typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::object:
        return QStringLiteral("an object");
    case json::value_t::array:
        return QStringLiteral("an array");
    case json::value_t::string:
        return QStringLiteral("a string");
    case json::value_t::boolean:
        return QStringLiteral("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QStringLiteral("a number");
    default:
        return QStringLiteral("an unsupported value");
    }
}

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString compactJson(const json &v)
{
    // The body was parsed from UTF-8, so dumping cannot meet invalid UTF-8; replace defensively.
    return fromStd(v.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::optional<qint64> integerOf(const json &v)
{
    // is_number_integer() is also true for unsigned values: test unsigned first.
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    if (v.is_number_integer())
        return v.get<std::int64_t>();
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }
    if (v.is_string()) {
        bool ok = false;
        const qint64 n = fromStd(v.get_ref<const std::string &>()).trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// "yyyy-MM-dd HH:mm:ss" at a fixed offset from UTC, handed on in UTC. Date and time are read
// apart so the local zone (and its DST gaps) never takes part.
QDateTime zonelessTime(const QString &text, int offsetSeconds)
{
    if (text.size() != 19 || text.at(10) != QLatin1Char(' '))
        return {};
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QDateTime parseIsoTime(const QString &text)
{
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!text.contains(QLatin1Char('T')))
        return zonelessTime(text, 0); // DTS and SMC mean UTC
    // No zone given: the services mean UTC.
    const QString withZone = zone.match(text).hasMatch() ? text : text + QLatin1Char('Z');
    const QDateTime t = QDateTime::fromString(withZone, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// MaxCompute answers "yyyy-MM-dd HH:mm:ss" without a zone. The documentation names none; like
// the MaxCompute console in the China regions, the API speaks Beijing time (UTC+08:00), and so
// does the sandbox. Ferry converts to UTC on arrival so these times compare with the ISO times of
// DTS and SMC. An ISO 8601 time with a zone is read as such.
QDateTime parseMmsTime(const QString &text)
{
    if (text.contains(QLatin1Char('T')))
        return parseIsoTime(text);
    return zonelessTime(text, kMmsUtcOffsetSeconds);
}

} // namespace

void Reader::fail(const QString &path, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? problem : QStringLiteral("%1: %2").arg(path, problem);
}

ApiError Reader::error() const
{
    ApiError e;
    e.kind = ErrorKind::InvalidResponse;
    e.code = QStringLiteral("InvalidResponse");
    e.message = QStringLiteral("Unexpected response: %1").arg(m_error);
    e.requestId = requestId;
    return e;
}

Obj::Obj(Reader &reader, const json *value, QString path)
    : m_reader(&reader)
    , m_value(value)
    , m_path(std::move(path))
{}

Obj Obj::root(Reader &reader, const json &body)
{
    if (!body.is_object()) {
        reader.fail(QStringLiteral("(body)"),
                    QStringLiteral("expected a JSON object, got %1").arg(typeName(body)));
        return Obj(reader, nullptr, QString());
    }
    return Obj(reader, &body, QString());
}

const json *Obj::member(const char *key) const
{
    if (!m_value || !m_value->is_object())
        return nullptr;
    const auto it = m_value->find(key);
    if (it == m_value->end() || it->is_null())
        return nullptr;
    return &*it;
}

QString Obj::child(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

bool Obj::has(const char *key) const
{
    return member(key) != nullptr;
}

QString Obj::str(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return {};
    if (v->is_string())
        return fromStd(v->get_ref<const std::string &>());
    if (v->is_number() || v->is_boolean())
        return compactJson(*v);
    m_reader->fail(child(key), QStringLiteral("expected a string, got %1").arg(typeName(*v)));
    return {};
}

QString Obj::requiredStr(const char *key) const
{
    const QString s = str(key);
    if (s.isEmpty() && m_reader->ok())
        m_reader->fail(child(key), QStringLiteral("missing"));
    return s;
}

std::optional<qint64> Obj::optI64(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return std::nullopt;
    if (v->is_string() && v->get_ref<const std::string &>().empty())
        return std::nullopt;
    if (auto n = integerOf(*v))
        return n;
    m_reader->fail(child(key), QStringLiteral("expected an integer, got %1").arg(typeName(*v)));
    return std::nullopt;
}

qint64 Obj::i64(const char *key, qint64 fallback) const
{
    return optI64(key).value_or(fallback);
}

qint64 Obj::requiredI64(const char *key) const
{
    const auto n = optI64(key);
    if (!n && m_reader->ok())
        m_reader->fail(child(key), QStringLiteral("missing"));
    return n.value_or(0);
}

std::optional<int> Obj::optI32(const char *key) const
{
    const auto n = optI64(key);
    if (!n)
        return std::nullopt;
    if (*n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
        m_reader->fail(child(key), QStringLiteral("integer out of range"));
        return std::nullopt;
    }
    return int(*n);
}

int Obj::i32(const char *key, int fallback) const
{
    return optI32(key).value_or(fallback);
}

std::optional<double> Obj::optNum(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return std::nullopt;
    if (v->is_number())
        return v->get<double>();
    if (v->is_string()) {
        const QString s = fromStd(v->get_ref<const std::string &>()).trimmed();
        if (s.isEmpty())
            return std::nullopt;
        if (auto d = numberFromText(s))
            return d;
    }
    m_reader->fail(child(key), QStringLiteral("expected a number, got %1").arg(typeName(*v)));
    return std::nullopt;
}

double Obj::num(const char *key, double fallback) const
{
    return optNum(key).value_or(fallback);
}

std::optional<bool> Obj::optBool(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return std::nullopt;
    if (v->is_boolean())
        return v->get<bool>();
    if (v->is_string()) {
        const QString s = fromStd(v->get_ref<const std::string &>());
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        if (s.isEmpty())
            return std::nullopt;
    }
    if (v->is_number_integer() || v->is_number_unsigned()) {
        const auto n = integerOf(*v);
        if (n && (*n == 0 || *n == 1))
            return *n == 1;
    }
    m_reader->fail(child(key), QStringLiteral("expected a boolean, got %1").arg(typeName(*v)));
    return std::nullopt;
}

bool Obj::boolean(const char *key, bool fallback) const
{
    return optBool(key).value_or(fallback);
}

QDateTime Obj::mmsTime(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return {};
    if (!v->is_string()) {
        m_reader->fail(child(key), QStringLiteral("expected a time, got %1").arg(typeName(*v)));
        return {};
    }
    const QString s = fromStd(v->get_ref<const std::string &>()).trimmed();
    if (s.isEmpty())
        return {};
    const QDateTime t = parseMmsTime(s);
    if (!t.isValid())
        m_reader->fail(child(key), QStringLiteral("expected a time yyyy-MM-dd HH:mm:ss"));
    return t;
}

QDateTime Obj::isoTime(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return {};
    if (!v->is_string()) {
        m_reader->fail(child(key), QStringLiteral("expected a time, got %1").arg(typeName(*v)));
        return {};
    }
    const QString s = fromStd(v->get_ref<const std::string &>()).trimmed();
    if (s.isEmpty())
        return {};
    const QDateTime t = parseIsoTime(s);
    if (!t.isValid())
        m_reader->fail(child(key), QStringLiteral("expected an ISO 8601 time"));
    return t;
}

QStringList Obj::strings(const char *key) const
{
    QStringList out;
    const json *v = member(key);
    if (!v)
        return out;
    if (!v->is_array()) {
        m_reader->fail(child(key), QStringLiteral("expected an array, got %1").arg(typeName(*v)));
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json &item = (*v)[i];
        if (item.is_string())
            out.append(fromStd(item.get_ref<const std::string &>()));
        else if (item.is_number() || item.is_boolean())
            out.append(compactJson(item));
        else
            m_reader->fail(child(key) + QStringLiteral("[%1]").arg(i),
                           QStringLiteral("expected a string, got %1").arg(typeName(item)));
    }
    return out;
}

QList<qint64> Obj::ints(const char *key) const
{
    QList<qint64> out;
    const json *v = member(key);
    if (!v)
        return out;
    if (!v->is_array()) {
        m_reader->fail(child(key), QStringLiteral("expected an array, got %1").arg(typeName(*v)));
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (auto n = integerOf((*v)[i]))
            out.append(*n);
        else
            m_reader->fail(child(key) + QStringLiteral("[%1]").arg(i),
                           QStringLiteral("expected an integer, got %1").arg(typeName((*v)[i])));
    }
    return out;
}

QMap<QString, QString> Obj::textMap(const char *key) const
{
    QMap<QString, QString> out;
    const json *v = member(key);
    if (!v)
        return out;
    if (!v->is_object()) {
        m_reader->fail(child(key), QStringLiteral("expected an object, got %1").arg(typeName(*v)));
        return out;
    }
    for (auto it = v->begin(); it != v->end(); ++it) {
        const QString name = fromStd(it.key());
        out.insert(name, it->is_string() ? fromStd(it->get_ref<const std::string &>())
                                         : compactJson(*it));
    }
    return out;
}

QString Obj::text(const char *key) const
{
    const json *v = member(key);
    if (!v)
        return {};
    return v->is_string() ? fromStd(v->get_ref<const std::string &>()) : compactJson(*v);
}

Obj Obj::obj(const char *key) const
{
    const json *v = member(key);
    if (v && !v->is_object()) {
        m_reader->fail(child(key), QStringLiteral("expected an object, got %1").arg(typeName(*v)));
        return Obj(*m_reader, nullptr, child(key));
    }
    return Obj(*m_reader, v, child(key));
}

std::optional<double> numberFromText(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace ferry::cloudapi::wire
