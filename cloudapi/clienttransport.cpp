// SPDX-License-Identifier: GPL-3.0-or-later
// The typed clients over the real Transport. Kept in its own file so that linking the clients
// (e.g. in tests with a recording sender) does not pull in the network stack.
#include "cloudapi/apisender.h"
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"
#include "cloudapi/transport.h"

#include <nlohmann/json.hpp>

namespace ferry::cloudapi {

namespace {

class TransportSender final : public ApiSender
{
public:
    explicit TransportSender(Transport *transport)
        : m_transport(transport)
    {}

    std::function<void()> send(ApiRequest request, QObject *context, Callback done) override
    {
        RequestHandle handle = m_transport->send(std::move(request), context, std::move(done));
        return [handle]() mutable { handle.cancel(); };
    }

private:
    Transport *m_transport;
};

} // namespace

std::shared_ptr<ApiSender> transportSender(Transport *transport)
{
    return std::make_shared<TransportSender>(transport);
}

MmsClient::MmsClient(Transport *transport, QString regionId)
    : MmsClient(transportSender(transport), std::move(regionId))
{}

DtsClient::DtsClient(Transport *transport)
    : DtsClient(transportSender(transport))
{}

SmcClient::SmcClient(Transport *transport)
    : SmcClient(transportSender(transport))
{}

StsClient::StsClient(Transport *transport)
    : StsClient(transportSender(transport))
{}

} // namespace ferry::cloudapi
