// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/stsclient.h"

#include "cloudapi/clientcall.h"
#include "cloudapi/smcwire.h"

namespace ferry::cloudapi {

using namespace wire;
using namespace ferry::model;

StsClient::StsClient(std::shared_ptr<ApiSender> sender)
    : m_sender(std::move(sender))
{}

CallHandle StsClient::getCallerIdentity(QObject *context, Callback<CallerIdentity> done) const
{
    return callParsed<CallerIdentity>(*m_sender, buildGetCallerIdentity(), context,
                                      parseGetCallerIdentity, std::move(done));
}

} // namespace ferry::cloudapi
