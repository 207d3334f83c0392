// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/sts.h"

#include <memory>

class QObject;

namespace ferry::cloudapi {

class ApiSender;
class Transport;

/// Typed client of Security Token Service (STS 2015-04-01, central endpoint).
class StsClient final
{
public:
    explicit StsClient(Transport *transport);
    explicit StsClient(std::shared_ptr<ApiSender> sender);

    /// GetCallerIdentity: whose credentials these are (also a cheap credentials check).
    CallHandle getCallerIdentity(QObject *context, Callback<model::CallerIdentity> done) const;

private:
    std::shared_ptr<ApiSender> m_sender;
};

} // namespace ferry::cloudapi
