// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/smcclient.h"

#include "cloudapi/clientcall.h"
#include "cloudapi/smcwire.h"

namespace ferry::cloudapi {

using namespace wire;
using namespace ferry::model;

SmcClient::SmcClient(std::shared_ptr<ApiSender> sender)
    : m_sender(std::move(sender))
{}

CallHandle SmcClient::describeSourceServers(const SmcSourceQuery &q, QObject *context,
                                            Callback<Page<SmcSourceServer>> done) const
{
    return callParsed<Page<SmcSourceServer>>(*m_sender, buildDescribeSourceServers(q), context,
                                             parseDescribeSourceServers, std::move(done));
}

CallHandle SmcClient::fetchAllSourceServers(const SmcSourceQuery &q, QObject *context,
                                            FetchProgress progress,
                                            Callback<QList<SmcSourceServer>> done) const
{
    PageFetcher<SmcSourceServer> fetch = [client = *this, q](int pageNum, int pageSize,
                                                             QObject *ctx,
                                                             Callback<Page<SmcSourceServer>> d) {
        SmcSourceQuery pq = q;
        pq.pageNumber = pageNum;
        pq.pageSize = pageSize;
        return client.describeSourceServers(pq, ctx, std::move(d));
    };
    return fetchAllPages<SmcSourceServer>(std::move(fetch), q.pageSize.value_or(kDefaultPageSize),
                                          context, std::move(progress), std::move(done));
}

CallHandle SmcClient::createReplicationJob(const CreateReplicationJobParams &p, QObject *context,
                                           Callback<SmcJobCreated> done) const
{
    CreateReplicationJobParams withToken = p;
    if (withToken.clientToken.isEmpty())
        withToken.clientToken = newClientToken();
    // RetryMode::ClientToken: the transport may repeat it, SMC creates the job once.
    return callParsed<SmcJobCreated>(*m_sender, buildCreateReplicationJob(withToken), context,
                                     parseCreateReplicationJob, std::move(done));
}

CallHandle SmcClient::describeReplicationJobs(const SmcJobQuery &q, QObject *context,
                                              Callback<Page<SmcReplicationJob>> done) const
{
    return callParsed<Page<SmcReplicationJob>>(*m_sender, buildDescribeReplicationJobs(q), context,
                                               parseDescribeReplicationJobs, std::move(done));
}

CallHandle SmcClient::fetchAllReplicationJobs(const SmcJobQuery &q, QObject *context,
                                              FetchProgress progress,
                                              Callback<QList<SmcReplicationJob>> done) const
{
    PageFetcher<SmcReplicationJob> fetch = [client = *this,
                                            q](int pageNum, int pageSize, QObject *ctx,
                                               Callback<Page<SmcReplicationJob>> d) {
        SmcJobQuery pq = q;
        pq.pageNumber = pageNum;
        pq.pageSize = pageSize;
        return client.describeReplicationJobs(pq, ctx, std::move(d));
    };
    return fetchAllPages<SmcReplicationJob>(std::move(fetch), q.pageSize.value_or(kDefaultPageSize),
                                            context, std::move(progress), std::move(done));
}

CallHandle SmcClient::jobAction(SmcJobAction action, const SmcJobRef &job, QObject *context,
                                Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildSmcJobAction(action, job), context, parseSmcAck,
                            std::move(done));
}

CallHandle SmcClient::startJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(SmcJobAction::Start, job, context, std::move(done));
}

CallHandle SmcClient::stopJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(SmcJobAction::Stop, job, context, std::move(done));
}

CallHandle SmcClient::deleteJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(SmcJobAction::Delete, job, context, std::move(done));
}

CallHandle SmcClient::modifyJob(const ModifyReplicationJobParams &p, QObject *context,
                                Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildModifyReplicationJobAttribute(p), context, parseSmcAck,
                            std::move(done));
}

CallHandle SmcClient::cutOverJob(const CutOverParams &p, QObject *context,
                                 Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildCutOverReplicationJob(p), context, parseSmcAck,
                            std::move(done));
}

WireDescription describeWire(const CreateReplicationJobParams &p)
{
    return describe(buildCreateReplicationJob(p));
}

WireDescription describeWire(SmcJobAction action, const SmcJobRef &job)
{
    return describe(buildSmcJobAction(action, job));
}

WireDescription describeWire(const ModifyReplicationJobParams &p)
{
    return describe(buildModifyReplicationJobAttribute(p));
}

WireDescription describeWire(const CutOverParams &p)
{
    return describe(buildCutOverReplicationJob(p));
}

} // namespace ferry::cloudapi
