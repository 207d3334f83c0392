// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/gatewayauth.h"

#include "testsupport_signer.h"

#include <QLocale>
#include <QTest>

#include <functional>

using namespace ferry::sandbox;
using Clock = std::chrono::system_clock;

namespace {

const KeyPair kKey{QStringLiteral("LTAItestkey0000000000000"), QStringLiteral("s3cr3t-value")};

// A fixed "now" so the date window is tested exactly.
Clock::time_point fixedNow()
{
    return Clock::time_point(std::chrono::seconds(1'700'000'000)); // 2023-11-14T22:13:20Z
}

QByteArray dateAt(std::chrono::seconds offset)
{
    return test::acsDate(QDateTime::fromSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::seconds>((fixedNow() + offset).time_since_epoch())
            .count(),
        Qt::UTC));
}

test::SignSpec baseSpec()
{
    test::SignSpec spec;
    spec.method = "POST";
    spec.action = "DescribeDtsJobs";
    spec.version = "2020-01-01";
    spec.query = {{"RegionId", "cn-hangzhou"}};
    spec.keyId = kKey.id;
    spec.secret = kKey.secret;
    spec.date = dateAt(std::chrono::seconds(0));
    return spec;
}

} // namespace

class TestGatewayAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_credentials = std::make_shared<CredentialStore>();
        m_credentials->addKey(kKey);
        m_nonces = std::make_shared<NonceCache>();
        m_auth = std::make_unique<GatewayAuth>(m_credentials, m_nonces);
    }

    void acceptsAValidRequest()
    {
        const AuthOutcome outcome =
            m_auth->authenticate(test::signRequest(baseSpec()).toReceived(), fixedNow());
        QVERIFY2(outcome.ok,
                 qPrintable(outcome.error.code + QLatin1Char(' ') + outcome.error.message));
        QCOMPARE(outcome.accessKeyId, kKey.id);
    }

    void rejections_data()
    {
        using Mutation = std::function<void(test::SignSpec &, test::SignedRequest &)>;
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        const auto spec = [](std::function<void(test::SignSpec &)> f) {
            return Mutation([f](test::SignSpec &s, test::SignedRequest &r) {
                f(s);
                r = test::signRequest(s);
            });
        };
        const auto request = [](std::function<void(test::SignedRequest &)> f) {
            return Mutation([f](test::SignSpec &, test::SignedRequest &r) { f(r); });
        };
        QTest::newRow("no Authorization")
            << request([](auto &r) { r.setHeader("authorization", {}); }) << "MissingParameter"
            << 400;
        QTest::newRow("Authorization without Signature") << request([](auto &r) {
            QByteArray a;
            for (const auto &h : r.headers)
                if (h.first == "authorization")
                    a = h.second;
            r.setHeader("authorization", a.left(a.indexOf(",Signature=")));
        }) << "IncompleteSignature" << 400;
        QTest::newRow("HMAC-SHA1 scheme")
            << request([](auto &r) { r.setHeader("authorization", "acs id:abc="); })
            << "IncompleteSignature" << 400;
        QTest::newRow("no x-acs-date")
            << request([](auto &r) { r.setHeader("x-acs-date", {}); }) << "MissingParameter" << 400;
        QTest::newRow("no nonce") << request([](auto &r) {
            r.setHeader("x-acs-signature-nonce", {});
        }) << "MissingParameter" << 400;
        QTest::newRow("no payload hash")
            << request([](auto &r) { r.setHeader("x-acs-content-sha256", {}); })
            << "MissingParameter" << 400;
        QTest::newRow("date not signed") << request([](auto &r) {
            QByteArray a;
            for (const auto &h : r.headers)
                if (h.first == "authorization")
                    a = h.second;
            r.setHeader("authorization", a.replace(";x-acs-date", ""));
        }) << "IncompleteSignature" << 400;
        QTest::newRow("date with fraction")
            << spec([](auto &s) { s.date = "2023-11-14T22:13:20.000Z"; })
            << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("date with offset")
            << spec([](auto &s) { s.date = "2023-11-14T22:13:20+00:00"; })
            << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("date with space") << spec([](auto &s) { s.date = "2023-11-14 22:13:20Z"; })
                                         << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("month 13") << spec([](auto &s) { s.date = "2023-13-14T22:13:20Z"; })
                                  << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("http date")
            << spec([](auto &s) { s.date = "Tue, 14 Nov 2023 22:13:20 GMT"; })
            << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("15 min 1 s old")
            << spec([](auto &s) { s.date = dateAt(-std::chrono::seconds(901)); })
            << "InvalidTimeStamp.Expired" << 400;
        QTest::newRow("15 min 1 s ahead")
            << spec([](auto &s) { s.date = dateAt(std::chrono::seconds(901)); })
            << "InvalidTimeStamp.Expired" << 400;
        QTest::newRow("unknown key")
            << spec([](auto &s) { s.keyId = QStringLiteral("LTAIunknown"); })
            << "InvalidAccessKeyId.NotFound" << 404;
        QTest::newRow("wrong secret")
            << spec([](auto &s) { s.secret = QStringLiteral("s3cr3t-valuE"); })
            << "SignatureDoesNotMatch" << 400;
        QTest::newRow("query changed after signing")
            << request([](auto &r) { r.target.replace("hangzhou", "shanghai"); })
            << "SignatureDoesNotMatch" << 400;
        QTest::newRow("header changed after signing")
            << request([](auto &r) { r.setHeader("x-acs-action", "DeleteDtsJob"); })
            << "SignatureDoesNotMatch" << 400;
    }
    void rejections()
    {
        using Mutation = std::function<void(test::SignSpec &, test::SignedRequest &)>;
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(int, status);
        test::SignSpec spec = baseSpec();
        test::SignedRequest request = test::signRequest(spec);
        mutate(spec, request);
        const AuthOutcome outcome = m_auth->authenticate(request.toReceived(), fixedNow());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, code);
        QCOMPARE(outcome.error.status, status);
        QVERIFY(!outcome.error.message.isEmpty());
    }

    void signedHeaderAbsent()
    {
        test::SignSpec spec = baseSpec();
        spec.extraHeaders = {{"x-acs-extra", "1"}};
        test::SignedRequest request = test::signRequest(spec);
        QVERIFY(m_auth->authenticate(request.toReceived(), fixedNow()).ok);
        spec.nonce = test::randomNonce();
        request = test::signRequest(spec);
        request.setHeader("x-acs-extra", {});
        const AuthOutcome outcome = m_auth->authenticate(request.toReceived(), fixedNow());
        QCOMPARE(outcome.error.code, QStringLiteral("IncompleteSignature"));
    }

    void signatureMismatchQuotesStringToSign()
    {
        test::SignSpec spec = baseSpec();
        spec.secret = QStringLiteral("wrong");
        const test::SignedRequest request = test::signRequest(spec);
        const AuthOutcome outcome = m_auth->authenticate(request.toReceived(), fixedNow());
        QCOMPARE(outcome.error.code, QStringLiteral("SignatureDoesNotMatch"));
        // The client computed the same string to sign: only the key differs.
        QCOMPARE(outcome.error.message,
                 QStringLiteral("Specified signature is not matched with our calculation. server "
                                "string to sign is:") +
                     QString::fromUtf8(request.stringToSign));
    }

    void dateWindowEdges_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("-15 min") << -900 << true;
        QTest::newRow("-14 min") << -840 << true;
        QTest::newRow("+14 min") << 840 << true;
        QTest::newRow("+15 min") << 900 << true;
        QTest::newRow("-16 min") << -960 << false;
        QTest::newRow("+16 min") << 960 << false;
        QTest::newRow("-1 day") << -86400 << false;
    }
    void dateWindowEdges()
    {
        QFETCH(int, offset);
        QFETCH(bool, accepted);
        test::SignSpec spec = baseSpec();
        spec.date = dateAt(std::chrono::seconds(offset));
        const AuthOutcome outcome =
            m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow());
        QCOMPARE(outcome.ok, accepted);
        if (!accepted)
            QCOMPARE(outcome.error.code, QStringLiteral("InvalidTimeStamp.Expired"));
    }

    void nonceReplay()
    {
        test::SignSpec spec = baseSpec();
        spec.nonce = "fixed-nonce-1";
        QVERIFY(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).ok);
        // The same nonce again, even in an otherwise different request.
        spec.query = {{"RegionId", "cn-shanghai"}};
        AuthOutcome outcome =
            m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow());
        QCOMPARE(outcome.error.code, QStringLiteral("SignatureNonceUsed"));
        QCOMPARE(outcome.error.status, 400);
        // Still refused ten minutes later (the date is renewed to stay in the window).
        spec.date = dateAt(std::chrono::seconds(600));
        outcome = m_auth->authenticate(test::signRequest(spec).toReceived(),
                                       fixedNow() + std::chrono::seconds(600));
        QCOMPARE(outcome.error.code, QStringLiteral("SignatureNonceUsed"));
        // A new nonce is fine.
        spec.nonce = "fixed-nonce-2";
        QVERIFY(m_auth
                    ->authenticate(test::signRequest(spec).toReceived(),
                                   fixedNow() + std::chrono::seconds(600))
                    .ok);
    }

    void rejectedRequestsDoNotUseTheNonce()
    {
        test::SignSpec spec = baseSpec();
        spec.nonce = "nonce-after-failure";
        spec.secret = QStringLiteral("wrong");
        QVERIFY(!m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).ok);
        spec.secret = kKey.secret;
        QVERIFY(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).ok);
        QCOMPARE(m_nonces->size(), std::size_t(1));
    }

    void nonceCacheForgetsExpiredAndBoundsMemory()
    {
        NonceCache cache(3);
        const auto t0 = fixedNow();
        const auto keep = std::chrono::minutes(15);
        QVERIFY(cache.insert("k", "a", t0, t0 + keep));
        QVERIFY(!cache.insert("k", "a", t0, t0 + keep));
        QVERIFY(cache.insert("other-key", "a", t0, t0 + keep)); // per key
        QVERIFY(cache.insert("k", "b", t0, t0 + keep));
        QCOMPARE(cache.size(), std::size_t(3));
        QVERIFY(cache.insert("k", "c", t0, t0 + keep)); // evicts the oldest ("k","a")
        QCOMPARE(cache.size(), std::size_t(3));
        QVERIFY(cache.insert("k", "a", t0, t0 + keep));
        // After the window everything is forgotten.
        QVERIFY(cache.insert("k", "b", t0 + keep + std::chrono::seconds(1), t0 + 2 * keep));
        QCOMPARE(cache.size(), std::size_t(1));
    }

    void securityTokens()
    {
        // A permanent key takes any token (as the SDK sends with STS-style credentials).
        test::SignSpec spec = baseSpec();
        spec.extraHeaders = {{"x-acs-security-token", "anything"},
                             {"x-acs-accesskey-id", kKey.id.toUtf8()}};
        QVERIFY(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).ok);

        // A temporary key needs its token and expires.
        const KeyPair temporary{QStringLiteral("STS.temporary"), QStringLiteral("tmp-secret")};
        m_credentials->addTemporaryKey(temporary, QStringLiteral("token-1"),
                                       fixedNow() + std::chrono::hours(1));
        spec = baseSpec();
        spec.keyId = temporary.id;
        spec.secret = temporary.secret;
        spec.extraHeaders = {{"x-acs-security-token", "token-1"}};
        QVERIFY(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).ok);
        spec.nonce = test::randomNonce();
        spec.extraHeaders = {{"x-acs-security-token", "token-2"}};
        QCOMPARE(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).error.code,
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
        spec.extraHeaders = {};
        QCOMPARE(m_auth->authenticate(test::signRequest(spec).toReceived(), fixedNow()).error.code,
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
        spec.extraHeaders = {{"x-acs-security-token", "token-1"}};
        spec.date = dateAt(std::chrono::hours(2));
        const AuthOutcome expired = m_auth->authenticate(test::signRequest(spec).toReceived(),
                                                         fixedNow() + std::chrono::hours(2));
        QCOMPARE(expired.error.code, QStringLiteral("InvalidSecurityToken.Expired"));
        QCOMPARE(expired.error.status, 403);
        // A token header must be signed.
        spec = baseSpec();
        test::SignedRequest request = test::signRequest(spec);
        request.setHeader("x-acs-security-token", "unsigned");
        QCOMPARE(m_auth->authenticate(request.toReceived(), fixedNow()).error.code,
                 QStringLiteral("IncompleteSignature"));
    }

    void parseAcsDate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("doc example") << QByteArray("2023-10-26T10:22:32Z") << qint64(1698315752);
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("leap day") << QByteArray("2024-02-29T23:59:59Z") << qint64(1709251199);
        QTest::newRow("feb 30") << QByteArray("2023-02-30T00:00:00Z") << qint64(-1);
        QTest::newRow("hour 24") << QByteArray("2023-10-26T24:00:00Z") << qint64(-1);
        QTest::newRow("lowercase z") << QByteArray("2023-10-26T10:22:32z") << qint64(-1);
        QTest::newRow("signs in digits") << QByteArray("2023-+0-26T10:22:32Z") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void parseAcsDate()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, seconds);
        const auto parsed = ferry::sandbox::parseAcsDate(text);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed)
            QCOMPARE(std::chrono::duration_cast<std::chrono::seconds>(parsed->time_since_epoch())
                         .count(),
                     seconds);
    }

private:
    std::shared_ptr<CredentialStore> m_credentials;
    std::shared_ptr<NonceCache> m_nonces;
    std::unique_ptr<GatewayAuth> m_auth;
};

QTEST_GUILESS_MAIN(TestGatewayAuth)
#include "tst_gatewayauth.moc"
