// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/sandbox/service.h"

#include <memory>
#include <optional>

namespace ferry::sandbox {

namespace dts {
class DtsState;
}

/// DTS 2020-01-01 (RPC): ConfigureDtsJob, CreateDtsInstance, Start/Stop/SuspendDtsJob,
/// DescribeDtsJobs, DescribeDtsJobDetail, DescribePreCheckStatus, DescribeConnectionStatus and
/// CreateReverseDtsJob.
///
/// Errors answer HTTP 4xx with `{RequestId, Success:false, ErrCode, ErrMessage, DynamicCode,
/// DynamicMessage, HttpStatusCode, Code, Message}`. Codes: MissingParameter, InvalidParameter
/// (ErrMessage `The Value of Input Parameter %s is not valid.` with the name in DynamicMessage),
/// InvalidDtsJobId.NotFound / InvalidDtsInstanceId.NotFound (404) and OperationDenied.* (400) for
/// operations the job's status does not allow.
class DtsService final : public Service
{
public:
    explicit DtsService(const ScenarioOptions &options);
    ~DtsService() override;
    Q_DISABLE_COPY_MOVE(DtsService)

    QString product() const override { return QStringLiteral("Dts"); }
    QString version() const override { return QStringLiteral("2020-01-01"); }
    ServiceResponse handle(const ServiceRequest &request) override;

private:
    ScenarioOptions m_options;
    std::unique_ptr<dts::DtsState> m_state;
    std::optional<VirtualTime> m_anchor;
    VirtualTime m_lastSeen;
};

} // namespace ferry::sandbox
