// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/signatureverifier.h"

#include "testsupport_signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;

namespace {

QJsonObject loadVectors()
{
    QFile file(QStringLiteral(FERRY_TEST_DATA_DIR "/signature-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The exact request of a V3 vector, as it would arrive.
ReceivedRequest vectorRequest(const QJsonObject &vector)
{
    const QJsonObject request = vector.value(QLatin1String("request")).toObject();
    ReceivedRequest out;
    out.method = request.value(QLatin1String("method")).toString().toUtf8();
    out.target = request.value(QLatin1String("requestTarget")).toString().toUtf8();
    const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    const QJsonValue body = request.value(QLatin1String("body"));
    if (body.isString())
        out.body = body.toString().toUtf8();
    return out;
}

QString secretOf(const QJsonObject &vector)
{
    return vector.value(QLatin1String("input"))
        .toObject()
        .value(QLatin1String("accessKeySecret"))
        .toString();
}

SignatureCheck::Status check(const ReceivedRequest &request, const QString &secret)
{
    const auto authorization = ferry::sandbox::parseAuthorization(request.header("authorization"));
    if (!authorization)
        return SignatureCheck::Status::Mismatch;
    return verifySignature(request, *authorization, secret.toUtf8()).status;
}

// A different byte of the same class, so the change keeps the request well-formed.
char otherChar(char c)
{
    if (c >= 'a' && c <= 'y')
        return char(c + 1);
    if (c == 'z')
        return 'a';
    if (c >= 'A' && c <= 'Y')
        return char(c + 1);
    if (c == 'Z')
        return 'A';
    if (c >= '0' && c <= '8')
        return char(c + 1);
    if (c == '9')
        return '0';
    return 0;
}

} // namespace

class TestSignatureVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_vectors = loadVectors();
        QVERIFY2(!m_vectors.isEmpty(), "tests/data/signature-vectors.json is missing");
    }

    void officialVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int rows = 0;
        for (const QJsonValue &value : m_vectors.value(QLatin1String("vectors")).toArray()) {
            const QJsonObject vector = value.toObject();
            // The V3 vectors that carry a complete captured request (V2/V4 schemes are not
            // what the gateway emulation accepts).
            if (!vector.value(QLatin1String("scheme"))
                     .toString()
                     .startsWith(QLatin1String("ACS3")) ||
                !vector.value(QLatin1String("request"))
                     .toObject()
                     .contains(QLatin1String("requestTarget")))
                continue;
            QTest::newRow(qPrintable(vector.value(QLatin1String("name")).toString())) << vector;
            ++rows;
        }
        QVERIFY(rows >= 7);
    }
    void officialVectors()
    {
        QFETCH(QJsonObject, vector);
        const ReceivedRequest request = vectorRequest(vector);
        const auto authorization =
            ferry::sandbox::parseAuthorization(request.header("authorization"));
        QVERIFY(authorization);
        const SignatureCheck result =
            verifySignature(request, *authorization, secretOf(vector).toUtf8());
        QCOMPARE(result.form.canonicalRequest,
                 vector.value(QLatin1String("canonicalRequest")).toString().toUtf8());
        QCOMPARE(result.form.stringToSign,
                 vector.value(QLatin1String("stringToSign")).toString().toUtf8());
        QCOMPARE(result.status, SignatureCheck::Status::Valid);
    }

