// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/credentialchain.h"

#include "cloudapi/aliyuncliconfig.h"
#include "cloudapi/profilestore.h"

namespace ferry::cloudapi {

namespace {

QList<std::shared_ptr<CredentialProvider>> providers(const CredentialSources &s)
{
    QList<std::shared_ptr<CredentialProvider>> list;
    if (!s.ferryProfile.isEmpty())
        list.append(profileCredentials(s.ferryProfile, s.secretStore));
    list.append(environmentCredentials(s.environment));
    const QString path = s.aliyunConfigPath.isEmpty() ? AliyunCliConfig::defaultPath(s.environment)
                                                      : s.aliyunConfigPath;
    list.append(aliyunCliCredentials(path, s.aliyunProfile, s.endpoints, s.environment));
    return list;
}

} // namespace

bool credentialsConfigured(const CredentialSources &sources)
{
    for (const auto &p : providers(sources))
        if (p->isConfigured())
            return true;
    return false;
}

std::shared_ptr<CredentialProvider> defaultCredentialChain(const CredentialSources &sources)
{
    return credentialChain(providers(sources));
}

} // namespace ferry::cloudapi
