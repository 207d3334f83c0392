// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// End-to-end pieces for the tests that run Ferry's transport and typed clients against the
// sandbox (`ferry::sandbox::Server` with the default scenario) on the test's own thread: the rig,
// a collector for one client answer, and a recording TCP relay that keeps the raw bytes the
// sandbox sent (the unsanitized truth Ferry's results are compared against).

#include "cloudapi/apisender.h"
#include "cloudapi/callhandle.h"
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/sandbox/server.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/stsclient.h"
#include "cloudapi/transport.h"
#include "model/wireenum.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

class QTcpSocket;

namespace ferry::model {

/// How QCOMPARE shows a status: the wire text it was read from.
template<class E>
char *toString(const Wire<E> &wire)
{
    return qstrdup(wire.raw.isEmpty() ? "(not sent)" : wire.raw.toUtf8().constData());
}

} // namespace ferry::model

namespace ferry::test {

/// The region the scenario's MMS sources and DTS jobs live in.
inline const QString kSandboxRegion = QStringLiteral("cn-hangzhou");

/// Short retries so a suite stays fast: waits of a few milliseconds, four attempts.
cloudapi::RetryPolicy quickRetries(int attempts = 4);

/// A sandbox server with every product, a transport over its key pair, and the typed clients.
/// The virtual clock is frozen at start; tests move it with advance().
struct SandboxRig
{
    sandbox::ServerConfig config; ///< used by start() (its clock is frozen there)
    std::unique_ptr<sandbox::Server> server;
    std::unique_ptr<cloudapi::Transport> transport;
    std::optional<cloudapi::MmsClient> mms;
    std::optional<cloudapi::DtsClient> dts;
    std::optional<cloudapi::SmcClient> smc;
    std::optional<cloudapi::StsClient> sts;

    /// Starts the server (seed `seed`) and builds the transport and clients. Create retries of
    /// the clients wait `createDelay`.
    bool start(std::uint64_t seed = 7,
               std::chrono::milliseconds createDelay = std::chrono::milliseconds(20));
    /// The transport and clients again, pointed at `base` instead of the server.
    void retarget(const QUrl &base);
    /// Moves virtual time forward.
    void advance(std::chrono::milliseconds ms) { server->clock().advance(ms); }
    /// Requests of `action` in the sandbox's request log.
    int count(const QString &action) const;
    /// Log entries of `action`, oldest first.
    std::vector<sandbox::RequestLogEntry> entries(const QString &action) const;
    /// Another transport over these credentials (and the same endpoint).
    std::unique_ptr<cloudapi::Transport> makeTransport(const cloudapi::Credentials &creds) const;
    cloudapi::Credentials credentials() const;

private:
    QUrl m_base;
    std::chrono::milliseconds m_createDelay{20};
};

/// An ApiSender that gives every request `timeout` before handing it to the transport (the
/// typed clients keep the builders' 30 s otherwise).
class TimeoutSender final : public cloudapi::ApiSender
{
public:
    TimeoutSender(cloudapi::Transport *transport, std::chrono::milliseconds timeout)
        : m_inner(cloudapi::transportSender(transport))
        , m_timeout(timeout)
    {}
    std::function<void()> send(cloudapi::ApiRequest request, QObject *context,
                               Callback done) override
    {
        request.timeout = m_timeout;
        return m_inner->send(std::move(request), context, std::move(done));
    }

private:
    std::shared_ptr<cloudapi::ApiSender> m_inner;
    std::chrono::milliseconds m_timeout;
};

/// Collects the one answer of a client call.
template<class T>
struct Reply
{
    int calls = 0;
    std::optional<cloudapi::Result<T>> result;

    cloudapi::Callback<T> callback()
    {
        return [this](cloudapi::Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    bool ready() const { return result.has_value(); }
    bool ok() const { return result && result->ok(); }
    const T &value() const { return result->value(); }
    const cloudapi::ApiError &error() const { return result->error(); }
    /// For QVERIFY2: what went wrong, or "no answer".
    QByteArray why() const
    {
        if (!result)
            return "no answer";
        if (result->ok())
            return "succeeded";
        return result->error().summary().toUtf8() + " [" + result->error().action.toUtf8() + "]";
    }
};

/// Runs `start(context, callback)` and waits up to `timeoutMs` for its answer (the test's own
/// event loop turns meanwhile).
template<class T, class Start>
Reply<T> await(Start &&start, int timeoutMs = 10000)
{
    Reply<T> reply;
    QObject context;
    start(&context, reply.callback());
    // A missing answer shows as !ready() in the test's own checks.
    (void)QTest::qWaitFor([&] { return reply.ready(); }, timeoutMs);
    return reply;
}

/// A TCP relay in front of the sandbox that records every byte each side sent.
class RecordingRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingRelay)

public:
    explicit RecordingRelay(quint16 targetPort, QObject *parent = nullptr);
    ~RecordingRelay() override;

    bool start();
    /// `http://127.0.0.1:<relay port>`
    QUrl baseUrl() const;
    /// Everything the server sent back, all connections concatenated.
    QByteArray received() const;
    /// Everything the client sent, all connections concatenated.
    QByteArray sent() const;
    /// The JSON bodies of the server's answers, in order (HTTP/1.1 with Content-Length).
    QList<QByteArray> responseBodies() const;

private:
    void onNewConnection();

    quint16 m_targetPort;
    QTcpServer m_listener;
    QList<QByteArray> m_fromServer; ///< one stream per connection
    QList<QByteArray> m_fromClient; ///< one stream per connection
};

} // namespace ferry::test
