// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: how the typed clients run their calls over an ApiSender.

#include "cloudapi/apisender.h"
#include "cloudapi/callhandle.h"
#include "cloudapi/createretry.h"
#include "cloudapi/wirecommon.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ferry::cloudapi::wire {

using StatePtr = std::shared_ptr<CallHandle::State>;

/// Sends one request as part of the call `state`: the request becomes the one cancel() reaches,
/// and `done` is dropped if the call was cancelled meanwhile.
void sendOn(const StatePtr &state, ApiSender &sender, ApiRequest request, QObject *context,
            ApiSender::Callback done);

/// Marks the call finished (isActive() turns false) before its result is delivered.
void markFinished(const StatePtr &state);

/// Sends `request` and delivers `parse(body)`; errors name the request's action.
template<class T>
CallHandle callParsed(ApiSender &sender, ApiRequest request, QObject *context,
                      std::function<Result<T>(const json &)> parse,
                      std::function<void(Result<T>)> done)
{
    auto state = std::make_shared<CallHandle::State>();
    const QString action = request.action;
    sendOn(state, sender, std::move(request), context,
           [state, action, parse = std::move(parse), done = std::move(done)](Result<json> r) {
               markFinished(state);
               if (!r.ok()) {
                   done(withAction(r.error(), action));
                   return;
               }
               Result<T> parsed = parse(r.value());
               if (!parsed.ok()) {
                   done(withAction(parsed.error(), action));
                   return;
               }
               done(std::move(parsed));
           });
    return CallHandle(state);
}

/// What a lost create may have left behind: the resource if it exists, nullopt if nothing was
/// created, or an error when that cannot be told.
template<class T>
using LookupDone = std::function<void(Result<std::optional<T>>)>;
template<class T>
using Lookup = std::function<void(const StatePtr &, QObject *, LookupDone<T>)>;

/// Runs a create that must not happen twice. The request goes out with RetryMode::Never. On a
/// transient failure that may have been applied, `lookup` checks the service first: if the
/// resource exists it is returned (recovered), if nothing was created the create is sent again
/// after `policy.delay`, and if the check fails the original error is returned. A transient
/// failure that was certainly not applied (throttling, refused connection) is sent again directly.
template<class T>
CallHandle guardedCreate(std::shared_ptr<ApiSender> sender, ApiRequest request,
                         std::function<Result<T>(const json &)> parse, Lookup<T> lookup,
                         CreateRetryPolicy policy, QObject *context,
                         std::function<void(Result<T>)> done)
{
    struct Flow
    {
        std::shared_ptr<ApiSender> sender;
        ApiRequest request;
        std::function<Result<T>(const json &)> parse;
        Lookup<T> lookup;
        CreateRetryPolicy policy;
        QObject *context;
        std::function<void(Result<T>)> done;
        StatePtr state;
        int attempts = 0;

        static void finish(const std::shared_ptr<Flow> &f, Result<T> result)
        {
            markFinished(f->state);
            if (!result.ok()) {
                f->done(withAction(result.error(), f->request.action));
                return;
            }
            f->done(std::move(result));
        }

        static void attempt(const std::shared_ptr<Flow> &f)
        {
            ++f->attempts;
            sendOn(f->state, *f->sender, f->request, f->context,
                   [f](Result<json> r) { answered(f, std::move(r)); });
        }

        static void later(const std::shared_ptr<Flow> &f)
        {
            QTimer::singleShot(f->policy.delay, f->context, [f] {
                if (!f->state->cancelled)
                    attempt(f);
            });
        }

        static void answered(const std::shared_ptr<Flow> &f, Result<json> r)
        {
            if (r.ok()) {
                finish(f, f->parse(r.value()));
                return;
            }
            const ApiError error = r.error();
            if (!error.isTransient() || f->attempts >= f->policy.maxAttempts) {
                finish(f, error);
                return;
            }
            if (!error.mayHaveApplied) {
                later(f);
                return;
            }
            f->lookup(f->state, f->context, [f, error](Result<std::optional<T>> found) {
                if (f->state->cancelled)
                    return;
                if (!found.ok()) {
                    finish(f, error);
                    return;
                }
                if (found.value()) {
                    finish(f, std::move(*found.value()));
                    return;
                }
                later(f);
            });
        }
    };

    auto f = std::make_shared<Flow>();
    f->sender = std::move(sender);
    f->request = std::move(request);
    f->request.retry = RetryMode::Never;
    f->parse = std::move(parse);
    f->lookup = std::move(lookup);
    f->policy = policy;
    f->context = context;
    f->done = std::move(done);
    f->state = std::make_shared<CallHandle::State>();
    Flow::attempt(f);
    return CallHandle(f->state);
}

/// Sends a read as part of `state` and hands `parse(body)` on (for lookups inside a flow).
template<class T>
void readOn(const StatePtr &state, ApiSender &sender, ApiRequest request, QObject *context,
            std::function<Result<T>(const json &)> parse, std::function<void(Result<T>)> done)
{
    sendOn(state, sender, std::move(request), context,
           [parse = std::move(parse), done = std::move(done)](Result<json> r) {
               if (!r.ok()) {
                   done(r.error());
                   return;
               }
               done(parse(r.value()));
           });
}

} // namespace ferry::cloudapi::wire
