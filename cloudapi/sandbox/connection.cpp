// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QTcpSocket>

namespace ferry::sandbox {

namespace {

constexpr qsizetype kMaxHead = 256 * 1024;

bool isLeadingSpace(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

} // namespace

Connection::Connection(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &Connection::tap);
}

Connection *Connection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<Connection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

QByteArray Connection::takeRequestHead()
{
    return std::exchange(m_head, QByteArray());
}

void Connection::tap()
{
    // Qt's HTTP server (6.4) reads each request inside a socket transaction that starts at the
    // request line and is committed when the request is complete, and it consumes the head
    // (request line and headers) as it arrives. So when no transaction is open, the unread
    // bytes begin a new request, and while the head is incomplete each readyRead brings its
    // continuation: it is peeked here before the server consumes it. The captured head is the
    // authority for the request line and headers, since Qt keeps only a normalised URL.
    if (!m_socket->isTransactionStarted()) {
        m_readingHead = true;
        m_partialHead.clear();
    } else if (!m_readingHead) {
        return;
    }
    const QByteArray available =
        m_socket->peek(std::min<qint64>(m_socket->bytesAvailable(), kMaxHead));
    qsizetype start = 0;
    if (m_partialHead.isEmpty()) {
        while (start < available.size() && isLeadingSpace(available[start]))
            ++start;
    }
    const qsizetype searchFrom = std::max<qsizetype>(0, m_partialHead.size() - 3);
    m_partialHead.append(available.sliced(start));
    qsizetype end = -1;
    for (qsizetype i = searchFrom; i < m_partialHead.size() && end < 0; ++i) {
        if (m_partialHead[i] != '\n')
            continue;
        // An empty line (or one holding only CR) ends the head, as for Qt's parser.
        if (i + 1 < m_partialHead.size() && m_partialHead[i + 1] == '\n')
            end = i + 2;
        else if (i + 2 < m_partialHead.size() && m_partialHead[i + 1] == '\r' &&
                 m_partialHead[i + 2] == '\n')
            end = i + 3;
    }
    if (end < 0) {
        if (m_partialHead.size() > kMaxHead) {
            m_readingHead = false;
            m_partialHead.clear();
        }
        return;
    }
    m_partialHead.truncate(end);
    m_head = std::exchange(m_partialHead, QByteArray());
    m_readingHead = false;
}

std::uint64_t Connection::reserve()
{
    return m_nextSlot++;
}

void Connection::complete(std::uint64_t slot, QByteArray bytes, bool close)
{
    m_pending[slot] = Pending{std::move(bytes), close, false};
    flush();
}

void Connection::drop(std::uint64_t slot)
{
    m_pending[slot] = Pending{QByteArray(), true, true};
    flush();
}

void Connection::flush()
{
    while (!m_closed) {
        const auto it = m_pending.find(m_nextToWrite);
        if (it == m_pending.end())
            return;
        Pending pending = std::move(it->second);
        m_pending.erase(it);
        ++m_nextToWrite;
        if (!pending.drop)
            m_socket->write(pending.bytes);
        if (pending.close) {
            m_closed = true;
            m_pending.clear();
            // Earlier answers still in the write buffer go out before the close.
            m_socket->disconnectFromHost();
        }
    }
}

void TappingTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    new Connection(socket);
    addPendingConnection(socket);
}

} // namespace ferry::sandbox
