// SPDX-License-Identifier: GPL-3.0-or-later
// The masking rule itself: which keys name secrets and which values are AccessKey IDs, and the
// rule applied to a parsed DOM. The streaming JSON masker is in jsonmasker.cpp, free text in
// textmasker.cpp.
#include "model/sanitizer.h"

#include "model/sanitizer_p.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace ferry::model {

namespace {

// A key is matched the way jq's test(PATTERN; "i") (Oniguruma, case-insensitive) matches it.
// The key is first turned into one unit per code point: ASCII letters are lowered; the only
// non-ASCII code points that Oniguruma folds onto letters of the pattern are U+017F (long s) and
// U+212A (Kelvin sign), which become 's' and 'k'; U+00DF and U+1E9E (sharp s) fold to "ss" and so
// match the pattern's "ss" as a single code point. Every other code point is kOther, which only
// `.` matches. `.` does not match a newline, as in Oniguruma.
constexpr std::uint8_t kSharpS = 0x80;
constexpr std::uint8_t kOther = 0x81;

// Patterns of the rule, lowered. "accesskeysecret" is left out: every key it matches contains
// "secret", which is matched on its own.
constexpr std::array<std::string_view, 6> kPatterns = {"password",  "secret",     "token",
                                                       "access.id", "access.key", "accesskeyid"};

bool matchesAt(std::string_view pat, const std::uint8_t *u, std::size_t n)
{
    for (std::size_t pi = 0; pi < pat.size(); ++pi) {
        if (n == 0)
            return false;
        const char pc = pat[pi];
        if (pc == 's' && pi + 1 < pat.size() && pat[pi + 1] == 's' && *u == kSharpS) {
            // "ss" may be one sharp s, or two units that are each an s; try the sharp s first.
            if (matchesAt(pat.substr(pi + 2), u + 1, n - 1))
                return true;
            return false; // a sharp s is not an 's' unit, so the other branch cannot match
        }
        if (pc == '.') {
            if (*u == '\n')
                return false;
        } else if (*u != static_cast<std::uint8_t>(pc)) {
            return false;
        }
        ++u;
        --n;
    }
    return true;
}

bool unitsMatch(const std::uint8_t *u, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        switch (u[i]) {
        case 'p':
            if (matchesAt(kPatterns[0], u + i, n - i))
                return true;
            break;
        case 's':
            if (matchesAt(kPatterns[1], u + i, n - i))
                return true;
            break;
        case 't':
            if (matchesAt(kPatterns[2], u + i, n - i))
                return true;
            break;
        case 'a':
            if (matchesAt(kPatterns[3], u + i, n - i) || matchesAt(kPatterns[4], u + i, n - i) ||
                matchesAt(kPatterns[5], u + i, n - i))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// Decodes one UTF-8 sequence at s (n > 0 bytes left); invalid bytes count as one code point each.
std::uint32_t decodeUtf8(const unsigned char *s, std::size_t n, std::size_t &len)
{
    const unsigned char c = s[0];
    len = 1;
    if (c < 0x80)
        return c;
    std::size_t need = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
    } else {
        return 0xFFFD;
    }
    if (n < need + 1)
        return 0xFFFD;
    for (std::size_t k = 1; k <= need; ++k) {
        if ((s[k] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    len = need + 1;
    return cp;
}

template<class Json>
void maskDom(Json &root)
{
    std::vector<Json *> pending{&root};
    while (!pending.empty()) {
        Json *v = pending.back();
        pending.pop_back();
        if (v->is_object()) {
            for (auto it = v->begin(); it != v->end(); ++it) {
                Json &member = it.value();
                if (isSecretKey(it.key()) ||
                    (member.is_string() &&
                     isAccessKeyIdValue(member.template get_ref<const std::string &>()))) {
                    member = std::string(kMask);
                } else if (member.is_structured()) {
                    pending.push_back(&member);
                }
            }
        } else if (v->is_array()) {
            for (Json &element : *v) {
                if (element.is_string() &&
                    isAccessKeyIdValue(element.template get_ref<const std::string &>()))
                    element = std::string(kMask);
                else if (element.is_structured())
                    pending.push_back(&element);
            }
        }
    }
}

} // namespace

bool isSecretKey(std::string_view key)
{
    std::uint8_t small[128]; // most keys are short: no allocation for them
    std::vector<std::uint8_t> large;
    std::uint8_t *units = small;
    if (key.size() > sizeof small) {
        large.resize(key.size());
        units = large.data();
    }
    std::size_t n = 0;
    const auto *s = reinterpret_cast<const unsigned char *>(key.data());
    for (std::size_t i = 0; i < key.size();) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            units[n++] = (c >= 'A' && c <= 'Z') ? static_cast<std::uint8_t>(c + ('a' - 'A')) : c;
            ++i;
            continue;
        }
        std::size_t len = 1;
        const std::uint32_t cp = decodeUtf8(s + i, key.size() - i, len);
        i += len;
        switch (cp) {
        case 0x017F:
            units[n++] = 's';
            break;
        case 0x212A:
            units[n++] = 'k';
            break;
        case 0x00DF:
        case 0x1E9E:
            units[n++] = kSharpS;
            break;
        default:
            units[n++] = kOther;
            break;
        }
    }
    return unitsMatch(units, n);
}

bool isAccessKeyIdValue(std::string_view value)
{
    return value.starts_with("LTAI");
}

void maskJsonValue(nlohmann::json &value)
{
    maskDom(value);
}

void maskJsonValue(nlohmann::ordered_json &value)
{
    maskDom(value);
}

namespace detail {

bool isSecretJsonKeyToken(std::string_view raw)
{
    if (raw.find('\\') == std::string_view::npos)
        return isSecretKey(raw);
    std::string decoded;
    decoded.reserve(raw.size());
    decodeJsonStringToken(raw, decoded);
    return isSecretKey(decoded);
}

bool isAccessKeyIdJsonToken(std::string_view raw)
{
    static constexpr std::string_view kPrefix = "LTAI";
    std::size_t i = 0;
    for (const char want : kPrefix) {
        if (i >= raw.size())
            return false;
        if (raw[i] != '\\') {
            if (raw[i] != want)
                return false;
            ++i;
            continue;
        }
        // Only \u can spell a letter; a validated token has four hex digits after it.
        if (i + 6 > raw.size() || raw[i + 1] != 'u' || hex4(raw.data() + i + 2) != want)
            return false;
        i += 6;
    }
    return true;
}

void decodeJsonStringToken(std::string_view raw, std::string &out)
{
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        const char e = raw[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            std::uint32_t cp = static_cast<std::uint32_t>(hex4(raw.data() + i));
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const auto lo = static_cast<std::uint32_t>(hex4(raw.data() + i + 2));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out += e;
            break;
        }
    }
}

std::string decodeEscapesLeniently(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out += c;
            ++i;
            continue;
        }
        const char e = raw[i + 1];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            i += 2;
            continue;
        case 'n':
            out += '\n';
            i += 2;
            continue;
        case 't':
            out += '\t';
            i += 2;
            continue;
        case 'r':
            out += '\r';
            i += 2;
            continue;
        case 'u':
            if (i + 6 <= raw.size()) {
                const int cp = hex4(raw.data() + i + 2);
                if (cp >= 0 && (cp < 0xD800 || cp > 0xDFFF)) {
                    appendUtf8(out, static_cast<std::uint32_t>(cp));
                    i += 6;
                    continue;
                }
            }
            break;
        default:
            break;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace detail

} // namespace ferry::model
