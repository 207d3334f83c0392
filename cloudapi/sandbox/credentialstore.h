// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <map>
#include <mutex>
#include <optional>

namespace ferry::sandbox {

/// An AccessKey pair. The secret lives only in memory.
struct KeyPair
{
    QString id;
    QString secret;

    bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
};

/// A fresh key pair from the CSPRNG: an ID shaped like Alibaba Cloud's ("LTAI" + 20
/// characters, so the sanitizer masks it like a real one) and a 30-character secret.
KeyPair generateKeyPair();

/// What the store knows about one AccessKey ID.
struct Credential
{
    QString secret;
    /// Empty for a permanent key, which is accepted with or without any security token. A
    /// temporary (STS) key must come with exactly this token.
    QString securityToken;
    std::optional<std::chrono::system_clock::time_point> expiresAt; ///< temporary keys only
};

/// The keys the sandbox accepts: permanent pairs, and temporary ones with their security token
/// and expiry (as an STS emulator would issue). Thread-safe.
class CredentialStore final
{
public:
    /// Adds or replaces a permanent key.
    void addKey(const KeyPair &pair);
    /// Adds or replaces a temporary key that needs `securityToken` and expires at `expiresAt`.
    void addTemporaryKey(const KeyPair &pair, const QString &securityToken,
                         std::chrono::system_clock::time_point expiresAt);
    /// Forgets a key.
    void removeKey(const QString &id);
    /// The credential for an AccessKey ID, if known.
    std::optional<Credential> find(const QString &id) const;

private:
    mutable std::mutex m_mutex;
    std::map<QString, Credential> m_keys;
};

} // namespace ferry::sandbox
