// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: SMC (RPC 2019-06-01, central endpoint) and STS (RPC 2015-04-01)
// requests and responses as pure functions.

#include "cloudapi/request.h"
#include "cloudapi/result.h"
#include "cloudapi/smcparams.h"
#include "model/smc.h"
#include "model/sts.h"

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi::wire {

inline constexpr const char *kSmcVersion = "2019-06-01";
inline constexpr const char *kStsVersion = "2015-04-01";

ApiRequest buildDescribeSourceServers(const SmcSourceQuery &q);
ApiRequest buildCreateReplicationJob(const CreateReplicationJobParams &p);
ApiRequest buildDescribeReplicationJobs(const SmcJobQuery &q);
/// StartReplicationJob, StopReplicationJob or DeleteReplicationJob.
ApiRequest buildSmcJobAction(SmcJobAction action, const SmcJobRef &job);
ApiRequest buildModifyReplicationJobAttribute(const ModifyReplicationJobParams &p);
ApiRequest buildCutOverReplicationJob(const CutOverParams &p);
ApiRequest buildGetCallerIdentity();

Result<model::Page<model::SmcSourceServer>> parseDescribeSourceServers(const nlohmann::json &body);
Result<SmcJobCreated> parseCreateReplicationJob(const nlohmann::json &body);
Result<model::Page<model::SmcReplicationJob>>
parseDescribeReplicationJobs(const nlohmann::json &body);
Result<Done> parseSmcAck(const nlohmann::json &body);
Result<model::CallerIdentity> parseGetCallerIdentity(const nlohmann::json &body);

} // namespace ferry::cloudapi::wire
