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

/// The room sha256InPlace() needs after the data.
inline constexpr std::size_t kPaddingRoom = 72;

/// SHA-256 of the `size` bytes at `data` into `out`, in one pass over the data: the padding is
/// written in place after it, so the kPaddingRoom bytes that follow are overwritten. False if
/// OpenSSL failed.
bool sha256InPlace(char *data, std::size_t size, unsigned char (&out)[kSize]);

/// HMAC-SHA256 of `message` with `key` into `out`; false if OpenSSL failed.
bool hmacSha256(QByteArrayView key, QByteArrayView message, unsigned char (&out)[kSize]);

/// Writes `size` bytes as lowercase hex (2 * size characters) to `out`.
void hexLower(const unsigned char *data, std::size_t size, char *out);

} // namespace ferry::cloudapi::digest
