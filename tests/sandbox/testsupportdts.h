// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the DTS emulator tests.

#include "cloudapi/sandbox/dtsservice.h"

#include "testsupport.h"

#include <functional>
#include <memory>

namespace ferry::sandbox::test {

inline const QString kDtsVersion = QStringLiteral("2020-01-01");

// DescribePreCheckStatus names (TS-DTS)
inline const QStringList kPrecheckRequired = {"RequestId",
                                              "Success",
                                              "HttpStatusCode",
                                              "Code",
                                              "JobId",
                                              "JobName",
                                              "State",
                                              "ErrorItem",
                                              "Total",
                                              "TotalRecordCount",
                                              "PageNumber",
                                              "PageRecordCount",
                                              "JobProgress",
                                              "AnalysisJobProgress",
                                              "FullNetCheckJobStatus",
                                              "SubDistributedJobStatus"};
inline const QStringList kProgressKeys = {
    "Item",        "Names",        "JobId",     "Id",           "OrderNum",
    "State",       "ErrMsg",       "ErrDetail", "RepairMethod", "CanSkip",
    "Skip",        "IgnoreFlag",   "BootTime",  "FinishTime",   "Current",
    "Total",       "DelaySeconds", "DdlSql",    "SourceSchema", "DestSchema",
    "TargetNames", "Sub",          "Logs",      "DiffRow",      "ParentObj"};

/// ConfigureDtsJob parameters of a migration from a self-managed MySQL (binlog_format flaw).
inline Params selfManagedJob(const QString &name)
{
    return {{"DtsJobName", name},
            {"JobType", "MIGRATION"},
            {"SourceEndpointInstanceType", "Express"},
            {"SourceEndpointEngineName", "MySQL"},
            {"SourceEndpointIP", "10.20.30.40"},
            {"SourceEndpointPort", "3306"},
            {"SourceEndpointUserName", "dts_repl"},
            {"SourceEndpointPassword", "Repl#Pass-1"},
            {"DestinationEndpointInstanceType", "RDS"},
            {"DestinationEndpointInstanceID", "rm-bp1target0001"},
            {"DestinationEndpointUserName", "dts_writer"},
            {"DestinationEndpointPassword", "Writer#Pass-2"},
            {"StructureInitialization", "true"},
            {"DataInitialization", "true"},
            {"DataSynchronization", "true"},
            {"DbList", R"({"sales":{"name":"sales","all":true}})"}};
}

/// The same job from an RDS source (no binlog_format flaw).
inline Params managedJob(const QString &name, const QString &type = QStringLiteral("MIGRATION"))
{
    Params p = selfManagedJob(name);
    p.erase(QStringLiteral("SourceEndpointIP"));
    p[QStringLiteral("JobType")] = type;
    p[QStringLiteral("SourceEndpointInstanceType")] = QStringLiteral("RDS");
    p[QStringLiteral("SourceEndpointInstanceID")] = QStringLiteral("rm-bp1source0001");
    return p;
}

/// Calls a DtsService at virtual times relative to t0().
class DtsHarness
{
public:
    std::unique_ptr<DtsService> m_dts = std::make_unique<DtsService>(ScenarioOptions{});

    ServiceResponse call(const QString &action, const Params &params, double t)
    {
        return m_dts->handle(rpc(action, kDtsVersion, params, at(t)));
    }
    Json body(const QString &action, const Params &params, double t)
    {
        const ServiceResponse r = call(action, params, t);
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(action), r.status, dump(r.body).constData());
        return r.body;
    }
    /// Configures and buys a job at `t`; the precheck starts at t+1.
    QString launch(const Params &config, double t)
    {
        const QString id = str(body("ConfigureDtsJob", config, t)["DtsJobId"]);
        body("CreateDtsInstance", {{"PayType", "PostPaid"}, {"JobId", id}, {"AutoStart", "true"}},
             t + 1);
        return id;
    }
    Json item(const QString &id, double t, const QString &type = QStringLiteral("MIGRATION"))
    {
        return body("DescribeDtsJobs", {{"DtsJobId", id}, {"JobType", type}}, t)["DtsJobList"][0];
    }
    Json detail(const QString &id, double t)
    {
        return body("DescribeDtsJobDetail", {{"DtsJobId", id}}, t);
    }
    double until(const QString &id, const std::function<bool(const Json &)> &done, double from,
                 double step, const QString &type = QStringLiteral("MIGRATION"))
    {
        for (double t = from; t < from + 7200; t += step) {
            if (done(item(id, t, type)))
                return t;
        }
        return -1;
    }
    double incrementalStart(const QString &id, double from)
    {
        return until(
            id,
            [](const Json &j) {
                return str(j["DataSynchronizationStatus"]["Status"]) != "NotStarted";
            },
            from, 1);
    }
};

} // namespace ferry::sandbox::test
