// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/transport.h"

#include "cloudapi/replyinterpreter.h"
#include "cloudapi/signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <random>

namespace ferry::cloudapi {

struct RequestHandle::State
{
    bool cancelled = false;
    bool finished = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> backoff;
};

void RequestHandle::cancel()
{
    if (!m_state || m_state->finished || m_state->cancelled)
        return;
    m_state->cancelled = true;
    if (m_state->backoff)
        m_state->backoff->stop();
    if (m_state->reply)
        m_state->reply->abort();
}

bool RequestHandle::isActive() const
{
    return m_state && !m_state->cancelled && !m_state->finished;
}

namespace {

// One send(): the request, where its answer goes, and how far the attempts got.
struct Call
{
    ApiRequest request;
    QPointer<QObject> context;
    Transport::Callback done;
    std::shared_ptr<RequestHandle::State> state;
    QMetaObject::Connection contextWatch;
    QUrl base;
    bool maskBody = true;
    int attempt = 0;
    bool sent = false; ///< the current attempt's request was written completely
    QElapsedTimer sinceStart;
    QElapsedTimer sinceAttempt;
};

using CallPtr = std::shared_ptr<Call>;

// Qt 6.4 silently re-sends a request whose connection closed before any answer byte, whatever
// its method. A body that cannot be rewound turns that re-send into ContentReSendError, so a
// state change without a token really goes out once.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos; }
    bool atEnd() const override { return m_pos >= m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Failures that prove the request never left this machine.
bool provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

ApiError makeError(ErrorKind kind, const QString &action, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.action = action;
    e.message = message;
    return e;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Ferry/" FERRY_VERSION " Qt/") + qVersion();
}

} // namespace

struct Transport::Private
{
    Transport *q = nullptr;
    std::shared_ptr<CredentialProvider> credentials;
    Endpoints endpoints;
    RetryPolicy policy;
    QNetworkAccessManager *nam = nullptr;
    std::mt19937_64 rng{std::random_device{}()};

