// SPDX-License-Identifier: GPL-3.0-or-later
// Masking of free text (log lines, error messages, URLs, command lines). Text has no grammar to
// trust, so every rule errs towards masking: a value whose end cannot be found is masked to the
// end of the text rather than in part.
#include "model/sanitizer.h"

#include "model/sanitizer_p.h"

#include <QString>

#include <algorithm>

namespace ferry::model {

namespace {

// How far back a key is looked for before a separator; bounds the work per separator.
constexpr std::size_t kMaxKeyLength = 256;

inline bool isAsciiAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Characters of an unquoted key: identifiers, header names (X-Acs-Security-Token), dotted names,
// and any non-ASCII byte so that keys spelled with U+017F or U+212A are seen whole.
inline bool isKeyChar(char c)
{
    return isAsciiAlnum(c) || c == '_' || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// How the key before a separator was written; a masked value keeps the quoting of its context.
enum class KeyStyle
{
    None,
    Plain,
    DoubleQuoted,
    EscapedQuoted,
    SingleQuoted
};

// Finds the key that ends just before `sep` (optionally followed by blanks) and, when it names a
// secret, tells how it was quoted; KeyStyle::None when there is no secret key.
KeyStyle secretKeyBefore(std::string_view t, std::size_t sep)
{
    std::size_t k = sep;
    while (k > 0 && isBlank(t[k - 1]))
        --k;
    if (k == 0)
        return KeyStyle::None;
    const char last = t[k - 1];
    if (last == '"' || last == '\'') {
        const std::size_t close = k - 1;
        const std::size_t floor = close > kMaxKeyLength ? close - kMaxKeyLength : 0;
        std::size_t open = close;
        while (open > floor && t[open - 1] != last)
            --open;
        if (open == 0 || t[open - 1] != last)
            return KeyStyle::None;
        std::string_view key = t.substr(open, close - open);
        KeyStyle style = last == '"' ? KeyStyle::DoubleQuoted : KeyStyle::SingleQuoted;
        // JSON quoted inside a JSON string writes its quotes as \" : drop that backslash.
        if (last == '"' && !key.empty() && key.back() == '\\') {
            key.remove_suffix(1);
            style = KeyStyle::EscapedQuoted;
        }
        const bool secret = key.find('\\') == std::string_view::npos
                                ? isSecretKey(key)
                                : isSecretKey(detail::decodeEscapesLeniently(key));
        return secret ? style : KeyStyle::None;
    }
    std::size_t begin = k;
    const std::size_t floor = k > kMaxKeyLength ? k - kMaxKeyLength : 0;
    while (begin > floor && isKeyChar(t[begin - 1]))
        --begin;
    if (begin == k || !isSecretKey(t.substr(begin, k - begin)))
        return KeyStyle::None;
    return KeyStyle::Plain;
}

// End of a value quoted with `quote` starting at `open` (the quote); npos when it never closes.
std::size_t quotedEnd(std::string_view t, std::size_t open, char quote)
{
    for (std::size_t i = open + 1; i < t.size(); ++i) {
        if (t[i] == '\\' && quote == '"') {
            ++i;
            continue;
        }
        if (t[i] == quote)
            return i + 1;
    }
    return std::string_view::npos;
}

// End of a value written as \"...\" (JSON inside a JSON string): the closing \" is the one whose
// run of backslashes is 4k+1 long; 4k+3 is an escaped quote inside the inner string.
std::size_t escapedQuotedEnd(std::string_view t, std::size_t open)
{
    for (std::size_t i = open + 2; i < t.size(); ++i) {
        if (t[i] != '"')
            continue;
        std::size_t run = 0;
        for (std::size_t j = i; j > open + 2 && t[j - 1] == '\\'; --j)
            ++run;
        if (run % 4 == 1)
            return i + 1;
    }
    return std::string_view::npos;
}

// End of a JSON object or array starting at `open`, skipping over strings.
std::size_t bracketedEnd(std::string_view t, std::size_t open)
{
    std::size_t depth = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') {
            const std::size_t end = quotedEnd(t, i, '"');
            if (end == std::string_view::npos)
                return end;
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return std::string_view::npos;
}

struct Value
{
    std::size_t begin = 0;
    std::size_t end = 0; // begin == end: there is no value to mask
};

// Finds the value that starts at or after `from` (blanks skipped). A quoted or bracketed value
// that never closes runs to the end of the text.
Value valueAt(std::string_view t, std::size_t from, KeyStyle key)
{
    std::size_t v = from;
    while (v < t.size() && isBlank(t[v]))
        ++v;
    if (v == t.size())
        return {v, v};
    const char c = t[v];
    std::size_t end = 0;
    if (c == '"') {
        end = quotedEnd(t, v, '"');
    } else if (c == '\\' && v + 1 < t.size() && t[v + 1] == '"') {
        end = escapedQuotedEnd(t, v);
    } else if (c == '\'') {
        end = quotedEnd(t, v, '\'');
    } else if (c == '{' || c == '[') {
        end = bracketedEnd(t, v);
    } else {
        const bool json = key == KeyStyle::DoubleQuoted || key == KeyStyle::EscapedQuoted;
        end = v;
        while (end < t.size()) {
            const char e = t[end];
            if (isSpace(e) || e == '&' || e == ',' || e == ';' || e == '"' || e == '\'' ||
                (json && (e == '}' || e == ']')))
                break;
            // A backslash that starts \" belongs to the closing quote of an enclosing string.
            if (e == '\\' && end + 1 < t.size() && t[end + 1] == '"')
                break;
            ++end;
        }
    }
    return {v, end == std::string_view::npos ? t.size() : end};
}

// What replaces a value: a quoted value keeps its kind of quotes, and a bare value after a JSON
// key becomes a JSON string, so that masked JSON stays JSON.
std::string_view replacementFor(std::string_view t, const Value &v, KeyStyle key)
{
    const char c = t[v.begin];
    if (c == '"')
        return "\"********\"";
    if (c == '\\' && v.begin + 1 < t.size() && t[v.begin + 1] == '"')
        return "\\\"********\\\"";
    if (c == '\'')
        return "'********'";
    if (key == KeyStyle::DoubleQuoted)
        return "\"********\"";
    if (key == KeyStyle::EscapedQuoted)
        return "\\\"********\\\"";
    return kMask;
}

} // namespace

std::string maskText(std::string_view t)
{
    std::string out;
    out.reserve(t.size());
    std::size_t copied = 0; // t[0, copied) is already in `out`
    auto replace = [&](std::size_t begin, std::size_t end, std::string_view with) {
        out.append(t.substr(copied, begin - copied));
        out.append(with);
        copied = end;
    };
    auto maskValue = [&](const Value &v, KeyStyle key) {
        if (v.begin < v.end)
            replace(v.begin, v.end, replacementFor(t, v, key));
        return v.end;
    };

    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (c == 'L' && t.substr(i, 4) == "LTAI") {
            std::size_t end = i + 4;
            while (end < t.size() && isAsciiAlnum(t[end]))
                ++end;
            replace(i, end, kMask);
            i = end;
            continue;
        }
        if (c == ':' || c == '=') {
            std::size_t sepLength = 1;
            if (c == ':' && i + 1 < t.size() && t[i + 1] == ':') {
                i += 2; // a scope operator (ns::name), not a separator
                continue;
            }
            if (c == '=' && i + 1 < t.size() && t[i + 1] == '>')
                sepLength = 2;
            const KeyStyle key = secretKeyBefore(t, i);
            if (key != KeyStyle::None) {
                const Value v = valueAt(t, i + sepLength, key);
                i = std::max(maskValue(v, key), i + sepLength);
                continue;
            }
            i += sepLength;
            continue;
        }
        // Command lines: --access-key-secret VALUE
        if (c == '-' && i + 2 < t.size() && t[i + 1] == '-' && (i == 0 || isSpace(t[i - 1]))) {
            std::size_t end = i + 2;
            while (end < t.size() && isKeyChar(t[end]))
                ++end;
            if (end < t.size() && isBlank(t[end]) && isSecretKey(t.substr(i + 2, end - i - 2))) {
                const Value v = valueAt(t, end, KeyStyle::Plain);
                if (v.begin < v.end && t[v.begin] != '-') {
                    i = maskValue(v, KeyStyle::Plain);
                    continue;
                }
            }
            i += 2; // the name itself is scanned like any other text (it may hold an ID)
            continue;
        }
        ++i;
    }
    out.append(t.substr(copied));
    return out;
}

QString maskText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string masked =
        maskText(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return QString::fromUtf8(masked.data(), static_cast<qsizetype>(masked.size()));
}

} // namespace ferry::model
