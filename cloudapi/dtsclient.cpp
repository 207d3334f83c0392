// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/dtsclient.h"

#include "cloudapi/clientcall.h"
#include "cloudapi/dtswire.h"

#include <functional>

namespace ferry::cloudapi {

using namespace wire;
using namespace ferry::model;

namespace {

ApiError cannotVerify()
{
    ApiError e;
    e.kind = ErrorKind::Client;
    e.code = QStringLiteral("CannotVerify");
    return e;
}

// Looks for one job with DescribeDtsJobs and turns it into what the create would have returned.
template<class T>
void lookupJob(const std::shared_ptr<ApiSender> &sender, const StatePtr &state, QObject *context,
               DtsJobQuery q, std::function<std::optional<T>(const DtsJob &)> match,
               LookupDone<T> found)
{
    q.pageNumber = 1;
    q.pageSize = DtsClient::kDefaultPageSize;
    readOn<Page<DtsJob>>(state, *sender, buildDescribeDtsJobs(q), context, parseDescribeDtsJobs,
                         [match = std::move(match), found](Result<Page<DtsJob>> r) {
                             if (!r.ok()) {
                                 found(r.error());
                                 return;
                             }
                             for (const DtsJob &job : r.value().items) {
                                 if (auto value = match(job)) {
                                     found(std::move(value));
                                     return;
                                 }
                             }
                             found(std::optional<T>());
                         });
}

} // namespace

DtsClient::DtsClient(std::shared_ptr<ApiSender> sender)
    : m_sender(std::move(sender))
{}

CallHandle DtsClient::configureJob(const ConfigureDtsJobParams &p, QObject *context,
                                   Callback<DtsJobConfigured> done) const
{
    Lookup<DtsJobConfigured> lookup = [sender = m_sender, p](const StatePtr &state, QObject *ctx,
                                                             LookupDone<DtsJobConfigured> found) {
        DtsJobQuery q;
        q.regionId = p.regionId;
        q.jobType = p.jobType;
        if (!p.dtsJobId.isEmpty()) {
            // Configuring an existing job: it has left NotConfigured if the attempt went through.
            q.dtsJobIds = {p.dtsJobId};
        } else if (!p.dtsJobName.isEmpty()) {
            q.searchType = QStringLiteral("name");
            q.searchValue = p.dtsJobName;
        } else {
            found(cannotVerify());
            return;
        }
        lookupJob<DtsJobConfigured>(
            sender, state, ctx, q,
            [p](const DtsJob &job) -> std::optional<DtsJobConfigured> {
                const bool same =
                    p.dtsJobId.isEmpty() ? job.name == p.dtsJobName : job.dtsJobId == p.dtsJobId;
                if (!same || job.status == DtsJobStatus::NotConfigured)
                    return std::nullopt;
                return DtsJobConfigured{QString(), job.dtsJobId, job.dtsInstanceId, true};
            },
            std::move(found));
    };
    return guardedCreate<DtsJobConfigured>(m_sender, buildConfigureDtsJob(p), parseConfigureDtsJob,
                                           std::move(lookup), m_createRetry, context,
                                           std::move(done));
}

CallHandle DtsClient::createInstance(const CreateDtsInstanceParams &p, QObject *context,
                                     Callback<DtsInstanceCreated> done) const
{
    Lookup<DtsInstanceCreated> lookup = [sender = m_sender,
                                         p](const StatePtr &state, QObject *ctx,
                                            LookupDone<DtsInstanceCreated> found) {
        // Without a job there is nothing to recognise a new instance by.
        if (p.jobId.isEmpty()) {
            found(cannotVerify());
            return;
        }
        DtsJobQuery q;
        q.regionId = p.regionId;
        q.jobType = p.type.value_or(DtsJobType::Migration);
        q.dtsJobIds = {p.jobId};
        lookupJob<DtsInstanceCreated>(
            sender, state, ctx, q,
            [p](const DtsJob &job) -> std::optional<DtsInstanceCreated> {
                if (job.dtsJobId != p.jobId || job.dtsInstanceId.isEmpty())
                    return std::nullopt;
                return DtsInstanceCreated{QString(), job.dtsInstanceId, job.dtsJobId, true};
            },
            std::move(found));
    };
    return guardedCreate<DtsInstanceCreated>(m_sender, buildCreateDtsInstance(p),
                                             parseCreateDtsInstance, std::move(lookup),
                                             m_createRetry, context, std::move(done));
}

CallHandle DtsClient::jobAction(DtsJobAction action, const DtsJobRef &job, QObject *context,
                                Callback<Done> done) const
{
    return callParsed<Done>(*m_sender, buildDtsJobAction(action, job), context, parseDtsAck,
                            std::move(done));
}

CallHandle DtsClient::startJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(DtsJobAction::Start, job, context, std::move(done));
}

