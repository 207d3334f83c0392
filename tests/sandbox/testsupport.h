// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/sandbox/service.h"

#include <QString>
#include <QStringList>

#include <map>

#include <nlohmann/json.hpp>

namespace ferry::sandbox::test {

using Json = nlohmann::json;
using Params = std::map<QString, QString>;

/// The virtual time the tests start at: 2026-03-02T01:00:00Z.
VirtualTime t0();
/// t0() plus `seconds`.
VirtualTime at(double seconds);

/// An ROA request as the server hands it over (path decoded, query in params, JSON body).
ServiceRequest roa(const char *method, const QString &path, const QString &action,
                   const Params &query = {}, const Json &body = nullptr, VirtualTime now = t0());
/// An RPC request (POST /, params merged from query and form).
ServiceRequest rpc(const QString &action, const QString &version, const Params &params = {},
                   VirtualTime now = t0());

/// Keys of `keys` missing from the object.
QStringList missingKeys(const Json &object, const QStringList &keys);
/// Keys of the object that are not in `allowed`.
QStringList unexpectedKeys(const Json &object, const QStringList &allowed);
/// Compact dump for failure messages.
QByteArray dump(const Json &json);
/// A JSON string as QString (other values are dumped), for QCOMPARE.
QString str(const Json &json);
/// A JSON integer (0 for anything else), for QCOMPARE.
qint64 num(const Json &json);
/// A JSON boolean (false for anything else), for QCOMPARE.
bool flag(const Json &json);

} // namespace ferry::sandbox::test
