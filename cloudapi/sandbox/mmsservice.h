// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/sandbox/service.h"

#include <memory>
#include <optional>

namespace ferry::sandbox {

namespace mms {
class MmsState;
}

/// MaxCompute 2022-01-04 MMS operations (ROA, `/api/v1/mms/...`).
///
/// Routing is by method and path. A known path called with another method, or with an
/// x-acs-action that names a different operation, answers as the API gateway does for an unknown
/// API: 404 `InvalidAction.NotFound` with a gateway body (RequestId, HostId, Code, Message,
/// Recommend). Business errors use the MaxCompute 2022-01-04 error shape, whose exact form for MMS
/// is unconfirmed: HTTP 4xx with `{requestId, code, message, httpCode, errorCode, errorMsg}` —
/// `code`/`message` for the SDK core, `httpCode`/`errorCode`/`errorMsg` as the other MaxCompute
/// 2022-01-04 APIs return them. Codes: MissingParameter and InvalidParameter (400),
/// EntityNotExist.<Kind> (404), IncorrectStatus.<Kind> (400).
class MmsService final : public Service
{
public:
    explicit MmsService(const ScenarioOptions &options);
    ~MmsService() override;
    Q_DISABLE_COPY_MOVE(MmsService)

    QString product() const override { return QStringLiteral("MaxCompute"); }
    QString version() const override { return QStringLiteral("2022-01-04"); }
    ServiceResponse handle(const ServiceRequest &request) override;

private:
    ScenarioOptions m_options;
    std::unique_ptr<mms::MmsState> m_state;
    std::optional<VirtualTime> m_anchor;
    VirtualTime m_lastSeen;
};

} // namespace ferry::sandbox