CallHandle DtsClient::stopJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(DtsJobAction::Stop, job, context, std::move(done));
}

CallHandle DtsClient::suspendJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const
{
    return jobAction(DtsJobAction::Suspend, job, context, std::move(done));
}

CallHandle DtsClient::describeJobs(const DtsJobQuery &q, QObject *context,
                                   Callback<Page<DtsJob>> done) const
{
    return callParsed<Page<DtsJob>>(*m_sender, buildDescribeDtsJobs(q), context,
                                    parseDescribeDtsJobs, std::move(done));
}

CallHandle DtsClient::fetchAllJobs(const DtsJobQuery &q, QObject *context, FetchProgress progress,
                                   Callback<QList<DtsJob>> done) const
{
    PageFetcher<DtsJob> fetch = [client = *this, q](int pageNum, int pageSize, QObject *ctx,
                                                    Callback<Page<DtsJob>> pageDone) {
        DtsJobQuery pq = q;
        pq.pageNumber = pageNum;
        pq.pageSize = pageSize;
        return client.describeJobs(pq, ctx, std::move(pageDone));
    };
    return fetchAllPages<DtsJob>(std::move(fetch), q.pageSize.value_or(kDefaultPageSize), context,
                                 std::move(progress), std::move(done));
}

CallHandle DtsClient::describeJobDetail(const DtsJobDetailQuery &q, QObject *context,
                                        Callback<DtsJob> done) const
{
    return callParsed<DtsJob>(*m_sender, buildDescribeDtsJobDetail(q), context,
                              parseDescribeDtsJobDetail, std::move(done));
}

CallHandle DtsClient::describePrecheckStatus(const DtsPrecheckQuery &q, QObject *context,
                                             Callback<DtsPrecheckStatus> done) const
{
    return callParsed<DtsPrecheckStatus>(*m_sender, buildDescribePreCheckStatus(q), context,
                                         parseDescribePreCheckStatus, std::move(done));
}

CallHandle DtsClient::describeConnectionStatus(const DtsConnectionParams &p, QObject *context,
                                               Callback<DtsConnectionStatus> done) const
{
    return callParsed<DtsConnectionStatus>(*m_sender, buildDescribeConnectionStatus(p), context,
                                           parseDescribeConnectionStatus, std::move(done));
}

CallHandle DtsClient::createReverseJob(const CreateReverseDtsJobParams &p, QObject *context,
                                       Callback<DtsReverseJobCreated> done) const
{
    Lookup<DtsReverseJobCreated> lookup = [sender = m_sender,
                                           p](const StatePtr &state, QObject *ctx,
                                              LookupDone<DtsReverseJobCreated> found) {
        DtsJobQuery q;
        q.regionId = p.regionId;
        q.jobType = p.forwardJobType;
        q.dtsJobIds = {p.dtsJobId};
        lookupJob<DtsReverseJobCreated>(
            sender, state, ctx, q,
            [p](const DtsJob &job) -> std::optional<DtsReverseJobCreated> {
                if (job.dtsJobId != p.dtsJobId || job.reverseJobId.isEmpty())
                    return std::nullopt;
                return DtsReverseJobCreated{QString(), job.reverseJobId, QString(), true};
            },
            std::move(found));
    };
    return guardedCreate<DtsReverseJobCreated>(m_sender, buildCreateReverseDtsJob(p),
                                               parseCreateReverseDtsJob, std::move(lookup),
                                               m_createRetry, context, std::move(done));
}

WireDescription describeWire(const ConfigureDtsJobParams &p)
{
    return describe(buildConfigureDtsJob(p));
}

WireDescription describeWire(const CreateDtsInstanceParams &p)
{
    return describe(buildCreateDtsInstance(p));
}

WireDescription describeWire(DtsJobAction action, const DtsJobRef &job)
{
    return describe(buildDtsJobAction(action, job));
}

WireDescription describeWire(const CreateReverseDtsJobParams &p)
{
    return describe(buildCreateReverseDtsJob(p));
}

} // namespace ferry::cloudapi
