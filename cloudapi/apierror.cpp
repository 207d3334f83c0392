// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/apierror.h"

#include <QCoreApplication>

namespace ferry::cloudapi {

namespace {

// A holder so lupdate files these texts under the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cloudapi::ApiError)
};

bool codeIs(const QString &code, const char *name)
{
    return code.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool codeStarts(const QString &code, const char *prefix)
{
    return code.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

QString kindLabel(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return Tr::tr("Network error");
    case ErrorKind::Timeout:
        return Tr::tr("Timed out");
    case ErrorKind::Cancelled:
        return Tr::tr("Cancelled");
    case ErrorKind::Throttled:
        return Tr::tr("Throttled");
    case ErrorKind::Authentication:
        return Tr::tr("Authentication failed");
    case ErrorKind::Permission:
        return Tr::tr("Permission denied");
    case ErrorKind::Client:
        return Tr::tr("Request rejected");
    case ErrorKind::Server:
        return Tr::tr("Service error");
    case ErrorKind::InvalidResponse:
        return Tr::tr("Unreadable response");
    case ErrorKind::Credentials:
        return Tr::tr("Credentials problem");
    }
    return {};
}

QString codeExplanation(const ApiError &e)
{
    const QString &c = e.code;
    if (codeIs(c, "SignatureDoesNotMatch") || codeIs(c, "IncompleteSignature"))
        return Tr::tr(
            "Alibaba Cloud could not verify the request signature. Check that the AccessKey "
            "secret belongs to this AccessKey ID and was copied completely, that this "
            "computer's clock is correct, and that no proxy between Ferry and Alibaba Cloud "
            "rewrites requests.");
    if (codeStarts(c, "InvalidAccessKeyId"))
        return Tr::tr(
            "Alibaba Cloud does not know this AccessKey ID, or it is disabled. Check the "
            "AccessKey ID for typing mistakes, and that it has not been deleted or disabled "
            "in the RAM console.");
    if (codeStarts(c, "InvalidTimeStamp"))
        return Tr::tr(
            "The request time differs too much from Alibaba Cloud's clock (more than 15 "
            "minutes). Synchronize this computer's clock, for example by enabling automatic "
            "time (NTP), then try again.");
    if (codeIs(c, "SignatureNonceUsed"))
        return Tr::tr("Alibaba Cloud saw this request twice and rejected the repeat. Try again.");
    if (codeStarts(c, "InvalidSecurityToken") || codeStarts(c, "MissingSecurityToken"))
        return Tr::tr(
            "The temporary (STS) credentials are expired or invalid. Obtain new temporary "
            "credentials, or use a profile that renews them.");
    if (codeStarts(c, "Throttling"))
        return Tr::tr("Alibaba Cloud rejected the request because too many requests were sent in a "
                      "short time. Ferry retries reads automatically after a pause; if this keeps "
                      "happening, wait a minute or poll less often.");
    if (codeIs(c, "ServiceUnavailable"))
        return Tr::tr(
            "The service is temporarily unavailable. Ferry retries reads automatically; try "
            "again in a few minutes.");
    if (codeIs(c, "InternalError") || codeIs(c, "UnknownError"))
        return Tr::tr(
            "The service failed with an internal error that is not caused by your request. "
            "Try again later; if it persists, contact Alibaba Cloud support with the "
            "request ID.");
    return {};
}

QString kindExplanation(const ApiError &e)
{
    switch (e.kind) {
    case ErrorKind::Network:
        return Tr::tr("Ferry could not reach the service (%1). Check the network connection, proxy "
                      "settings and firewall.")
            .arg(e.message.isEmpty() ? Tr::tr("no details") : e.message);
    case ErrorKind::Timeout:
        return Tr::tr("The service did not answer in time. The network may be slow or the service "
                      "busy; try again.");
    case ErrorKind::Cancelled:
        return Tr::tr("The request was cancelled.");
    case ErrorKind::Throttled:
        return Tr::tr(
            "Too many requests were sent in a short time. Ferry retries reads automatically "
            "after a pause.");
    case ErrorKind::Authentication:
        return Tr::tr(
            "Alibaba Cloud did not accept the credentials. Check the AccessKey pair and this "
            "computer's clock.");
    case ErrorKind::Permission:
        if (!e.ramActions.isEmpty())
            return Tr::tr("The RAM user or role is not allowed to do this. Ask an administrator to "
                          "grant these RAM actions: %1.")
                .arg(e.ramActions.join(QLatin1String(", ")));
        return Tr::tr(
            "The RAM user or role is not allowed to do this. Ask an administrator to grant "
            "the permission for this operation.");
    case ErrorKind::Client:
        return Tr::tr("The service rejected the request: %1")
            .arg(e.message.isEmpty() ? e.code : e.message);
    case ErrorKind::Server:
        return Tr::tr("The service failed while handling the request. Try again later.");
    case ErrorKind::InvalidResponse:
        return Tr::tr("The service's answer could not be read; it was not the JSON this API "
                      "documents.");
    case ErrorKind::Credentials:
        return e.message.isEmpty() ? Tr::tr("No usable credentials are configured.") : e.message;
    }
    return {};
}

} // namespace

QString ApiError::explanation() const
{
    QString text = codeExplanation(*this);
    if (kind == ErrorKind::Permission || text.isEmpty())
        text = kindExplanation(*this);
    if (mayHaveApplied)
        text += QLatin1Char(' ') +
                Tr::tr("The request may have reached the service, so the change may already have "
                       "been made. Check the current state before repeating it.");
    return text;
}

QString ApiError::summary() const
{
    QString head = code.isEmpty() ? kindLabel(kind) : code;
    if (httpStatus > 0)
        head += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    QString line = head;
    if (!message.isEmpty())
        line += QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        line += QStringLiteral(" [%1]").arg(requestId);
    return line.simplified();
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Throttled:
    case ErrorKind::Server:
        return true;
    default:
        return false;
    }
}

} // namespace ferry::cloudapi
