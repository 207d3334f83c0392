// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <span>

namespace ferry::model {

/// One row of a status table: the value, its wire spelling and its untranslated display name
/// (marked with QT_TRANSLATE_NOOP in the "ferry::model::Status" context). A value may appear in
/// several rows to accept aliases; the first row is the canonical spelling.
template<class E>
struct EnumEntry
{
    E value;
    const char *wire;
    const char *display;
};

/// The translation context of every status display name.
inline constexpr const char *kStatusContext = "ferry::model::Status";

/// A status as received from a service: the parsed value and the exact text that arrived.
/// Text the table does not know maps to E::Unknown and is kept in `raw`, so nothing is lost and
/// nothing crashes when a service adds a state.
template<class E>
struct Wire
{
    E value = E::Unknown;
    QString raw; ///< the wire text as received; empty when built from a value

    Wire() = default;
    Wire(E v)
        : value(v)
    {} // NOLINT(google-explicit-constructor): statuses read like enums
    Wire(E v, QString text)
        : value(v)
        , raw(std::move(text))
    {}

    bool isKnown() const { return value != E::Unknown; }
    /// Whether the service sent anything at all for this field.
    bool isPresent() const { return value != E::Unknown || !raw.isEmpty(); }

    friend bool operator==(const Wire &a, E b) { return a.value == b; }
    friend bool operator==(const Wire &a, const Wire &b)
    {
        return a.value == b.value && (a.value != E::Unknown || a.raw == b.raw);
    }
};

/// Parses wire text: exact match first, then a case-insensitive match (services are not always
/// consistent, e.g. DTS "synchronizing"); anything else is Unknown with the text kept.
template<class E>
Wire<E> parseWire(const QString &text)
{
    const auto entries = enumEntries(E{});
    for (const auto &e : entries) {
        if (text == QLatin1String(e.wire))
            return {e.value, text};
    }
    for (const auto &e : entries) {
        if (text.compare(QLatin1String(e.wire), Qt::CaseInsensitive) == 0)
            return {e.value, text};
    }
    return {E::Unknown, text};
}

/// The canonical wire spelling of a value (empty for Unknown).
template<class E>
QString toWire(E value)
{
    for (const auto &e : enumEntries(E{})) {
        if (e.value == value)
            return QLatin1String(e.wire);
    }
    return {};
}

/// The canonical spelling of a known value, or the text that arrived for an unknown one.
template<class E>
QString toWire(const Wire<E> &w)
{
    return w.isKnown() ? toWire(w.value) : w.raw;
}

/// The translated display name of a value.
template<class E>
QString displayName(E value)
{
    for (const auto &e : enumEntries(E{})) {
        if (e.value == value)
            return QCoreApplication::translate(kStatusContext, e.display);
    }
    return QCoreApplication::translate(kStatusContext, "Unknown");
}

/// The translated display name; an unknown state shows the text the service sent.
template<class E>
QString displayName(const Wire<E> &w)
{
    if (w.isKnown())
        return displayName(w.value);
    if (w.raw.isEmpty())
        return QCoreApplication::translate(kStatusContext, "Unknown");
    return QCoreApplication::translate(kStatusContext, "Unknown (%1)").arg(w.raw);
}

} // namespace ferry::model
