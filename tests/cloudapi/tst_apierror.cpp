// SPDX-License-Identifier: GPL-3.0-or-later
// Error mapping (bodies -> ApiError), attempt interpretation and the user-facing texts.

#include "cloudapi/apierror.h"
#include "cloudapi/errormapping.h"
#include "cloudapi/replyinterpreter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QVariant>

#include <nlohmann/json.hpp>

using namespace ferry::cloudapi;
using nlohmann::json;

namespace {

// Marks every text of the ApiError context, to prove the texts go through the translator.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) == "ferry::cloudapi::ApiError")
            return QStringLiteral("[zz] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

ApiRequest requestFor(Product product, const char *action, RetryMode retry = RetryMode::Read)
{
    ApiRequest r;
    r.product = product;
    r.action = QString::fromLatin1(action);
    r.retry = retry;
    return r;
}

} // namespace

class TstApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fromBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("action");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QStringList>("ramActions");

        auto row = [](const char *name, int status, const char *body, Product p, const char *action,
                      ErrorKind kind, const char *code, const char *message, const char *rid,
                      QStringList ram = {}) {
            QTest::newRow(name) << status << QByteArray(body) << p << QString::fromLatin1(action)
                                << kind << QString::fromUtf8(code) << QString::fromUtf8(message)
                                << QString::fromLatin1(rid) << ram;
        };
        row("signature", 400,
            R"({"RequestId":"R1","HostId":"dts.aliyuncs.com","Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.","Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"})",
            Product::Dts, "DescribeDtsJobs", ErrorKind::Authentication, "SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation.", "R1");
        row("unknown key", 404,
            R"({"RequestId":"R2","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."})",
            Product::Smc, "DescribeSourceServers", ErrorKind::Authentication,
            "InvalidAccessKeyId.NotFound", "Specified access key is not found.", "R2");
        row("clock", 400,
            R"({"RequestId":"R3","Code":"InvalidTimeStamp.Expired","Message":"Specified time stamp or date value is expired."})",
            Product::Smc, "DescribeSourceServers", ErrorKind::Authentication,
            "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", "R3");
        row("sts expired", 403,
            R"({"RequestId":"R4","Code":"InvalidSecurityToken.Expired","Message":"Specified SecurityToken is expired."})",
            Product::Dts, "ConfigureDtsJob", ErrorKind::Authentication,
            "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", "R4");
        row("throttling user", 400,
            R"({"RequestId":"R5","Code":"Throttling.User","Message":"Request was denied due to user flow control."})",
            Product::Dts, "DescribeDtsJobs", ErrorKind::Throttled, "Throttling.User",
            "Request was denied due to user flow control.", "R5");
        row("throttling api 503", 503, R"({"Code":"Throttling.Api","Message":"api flow control"})",
            Product::Smc, "DescribeReplicationJobs", ErrorKind::Throttled, "Throttling.Api",
            "api flow control", "");
        row("forbidden ram", 403,
            R"({"RequestId":"R6","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource."})",
            Product::Dts, "StartDtsJob", ErrorKind::Permission, "Forbidden.RAM",
            "User not authorized to operate on the specified resource.", "R6",
            {QStringLiteral("dts:StartDtsJob")});
        row("maxcompute lowercase", 403,
            R"({"requestId":"r7","code":"NoPermission","message":"no privilege"})",
            Product::MaxCompute, "CreateMmsJob", ErrorKind::Permission, "NoPermission",
            "no privilege", "r7", {QStringLiteral("odps:CreateMmsJob")});
        row("smc no permission suffix", 403, R"({"Code":"Smc.NoPermission","Message":"x"})",
            Product::Smc, "CutOverReplicationJob", ErrorKind::Permission, "Smc.NoPermission", "x",
            "", {QStringLiteral("smc:CutOverReplicationJob")});
        row("auth action detail", 403,
            R"({"Code":"NoPermission","Message":"denied","AccessDeniedDetail":{"AuthAction":"ram:PassRole"}})",
            Product::Sts, "AssumeRole", ErrorKind::Permission, "NoPermission", "denied", "",
            {QStringLiteral("ram:PassRole"), QStringLiteral("sts:AssumeRole")});
        row("service unavailable", 503,
            R"({"RequestId":"R8","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server."})",
            Product::Dts, "DescribeDtsJobs", ErrorKind::Server, "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.", "R8");
        row("internal error", 500, R"({"RequestId":"R9","Code":"InternalError","Message":"boom"})",
            Product::Smc, "DescribeSourceServers", ErrorKind::Server, "InternalError", "boom",
            "R9");
        row("client 400", 400,
            R"({"RequestId":"R10","Code":"InvalidParameter","Message":"The parameter JobId is invalid."})",
            Product::Smc, "StartReplicationJob", ErrorKind::Client, "InvalidParameter",
            "The parameter JobId is invalid.", "R10");
        row("dts 200 success false", 200,
            R"({"RequestId":"R11","Success":false,"HttpStatusCode":400,"ErrCode":"InvalidParameter","ErrMessage":"The Value of Input Parameter %s is not valid.","DynamicMessage":"DtsJobId"})",
            Product::Dts, "StartDtsJob", ErrorKind::Client, "InvalidParameter",
            "The Value of Input Parameter DtsJobId is not valid.", "R11");
        row("dts 200 success string false", 200,
            R"({"RequestId":"R12","Success":"false","ErrCode":"InternalError","ErrMessage":"internal"})",
            Product::Dts, "DescribeConnectionStatus", ErrorKind::Server, "InternalError",
            "internal", "R12");
        row("dts 200 forbidden", 200,
            R"({"RequestId":"R13","Success":false,"HttpStatusCode":403,"ErrCode":"Forbidden","ErrMessage":"no"})",
            Product::Dts, "DeleteDtsJob", ErrorKind::Permission, "Forbidden", "no", "R13",
            {QStringLiteral("dts:DeleteDtsJob")});
        row("dynamic message without placeholder", 400,
            R"({"Success":false,"ErrCode":"X","ErrMessage":"bad","DynamicMessage":"DbList"})",
            Product::Dts, "ConfigureDtsJob", ErrorKind::Client, "X", "bad (DbList)", "");
        row("http 429 without code", 429, R"({"Message":"slow"})", Product::Smc,
            "DescribeSourceServers", ErrorKind::Throttled, "", "slow", "");
        row("numeric code", 400, R"({"Code":400,"Message":"m"})", Product::MaxCompute,
            "ListMmsJobs", ErrorKind::Client, "400", "m", "");
    }

    void fromBody()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Product, product);
        QFETCH(QString, action);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, requestId);
        QFETCH(QStringList, ramActions);

        const ApiError e = errorFromBody(status, json::parse(body.toStdString()), action, product);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.requestId, requestId);
        QCOMPARE(e.ramActions, ramActions);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.action, action);
    }

    void recommendKept()
    {
        const ApiError e = errorFromBody(
            400, json{{"Code", "SignatureDoesNotMatch"}, {"Recommend", "https://example/r"}},
            QStringLiteral("A"), Product::Dts);
        QCOMPARE(e.recommend, QStringLiteral("https://example/r"));
    }

    void successDetection()
    {
        QVERIFY(bodyReportsFailure(json{{"Success", false}}));
        QVERIFY(bodyReportsFailure(json{{"Success", "false"}}));
        QVERIFY(!bodyReportsFailure(json{{"Success", true}}));
        QVERIFY(!bodyReportsFailure(json{{"Success", "true"}}));
        QVERIFY(!bodyReportsFailure(json{{"RequestId", "x"}}));
        QVERIFY(!bodyReportsFailure(json::array()));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QByteArray("1500") << qint64(1500);
        QTest::newRow("spaces") << QByteArray(" 42 ") << qint64(42);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-1") << qint64(0);
        QTest::newRow("text") << QByteArray("soon") << qint64(0);
        QTest::newRow("http date") << QByteArray("Thu, 26 Oct 2023 10:22:32 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        QCOMPARE(parseRetryAfter(header).count(), ms);
    }

    void interpretSuccessIsSanitized()
    {
        AttemptOutcome o;
        o.httpStatus = 200;
        o.body =
            R"({"RequestId":"R","Data":{"Password":"hunter2","Owner":"LTAI5tExampleKeyId1","Name":"n"}})";
        const auto i = interpretAttempt(o, requestFor(Product::Dts, "DescribeDtsJobDetail"));
        QVERIFY(i.result.ok());
        const json &v = i.result.value();
        QVERIFY(v["Data"]["Password"] == "********");
        QVERIFY(v["Data"]["Owner"] == "********");
        QVERIFY(v["Data"]["Name"] == "n");
        QVERIFY(v.dump().find("hunter2") == std::string::npos);

        // Only the STS credential path keeps secrets, and only in success bodies.
        const auto raw = interpretAttempt(o, requestFor(Product::Sts, "AssumeRole"), false);
        QVERIFY(raw.result.value()["Data"]["Password"] == "hunter2");
    }

    void interpretErrorIsSanitized()
    {
        AttemptOutcome o;
        o.httpStatus = 400;
        o.body =
            R"({"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key LTAI5tExampleKeyId1 is not found.","SourceEndpointPassword":"p"})";
        const auto i = interpretAttempt(o, requestFor(Product::Dts, "ConfigureDtsJob"), false);
        QVERIFY(!i.result.ok());
        QVERIFY(!i.result.error().message.contains(QLatin1String("LTAI5tExampleKeyId1")));
        QVERIFY(i.result.error().message.contains(QLatin1String("is not found")));
    }

    void interpretKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<RetryMode>("mode");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("mayHaveApplied");

        const QByteArray none;
        QTest::newRow("refused, never") << 0 << none << true << false << false << none
                                        << RetryMode::Never << ErrorKind::Network << false;
        QTest::newRow("reset after send, never") << 0 << none << true << false << true << none
                                                 << RetryMode::Never << ErrorKind::Network << true;
        QTest::newRow("reset after send, read") << 0 << none << true << false << true << none
                                                << RetryMode::Read << ErrorKind::Network << false;
        QTest::newRow("timeout, never") << 0 << none << true << true << false << none
                                        << RetryMode::Never << ErrorKind::Timeout << true;
        QTest::newRow("timeout, client token")
            << 0 << none << true << true << true << none << RetryMode::ClientToken
            << ErrorKind::Timeout << true;
        QTest::newRow("500, never")
            << 500 << QByteArray(R"({"Code":"InternalError"})") << false << false << true << none
            << RetryMode::Never << ErrorKind::Server << true;
        QTest::newRow("400, never")
            << 400 << QByteArray(R"({"Code":"InvalidParameter"})") << false << false << true << none
            << RetryMode::Never << ErrorKind::Client << false;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << false << false
                                  << true << none << RetryMode::Read << ErrorKind::Server << false;
        QTest::newRow("200 not json") << 200 << QByteArray("OK") << false << false << true << none
                                      << RetryMode::Read << ErrorKind::InvalidResponse << false;
        QTest::newRow("200 empty") << 200 << QByteArray() << false << false << true << none
                                   << RetryMode::Read << ErrorKind::InvalidResponse << false;
        QTest::newRow("400 retry-after")
            << 400 << QByteArray(R"({"Code":"Busy"})") << false << false << true
            << QByteArray("250") << RetryMode::Read << ErrorKind::Throttled << false;
        QTest::newRow("404 not json") << 404 << QByteArray("not found") << false << false << true
                                      << none << RetryMode::Read << ErrorKind::Client << false;
        QTest::newRow("403 not json") << 403 << QByteArray("denied") << false << false << true
                                      << none << RetryMode::Read << ErrorKind::Permission << false;
    }

    void interpretKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, networkError);
        QFETCH(bool, timedOut);
        QFETCH(bool, sent);
        QFETCH(QByteArray, retryAfter);
        QFETCH(RetryMode, mode);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, mayHaveApplied);

        AttemptOutcome o;
        o.httpStatus = status;
        o.body = body;
        o.networkError = networkError;
        o.timedOut = timedOut;
        o.requestSent = sent;
        o.networkMessage = QStringLiteral("Connection refused");
        o.retryAfterHeader = retryAfter;
        const auto i = interpretAttempt(o, requestFor(Product::Smc, "StartReplicationJob", mode));
        QVERIFY(!i.result.ok());
        QCOMPARE(i.result.error().kind, kind);
        QCOMPARE(i.result.error().mayHaveApplied, mayHaveApplied);
        QCOMPARE(i.result.error().httpStatus, status);
        QCOMPARE(i.retryAfter.count(), parseRetryAfter(retryAfter).count());
    }

    void longTextIsShortened()
    {
        AttemptOutcome o;
        o.httpStatus = 502;
        o.body = QByteArray(5000, 'x');
        const auto i = interpretAttempt(o, requestFor(Product::Dts, "DescribeDtsJobs"));
        QVERIFY(i.result.error().message.size() < 400);
    }

    void transient_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("network") << ErrorKind::Network << true;
        QTest::newRow("timeout") << ErrorKind::Timeout << true;
        QTest::newRow("throttled") << ErrorKind::Throttled << true;
        QTest::newRow("server") << ErrorKind::Server << true;
        QTest::newRow("cancelled") << ErrorKind::Cancelled << false;
        QTest::newRow("auth") << ErrorKind::Authentication << false;
        QTest::newRow("permission") << ErrorKind::Permission << false;
        QTest::newRow("client") << ErrorKind::Client << false;
        QTest::newRow("invalid response") << ErrorKind::InvalidResponse << false;
        QTest::newRow("credentials") << ErrorKind::Credentials << false;
    }

    void transient()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(bool, transient);
        ApiError e;
        e.kind = kind;
        QCOMPARE(e.isTransient(), transient);
    }

    void explanations_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");
        auto row = [](const char *name, ErrorKind k, const char *code, QStringList mentions) {
            QTest::newRow(name) << k << QString::fromLatin1(code) << mentions;
        };
        row("signature", ErrorKind::Authentication, "SignatureDoesNotMatch",
            {QStringLiteral("secret"), QStringLiteral("clock"), QStringLiteral("proxy")});
        row("key not found", ErrorKind::Authentication, "InvalidAccessKeyId.NotFound",
            {QStringLiteral("AccessKey ID")});
        row("clock", ErrorKind::Authentication, "InvalidTimeStamp.Expired",
            {QStringLiteral("clock"), QStringLiteral("Synchronize")});
        row("throttling", ErrorKind::Throttled, "Throttling.User",
            {QStringLiteral("too many requests"), QStringLiteral("retries")});
        row("unavailable", ErrorKind::Server, "ServiceUnavailable",
            {QStringLiteral("temporarily unavailable")});
        row("internal", ErrorKind::Server, "InternalError",
            {QStringLiteral("internal error"), QStringLiteral("request ID")});
        row("network", ErrorKind::Network, "", {QStringLiteral("Connection refused")});
        row("timeout", ErrorKind::Timeout, "", {QStringLiteral("in time")});
        row("permission", ErrorKind::Permission, "Forbidden.RAM",
            {QStringLiteral("dts:StartDtsJob")});
    }

    void explanations()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        ApiError e;
        e.kind = kind;
        e.code = code;
        e.message = QStringLiteral("Connection refused");
        if (kind == ErrorKind::Permission)
            e.ramActions = {QStringLiteral("dts:StartDtsJob")};
        const QString text = e.explanation();
        for (const QString &m : mentions)
            QVERIFY2(text.contains(m, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("already have been made")));
        e.mayHaveApplied = true;
        QVERIFY(e.explanation().contains(QLatin1String("already have been made")));
    }

    void explanationsAreTranslated()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        ApiError e;
        e.kind = ErrorKind::Authentication;
        e.code = QStringLiteral("SignatureDoesNotMatch");
        const QString signature = e.explanation();
        e.code.clear();
        e.kind = ErrorKind::Timeout;
        const QString timeout = e.explanation();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(signature.startsWith(QLatin1String("[zz] ")), qPrintable(signature));
        QVERIFY2(timeout.startsWith(QLatin1String("[zz] ")), qPrintable(timeout));
        QVERIFY(!e.explanation().startsWith(QLatin1String("[zz] ")));
    }

    void summary()
    {
        ApiError e;
        e.kind = ErrorKind::Authentication;
        e.httpStatus = 400;
        e.code = QStringLiteral("SignatureDoesNotMatch");
        e.message = QStringLiteral("Specified signature is not matched.\nserver string to sign");
        e.requestId = QStringLiteral("A57F");
        QCOMPARE(e.summary(), QStringLiteral("SignatureDoesNotMatch (HTTP 400): Specified "
                                             "signature is not matched. server string to sign "
                                             "[A57F]"));
        ApiError n;
        n.kind = ErrorKind::Network;
        n.message = QStringLiteral("Connection refused");
        QCOMPARE(n.summary(), QStringLiteral("Network error: Connection refused"));
    }

    void metaType()
    {
        ApiError e;
        e.code = QStringLiteral("X");
        e.ramActions = {QStringLiteral("dts:A")};
        const QVariant v = QVariant::fromValue(e);
        QVERIFY(v.canConvert<ApiError>());
        QCOMPARE(v.value<ApiError>().code, QStringLiteral("X"));
        QCOMPARE(v.value<ApiError>().ramActions, QStringList{QStringLiteral("dts:A")});
    }
};

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
