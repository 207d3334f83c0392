// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A raw HTTP/1.1 client for the tests: sends exact bytes on one connection and parses the
// answers as they come, without blocking the event loop the server under test runs on.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpSocket>

namespace ferry::sandbox::test {

struct HttpResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< names lowercased
    QByteArray body;

    QJsonObject json() const;
    bool isJson() const;
};

class HttpClient final : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(quint16 port, QObject *parent = nullptr);

    /// Connects if needed and writes `bytes`.
    void send(const QByteArray &bytes);
    /// Spins the event loop until `count` answers arrived in total (or the peer closed, or the
    /// timeout passed). True when they arrived.
    bool waitForResponses(int count, int timeoutMs = 10000);
    /// Spins the event loop until the server closed the connection.
    bool waitForDisconnect(int timeoutMs = 10000);

    QList<HttpResponse> responses;
    bool disconnected = false;
    QByteArray pending; ///< received bytes not yet parsed into an answer

private:
    void onReadyRead();

    QTcpSocket m_socket;
    quint16 m_port;
};

/// Sends one request on a fresh connection and returns the answer (status 0 if none came).
HttpResponse exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 10000);

} // namespace ferry::sandbox::test
