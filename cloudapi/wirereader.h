// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: reading response bodies into model values without exceptions.

#include "cloudapi/apierror.h"
#include "cloudapi/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <exception>
#include <optional>

#include <nlohmann/json.hpp>

namespace ferry::cloudapi::wire {

using json = nlohmann::json;

/// The offset of the times MaxCompute writes without a zone: Beijing time, UTC+08:00.
inline constexpr int kMmsUtcOffsetSeconds = 8 * 3600;

/// "a string", "an object", ... for error messages.
QString typeName(const json &value);

/// Collects the first problem found while reading a body. Readers keep going after a problem
/// (returning defaults) so the parse functions stay linear; the first problem is what is reported.
class Reader final
{
public:
    bool ok() const { return m_error.isEmpty(); }
    /// Records a problem at `path` (e.g. "data.objectList[2].id") unless one is recorded already.
    void fail(const QString &path, const QString &problem);
    /// The InvalidResponse error describing the first problem.
    ApiError error() const;

    QString requestId; ///< filled from the body as soon as it is known

private:
    QString m_error;
};

/// A JSON object being read at `path`. An absent member, or null, reads as the default; a member
/// of the wrong type records an error naming the member. Scalars are read leniently where the
/// services are inconsistent: a string field accepts a number, a number field a numeric string, a
/// bool field "true"/"false".
class Obj final
{
public:
    Obj(Reader &reader, const json *value, QString path);

    /// The object at the top of a body: anything but an object is an error.
    static Obj root(Reader &reader, const json &body);

    bool exists() const { return m_value != nullptr; }
    bool has(const char *key) const;
    const QString &path() const { return m_path; }
    Reader &reader() const { return *m_reader; }

    QString str(const char *key) const;
    /// Like str(), but a missing or empty value is an error.
    QString requiredStr(const char *key) const;
    qint64 i64(const char *key, qint64 fallback = 0) const;
    std::optional<qint64> optI64(const char *key) const;
    /// Like i64(), but a missing value is an error.
    qint64 requiredI64(const char *key) const;
    int i32(const char *key, int fallback = 0) const;
    std::optional<int> optI32(const char *key) const;
    double num(const char *key, double fallback = 0) const;
    std::optional<double> optNum(const char *key) const;
    bool boolean(const char *key, bool fallback = false) const;
    std::optional<bool> optBool(const char *key) const;
    /// MaxCompute time "yyyy-MM-dd HH:mm:ss" in Beijing time (kMmsUtcOffsetSeconds), in UTC.
    QDateTime mmsTime(const char *key) const;
    /// ISO 8601 time (DTS, SMC), converted to UTC.
    QDateTime isoTime(const char *key) const;
    QStringList strings(const char *key) const;
    QList<qint64> ints(const char *key) const;
    /// An object of scalars as text (non-string values as compact JSON).
    QMap<QString, QString> textMap(const char *key) const;
    /// Any value as text: a string as it is, anything else as compact JSON; empty when absent.
    QString text(const char *key) const;

    /// A member object; absent reads as an empty object, a non-object is an error.
    Obj obj(const char *key) const;
    /// Calls `f(Obj)` for each element of a member array of objects.
    template<class F>
    void each(const char *key, F &&f) const
    {
        const json *arr = member(key);
        if (!arr)
            return;
        const QString at = child(key);
        if (!arr->is_array()) {
            m_reader->fail(at, QStringLiteral("expected an array, got %1").arg(typeName(*arr)));
            return;
        }
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const QString itemPath = at + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            const json &item = (*arr)[i];
            if (!item.is_object()) {
                m_reader->fail(itemPath,
                               QStringLiteral("expected an object, got %1").arg(typeName(item)));
                continue;
            }
            f(Obj(*m_reader, &item, itemPath));
        }
    }

private:
    const json *member(const char *key) const;
    QString child(const char *key) const;

    Reader *m_reader;
    const json *m_value;
    QString m_path;
};

/// Parses a number sent as text ("85", "0.5"); nullopt when it is not one.
std::optional<double> numberFromText(const QString &text);

/// Runs a parse function, turning any exception (there should be none) into InvalidResponse.
template<class T, class F>
Result<T> guardedParse(F &&parse) noexcept
{
    try {
        return parse();
    } catch (const std::exception &e) {
        ApiError err;
        err.kind = ErrorKind::InvalidResponse;
        err.code = QStringLiteral("InvalidResponse");
        err.message = QStringLiteral("Unreadable response: %1").arg(QString::fromUtf8(e.what()));
        return err;
    } catch (...) {
        ApiError err;
        err.kind = ErrorKind::InvalidResponse;
        err.code = QStringLiteral("InvalidResponse");
        err.message = QStringLiteral("Unreadable response");
        return err;
    }
}

/// Finishes a parse: the value if the reader saw no problem, its error otherwise.
template<class T>
Result<T> finish(const Reader &reader, T value)
{
    if (!reader.ok())
        return reader.error();
    return Result<T>(std::move(value));
}

} // namespace ferry::cloudapi::wire
