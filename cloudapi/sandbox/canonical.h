// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

// The V3 (ACS3-HMAC-SHA256) canonical forms, rebuilt from the bytes a request arrived with.
namespace ferry::sandbox::canonical {

/// One decoded `name=value` pair of a query string or form body.
using Pair = std::pair<QByteArray, QByteArray>;

/// Decodes %XY escapes (either hex case). With `plusIsSpace`, `+` becomes a space, as in
/// application/x-www-form-urlencoded text. A malformed escape is kept literally.
QByteArray percentDecode(QByteArrayView text, bool plusIsSpace);

/// Encodes a value for the canonical query: letters, digits and `-_.~` stay, every other byte
/// becomes %XY with uppercase hex (so space is %20, `*` is %2A, `!'()` are %21 %27 %28 %29).
QByteArray encodeValue(QByteArrayView value);

/// Splits a raw query or form body on `&` into decoded pairs, in received order. Empty fields
/// are skipped; a field without `=` has an empty value; `+` is a space.
std::vector<Pair> parsePairs(QByteArrayView raw);

/// The canonical query string: pairs decoded from `rawQuery`, sorted by the raw bytes of the
/// name (then value), names kept as decoded and values re-encoded with encodeValue().
QByteArray queryString(QByteArrayView rawQuery);

/// The canonical URI: the path exactly as sent, with the fix-ups the official cores apply to
/// the pathname they send (`+` -> %20, `*` -> %2A, %7E -> `~`); an empty path is `/`.
QByteArray uri(QByteArrayView rawPath);

/// Splits a request target into its raw path and raw query (without the `?`; any fragment
/// dropped).
std::pair<QByteArray, QByteArray> splitTarget(QByteArrayView target);

} // namespace ferry::sandbox::canonical
