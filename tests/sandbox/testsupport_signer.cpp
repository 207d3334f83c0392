// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace ferry::sandbox::test {

namespace {

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// RFC 3986: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" is escaped, uppercase hex.
QByteArray encode(const QByteArray &value)
{
    return value.toPercentEncoding();
}

} // namespace

void SignedRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf(
        [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isNull())
        headers.append({name, value});
}

ReceivedRequest SignedRequest::toReceived() const
{
    ReceivedRequest out;
    out.method = method;
    out.target = target;
    out.body = body;
    out.peer = QHostAddress(QHostAddress::LocalHost);
    for (const auto &h : headers)
        out.headers.append(h);
    return out;
}

QByteArray SignedRequest::toHttp(bool chunked, int chunks) const
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (chunked) {
        out += "Transfer-Encoding: chunked\r\n\r\n";
        const qsizetype size =
            std::max<qsizetype>(1, (body.size() + chunks - 1) / std::max(1, chunks));
        for (qsizetype i = 0; i < body.size(); i += size) {
            const QByteArray piece = body.mid(i, size);
            out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        out += "0\r\n\r\n";
        return out;
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

QByteArray acsDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
}

QByteArray acsDateNow(qint64 offsetSeconds)
{
    return acsDate(QDateTime::currentDateTimeUtc().addSecs(offsetSeconds));
}

QByteArray randomNonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes.toHex();
}

SignedRequest signRequest(const SignSpec &spec)
{
    SignedRequest out;
    out.method = spec.method;
    out.body = spec.body;

    Pairs headers = {{"host", spec.host},
                     {"x-acs-date", spec.date.isEmpty() ? acsDateNow() : spec.date},
                     {"x-acs-signature-nonce", spec.nonce.isEmpty() ? randomNonce() : spec.nonce},
                     {"x-acs-content-sha256", hexSha256(spec.body)}};
    if (!spec.action.isNull())
        headers.append({"x-acs-action", spec.action});
    if (!spec.version.isNull())
        headers.append({"x-acs-version", spec.version});
    if (!spec.contentType.isEmpty())
        headers.append({"content-type", spec.contentType});
    headers += spec.extraHeaders;
    std::sort(headers.begin(), headers.end());

    Pairs query = spec.query;
    std::sort(query.begin(), query.end());
    QByteArrayList canonicalQuery;
    QByteArrayList wireQuery;
    for (const auto &[name, value] : spec.query)
        wireQuery.append(encode(name) + '=' + encode(value));
    for (const auto &[name, value] : query)
        canonicalQuery.append(name + '=' + encode(value));

    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value.trimmed() + '\n';
        names.append(name);
    }
    out.canonicalRequest = spec.method + '\n' + spec.rawPath + '\n' + canonicalQuery.join('&') +
                           '\n' + canonicalHeaders + '\n' + names.join(';') + '\n' +
                           hexSha256(spec.body);
    out.stringToSign = "ACS3-HMAC-SHA256\n" + hexSha256(out.canonicalRequest);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(out.stringToSign, spec.secret.toUtf8(),
                                         QCryptographicHash::Sha256)
            .toHex();
    out.target = spec.rawPath + (wireQuery.isEmpty() ? QByteArray() : '?' + wireQuery.join('&'));
    out.headers = headers;
    out.headers.append({"authorization", "ACS3-HMAC-SHA256 Credential=" + spec.keyId.toUtf8() +
                                             ",SignedHeaders=" + names.join(';') +
                                             ",Signature=" + signature});
    return out;
}

} // namespace ferry::sandbox::test
