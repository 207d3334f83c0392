// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/stsservice.h"

#include "cloudapi/sandbox/emulatorsupport.h"

namespace ferry::sandbox {

using namespace emul;

namespace {

const QString kProduct = QStringLiteral("Sts");

QString digits(std::uint64_t h, int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        h = mix(h + std::uint64_t(i));
        out.append(QLatin1Char(char('0' + (i == 0 ? 1 + h % 9 : h % 10))));
    }
    return out;
}

} // namespace

StsService::StsService(const ScenarioOptions &options)
    : m_options(options)
{}

ServiceResponse StsService::handle(const ServiceRequest &request)
{
    if (!request.version.isEmpty() && request.version != version())
        return invalidVersion(request, kProduct);
    if (request.action != QLatin1String("GetCallerIdentity"))
        return actionNotFound(request, kProduct);
    const QString account = m_options.accountId;
    const std::uint64_t h = hashText(account + QLatin1Char('/') + request.accessKeyId);
    Json body = {{"RequestId", js(request.requestId)}, {"AccountId", js(account)}};
    if (request.accessKeyId.startsWith(QLatin1String("STS."))) {
        const QString roleId = digits(h, 17);
        const QString session = QStringLiteral("ferry-session");
        body["IdentityType"] = "AssumedRoleUser";
        body["RoleId"] = js(roleId);
        body["PrincipalId"] = js(roleId + QLatin1Char(':') + session);
        body["Arn"] = js(QStringLiteral("acs:ram::%1:assumed-role/ferry-migration-role/%2")
                             .arg(account, session));
        return {200, body};
    }
    const QString userId = digits(h, 16);
    body["IdentityType"] = "RAMUser";
    body["UserId"] = js(userId);
    body["PrincipalId"] = js(userId);
    body["Arn"] = js(QStringLiteral("acs:ram::%1:user/ferry-operator").arg(account));
    return {200, body};
}

} // namespace ferry::sandbox
