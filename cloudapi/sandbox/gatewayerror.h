// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service.h"

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

namespace ferry::sandbox {

/// An error the API gateway answers by itself: HTTP status, code and message as documented.
struct GatewayError
{
    int status = 400;
    QString code;
    QString message;
};

/// The gateway's errors (codes, messages and statuses from the OpenAPI documentation).
namespace gateway {
GatewayError missingParameter(const QString &name);
GatewayError incompleteSignature();
GatewayError signatureDoesNotMatch(QByteArrayView serverStringToSign);
GatewayError accessKeyNotFound();
GatewayError timestampExpired();
GatewayError timestampFormat();
GatewayError nonceUsed();
GatewayError securityTokenExpired();
GatewayError securityTokenMismatch();
GatewayError invalidVersion();
GatewayError invalidAction();
GatewayError invalidBody();
GatewayError throttlingUser();
GatewayError internalError();
GatewayError serviceUnavailable();
GatewayError forbiddenRam();
} // namespace gateway

/// A new RequestId: an uppercase UUID without braces.
QString newRequestId();

/// The JSON error body `{"RequestId","HostId","Code","Message","Recommend"}`; Recommend points
/// at the troubleshooting page for this code, product and request.
nlohmann::json errorBody(const GatewayError &error, const QString &requestId, const QString &hostId,
                         const QString &product);

/// The same error as a ServiceResponse, for product emulators. HostId is left empty; the server
/// fills in the host the request was sent to.
ServiceResponse errorResponse(const GatewayError &error, const ServiceRequest &request,
                              const QString &product);

} // namespace ferry::sandbox