    // Every single-byte change to what is signed must be rejected.
    void singleByteChanges_data() { officialVectors_data(); }
    void singleByteChanges()
    {
        QFETCH(QJsonObject, vector);
        const ReceivedRequest original = vectorRequest(vector);
        const QString secret = secretOf(vector);
        QCOMPARE(check(original, secret), SignatureCheck::Status::Valid);
        int tried = 0;

        for (const QByteArray method : {"GET", "POST", "PUT", "DELETE"}) {
            if (method == original.method)
                continue;
            ReceivedRequest changed = original;
            changed.method = method;
            QCOMPARE(check(changed, secret), SignatureCheck::Status::Mismatch);
            ++tried;
        }
        for (qsizetype i = 0; i < original.target.size(); ++i) {
            const char replacement = otherChar(original.target[i]);
            if (!replacement)
                continue;
            ReceivedRequest changed = original;
            changed.target[i] = replacement;
            if (check(changed, secret) != SignatureCheck::Status::Mismatch)
                QFAIL(qPrintable(
                    QStringLiteral("target accepted: %1").arg(QString::fromUtf8(changed.target))));
            ++tried;
        }
        const auto authorization =
            ferry::sandbox::parseAuthorization(original.header("authorization"));
        for (qsizetype h = 0; h < original.headers.size(); ++h) {
            if (!authorization->signedHeaders.contains(original.headers[h].first.toLower()))
                continue;
            const QByteArray value = original.headers[h].second;
            for (qsizetype i = 0; i < value.size(); ++i) {
                const char replacement = otherChar(value[i]);
                if (!replacement)
                    continue;
                ReceivedRequest changed = original;
                changed.headers[h].second[i] = replacement;
                if (check(changed, secret) != SignatureCheck::Status::Mismatch)
                    QFAIL(qPrintable(QStringLiteral("header %1 accepted: %2")
                                         .arg(QString::fromUtf8(original.headers[h].first),
                                              QString::fromUtf8(changed.headers[h].second))));
                ++tried;
            }
        }
        for (qsizetype i = 0; i < original.body.size(); ++i) {
            ReceivedRequest changed = original;
            changed.body[i] = char(changed.body[i] ^ 0x01);
            QCOMPARE(check(changed, secret), SignatureCheck::Status::Mismatch);
            ++tried;
        }
        {
            ReceivedRequest changed = original;
            changed.body.append(' ');
            QCOMPARE(check(changed, secret), SignatureCheck::Status::Mismatch);
        }
        QVERIFY(tried > 100);
    }

    // The documentation's worked example, without the SDK's extra signed header.
    void documentationExample()
    {
        const QJsonObject vector =
            m_vectors.value(QLatin1String("vectors")).toArray().at(0).toObject();
        const QJsonObject doc = vector.value(QLatin1String("docExpected")).toObject();
        ReceivedRequest request = vectorRequest(vector);
        request.headers.removeIf([](const auto &h) {
            return h.first == "x-acs-credentials-provider" || h.first == "Authorization";
        });
        request.headers.append(
            {"Authorization", doc.value(QLatin1String("authorization")).toString().toUtf8()});
        QCOMPARE(check(request, QStringLiteral("YourAccessKeySecret")),
                 SignatureCheck::Status::Valid);
        QCOMPARE(check(request, QStringLiteral("YourAccessKeySecreT")),
                 SignatureCheck::Status::Mismatch);
    }

