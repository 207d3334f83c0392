// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "digest.h"

#include <QRandomGenerator>

namespace ferry::sandbox {

namespace {

QString randomAlphanumeric(int length)
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr unsigned kAlphabetSize = sizeof kAlphabet - 1; // 62
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        QByteArray bytes = secureRandomBytes(length * 2);
        if (bytes.isEmpty()) // OpenSSL's generator failed: fall back to the system's
            for (int i = 0; i < length * 2; ++i)
                bytes.append(char(QRandomGenerator::system()->bounded(256)));
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            // Rejection sampling keeps the characters uniform: 248 = 4 * 62.
            if (byte < 248 && out.size() < length)
                out.append(QLatin1Char(kAlphabet[byte % kAlphabetSize]));
        }
    }
    return out;
}

} // namespace

KeyPair generateKeyPair()
{
    return {QStringLiteral("LTAI") + randomAlphanumeric(20), randomAlphanumeric(30)};
}

void CredentialStore::addKey(const KeyPair &pair)
{
    std::lock_guard lock(m_mutex);
    m_keys[pair.id] = Credential{pair.secret, QString(), std::nullopt};
}

void CredentialStore::addTemporaryKey(const KeyPair &pair, const QString &securityToken,
                                      std::chrono::system_clock::time_point expiresAt)
{
    std::lock_guard lock(m_mutex);
    m_keys[pair.id] = Credential{pair.secret, securityToken, expiresAt};
}

void CredentialStore::removeKey(const QString &id)
{
    std::lock_guard lock(m_mutex);
    m_keys.erase(id);
}

std::optional<Credential> CredentialStore::find(const QString &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_keys.find(id);
    if (it == m_keys.end())
        return std::nullopt;
    return it->second;
}

} // namespace ferry::sandbox
