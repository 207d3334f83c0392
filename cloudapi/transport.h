// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/endpoints.h"
#include "cloudapi/request.h"
#include "cloudapi/result.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

#include <nlohmann/json_fwd.hpp>

class QNetworkAccessManager;

namespace ferry::cloudapi {

/// Bounds for retrying transient failures of reads and ClientToken requests: exponential backoff
/// with full jitter, wait = random(0, min(maxDelay, baseDelay * 2^retry)), at least what a
/// positive `x-acs-retry-after` asks for (read as milliseconds, as the official SDK cores do).
/// No retry starts once the total would pass maxTotal.
struct RetryPolicy
{
    int maxAttempts = 4;                       ///< including the first
    std::chrono::milliseconds baseDelay{200};  ///< first backoff ceiling
    std::chrono::milliseconds maxDelay{10000}; ///< ceiling for one wait
    std::chrono::milliseconds maxTotal{60000}; ///< give up once waiting would pass this
};

/// A request in flight; cancel() drops it and its callback never runs.
class RequestHandle final
{
public:
    RequestHandle() = default;
    void cancel();
    bool isActive() const;

    struct State;
    explicit RequestHandle(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

private:
    std::shared_ptr<State> m_state;
};

/// Signs and sends ApiRequests on one QNetworkAccessManager. Every response body is sanitized
/// before it is logged or handed on. Not thread-safe: use it from the thread that owns it.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    using Callback = std::function<void(Result<nlohmann::json>)>;

    Transport(std::shared_ptr<CredentialProvider> credentials, Endpoints endpoints,
              QObject *parent = nullptr);
    ~Transport() override;

    /// Sends `request`; `done` runs on the thread of `context`, only if `context` still exists
    /// and the handle was not cancelled. The json handed on is the sanitized body.
    RequestHandle send(ApiRequest request, QObject *context, Callback done);

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    const Endpoints &endpoints() const;
    QNetworkAccessManager *networkAccessManager() const;

Q_SIGNALS:
    /// Emitted for every attempt that got an answer or failed (for status bars and tests).
    void attemptFinished(const QString &action, int httpStatus, int attempt);

private:
    // STS AssumeRole needs the temporary secret that sanitizing would mask; only the credential
    // provider may ask for the unmasked body, which goes straight into memory, never to a log.
    friend class AssumeRoleCredentialProvider;
    RequestHandle sendImpl(ApiRequest request, QObject *context, Callback done, bool maskBody);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ferry::cloudapi
