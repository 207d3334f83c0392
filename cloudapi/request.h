// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi {

/// The Alibaba Cloud products Ferry calls.
enum class Product
{
    MaxCompute,
    Dts,
    Smc,
    Sts
};

enum class ApiStyle
{
    Rpc,
    Roa
};
enum class BodyKind
{
    None,
    Form,
    Json
};

/// How a request may be repeated after a transient failure.
enum class RetryMode
{
    Read,        ///< safe to repeat: retried on throttling, 5xx, network errors, timeouts
    ClientToken, ///< carries a ClientToken, so the service deduplicates: retried like a read
    Never,       ///< a state change without a token: never re-sent by the transport
};

/// Name/value pairs, already flattened (`Key.1.Sub`), in the order they were added.
using ParamList = QList<QPair<QString, QString>>;

/// One OpenAPI call, before endpoint resolution and signing.
struct ApiRequest
{
    Product product = Product::MaxCompute;
    QString action;  ///< x-acs-action, e.g. "ListMmsJobs"
    QString version; ///< x-acs-version, e.g. "2022-01-04"
    ApiStyle style = ApiStyle::Rpc;
    QByteArray method = "POST";
    QString path = QStringLiteral("/"); ///< ROA: already encoded with encodePathSegment()
    QString regionId;                   ///< picks the regional endpoint where the product has one
    ParamList query;
    BodyKind bodyKind = BodyKind::None;
    ParamList form;  ///< BodyKind::Form
    QByteArray json; ///< BodyKind::Json, serialized
    RetryMode retry = RetryMode::Read;
    std::chrono::milliseconds timeout{30000};
};

/// Appends `value` under `prefix` the way the SDK flattens: arrays `prefix.1`, objects
/// `prefix.Key`, nested `Tag.1.Key`; scalars as their JSON text (strings unquoted, bools
/// `true`/`false`).
void appendFlattened(ParamList &params, const QString &prefix, const nlohmann::json &value);

/// Percent-encodes one path segment as the generated SDKs do (RFC 3986 unreserved kept).
QString encodePathSegment(const QString &segment);

/// A parameter the API wants as a JSON string (e.g. MMS `status`, DTS `DbList`): compact JSON.
QString jsonParam(const nlohmann::json &value);

/// A fresh idempotency token for a `ClientToken` parameter (a random UUID).
QString newClientToken();

/// An RPC call: POST `/`, parameters in the query (add a form body where the API wants one).
ApiRequest rpcRequest(Product product, const QString &action, const QString &version,
                      const QString &regionId = {});

/// A ROA call: `method` on `encodedPath` (build it with encodePathSegment()).
ApiRequest roaRequest(Product product, const QString &action, const QString &version,
                      const QByteArray &method, const QString &encodedPath);

/// Serializes `body` as the request's JSON body (BodyKind::Json).
void setJsonBody(ApiRequest &request, const nlohmann::json &body);

} // namespace ferry::cloudapi
