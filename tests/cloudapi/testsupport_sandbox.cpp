// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_sandbox.h"

#include "cloudapi/sandbox/services.h"

#include <QTcpSocket>

namespace ferry::test {

cloudapi::RetryPolicy quickRetries(int attempts)
{
    cloudapi::RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelay = std::chrono::milliseconds(2);
    p.maxDelay = std::chrono::milliseconds(10);
    p.maxTotal = std::chrono::milliseconds(20000);
    return p;
}

bool SandboxRig::start(std::uint64_t seed, std::chrono::milliseconds createDelay)
{
    sandbox::ServerConfig c = config;
    c.timeScale = 0; // frozen: virtual time moves only when a test says so
    server = std::make_unique<sandbox::Server>(std::move(c));
    sandbox::ScenarioOptions options;
    options.seed = seed;
    server->addServices(sandbox::makeDefaultServices(options));
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    m_createDelay = createDelay;
    retarget(server->endpoint());
    return true;
}

void SandboxRig::retarget(const QUrl &base)
{
    m_base = base;
    mms.reset();
    dts.reset();
    smc.reset();
    sts.reset();
    transport = makeTransport(credentials());
    cloudapi::CreateRetryPolicy create;
    create.delay = m_createDelay;
    mms.emplace(transport.get(), kSandboxRegion);
    mms->setCreateRetryPolicy(create);
    dts.emplace(transport.get());
    dts->setCreateRetryPolicy(create);
    smc.emplace(transport.get());
    sts.emplace(transport.get());
}

int SandboxRig::count(const QString &action) const
{
    return int(server->requestLog().count(action));
}

std::vector<sandbox::RequestLogEntry> SandboxRig::entries(const QString &action) const
{
    std::vector<sandbox::RequestLogEntry> out;
    for (sandbox::RequestLogEntry &e : server->requestLog().entries())
        if (e.action == action)
            out.push_back(std::move(e));
    return out;
}

cloudapi::Credentials SandboxRig::credentials() const
{
    return {server->keyPair().id, server->keyPair().secret, {}, QStringLiteral("sandbox")};
}

std::unique_ptr<cloudapi::Transport>
SandboxRig::makeTransport(const cloudapi::Credentials &creds) const
{
    cloudapi::Endpoints endpoints;
    endpoints.setOverride(m_base);
    auto t = std::make_unique<cloudapi::Transport>(cloudapi::staticCredentials(creds), endpoints);
    t->setRetryPolicy(quickRetries());
    return t;
}

RecordingRelay::RecordingRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &RecordingRelay::onNewConnection);
}

RecordingRelay::~RecordingRelay() = default;

bool RecordingRelay::start()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingRelay::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

QByteArray RecordingRelay::received() const
{
    QByteArray all;
    for (const QByteArray &stream : m_fromServer)
        all += stream;
    return all;
}

QByteArray RecordingRelay::sent() const
{
    QByteArray all;
    for (const QByteArray &stream : m_fromClient)
        all += stream;
    return all;
}

QList<QByteArray> RecordingRelay::responseBodies() const
{
    QList<QByteArray> bodies;
    for (const QByteArray &stream : m_fromServer) {
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype headEnd = stream.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                break;
            const QByteArray head = stream.mid(pos, headEnd - pos).toLower();
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at < 0)
                break;
            const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
            const qsizetype valueStart = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
            const qsizetype length =
                head.mid(valueStart, (lineEnd < 0 ? head.size() : lineEnd) - valueStart)
                    .trimmed()
                    .toLongLong();
            bodies.append(stream.mid(headEnd + 4, length));
            pos = headEnd + 4 + length;
        }
    }
    return bodies;
}

void RecordingRelay::onNewConnection()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        const qsizetype index = m_fromServer.size();
        m_fromServer.append(QByteArray());
        m_fromClient.append(QByteArray());
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, upstream, [this, index, client, upstream] {
            const QByteArray data = client->readAll();
            m_fromClient[index] += data;
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, index, client, upstream] {
            const QByteArray data = upstream->readAll();
            m_fromServer[index] += data;
            client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace ferry::test
