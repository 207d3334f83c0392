// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ferry::sandbox {

/// Lowercase hex SHA-256 of `data`.
QByteArray sha256Hex(QByteArrayView data);

/// Lowercase hex HMAC-SHA256 of `message` keyed with `key`.
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);

/// Compares two byte strings in time independent of where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// `count` bytes from the operating system's CSPRNG (OpenSSL RAND_bytes); empty on failure.
QByteArray secureRandomBytes(int count);

} // namespace ferry::sandbox
