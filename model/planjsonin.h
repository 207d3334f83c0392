// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A checked read view of plan JSON, shared by the readers of the plan file's members. Internal
// to model/.

#include "model/planjson.h"
#include "model/plantime.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace ferry::model::planjson::detail {

using J = nlohmann::ordered_json;

[[noreturn]] inline void fail(const QString &pointer, const char *detail)
{
    throw ContentError{pointer, QString::fromLatin1(detail)};
}

// A read view of one JSON object that knows its own JSON pointer for error messages.
class In
{
public:
    In(const J &j, QString pointer)
        : m_j(j)
        , m_ptr(std::move(pointer))
    {
        if (!m_j.is_object())
            fail(m_ptr, "expected an object");
    }

    QString at(const char *key) const { return m_ptr + QLatin1Char('/') + QLatin1String(key); }
    const J *find(const char *key) const
    {
        const auto it = m_j.find(key);
        return it == m_j.end() || it->is_null() ? nullptr : &*it;
    }

    QString string(const char *key, bool required = false) const
    {
        const J *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), "required member missing");
            return {};
        }
        if (!v->is_string())
            fail(at(key), "expected a string");
        return QString::fromStdString(v->get<std::string>());
    }

    bool boolean(const char *key, bool fallback) const
    {
        const J *v = find(key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            fail(at(key), "expected true or false");
        return v->get<bool>();
    }

    std::optional<qint64> optInteger(const char *key) const
    {
        const J *v = find(key);
        if (!v)
            return std::nullopt;
        if (!v->is_number_integer())
            fail(at(key), "expected an integer");
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(INT64_MAX))
            fail(at(key), "integer out of range");
        return v->get<qint64>();
    }

    qint64 integer(const char *key, qint64 fallback) const
    {
        return optInteger(key).value_or(fallback);
    }

    int integer32(const char *key, int fallback) const
    {
        const qint64 v = integer(key, fallback);
        if (v < INT32_MIN || v > INT32_MAX)
            fail(at(key), "integer out of range");
        return int(v);
    }

    std::optional<double> optNumber(const char *key) const
    {
        const J *v = find(key);
        if (!v)
            return std::nullopt;
        if (!v->is_number())
            fail(at(key), "expected a number");
        return v->get<double>();
    }

    double number(const char *key, double fallback) const
    {
        return optNumber(key).value_or(fallback);
    }

    std::optional<QDateTime> time(const char *key, bool required = false) const
    {
        const QString s = string(key, required);
        if (s.isEmpty())
            return std::nullopt;
        const auto t = parseIsoUtc(s);
        if (!t)
            fail(at(key), "expected an ISO 8601 time with a zone, e.g. 2024-05-01T08:00:00Z");
        return t;
    }

    QStringList strings(const char *key) const
    {
        QStringList out;
        const J *v = find(key);
        if (!v)
            return out;
        if (!v->is_array())
            fail(at(key), "expected an array of strings");
        int i = 0;
        for (const J &e : *v) {
            if (!e.is_string())
                fail(at(key) + QLatin1Char('/') + QString::number(i), "expected a string");
            out.append(QString::fromStdString(e.get<std::string>()));
            ++i;
        }
        return out;
    }

    template<class T>
    QList<T> list(const char *key, const std::function<T(const In &)> &read,
                  bool required = false) const
    {
        QList<T> out;
        const J *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), "required member missing");
            return out;
        }
        if (!v->is_array())
            fail(at(key), "expected an array");
        int i = 0;
        for (const J &e : *v)
            out.append(read(In(e, at(key) + QLatin1Char('/') + QString::number(i++))));
        return out;
    }

    std::optional<In> object(const char *key) const
    {
        const J *v = find(key);
        if (!v)
            return std::nullopt;
        return In(*v, at(key));
    }

    template<class E>
    E enumeration(const char *key, std::optional<E> (*parse)(QStringView), bool required,
                  E fallback) const
    {
        const QString s = string(key, required);
        if (s.isEmpty())
            return fallback;
        const auto v = parse(s);
        if (!v)
            fail(at(key), "unknown value");
        return *v;
    }

    const J &json() const { return m_j; }
    const QString &pointer() const { return m_ptr; }

private:
    const J &m_j;
    QString m_ptr;
};

} // namespace ferry::model::planjson::detail
