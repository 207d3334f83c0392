// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <cstdint>
#include <map>

class QTcpSocket;

namespace ferry::sandbox {

/// Per-connection state, a child of its socket: it captures each request head (request line
/// and headers) exactly as sent, and writes answers in request order even when some are
/// delayed.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    /// Attaches to `socket` (as its child). Must be connected before the HTTP server's own
    /// readyRead handler so the head is seen before it is consumed.
    explicit Connection(QTcpSocket *socket);

    /// The Connection attached to `socket`, or nullptr.
    static Connection *of(QTcpSocket *socket);

    /// The raw head (request line and headers, through the empty line) of the request being
    /// handled; empty if it could not be captured.
    QByteArray takeRequestHead();

    /// Reserves the next answer slot, in request order.
    std::uint64_t reserve();
    /// Supplies the bytes answering `slot`; they are written once every earlier slot is. With
    /// `close`, the connection is closed after them.
    void complete(std::uint64_t slot, QByteArray bytes, bool close);
    /// Closes the connection without answering, when `slot`'s turn comes.
    void drop(std::uint64_t slot);

private:
    struct Pending
    {
        QByteArray bytes;
        bool close = false;
        bool drop = false;
    };
    void tap();
    void flush();

    QTcpSocket *m_socket;
    QByteArray m_head;
    QByteArray m_partialHead;
    bool m_readingHead = false;
    std::uint64_t m_nextSlot = 0;
    std::uint64_t m_nextToWrite = 0;
    std::map<std::uint64_t, Pending> m_pending;
    bool m_closed = false;
};

/// A QTcpServer whose sockets get a Connection attached before the HTTP server sees them.
class TappingTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TappingTcpServer)

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace ferry::sandbox
