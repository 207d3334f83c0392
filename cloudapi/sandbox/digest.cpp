// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace ferry::sandbox {

namespace {

QByteArray toHex(const unsigned char *data, unsigned int size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).toHex();
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), digest, &size, EVP_sha256(), nullptr) !=
        1)
        return {};
    return toHex(digest, size);
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()),
              reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size()),
              digest, &size))
        return {};
    return toHex(digest, size);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

QByteArray secureRandomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

} // namespace ferry::sandbox
