// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/sandbox/service.h"

namespace ferry::sandbox {

/// STS 2015-04-01 GetCallerIdentity (RPC): who the signing AccessKey belongs to. A key that
/// starts with `STS.` is an assumed role (IdentityType AssumedRoleUser); any other key is the RAM
/// user `ferry-operator` of ScenarioOptions::accountId. UserId/RoleId are derived from the key, so
/// the same key always gets the same identity.
class StsService final : public Service
{
public:
    explicit StsService(const ScenarioOptions &options);

    QString product() const override { return QStringLiteral("Sts"); }
    QString version() const override { return QStringLiteral("2015-04-01"); }
    ServiceResponse handle(const ServiceRequest &request) override;

private:
    ScenarioOptions m_options;
};

} // namespace ferry::sandbox
