// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/pagedfetch.h"
#include "cloudapi/smcparams.h"
#include "cloudapi/wiredescription.h"
#include "model/smc.h"

#include <memory>

class QObject;

namespace ferry::cloudapi {

class ApiSender;
class Transport;

/// Typed client of Server Migration Center (SMC 2019-06-01, central endpoint). Calls are
/// asynchronous as in MmsClient; `context` must not be null.
class SmcClient final
{
public:
    explicit SmcClient(Transport *transport);
    explicit SmcClient(std::shared_ptr<ApiSender> sender);

    /// DescribeSourceServers: one page.
    CallHandle describeSourceServers(const SmcSourceQuery &q, QObject *context,
                                     Callback<model::Page<model::SmcSourceServer>> done) const;
    /// Every page of DescribeSourceServers.
    CallHandle fetchAllSourceServers(const SmcSourceQuery &q, QObject *context,
                                     FetchProgress progress,
                                     Callback<QList<model::SmcSourceServer>> done) const;
    /// CreateReplicationJob, with p.clientToken so that retries are deduplicated by SMC (a new
    /// token is used if p.clientToken was emptied).
    CallHandle createReplicationJob(const CreateReplicationJobParams &p, QObject *context,
                                    Callback<SmcJobCreated> done) const;
    /// DescribeReplicationJobs: one page.
    CallHandle describeReplicationJobs(const SmcJobQuery &q, QObject *context,
                                       Callback<model::Page<model::SmcReplicationJob>> done) const;
    /// Every page of DescribeReplicationJobs.
    CallHandle fetchAllReplicationJobs(const SmcJobQuery &q, QObject *context,
                                       FetchProgress progress,
                                       Callback<QList<model::SmcReplicationJob>> done) const;
    /// StartReplicationJob.
    CallHandle startJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const;
    /// StopReplicationJob.
    CallHandle stopJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const;
    /// DeleteReplicationJob.
    CallHandle deleteJob(const SmcJobRef &job, QObject *context, Callback<Done> done) const;
    /// Start, stop or delete; never repeated by the transport.
    CallHandle jobAction(SmcJobAction action, const SmcJobRef &job, QObject *context,
                         Callback<Done> done) const;
    /// ModifyReplicationJobAttribute.
    CallHandle modifyJob(const ModifyReplicationJobParams &p, QObject *context,
                         Callback<Done> done) const;
    /// CutOverReplicationJob: end an incremental job (optionally after a last sync).
    CallHandle cutOverJob(const CutOverParams &p, QObject *context, Callback<Done> done) const;

    /// Page size of the fetch-all helpers when the query sets none (the maximum SMC allows).
    static constexpr int kDefaultPageSize = 50;

private:
    std::shared_ptr<ApiSender> m_sender;
};

// Exactly what each state-changing call sends, for the confirmation page.

/// CreateReplicationJob (including the ClientToken that will be sent).
WireDescription describeWire(const CreateReplicationJobParams &p);
/// StartReplicationJob, StopReplicationJob or DeleteReplicationJob.
WireDescription describeWire(SmcJobAction action, const SmcJobRef &job);
/// ModifyReplicationJobAttribute.
WireDescription describeWire(const ModifyReplicationJobParams &p);
/// CutOverReplicationJob.
WireDescription describeWire(const CutOverParams &p);

} // namespace ferry::cloudapi
