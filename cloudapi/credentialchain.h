// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/endpoints.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace ferry::cloudapi {

class SecretStore;

/// Everything the default credential chain looks at.
struct CredentialSources
{
    QString ferryProfile; ///< the Ferry profile chosen explicitly (empty: none)
    std::shared_ptr<SecretStore> secretStore;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString aliyunConfigPath; ///< empty: AliyunCliConfig::defaultPath(environment)
    QString aliyunProfile;    ///< empty: ALIBABA_CLOUD_PROFILE, else the file's current profile
    Endpoints endpoints;      ///< for STS AssumeRole of RamRoleArn profiles
};

/// Cheap, synchronous, reads no secret: whether any source of the chain is configured (a Ferry
/// profile is named, the environment variables are set, or the aliyun CLI file exists). The
/// application uses it at start to choose between real credentials and the embedded sandbox.
bool credentialsConfigured(const CredentialSources &sources);

/// The chain, in this order: the explicit Ferry profile (keychain), the environment variables,
/// the aliyun CLI configuration.
std::shared_ptr<CredentialProvider> defaultCredentialChain(const CredentialSources &sources);

} // namespace ferry::cloudapi
