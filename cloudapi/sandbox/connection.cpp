// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QTcpSocket>

namespace ferry::sandbox {

namespace {

constexpr qsizetype kMaxRequestLine = 64 * 1024;

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

QByteArray Connection::takeRequestLine()
{
    return std::exchange(m_line, QByteArray());
}

void Connection::tap()
{
    // Qt's HTTP server (6.4) reads each request inside a socket transaction that starts at the
    // request line and is committed when the request is complete. So when no transaction is
    // open, the unread bytes begin with a new request line, which is peeked here before the
    // server consumes it. A line split across reads is finished on the next readyRead.
    if (!m_socket->isTransactionStarted()) {
        m_readingLine = true;
        m_partialLine.clear();
    } else if (!m_readingLine) {
        return;
    }
    const QByteArray available =
        m_socket->peek(std::min<qint64>(m_socket->bytesAvailable(), kMaxRequestLine));
    qsizetype start = 0;
    if (m_partialLine.isEmpty()) {
        while (start < available.size() && isLeadingSpace(available[start]))
            ++start;
    }
    const qsizetype newline = available.indexOf('\n', start);
    if (newline < 0) {
        m_partialLine.append(available.sliced(start));
        if (m_partialLine.size() > kMaxRequestLine)
            m_readingLine = false;
        return;
    }
    m_partialLine.append(available.sliced(start, newline - start));
    if (m_partialLine.endsWith('\r'))
        m_partialLine.chop(1);
    m_line = std::exchange(m_partialLine, QByteArray());
    m_readingLine = false;
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
