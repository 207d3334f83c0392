// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_http.h"

#include <QJsonDocument>
#include <QTest>

namespace ferry::sandbox::test {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResponse::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

HttpClient::HttpClient(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { disconnected = true; });
}

void HttpClient::send(const QByteArray &bytes)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    m_socket.write(bytes);
}

bool HttpClient::waitForResponses(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return responses.size() >= count || disconnected; }, timeoutMs) &&
           responses.size() >= count;
}

bool HttpClient::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor([&] { return disconnected; }, timeoutMs);
}

void HttpClient::onReadyRead()
{
    pending += m_socket.readAll();
    for (;;) {
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        HttpResponse response;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (pending.size() < end + 4 + length)
            return;
        response.body = pending.mid(end + 4, length);
        pending.remove(0, end + 4 + length);
        responses.append(response);
    }
}

HttpResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    HttpClient client(port);
    client.send(bytes);
    if (!client.waitForResponses(1, timeoutMs))
        return {};
    return client.responses.constFirst();
}

} // namespace ferry::sandbox::test
