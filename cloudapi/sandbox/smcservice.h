// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/sandbox/service.h"

#include <memory>
#include <optional>

namespace ferry::sandbox {

namespace smc {
class SmcState;
}

/// SMC 2019-06-01 (RPC): DescribeSourceServers, CreateReplicationJob, DescribeReplicationJobs,
/// Start/Stop/Delete/CutOverReplicationJob and ModifyReplicationJobAttribute.
///
/// Errors use the gateway body `{RequestId, HostId, Code, Message, Recommend}` with HTTP 4xx:
/// MissingParameter, InvalidParameter (the parameter named in the message), 404
/// InvalidSourceId.NotFound / InvalidJobId.NotFound, 400 ReplicationJob.InvalidStatus and
/// SourceServerState.Invalid (SMC's documented messages), 400 ReplicationJob.NotIncremental.
/// A repeated ClientToken returns the JobId of the first CreateReplicationJob and creates nothing.
class SmcService final : public Service
{
public:
    explicit SmcService(const ScenarioOptions &options);
    ~SmcService() override;
    Q_DISABLE_COPY_MOVE(SmcService)

    QString product() const override { return QStringLiteral("Smc"); }
    QString version() const override { return QStringLiteral("2019-06-01"); }
    ServiceResponse handle(const ServiceRequest &request) override;

private:
    ScenarioOptions m_options;
    std::unique_ptr<smc::SmcState> m_state;
    std::optional<VirtualTime> m_anchor;
    VirtualTime m_lastSeen;
};

} // namespace ferry::sandbox
