// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace ferry::model {

/// The replacement written in place of every masked value.
inline constexpr std::string_view kMask = "********";

/// Where and why a JSON text could not be read.
struct JsonError
{
    std::size_t offset = 0; ///< byte offset of the offending character
    std::size_t line = 1;   ///< 1-based line
    std::size_t column = 1; ///< 1-based column, in bytes
    std::string message;    ///< what was expected there
};

/// Output layout of maskJson(): indent < 0 writes compact JSON, otherwise that many spaces.
/// Containers nested deeper than kMaxIndentedDepth are written compactly even when indenting, so
/// the output of an absurdly deep document stays linear in its size.
struct JsonLayout
{
    int indent = -1;
};

/// Nesting depth up to which indented output puts members on lines of their own.
inline constexpr std::size_t kMaxIndentedDepth = 256;

/// Receives maskJson() output piece by piece, in order.
using JsonChunkWriter = std::function<void(std::string_view chunk)>;

/// True when an object key names a secret: it matches, case-insensitively and anywhere in the key,
/// `password|secret|token|access.id|access.key|accessKeyId|accessKeySecret` (`.` = any character).
/// The key is decoded UTF-8 text; matching follows jq's test(...; "i"): `.` is one code point
/// other than a newline, U+017F and U+212A fold to 's' and 'k', U+00DF and U+1E9E to "ss".
bool isSecretKey(std::string_view key);

/// True for a string value (decoded UTF-8 text) that is an AccessKey ID: it starts with `LTAI`,
/// case-sensitively.
bool isAccessKeyIdValue(std::string_view value);

/// Masks a JSON text: every object entry whose key is secret, or whose value is a string
/// starting with `LTAI`, gets the value "********" whatever its type; `LTAI` strings in arrays are
/// masked too. Key order is kept; strings and numbers are copied as written. Streams in one pass
/// with no recursion, so any nesting depth works. The input must be one JSON text (RFC 8259,
/// UTF-8; a leading byte order mark is dropped). On invalid JSON returns false, fills `error`
/// (its message is English source text, translatable in the "ferry::model::JsonMasker" context)
/// and leaves `out` empty.
bool maskJson(std::string_view in, std::string &out, JsonError *error, JsonLayout layout = {});

/// Like maskJson() above but hands the output to `write` in chunks as it goes, so the output is
/// never held whole. On invalid JSON returns false and fills `error`; the receiver must then
/// discard the chunks it was given (see validateJson() to check first).
bool maskJson(std::string_view in, const JsonChunkWriter &write, JsonError *error,
              JsonLayout layout = {});

/// Checks that `in` is exactly one valid JSON text (RFC 8259; a leading UTF-8 BOM is allowed),
/// without producing output.
bool validateJson(std::string_view in, JsonError *error);

/// The same rule applied in place to a parsed value (for bodies already held as a DOM).
void maskJsonValue(nlohmann::json &value);
void maskJsonValue(nlohmann::ordered_json &value);

/// Masks secrets in free text: AccessKey IDs anywhere, and the value of `key=value`,
/// `key: value`, `key="value"`, `"key": "value"` and `--key value` pairs whose key is secret (also
/// inside URLs' query strings and JSON quoted inside a JSON string).
std::string maskText(std::string_view text);
QString maskText(const QString &text);

} // namespace ferry::model
