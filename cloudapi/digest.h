// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cloudapi: SHA-256 and HMAC-SHA256 through OpenSSL, with the algorithm fetched once
// per thread and the keyed HMAC state reused while the key stays the same.

#include <QByteArrayView>

#include <cstddef>

namespace ferry::cloudapi::digest {

inline constexpr std::size_t kSize = 32;

/// SHA-256 of `data` into `out`; false if OpenSSL failed.
bool sha256(QByteArrayView data, unsigned char (&out)[kSize]);

/// HMAC-SHA256 of `message` with `key` into `out`; false if OpenSSL failed.
bool hmacSha256(QByteArrayView key, QByteArrayView message, unsigned char (&out)[kSize]);

/// Writes `size` bytes as lowercase hex (2 * size characters) to `out`.
void hexLower(const unsigned char *data, std::size_t size, char *out);

} // namespace ferry::cloudapi::digest