    // Both path encoders of the generated SDKs: openapi-client pre-encodes `!'()*`, openapi-core
    // sends them raw and signs with `*` fixed up.
    void pathParameterEncoders_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("openapi-client") << QStringLiteral("openapiClient");
        QTest::newRow("openapi-core") << QStringLiteral("openapiCore");
    }
    void pathParameterEncoders()
    {
        QFETCH(QString, variant);
        QJsonObject vector;
        for (const QJsonValue &value : m_vectors.value(QLatin1String("vectors")).toArray())
            if (value.toObject().value(QLatin1String("name")).toString() ==
                QLatin1String("v3-path-param-encoders-of-generated-sdks"))
                vector = value.toObject();
        const QJsonObject encoder = vector.value(variant).toObject();
        QVERIFY(!encoder.isEmpty());
        // The fixed inputs of every vector (host, action and version of the ROA GET examples).
        ReceivedRequest request;
        request.method = "GET";
        request.target = encoder.value(QLatin1String("wireRequestTarget")).toString().toUtf8();
        request.headers = {
            {"host", "example.cn-hangzhou.aliyuncs.com"},
            {"x-acs-version", "2024-01-01"},
            {"x-acs-action", "GetSource"},
            {"x-acs-date", "2023-10-26T10:22:32Z"},
            {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
            {"x-acs-content-sha256",
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"x-acs-credentials-provider", "static_ak"},
            {"Authorization", encoder.value(QLatin1String("authorization")).toString().toUtf8()}};
        const auto authorization =
            ferry::sandbox::parseAuthorization(request.header("authorization"));
        QVERIFY(authorization);
        const SignatureCheck result =
            verifySignature(request, *authorization, "YourAccessKeySecret");
        QVERIFY2(
            result.form.canonicalRequest.startsWith(
                "GET\n" + encoder.value(QLatin1String("canonicalUri")).toString().toUtf8() + '\n'),
            result.form.canonicalRequest.constData());
        QCOMPARE(result.status, SignatureCheck::Status::Valid);
    }

    void parseAuthorization_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::newRow("complete")
            << QByteArray(
                   "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,Signature=ab")
            << true;
        QTest::newRow("spaces after commas")
            << QByteArray("ACS3-HMAC-SHA256 Credential=id, SignedHeaders=host, Signature=ab")
            << true;
        QTest::newRow("no signature")
            << QByteArray("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host") << false;
        QTest::newRow("empty signature")
            << QByteArray("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=") << false;
        QTest::newRow("no credential")
            << QByteArray("ACS3-HMAC-SHA256 SignedHeaders=host,Signature=ab") << false;
        QTest::newRow("no signed headers")
            << QByteArray("ACS3-HMAC-SHA256 Credential=id,Signature=ab") << false;
        QTest::newRow("other algorithm")
            << QByteArray("ACS4-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab")
            << false;
        QTest::newRow("v2 roa") << QByteArray("acs id:c2lnbmF0dXJl") << false;
        QTest::newRow("no space")
            << QByteArray("ACS3-HMAC-SHA256Credential=id,SignedHeaders=host,Signature=ab") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void parseAuthorization()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        const auto parsed = ferry::sandbox::parseAuthorization(header);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->credential, QByteArray("id"));
            QCOMPARE(parsed->signature, QByteArray("ab"));
            QVERIFY(parsed->signedHeaders.contains("host"));
        }
    }

    void signedHeaderMissing()
    {
        test::SignSpec spec;
        spec.action = "DescribeDtsJobs";
        spec.version = "2020-01-01";
        spec.keyId = QStringLiteral("id");
        spec.secret = QStringLiteral("secret");
        spec.extraHeaders = {{"x-acs-extra", "1"}};
        test::SignedRequest signedRequest = test::signRequest(spec);
        ReceivedRequest request = signedRequest.toReceived();
        QCOMPARE(check(request, spec.secret), SignatureCheck::Status::Valid);
        request.headers.removeIf([](const auto &h) { return h.first == "x-acs-extra"; });
        const auto authorization =
            ferry::sandbox::parseAuthorization(request.header("authorization"));
        const SignatureCheck result = verifySignature(request, *authorization, "secret");
        QCOMPARE(result.status, SignatureCheck::Status::MissingSignedHeader);
        QCOMPARE(result.missingHeader, QByteArray("x-acs-extra"));
    }

    void payloadHashHeaderMustMatchBody()
    {
        // Signed consistently, but the declared hash is not the hash of the body sent.
        test::SignSpec spec;
        spec.action = "X";
        spec.version = "2020-01-01";
        spec.keyId = QStringLiteral("id");
        spec.secret = QStringLiteral("secret");
        spec.body = "a=1";
        spec.contentType = "application/x-www-form-urlencoded";
        test::SignedRequest good = test::signRequest(spec);
        QCOMPARE(check(good.toReceived(), spec.secret), SignatureCheck::Status::Valid);
        ReceivedRequest lying = good.toReceived();
        for (auto &header : lying.headers)
            if (header.first == "x-acs-content-sha256")
                header.second = QByteArray(64, '0');
        QCOMPARE(check(lying, spec.secret), SignatureCheck::Status::Mismatch);
    }

    void repeatedHeadersAreSortedAndJoined()
    {
        ReceivedRequest request;
        request.headers = {{"X-Acs-Multi", " b "}, {"x-acs-multi", "a"}, {"Host", "h"}};
        QCOMPARE(request.header("x-acs-multi"), QByteArray("a,b"));
        QCOMPARE(request.header("HOST"), QByteArray("h"));
        QVERIFY(!request.hasHeader("x-acs-none"));
    }

private:
    QJsonObject m_vectors;
};

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
