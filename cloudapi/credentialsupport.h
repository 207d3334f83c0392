// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cloudapi: delivering credential results the way CredentialProvider promises.

#include "cloudapi/credentials.h"

#include <QCoreApplication>
#include <QPointer>

namespace ferry::cloudapi {

/// Runs `done(result)` from the event loop of `context`'s thread, unless `context` is gone by
/// then. Never synchronously, so callers may fetch from inside their own callbacks.
template<class T>
void deliverLater(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

/// Translation in the context the credential messages share.
inline QString credentialsTr(const char *text)
{
    return QCoreApplication::translate("ferry::cloudapi::Credentials", text);
}

} // namespace ferry::cloudapi
