// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service.h"

namespace ferry::sandbox {

/// A built-in diagnostic product ("Sandbox", version 1970-01-01) that echoes what the server
/// made of a request: smoke tests, benchmarks and the conformance test's gateway checks use it.
/// Action `Echo`: RPC style at path `/` (GET or POST) answers
/// `{"RequestId","Action","Method","Params","Now"}`; ROA style at any other path answers
/// `{"requestId","data":{"method","path","pathSegments","params","body","now"}}`.
class EchoService final : public Service
{
public:
    static constexpr const char *kVersion = "1970-01-01";

    QString product() const override;
    QString version() const override;
    ServiceResponse handle(const ServiceRequest &request) override;
};

} // namespace ferry::sandbox
