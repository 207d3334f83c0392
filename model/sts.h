// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ferry::model {

/// Who the configured credentials belong to (STS GetCallerIdentity).
struct CallerIdentity
{
    QString accountId;    ///< the Alibaba Cloud account (UID)
    QString userId;       ///< RAM user id, or the account id for the root account
    QString arn;          ///< e.g. acs:ram::1968...:user/admin
    QString identityType; ///< Account, RAMUser or AssumedRoleUser
    QString principalId;
    QString roleId; ///< only for an assumed role
};

} // namespace ferry::model