    void startAttempt(const CallPtr &call);
    void sendSigned(const CallPtr &call, const Credentials &credentials);
    void onReplyFinished(const CallPtr &call, QNetworkReply *reply);
    bool scheduleRetry(const CallPtr &call, const ApiError &error,
                       std::chrono::milliseconds retryAfter);
    void finish(const CallPtr &call, Result<nlohmann::json> result);
    void finishLater(const CallPtr &call, ApiError error);
};

Transport::Transport(std::shared_ptr<CredentialProvider> credentials, Endpoints endpoints,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->credentials = std::move(credentials);
    d->endpoints = std::move(endpoints);
    d->nam = new QNetworkAccessManager(this);
    // A signed request must not be re-sent elsewhere by a redirect; 3xx is reported instead.
    d->nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Transport::~Transport() = default;

RequestHandle Transport::send(ApiRequest request, QObject *context, Callback done)
{
    return sendImpl(std::move(request), context, std::move(done), true);
}

RequestHandle Transport::sendImpl(ApiRequest request, QObject *context, Callback done,
                                  bool maskBody)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context ? context : this;
    call->done = std::move(done);
    call->state = std::make_shared<RequestHandle::State>();
    call->maskBody = maskBody;
    call->sinceStart.start();
    RequestHandle handle(call->state);

    // A page that goes away takes its requests with it: no retries, no late callback.
    std::weak_ptr<RequestHandle::State> weakState = call->state;
    call->contextWatch = connect(call->context.data(), &QObject::destroyed, this, [weakState] {
        if (auto state = weakState.lock())
            RequestHandle(state).cancel();
    });

    call->base = d->endpoints.resolve(call->request.product, call->request.regionId);
    const QString scheme = call->base.scheme();
    if (!call->base.isValid() || call->base.host().isEmpty()) {
        d->finishLater(call,
                       makeError(ErrorKind::Network, call->request.action,
                                 tr("No endpoint for region \"%1\".").arg(call->request.regionId)));
    } else if (scheme != QLatin1String("https") &&
               !(scheme == QLatin1String("http") && Endpoints::isLoopback(call->base))) {
        // Plain HTTP would expose the security token and the request to the network.
        d->finishLater(call, makeError(ErrorKind::Network, call->request.action,
                                       tr("Refusing to send credentials over an unencrypted "
                                          "connection to %1; use https.")
                                           .arg(call->base.host())));
    } else {
        // Always asynchronous: the caller has its handle before anything can be delivered.
        QTimer::singleShot(0, this, [this, call] { d->startAttempt(call); });
    }
    return handle;
}

void Transport::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
    d->policy.maxAttempts = std::max(1, policy.maxAttempts);
}

RetryPolicy Transport::retryPolicy() const
{
    return d->policy;
}

const Endpoints &Transport::endpoints() const
{
    return d->endpoints;
}

QNetworkAccessManager *Transport::networkAccessManager() const
{
    return d->nam;
}

void Transport::Private::startAttempt(const CallPtr &call)
{
    if (call->state->cancelled)
        return;
    ++call->attempt;
    call->sent = false;
    if (!credentials) {
        finish(call, makeError(ErrorKind::Credentials, call->request.action,
                               tr("No credentials are configured.")));
        return;
    }
    // Fetched per attempt: temporary credentials may have been renewed during a backoff.
    credentials->fetch(q, [this, call](Result<Credentials> creds) {
        if (call->state->cancelled)
            return;
        if (!creds.ok()) {
            // Kept as the provider said: an STS AssumeRole failure keeps its own kind and action.
            ApiError e = creds.error();
            if (e.action.isEmpty())
                e.action = call->request.action;
            finish(call, std::move(e));
            return;
        }
        sendSigned(call, creds.value());
    });
}

void Transport::Private::sendSigned(const CallPtr &call, const Credentials &creds)
{
    const ApiRequest &r = call->request;
    signer::SigningInput in;
    in.method = r.method.toUpper();
    in.host = Endpoints::hostHeader(call->base);
    in.encodedPath = r.path.isEmpty() ? QByteArrayLiteral("/") : r.path.toUtf8();
    in.query = r.query;
    switch (r.bodyKind) {
    case BodyKind::None:
        break;
    case BodyKind::Form:
        in.body = signer::formBody(r.form);
        in.contentType = "application/x-www-form-urlencoded";
        break;
    case BodyKind::Json:
        in.body = r.json;
        in.contentType = "application/json; charset=utf-8";
        break;
    }
    in.action = r.action.toUtf8();
    in.version = r.version.toUtf8();
    in.date = signer::acsDate(QDateTime::currentDateTimeUtc());
    in.nonce = signer::randomNonce();
    in.credentials = creds;
    if (in.nonce.isEmpty()) {
        finish(call, makeError(ErrorKind::Network, r.action,
                               tr("The system's secure random generator failed.")));
        return;
    }
    const signer::SignedRequest signedRequest = signer::signRequest(in);
    if (signedRequest.authorization.isEmpty()) {
        finish(call, makeError(ErrorKind::Network, r.action,
                               tr("The request could not be signed (cryptography failed).")));
        return;
    }

    const QByteArray origin = call->base.scheme().toLatin1() + "://" + in.host;
    const QUrl url = QUrl::fromEncoded(origin + signedRequest.requestTarget, QUrl::StrictMode);
    if (!url.isValid()) {
        finish(call, makeError(ErrorKind::Client, r.action,
                               tr("The request path or query is not a valid URL.")));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(std::clamp<qint64>(r.timeout.count(), 1, INT_MAX)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("user-agent", userAgent());
    // Peer verification stays on (the default); Ferry never ignores TLS errors. Plain HTTP is
    // only allowed for loopback, checked in send().

    call->sinceAttempt.start();
    QNetworkReply *reply = nullptr;
    if (r.retry == RetryMode::Never) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, in.body.size());
        auto *body = new OneShotBody(in.body, nullptr);
        reply = nam->sendCustomRequest(request, in.method, body);
        body->setParent(reply);
    } else if (in.body.isEmpty()) {
        reply = nam->sendCustomRequest(request, in.method);
    } else {
        reply = nam->sendCustomRequest(request, in.method, in.body);
    }
    call->state->reply = reply;
    QObject::connect(reply, &QNetworkReply::requestSent, q, [call] { call->sent = true; });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, call, reply] { onReplyFinished(call, reply); });
}

