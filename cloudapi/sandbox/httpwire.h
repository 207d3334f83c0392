// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivedrequest.h"

#include <QByteArray>
#include <QList>

#include <utility>

class QHttpServerRequest;

namespace ferry::sandbox {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// The request as received: request line and headers from the raw head when it was captured
/// and agrees with Qt's parse, otherwise Qt's headers and (normalised) URL; the body as Qt
/// de-chunked it.
ReceivedRequest receivedFrom(const QHttpServerRequest &request, QByteArrayView rawHead,
                             const QHostAddress &peer);

/// True when the client asked for the connection to be closed after this answer.
bool wantsClose(const ReceivedRequest &request);

/// A complete HTTP/1.1 answer with a JSON body (`Content-Type: application/json;charset=utf-8`).
/// For HEAD requests the body is left out (Content-Length still gives its size).
QByteArray httpResponse(int status, QByteArrayView body, const HeaderList &headers, bool close,
                        bool omitBody = false);

} // namespace ferry::sandbox
