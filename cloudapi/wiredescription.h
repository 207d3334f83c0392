// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ferry::cloudapi {

/// Name/value pairs in the order they are sent (the same type as ParamList).
using WireParams = QList<QPair<QString, QString>>;

/// A state-changing call exactly as it will be sent, for the confirmation page. Built from the
/// same ApiRequest the client sends, so what is shown and what is sent cannot differ. Secret
/// values (passwords, keys) are masked.
struct WireDescription
{
    QString action;  ///< x-acs-action, e.g. "CreateMmsJob"
    QString version; ///< x-acs-version
    QByteArray method;
    QString path; ///< "/" for RPC; the encoded path for ROA
    WireParams query;
    WireParams form; ///< form body parameters
    WireParams body; ///< top-level members of a JSON body; non-string values as compact JSON

    /// Every parameter in send order: query, then form body, then JSON body.
    WireParams parameters() const { return query + form + body; }
};

} // namespace ferry::cloudapi
