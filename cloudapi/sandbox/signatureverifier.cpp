// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatureverifier.h"

#include "canonical.h"
#include "digest.h"

#include <algorithm>

namespace ferry::sandbox {

std::optional<AuthorizationHeader> parseAuthorization(QByteArrayView value)
{
    value = value.trimmed();
    if (!value.startsWith(kAcs3Algorithm) || value.size() <= kAcs3Algorithm.size() ||
        value[kAcs3Algorithm.size()] != ' ')
        return std::nullopt;
    AuthorizationHeader out;
    bool haveSignedHeaders = false;
    const QByteArray rest = value.sliced(kAcs3Algorithm.size() + 1).toByteArray();
    for (const QByteArray &rawPart : rest.split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.first(eq);
        const QByteArray val = part.sliced(eq + 1);
        if (key == "Credential") {
            out.credential = val;
        } else if (key == "SignedHeaders") {
            haveSignedHeaders = !val.isEmpty();
            for (const QByteArray &name : val.split(';'))
                out.signedHeaders.append(name.toLower());
        } else if (key == "Signature") {
            out.signature = val;
        }
    }
    if (out.credential.isEmpty() || !haveSignedHeaders || out.signature.isEmpty())
        return std::nullopt;
    return out;
}

CanonicalForm canonicalize(const ReceivedRequest &request, const QByteArrayList &signedHeaders)
{
    QByteArrayList names = signedHeaders;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    names.removeAll(QByteArray());

    const auto [rawPath, rawQuery] = canonical::splitTarget(request.target);

    QByteArray out;
    out.reserve(512);
    out.append(request.method.toUpper()).append('\n');
    out.append(canonical::uri(rawPath)).append('\n');
    out.append(canonical::queryString(rawQuery)).append('\n');
    for (const QByteArray &name : names)
        out.append(name).append(':').append(request.header(name)).append('\n');
    out.append('\n');
    out.append(names.join(';')).append('\n');
    out.append(sha256Hex(request.body));

    CanonicalForm form;
    form.stringToSign =
        QByteArray(kAcs3Algorithm.data(), kAcs3Algorithm.size()) + '\n' + sha256Hex(out);
    form.canonicalRequest = std::move(out);
    return form;
}

SignatureCheck verifySignature(const ReceivedRequest &request,
                               const AuthorizationHeader &authorization, QByteArrayView secret)
{
    SignatureCheck check;
    for (const QByteArray &name : authorization.signedHeaders) {
        if (!name.isEmpty() && !request.hasHeader(name)) {
            check.status = SignatureCheck::Status::MissingSignedHeader;
            check.missingHeader = name;
            return check;
        }
    }
    check.form = canonicalize(request, authorization.signedHeaders);
    const QByteArray expected = hmacSha256Hex(secret, check.form.stringToSign);
    const bool signatureOk = constantTimeEquals(expected, authorization.signature);
    // A client may sign a payload hash header that is not the hash of what it sent; the
    // canonical request above already uses the received body, this catches the header itself.
    const QByteArray declaredHash = request.header("x-acs-content-sha256");
    const bool payloadOk = !request.hasHeader("x-acs-content-sha256") ||
                           constantTimeEquals(declaredHash, check.form.canonicalRequest.right(64));
    check.status =
        signatureOk && payloadOk ? SignatureCheck::Status::Valid : SignatureCheck::Status::Mismatch;
    return check;
}

} // namespace ferry::sandbox
