// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/request.h"

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

    void setOverride(const QUrl &base) { m_override = base; }
    QUrl override_() const { return m_override; }
    QUrl resolve(Product product, const QString &regionId) const;

private:
    QUrl m_override;
};

} // namespace ferry::cloudapi
