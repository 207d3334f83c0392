// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpwire.h"

#include <QHttpServerRequest>

namespace ferry::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return {};
    }
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Bad Request" : "Internal Server Error");
    }
}

} // namespace

ReceivedRequest receivedFrom(const QHttpServerRequest &request, QByteArrayView rawHead,
                             const QHostAddress &peer)
{
    ReceivedRequest out;
    out.peer = peer;
    out.body = request.body();

    QList<QByteArray> lines = rawHead.toByteArray().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // Request-Line = Method SP Request-URI SP HTTP-Version, tolerating repeated spaces as Qt does.
    QList<QByteArray> parts;
    for (const QByteArray &part : lines.value(0).split(' '))
        if (!part.isEmpty())
            parts.append(part);
    const QByteArray qtMethod = methodName(request.method());
    if (parts.size() == 3 && (qtMethod.isEmpty() || parts[0] == qtMethod)) {
        out.method = parts[0];
        out.target = parts[1];
        out.protocol = parts[2];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                out.headers.append(
                    {lines[i].first(colon).trimmed(), lines[i].sliced(colon + 1).trimmed()});
        }
        return out;
    }

    // No captured head (a socket not accepted by TappingTcpServer): use Qt's parse.
    out.method = qtMethod;
    const QUrl url = request.url();
    out.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        out.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    for (const auto &header : request.headers())
        out.headers.append({header.first, header.second});
    return out;
}

bool wantsClose(const ReceivedRequest &request)
{
    const QByteArray connection = request.header("connection").toLower();
    if (request.protocol == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

QByteArray httpResponse(int status, QByteArrayView body, const HeaderList &headers, bool close,
                        bool omitBody)
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ');
    out.append(reasonPhrase(status)).append("\r\n");
    out.append("Content-Type: application/json;charset=utf-8\r\n");
    out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    out.append(close ? "Connection: close\r\n" : "Connection: keep-alive\r\n");
    out.append("\r\n");
    if (!omitBody)
        out.append(body);
    return out;
}

} // namespace ferry::sandbox
