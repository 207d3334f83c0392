// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayauth.h"

#include "signatureverifier.h"

#include <QDateTime>

namespace ferry::sandbox {

namespace {

// Headers every V3 request must carry and sign.
constexpr const char *kRequiredSigned[] = {
    "host",       "x-acs-action",          "x-acs-content-sha256",
    "x-acs-date", "x-acs-signature-nonce", "x-acs-version"};

bool isDigits(QByteArrayView text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

std::optional<std::chrono::system_clock::time_point> parseAcsDate(QByteArrayView value)
{
    // Exactly 2023-10-26T10:22:32Z: QDateTime alone would also take offsets and fractions.
    if (value.size() != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' ||
        value[13] != ':' || value[16] != ':' || value[19] != 'Z')
        return std::nullopt;
    for (const auto &[from, length] : {std::pair{0, 4}, {5, 2}, {8, 2}, {11, 2}, {14, 2}, {17, 2}})
        if (!isDigits(value.sliced(from, length)))
            return std::nullopt;
    const auto number = [value](int from, int length) {
        return QByteArray(value.sliced(from, length).data(), length).toInt();
    };
    const QDate day(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime utc(day, time, Qt::UTC);
    return std::chrono::system_clock::time_point(
        std::chrono::milliseconds(utc.toMSecsSinceEpoch()));
}

GatewayAuth::GatewayAuth(std::shared_ptr<CredentialStore> credentials,
                         std::shared_ptr<NonceCache> nonces, std::chrono::seconds dateTolerance)
    : m_credentials(std::move(credentials))
    , m_nonces(std::move(nonces))
    , m_tolerance(dateTolerance)
{}

AuthOutcome GatewayAuth::authenticate(const ReceivedRequest &request,
                                      std::chrono::system_clock::time_point now) const
{
    AuthOutcome out;
    const auto fail = [&out](GatewayError error) {
        out.error = std::move(error);
        return out;
    };

    if (!request.hasHeader("authorization"))
        return fail(gateway::missingParameter(QStringLiteral("Authorization")));
    const auto authorization = parseAuthorization(request.header("authorization"));
    if (!authorization)
        return fail(gateway::incompleteSignature());
    out.accessKeyId = QString::fromUtf8(authorization->credential);

    for (const char *name : {"x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"})
        if (request.header(name).isEmpty())
            return fail(gateway::missingParameter(QString::fromLatin1(name)));
    for (const char *name : kRequiredSigned)
        if (!authorization->signedHeaders.contains(QByteArray(name)))
            return fail(gateway::incompleteSignature());
    if (request.hasHeader("x-acs-security-token") &&
        !authorization->signedHeaders.contains(QByteArrayLiteral("x-acs-security-token")))
        return fail(gateway::incompleteSignature());

    const auto date = parseAcsDate(request.header("x-acs-date"));
    if (!date)
        return fail(gateway::timestampFormat());
    if (*date < now - m_tolerance || *date > now + m_tolerance)
        return fail(gateway::timestampExpired());

    const auto credential = m_credentials->find(out.accessKeyId);
    if (!credential)
        return fail(gateway::accessKeyNotFound());
    if (!credential->securityToken.isEmpty()) {
        if (QString::fromUtf8(request.header("x-acs-security-token")) != credential->securityToken)
            return fail(gateway::securityTokenMismatch());
        if (credential->expiresAt && *credential->expiresAt <= now)
            return fail(gateway::securityTokenExpired());
    }

    const SignatureCheck check =
        verifySignature(request, *authorization, credential->secret.toUtf8());
    if (check.status == SignatureCheck::Status::MissingSignedHeader)
        return fail(gateway::incompleteSignature());
    if (check.status != SignatureCheck::Status::Valid)
        return fail(gateway::signatureDoesNotMatch(check.form.stringToSign));

    const auto keepUntil = std::max(now, *date) + m_tolerance;
    if (!m_nonces->insert(authorization->credential, request.header("x-acs-signature-nonce"), now,
                          keepUntil))
        return fail(gateway::nonceUsed());

    out.ok = true;
    return out;
}

} // namespace ferry::sandbox
