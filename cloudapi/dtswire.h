// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: DTS (RPC 2020-01-01) requests and responses as pure functions.

#include "cloudapi/dtsparams.h"
#include "cloudapi/request.h"
#include "cloudapi/result.h"
#include "model/dts.h"

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi::wire {

inline constexpr const char *kDtsVersion = "2020-01-01";

ApiRequest buildConfigureDtsJob(const ConfigureDtsJobParams &p);
ApiRequest buildCreateDtsInstance(const CreateDtsInstanceParams &p);
/// StartDtsJob, StopDtsJob or SuspendDtsJob.
ApiRequest buildDtsJobAction(DtsJobAction action, const DtsJobRef &job);
ApiRequest buildDescribeDtsJobs(const DtsJobQuery &q);
ApiRequest buildDescribeDtsJobDetail(const DtsJobDetailQuery &q);
ApiRequest buildDescribePreCheckStatus(const DtsPrecheckQuery &q);
ApiRequest buildDescribeConnectionStatus(const DtsConnectionParams &p);
ApiRequest buildCreateReverseDtsJob(const CreateReverseDtsJobParams &p);

/// The `DbList` JSON of ConfigureDtsJob: {"src":{"name":"dst","all":true}, ...}, tables under
/// "Table" when not all are selected.
QString dtsDbListJson(const QList<DtsDbSelection> &dbs);

Result<DtsJobConfigured> parseConfigureDtsJob(const nlohmann::json &body);
Result<DtsInstanceCreated> parseCreateDtsInstance(const nlohmann::json &body);
Result<Done> parseDtsAck(const nlohmann::json &body);
Result<model::Page<model::DtsJob>> parseDescribeDtsJobs(const nlohmann::json &body);
Result<model::DtsJob> parseDescribeDtsJobDetail(const nlohmann::json &body);
Result<model::DtsPrecheckStatus> parseDescribePreCheckStatus(const nlohmann::json &body);
Result<model::DtsConnectionStatus> parseDescribeConnectionStatus(const nlohmann::json &body);
Result<DtsReverseJobCreated> parseCreateReverseDtsJob(const nlohmann::json &body);

} // namespace ferry::cloudapi::wire
