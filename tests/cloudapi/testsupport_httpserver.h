// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small scripted HTTP/1.1 server on loopback for transport tests: it answers queued responses
// in order, records every request byte for byte, and can hang or drop a connection. Plus a V3
// signature check written separately from Ferry's signer (Qt's hashing, decode-then-re-encode of
// the received query), so a signer bug cannot verify itself.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ferry::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as it arrived.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path?query exactly as sent
    QByteArray path;
    QByteArray rawQuery;
    RawHeaders headers;
    QByteArray body;
    qint64 receivedAtMs = 0; ///< since the server started

    /// The first value of header `name` (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// Query items, percent-decoded, in order.
    QList<QPair<QString, QString>> queryItems() const;
    /// The decoded value of query item `name`.
    QString queryValue(const QString &name) const;
    /// Form body items, percent-decoded, in order.
    QList<QPair<QString, QString>> formItems() const;
};

/// What the server answers to one request.
struct ScriptedResponse
{
    int status = 200;
    QByteArray body = R"({"RequestId":"test-request"})";
    RawHeaders headers;          ///< extra headers
    bool hang = false;           ///< never answer (the client times out or cancels)
    bool dropConnection = false; ///< close the connection without answering
    int delayMs = 0;             ///< answer after this long

    static ScriptedResponse json(int status, QByteArray body)
    {
        ScriptedResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
};

class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool start();
    quint16 port() const;
    /// `http://127.0.0.1:<port>`
    QUrl baseUrl() const;

    /// Queues the answer for the next request (first in, first out).
    void enqueue(ScriptedResponse response);
    /// The answer once the queue is empty.
    void setFallback(ScriptedResponse response);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    /// Connections that the peer closed (e.g. an aborted reply).
    int closedByPeer() const { return m_closedByPeer; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_closedByPeer = 0;
};

/// The result of checking a received request's V3 signature.
struct SignatureCheck
{
    bool ok = false;
    QString reason;
    QByteArray canonicalRequest;
    QByteArray signedHeaders;
    QByteArray accessKeyId;
};

/// Recomputes the V3 signature of `request` with `secret` from the received bytes only.
SignatureCheck verifyV3(const RecordedRequest &request, const QByteArray &secret);

} // namespace ferry::test
