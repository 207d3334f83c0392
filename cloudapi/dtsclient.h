// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/createretry.h"
#include "cloudapi/dtsparams.h"
#include "cloudapi/pagedfetch.h"
#include "cloudapi/wiredescription.h"
#include "model/dts.h"

#include <memory>

class QObject;

namespace ferry::cloudapi {

class ApiSender;
class Transport;

/// Typed client of Data Transmission Service (DTS 2020-01-01). The region travels in each call's
/// parameters. Calls are asynchronous as in MmsClient; `context` must not be null.
class DtsClient final
{
public:
    explicit DtsClient(Transport *transport);
    explicit DtsClient(std::shared_ptr<ApiSender> sender);

    /// How the creates (configureJob, createInstance, createReverseJob) recover from transient
    /// failures.
    void setCreateRetryPolicy(const CreateRetryPolicy &policy) { m_createRetry = policy; }

    /// ConfigureDtsJob. Never sent blindly twice: after a failure that may have been applied the
    /// job is looked up first (by DtsJobId if given, otherwise by DtsJobName).
    CallHandle configureJob(const ConfigureDtsJobParams &p, QObject *context,
                            Callback<DtsJobConfigured> done) const;
    /// CreateDtsInstance. After a lost attempt the job named by p.jobId (of type p.type) is
    /// checked for an instance; without p.jobId the error is returned for the user to check.
    CallHandle createInstance(const CreateDtsInstanceParams &p, QObject *context,
                              Callback<DtsInstanceCreated> done) const;
    /// StartDtsJob.
    CallHandle startJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const;
    /// StopDtsJob (ends the job).
    CallHandle stopJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const;
    /// SuspendDtsJob (pauses it).
    CallHandle suspendJob(const DtsJobRef &job, QObject *context, Callback<Done> done) const;
    /// Start, stop or suspend; never repeated by the transport.
    CallHandle jobAction(DtsJobAction action, const DtsJobRef &job, QObject *context,
                         Callback<Done> done) const;
    /// DescribeDtsJobs: one page.
    CallHandle describeJobs(const DtsJobQuery &q, QObject *context,
                            Callback<model::Page<model::DtsJob>> done) const;
    /// Every page of DescribeDtsJobs (q.pageNumber is ignored).
    CallHandle fetchAllJobs(const DtsJobQuery &q, QObject *context, FetchProgress progress,
                            Callback<QList<model::DtsJob>> done) const;
    /// DescribeDtsJobDetail.
    CallHandle describeJobDetail(const DtsJobDetailQuery &q, QObject *context,
                                 Callback<model::DtsJob> done) const;
    /// DescribePreCheckStatus (also reports schema, full and incremental progress by JobCode).
    CallHandle describePrecheckStatus(const DtsPrecheckQuery &q, QObject *context,
                                      Callback<model::DtsPrecheckStatus> done) const;
    /// DescribeConnectionStatus: can DTS reach both endpoints?
    CallHandle describeConnectionStatus(const DtsConnectionParams &p, QObject *context,
                                        Callback<model::DtsConnectionStatus> done) const;
    /// CreateReverseDtsJob. Guarded like configureJob: the forward job's ReverseJob is checked.
    CallHandle createReverseJob(const CreateReverseDtsJobParams &p, QObject *context,
                                Callback<DtsReverseJobCreated> done) const;

    /// Page size of fetchAllJobs when the query sets none (30 is valid in every documented set).
    static constexpr int kDefaultPageSize = 30;

private:
    std::shared_ptr<ApiSender> m_sender;
    CreateRetryPolicy m_createRetry;
};

// Exactly what each state-changing call sends (passwords masked), for the confirmation page.

/// ConfigureDtsJob (query and form body).
WireDescription describeWire(const ConfigureDtsJobParams &p);
/// CreateDtsInstance.
WireDescription describeWire(const CreateDtsInstanceParams &p);
/// StartDtsJob, StopDtsJob or SuspendDtsJob.
WireDescription describeWire(DtsJobAction action, const DtsJobRef &job);
/// CreateReverseDtsJob.
WireDescription describeWire(const CreateReverseDtsJobParams &p);

} // namespace ferry::cloudapi
