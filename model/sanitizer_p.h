// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals shared by the JSON and free-text maskers; not part of the model API.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ferry::model::detail {

/// Key test on the raw contents of a JSON string token (between the quotes, escapes undecoded).
/// The token has already been validated, so every escape in it is well formed.
bool isSecretJsonKeyToken(std::string_view raw);

/// Value test on the raw contents of a JSON string token.
bool isAccessKeyIdJsonToken(std::string_view raw);

/// Decodes the escapes of a validated JSON string token into UTF-8, appending to `out`.
void decodeJsonStringToken(std::string_view raw, std::string &out);

/// Decodes escapes leniently (text that only looks like JSON): a malformed escape is kept as
/// written instead of failing.
std::string decodeEscapesLeniently(std::string_view raw);

/// Reads four hex digits; returns -1 when one of them is not a hex digit.
inline int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/// Appends the UTF-8 encoding of a code point.
inline void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace ferry::model::detail
