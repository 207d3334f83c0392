// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonical.h"

#include <algorithm>

namespace ferry::sandbox::canonical {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

} // namespace

QByteArray percentDecode(QByteArrayView text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

QByteArray encodeValue(QByteArrayView value)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(value.size() * 3);
    for (const char c : value) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(kHex[byte >> 4]);
            out.append(kHex[byte & 0x0F]);
        }
    }
    return out;
}

std::vector<Pair> parsePairs(QByteArrayView raw)
{
    std::vector<Pair> pairs;
    qsizetype start = 0;
    while (start <= raw.size()) {
        qsizetype end = raw.indexOf('&', start);
        if (end < 0)
            end = raw.size();
        const QByteArrayView field = raw.sliced(start, end - start);
        if (!field.isEmpty()) {
            const qsizetype eq = field.indexOf('=');
            if (eq < 0)
                pairs.emplace_back(percentDecode(field, true), QByteArray());
            else
                pairs.emplace_back(percentDecode(field.first(eq), true),
                                   percentDecode(field.sliced(eq + 1), true));
        }
        start = end + 1;
    }
    return pairs;
}

QByteArray queryString(QByteArrayView rawQuery)
{
    std::vector<Pair> pairs = parsePairs(rawQuery);
    // Byte order, as the official cores sort: "Zeta" < "_underscore" < "lowerFirst".
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const Pair &pair : pairs) {
        if (!out.isEmpty())
            out.append('&');
        // The cores encode values but not names; a gateway that follows them must do the same.
        out.append(pair.first);
        out.append('=');
        out.append(encodeValue(pair.second));
    }
    return out;
}

QByteArray uri(QByteArrayView rawPath)
{
    if (rawPath.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray out;
    out.reserve(rawPath.size() + 8);
    for (qsizetype i = 0; i < rawPath.size(); ++i) {
        const char c = rawPath[i];
        if (c == '+') {
            out.append("%20");
        } else if (c == '*') {
            out.append("%2A");
        } else if (c == '%' && i + 2 < rawPath.size() && rawPath[i + 1] == '7' &&
                   rawPath[i + 2] == 'E') {
            out.append('~');
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

std::pair<QByteArray, QByteArray> splitTarget(QByteArrayView target)
{
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target = target.first(hash);
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {target.toByteArray(), QByteArray()};
    return {target.first(question).toByteArray(), target.sliced(question + 1).toByteArray()};
}

} // namespace ferry::sandbox::canonical