void Transport::Private::onReplyFinished(const CallPtr &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->state->reply == reply)
        call->state->reply = nullptr;
    if (call->state->cancelled || call->state->finished)
        return; // stale: cancelled, or its context is gone

    AttemptOutcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    // Codes below 200 are connection and proxy failures; HTTP-level errors carry a status.
    // ContentReSendError is Qt giving up a re-send of a OneShotBody request.
    o.networkError =
        (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
        error == QNetworkReply::ProtocolFailure || error == QNetworkReply::ContentReSendError;
    // The transfer timeout aborts the reply; a caller's cancel never gets this far.
    o.timedOut =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    // Qt does not report requestSent for every request (not for empty one-shot bodies), so a
    // failure counts as possibly delivered unless it proves otherwise.
    o.requestSent = call->sent || (o.networkError && !provesNotSent(error));
    o.networkMessage = reply->errorString();
    if (reply->isOpen())
        o.body = reply->readAll();
    o.retryAfterHeader = reply->rawHeader("x-acs-retry-after");

    Interpretation interpreted = interpretAttempt(o, call->request, call->maskBody);
    const qint64 latency = call->sinceAttempt.elapsed();
    const QString requestId =
        interpreted.result.ok() ? QString() : interpreted.result.error().requestId;
    std::string okRequestId;
    if (interpreted.result.ok() && interpreted.result.value().is_object()) {
        const auto &v = interpreted.result.value();
        for (const char *key : {"RequestId", "requestId"})
            if (auto it = v.find(key); it != v.end() && it->is_string())
                okRequestId = it->get<std::string>();
    }
    spdlog::debug("cloudapi {} attempt {}: {} in {} ms, RequestId {}{}",
                  call->request.action.toStdString(), call->attempt,
                  o.httpStatus ? "HTTP " + std::to_string(o.httpStatus)
                               : std::string(o.timedOut ? "timeout" : "network error"),
                  latency, okRequestId.empty() ? requestId.toStdString() : okRequestId,
                  interpreted.result.ok()
                      ? std::string()
                      : ", " + interpreted.result.error().summary().toStdString());
    Q_EMIT q->attemptFinished(call->request.action, o.httpStatus, call->attempt);

    if (!interpreted.result.ok() &&
        scheduleRetry(call, interpreted.result.error(), interpreted.retryAfter))
        return;
    finish(call, std::move(interpreted.result));
}

bool Transport::Private::scheduleRetry(const CallPtr &call, const ApiError &error,
                                       std::chrono::milliseconds retryAfter)
{
    if (call->request.retry == RetryMode::Never || !error.isTransient() ||
        call->attempt >= policy.maxAttempts)
        return false;
    // Full jitter: a random wait up to an exponentially growing ceiling.
    const int exponent = std::min(call->attempt - 1, 30);
    const qint64 ceiling = std::min<qint64>(policy.maxDelay.count(),
                                            policy.baseDelay.count() * (qint64(1) << exponent));
    std::uniform_int_distribution<qint64> pick(0, std::max<qint64>(0, ceiling));
    const qint64 delay = std::max<qint64>(pick(rng), retryAfter.count());
    if (call->sinceStart.elapsed() + delay > policy.maxTotal.count())
        return false;

    auto *timer = new QTimer(q);
    timer->setSingleShot(true);
    call->state->backoff = timer;
    QObject::connect(timer, &QTimer::timeout, q, [this, call, timer] {
        timer->deleteLater();
        startAttempt(call);
    });
    timer->start(static_cast<int>(std::min<qint64>(delay, INT_MAX)));
    spdlog::debug("cloudapi {}: retrying in {} ms", call->request.action.toStdString(), delay);
    return true;
}

void Transport::Private::finish(const CallPtr &call, Result<nlohmann::json> result)
{
    if (call->state->finished)
        return;
    call->state->finished = true;
    QObject::disconnect(call->contextWatch);
    QObject *context = call->context.data();
    if (!context || call->state->cancelled || !call->done)
        return;
    auto done = std::move(call->done);
    if (context->thread() == q->thread()) {
        done(std::move(result));
        return;
    }
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

void Transport::Private::finishLater(const CallPtr &call, ApiError error)
{
    QTimer::singleShot(0, q, [this, call, error = std::move(error)]() mutable {
        if (!call->state->cancelled)
            finish(call, std::move(error));
    });
}

} // namespace ferry::cloudapi
