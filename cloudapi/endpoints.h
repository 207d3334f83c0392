// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/request.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ferry::cloudapi {

/// Product + region -> base URL (scheme and host[:port]), as the reference documents, with an
/// optional override that sends every product to one place (the sandbox).
class Endpoints final
{
public:
    /// The public endpoint of `product` in `regionId` (https).
    static QUrl official(Product product, const QString &regionId);

    /// Sends every product to `base` (e.g. `http://127.0.0.1:PORT` for the sandbox); an empty
    /// URL restores the official endpoints.
    void setOverride(const QUrl &base) { m_override = base; }
    QUrl override_() const { return m_override; }
    /// The override if set, otherwise official(); invalid for an unusable region id.
    QUrl resolve(Product product, const QString &regionId) const;

    /// The Host header for `base`: the host, plus `:port` when the URL names a port.
    static QByteArray hostHeader(const QUrl &base);
    /// Whether `url` points at this machine (127.0.0.0/8, ::1 or `localhost`).
    static bool isLoopback(const QUrl &url);

private:
    QUrl m_override;
};

} // namespace ferry::cloudapi
