// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_httpserver.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ferry::test {

namespace {

QList<QPair<QString, QString>> decodePairs(const QByteArray &text)
{
    QList<QPair<QString, QString>> items;
    if (text.isEmpty())
        return items;
    for (const QByteArray &part : text.split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QList<QPair<QString, QString>> RecordedRequest::queryItems() const
{
    return decodePairs(rawQuery);
}

QString RecordedRequest::queryValue(const QString &name) const
{
    for (const auto &[n, v] : queryItems())
        if (n == name)
            return v;
    return {};
}

QList<QPair<QString, QString>> RecordedRequest::formItems() const
{
    return decodePairs(body);
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::start()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void ScriptedHttpServer::enqueue(ScriptedResponse response)
{
    m_queue.append(std::move(response));
}

void ScriptedHttpServer::setFallback(ScriptedResponse response)
{
    m_fallback = std::move(response);
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.remove(socket))
                ++m_closedByPeer;
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest r;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.target = requestLine.value(1);
        const qsizetype q = r.target.indexOf('?');
        r.path = q < 0 ? r.target : r.target.left(q);
        r.rawQuery = q < 0 ? QByteArray() : r.target.mid(q + 1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            r.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return; // the body is still arriving
        r.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        r.receivedAtMs = m_clock.elapsed();
        m_requests.append(r);

        const ScriptedResponse response = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
        Q_EMIT requestReceived(int(m_requests.size() - 1));
        if (response.hang)
            continue;
        if (response.dropConnection) {
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
            return;
        }
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
            });
        } else {
            respond(socket, response);
        }
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: application/json;charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

SignatureCheck verifyV3(const RecordedRequest &request, const QByteArray &secret)
{
    SignatureCheck check;
    const QByteArray auth = request.header("authorization");
    const QByteArray prefix = "ACS3-HMAC-SHA256 ";
    if (!auth.startsWith(prefix)) {
        check.reason = QStringLiteral("no ACS3 Authorization header");
        return check;
    }
    QByteArray credential, signedHeaders, signature;
    for (const QByteArray &part : auth.mid(prefix.size()).split(',')) {
        if (part.startsWith("Credential="))
            credential = part.mid(11);
        else if (part.startsWith("SignedHeaders="))
            signedHeaders = part.mid(14);
        else if (part.startsWith("Signature="))
            signature = part.mid(10);
    }
    check.signedHeaders = signedHeaders;
    check.accessKeyId = credential;

    // Decode what arrived, re-encode it the strict RFC 3986 way; names stay as decoded.
    QList<QPair<QByteArray, QByteArray>> query;
    if (!request.rawQuery.isEmpty()) {
        for (const QByteArray &part : request.rawQuery.split('&')) {
            const qsizetype eq = part.indexOf('=');
            const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
            const QByteArray value =
                QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : part.mid(eq + 1));
            query.append({name, value.toPercentEncoding()});
        }
    }
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[n, v] : query)
        queryParts.append(n + '=' + v);

    QByteArray canonicalHeaders;
    for (const QByteArray &name : signedHeaders.split(';')) {
        QByteArrayList values;
        for (const auto &[n, v] : request.headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                values.append(v.trimmed());
        if (values.isEmpty()) {
            check.reason =
                QStringLiteral("signed header %1 missing").arg(QString::fromLatin1(name));
            return check;
        }
        std::sort(values.begin(), values.end());
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    }

    const QByteArray payloadHash =
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    if (request.header("x-acs-content-sha256") != payloadHash) {
        check.reason = QStringLiteral("x-acs-content-sha256 is not the hash of the body");
        return check;
    }
    check.canonicalRequest = request.method + '\n' + (request.path.isEmpty() ? "/" : request.path) +
                             '\n' + queryParts.join('&') + '\n' + canonicalHeaders + '\n' +
                             signedHeaders + '\n' + payloadHash;
    const QByteArray stringToSign =
        "ACS3-HMAC-SHA256\n" +
        QCryptographicHash::hash(check.canonicalRequest, QCryptographicHash::Sha256).toHex();
    const QByteArray expected =
        QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha256).toHex();
    if (expected != signature) {
        check.reason = QStringLiteral("signature mismatch");
        return check;
    }
    check.ok = true;
    return check;
}

} // namespace ferry::test
