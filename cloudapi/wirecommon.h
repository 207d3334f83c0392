// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: pieces shared by the request builders and response parsers.

#include "cloudapi/request.h"
#include "cloudapi/wiredescription.h"
#include "cloudapi/wirereader.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ferry::cloudapi::wire {

/// A ROA request (MaxCompute): `path` must already be encoded.
ApiRequest roaRequest(Product product, const char *action, const char *version,
                      const QByteArray &method, const QString &path, const QString &regionId);
/// An RPC request (DTS, SMC, STS): POST /, parameters in the query.
ApiRequest rpcRequest(Product product, const char *action, const char *version,
                      const QString &regionId);

/// Appends `name=value` unless the value is empty.
void add(ParamList &params, const QString &name, const QString &value);
void add(ParamList &params, const QString &name, std::optional<qint64> value);
void add(ParamList &params, const QString &name, std::optional<int> value);
void add(ParamList &params, const QString &name, std::optional<bool> value);
/// Appends the value even when it is empty (required parameters).
void addAlways(ParamList &params, const QString &name, const QString &value);

QString boolText(bool value);
/// A time as MaxCompute takes it ("yyyy-MM-dd HH:mm:ss" in Beijing time, UTC+08:00); empty for
/// an invalid time.
QString mmsTimeText(const QDateTime &time);
/// A time as DTS and SMC take it (ISO 8601 UTC, "yyyy-MM-ddTHH:mm:ssZ").
QString isoTimeText(const QDateTime &time);
/// A JSON array of strings as compact text, e.g. ["DONE","FAILED"].
QString jsonStringArray(const QStringList &values);
/// Compact JSON text of a value.
QString jsonText(const json &value);

/// The request exactly as it will be sent, with secret values masked.
WireDescription describe(const ApiRequest &request);

/// An RPC body that reports failure in-band (`Success` false, as DTS does) as an ApiError;
/// nullopt when the body does not report a failure.
std::optional<ApiError> inBandFailure(const Obj &top);

/// Fills the action of an error that does not name one yet.
ApiError withAction(ApiError error, const QString &action);

} // namespace ferry::cloudapi::wire
