// SPDX-License-Identifier: GPL-3.0-or-later
// The transport against a scripted loopback server: request shape and signature, response
// mapping, error classes, retries and what it logs.

#include "cloudapi/signer.h"
#include "cloudapi/transport.h"
#include "testsupport_transport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

using namespace ferry::cloudapi;
using ferry::test::dtsRead;
using ferry::test::fastRetries;
using ferry::test::kTestKeyId;
using ferry::test::kTestKeySecret;
using ferry::test::Outcome;
using ferry::test::ScriptedHttpServer;
using ferry::test::ScriptedResponse;
using nlohmann::json;

class TstTransport final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TransportRig m_rig;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { QVERIFY(m_rig.start()); }
    void cleanup() { m_rig.stop(); }

    void rpcFormRequestShape()
    {
        ApiRequest r = rpcRequest(Product::Dts, QStringLiteral("ConfigureDtsJob"),
                                  QStringLiteral("2020-01-01"), QStringLiteral("cn-hangzhou"));
        r.retry = RetryMode::Never;
        r.query = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                   {QStringLiteral("DtsJobName"), QStringLiteral("sync job 1")},
                   {QStringLiteral("Pattern"), QStringLiteral("a*b!'() ~数")}};
        appendFlattened(r.query, QStringLiteral("Tag"),
                        json::array({{{"Key", "env"}, {"Value", "prod test"}}}));
        r.bodyKind = BodyKind::Form;
        r.form = {{QStringLiteral("DbList"), jsonParam(json{{"db", {{"all", true}}}})},
                  {QStringLiteral("Reserve"), QStringLiteral("x*y (z)")}};
        m_rig.server->enqueue(ScriptedResponse::json(200, R"({"RequestId":"R1","DtsJobId":"j1"})"));

        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QVERIFY(out.result->value()["DtsJobId"] == "j1");

        QCOMPARE(m_rig.server->requests().size(), 1);
        const auto &got = m_rig.server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/"));
        QCOMPARE(got.queryItems(), r.query);
        QCOMPARE(got.target, QByteArray("/?") + signer::wireQuery(r.query));
        QCOMPARE(got.formItems(), r.form);
        QCOMPARE(got.body,
                 QByteArray("DbList=%7B%22db%22%3A%7B%22all%22%3Atrue%7D%7D&Reserve=x*y%20(z)"));
        QCOMPARE(got.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(got.header("host"),
                 QByteArray("127.0.0.1:") + QByteArray::number(m_rig.server->port()));
        QCOMPARE(got.header("x-acs-action"), QByteArray("ConfigureDtsJob"));
        QCOMPARE(got.header("x-acs-version"), QByteArray("2020-01-01"));
        QCOMPARE(got.header("x-acs-credentials-provider"), QByteArray("static_ak"));
        QCOMPARE(got.header("accept"), QByteArray("application/json"));
        QVERIFY(got.header("user-agent").startsWith("Ferry/"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(QString::fromLatin1(got.header("x-acs-date")))
                    .hasMatch());
        const QDateTime sentAt =
            QDateTime::fromString(QString::fromLatin1(got.header("x-acs-date")), Qt::ISODate);
        QVERIFY(qAbs(sentAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(QString::fromLatin1(got.header("x-acs-signature-nonce")))
                    .hasMatch());
        QVERIFY(!got.hasHeader("x-acs-security-token"));

        const auto check = ferry::test::verifyV3(got, kTestKeySecret.toUtf8());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.accessKeyId, kTestKeyId.toUtf8());
        QCOMPARE(check.signedHeaders,
                 QByteArray("content-type;host;x-acs-action;x-acs-content-sha256;"
                            "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;"
                            "x-acs-version"));
        // The check is real: another secret does not verify.
        QVERIFY(!ferry::test::verifyV3(got, "other").ok);
    }

    void roaJsonRequestShape()
    {
        ApiRequest r = roaRequest(Product::MaxCompute, QStringLiteral("CreateMmsJob"),
                                  QStringLiteral("2022-01-04"), "POST",
                                  QStringLiteral("/api/v1/mms/datasources/%1/jobs")
                                      .arg(encodePathSegment(QStringLiteral("20 01/α"))));
        r.retry = RetryMode::Never;
        r.query = {{QStringLiteral("lang"), QStringLiteral("zh_CN")}};
        setJsonBody(r, json{{"name", "job ü"}, {"tables", {"a", "b"}}, {"sourceId", 20}});
        m_rig.server->enqueue(
            ScriptedResponse::json(200, R"({"requestId":"r2","data":{"asyncTaskTestKeyId":7}})"));

        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QVERIFY(out.result->value()["data"]["asyncTaskTestKeyId"] == 7);

        const auto &got = m_rig.server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/api/v1/mms/datasources/20%2001%2F%CE%B1/jobs"));
        QCOMPARE(got.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(json::parse(got.body.toStdString()) ==
                (json{{"name", "job ü"}, {"tables", {"a", "b"}}, {"sourceId", 20}}));
        const auto check = ferry::test::verifyV3(got, kTestKeySecret.toUtf8());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(check.signedHeaders.startsWith("content-type;host;"));
    }

    void roaGetWithoutBody()
    {
        ApiRequest r = roaRequest(Product::MaxCompute, QStringLiteral("ListMmsJobs"),
                                  QStringLiteral("2022-01-04"), "GET",
                                  QStringLiteral("/api/v1/mms/datasources/5/jobs"));
        r.query = {{QStringLiteral("status"), jsonParam(json::array({"DONE", "FAILED"}))},
                   {QStringLiteral("pageNum"), QStringLiteral("1")}};
        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        const auto &got = m_rig.server->requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QVERIFY(got.body.isEmpty());
        QVERIFY(!got.hasHeader("content-type"));
        QCOMPARE(got.queryValue(QStringLiteral("status")), QStringLiteral(R"(["DONE","FAILED"])"));
        QCOMPARE(got.header("x-acs-content-sha256"), signer::sha256Hex(""));
        const auto check = ferry::test::verifyV3(got, kTestKeySecret.toUtf8());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(!check.signedHeaders.contains("content-type"));
    }

    void stsTokenHeaders()
    {
        auto transport = m_rig.make(
            {QStringLiteral("STS.TempId"), kTestKeySecret, QStringLiteral("token+/="), {}});
        Outcome out;
        transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        const auto &got = m_rig.server->requests().first();
        QCOMPARE(got.header("x-acs-security-token"), QByteArray("token+/="));
        QCOMPARE(got.header("x-acs-accesskey-id"), QByteArray("STS.TempId"));
        QCOMPARE(got.header("x-acs-credentials-provider"), QByteArray("static_sts"));
        const auto check = ferry::test::verifyV3(got, kTestKeySecret.toUtf8());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(check.signedHeaders.contains("x-acs-accesskey-id"));
        QVERIFY(check.signedHeaders.contains("x-acs-security-token"));
    }

    void successBodyIsSanitized()
    {
        m_rig.server->enqueue(ScriptedResponse::json(
            200,
            R"({"RequestId":"R","DtsJobList":[{"SourceEndpoint":{"Password":"hunter2","UserName":"u"}}]})"));
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        const json &v = out.result->value();
        QVERIFY(v["DtsJobList"][0]["SourceEndpoint"]["Password"] == "********");
        QVERIFY(v["DtsJobList"][0]["SourceEndpoint"]["UserName"] == "u");
    }

    void errorClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("ramActions");
        QTest::newRow("throttled")
            << 400 << QByteArray(R"({"Code":"Throttling.User","Message":"flow","RequestId":"T"})")
            << ErrorKind::Throttled << QStringLiteral("Throttling.User") << QStringList();
        QTest::newRow("auth")
            << 400
            << QByteArray(R"({"Code":"SignatureDoesNotMatch","Message":"x","RequestId":"A"})")
            << ErrorKind::Authentication << QStringLiteral("SignatureDoesNotMatch")
            << QStringList();
        QTest::newRow("permission")
            << 403 << QByteArray(R"({"Code":"Forbidden.RAM","Message":"no","RequestId":"P"})")
            << ErrorKind::Permission << QStringLiteral("Forbidden.RAM")
            << QStringList{QStringLiteral("dts:DescribeDtsJobs")};
        QTest::newRow("client") << 404
                                << QByteArray(
                                       R"({"Code":"InvalidJobId.NotFound","Message":"gone"})")
                                << ErrorKind::Client << QStringLiteral("InvalidJobId.NotFound")
                                << QStringList();
        QTest::newRow("server") << 500 << QByteArray(R"({"Code":"InternalError","Message":"x"})")
                                << ErrorKind::Server << QStringLiteral("InternalError")
                                << QStringList();
        QTest::newRow("invalid json") << 200 << QByteArray("<html>not json</html>")
                                      << ErrorKind::InvalidResponse << QString() << QStringList();
        QTest::newRow("dts success false")
            << 200
            << QByteArray(
                   R"({"RequestId":"D","Success":false,"ErrCode":"InvalidParameter","ErrMessage":"Input %s bad","DynamicMessage":"DtsJobId"})")
            << ErrorKind::Client << QStringLiteral("InvalidParameter") << QStringList();
    }

    void errorClasses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, ramActions);
        m_rig.transport->setRetryPolicy(fastRetries(1));
        m_rig.server->setFallback(ScriptedResponse::json(status, body));
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(!out.result->ok());
        QCOMPARE(out.error().kind, kind);
        QCOMPARE(out.error().code, code);
        QCOMPARE(out.error().httpStatus, status);
        QCOMPARE(out.error().ramActions, ramActions);
        QCOMPARE(out.error().action, QStringLiteral("DescribeDtsJobs"));
        QCOMPARE(m_rig.server->requests().size(), 1);
        if (code == QLatin1String("InvalidParameter"))
            QCOMPARE(out.error().message, QStringLiteral("Input DtsJobId bad"));
    }

    void throttledThenSuccess()
    {
        m_rig.server->enqueue(
            ScriptedResponse::json(400, R"({"Code":"Throttling.User","Message":"x"})"));
        m_rig.server->enqueue(ScriptedResponse::json(200, R"({"RequestId":"ok"})"));
        QSignalSpy attempts(m_rig.transport.get(), &Transport::attemptFinished);
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QCOMPARE(m_rig.server->requests().size(), 2);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).at(1).toInt(), 400);
        QCOMPARE(attempts.at(1).at(2).toInt(), 2);
        // Each attempt is signed afresh.
        const auto &first = m_rig.server->requests().at(0);
        const auto &second = m_rig.server->requests().at(1);
        QVERIFY(first.header("x-acs-signature-nonce") != second.header("x-acs-signature-nonce"));
        QVERIFY(ferry::test::verifyV3(second, kTestKeySecret.toUtf8()).ok);
    }

    void serverErrorsUntilAttemptsRunOut()
    {
        m_rig.transport->setRetryPolicy(fastRetries(3));
        m_rig.server->setFallback(ScriptedResponse::json(503, R"({"Code":"ServiceUnavailable"})"));
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Server);
        QCOMPARE(m_rig.server->requests().size(), 3);
        QVERIFY(!out.error().mayHaveApplied); // a read changes nothing
    }

    void retryAfterIsHonoured()
    {
        ScriptedResponse throttled = ScriptedResponse::json(400, R"({"Code":"Throttling.Api"})");
        throttled.headers = {{"x-acs-retry-after", "300"}};
        m_rig.server->enqueue(throttled);
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QCOMPARE(m_rig.server->requests().size(), 2);
        const qint64 gap = m_rig.server->requests().at(1).receivedAtMs -
                           m_rig.server->requests().at(0).receivedAtMs;
        QVERIFY2(gap >= 300, qPrintable(QString::number(gap)));
    }

    void retryAfterBeyondBudgetGivesUp()
    {
        RetryPolicy p = fastRetries();
        p.maxTotal = std::chrono::milliseconds(1000);
        m_rig.transport->setRetryPolicy(p);
        ScriptedResponse throttled = ScriptedResponse::json(400, R"({"Code":"Busy"})");
        throttled.headers = {{"x-acs-retry-after", "60000"}};
        m_rig.server->setFallback(throttled);
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Throttled); // the header makes it throttling
        QCOMPARE(m_rig.server->requests().size(), 1);
    }

    void neverRequestSentOnceOn5xx()
    {
        ApiRequest r = rpcRequest(Product::Smc, QStringLiteral("StartReplicationJob"),
                                  QStringLiteral("2019-06-01"));
        r.query = {{QStringLiteral("JobId"), QStringLiteral("j-1")}};
        r.retry = RetryMode::Never;
        m_rig.server->setFallback(ScriptedResponse::json(500, R"({"Code":"InternalError"})"));
        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Server);
        QVERIFY(out.error().mayHaveApplied);
        QTest::qWait(100); // long enough for a (wrong) retry with the tiny test backoff
        QCOMPARE(m_rig.server->requests().size(), 1);
    }

    void neverRequestDroppedConnection_data()
    {
        QTest::addColumn<bool>("withBody");
        QTest::newRow("query only") << false;
        QTest::newRow("form body") << true;
    }

    // Qt 6.4 re-sends by itself when a connection closes before the answer; a Never request
    // must still reach the server exactly once.
    void neverRequestDroppedConnection()
    {
        QFETCH(bool, withBody);
        ApiRequest r = rpcRequest(Product::Smc, QStringLiteral("CutOverReplicationJob"),
                                  QStringLiteral("2019-06-01"));
        r.query = {{QStringLiteral("JobId"), QStringLiteral("j-1")}};
        if (withBody) {
            r.bodyKind = BodyKind::Form;
            r.form = {{QStringLiteral("SyncData"), QStringLiteral("true")}};
        }
        r.retry = RetryMode::Never;
        ScriptedResponse drop;
        drop.dropConnection = true;
        m_rig.server->setFallback(drop);
        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Network);
        QVERIFY(out.error().mayHaveApplied);
        QTest::qWait(100);
        QCOMPARE(m_rig.server->requests().size(), 1);
        if (withBody)
            QCOMPARE(m_rig.server->requests().first().body, QByteArray("SyncData=true"));
    }

    void readRequestDroppedConnectionIsRetried()
    {
        ScriptedResponse drop;
        drop.dropConnection = true;
        m_rig.server->enqueue(drop);
        Outcome out;
        m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QVERIFY(m_rig.server->requests().size() >= 2);
    }

    void clientTokenRetriedWithSameToken()
    {
        ApiRequest r = rpcRequest(Product::Smc, QStringLiteral("CreateReplicationJob"),
                                  QStringLiteral("2019-06-01"));
        const QString token = newClientToken();
        r.query = {{QStringLiteral("SourceId"), QStringLiteral("s-1")},
                   {QStringLiteral("ClientToken"), token}};
        r.retry = RetryMode::ClientToken;
        m_rig.server->enqueue(ScriptedResponse::json(500, R"({"Code":"InternalError"})"));
        m_rig.server->enqueue(ScriptedResponse::json(200, R"({"RequestId":"R","JobId":"j-9"})"));
        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(out.result->ok());
        QCOMPARE(m_rig.server->requests().size(), 2);
        QCOMPARE(m_rig.server->requests().at(0).queryValue(QStringLiteral("ClientToken")), token);
        QCOMPARE(m_rig.server->requests().at(1).queryValue(QStringLiteral("ClientToken")), token);
        QVERIFY(m_rig.server->requests().at(0).header("x-acs-signature-nonce") !=
                m_rig.server->requests().at(1).header("x-acs-signature-nonce"));
    }

    void logsAttemptsWithoutSecrets()
    {
        auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
        auto logger = std::make_shared<spdlog::logger>("capture", sink);
        logger->set_level(spdlog::level::debug);
        const auto previous = spdlog::default_logger();
        spdlog::set_default_logger(logger);

        auto transport =
            m_rig.make({kTestKeyId, kTestKeySecret, QStringLiteral("SecretStsToken"), {}});
        m_rig.server->enqueue(ScriptedResponse::json(
            400,
            R"({"Code":"Throttling.User","Message":"key LTAI5tLeakedKeyId99 busy","RequestId":"RQ-1"})"));
        m_rig.server->enqueue(ScriptedResponse::json(
            200, R"({"RequestId":"RQ-2","Password":"hunter2","AccessKeySecret":"s3cr3t"})"));
        ApiRequest r = dtsRead();
        r.query.append({QStringLiteral("SourceEndpointPassword"), QStringLiteral("p4ssw0rd")});
        Outcome out;
        transport->send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        spdlog::set_default_logger(previous);

        const QString logged = QString::fromStdString([&] {
            std::string all;
            for (const auto &line : sink->last_formatted())
                all += line;
            return all;
        }());
        QVERIFY2(logged.contains(QLatin1String("DescribeDtsJobs")), qPrintable(logged));
        QVERIFY(logged.contains(QLatin1String("RQ-1")));
        QVERIFY(logged.contains(QLatin1String("RQ-2")));
        QVERIFY(logged.contains(QLatin1String("HTTP 400")));
        for (const char *secret :
             {"TestAccessKeySecret", "SecretStsToken", "hunter2", "s3cr3t", "p4ssw0rd",
              "LTAI5tLeakedKeyId99", "ACS3-HMAC-SHA256", "Signature="})
            QVERIFY2(!logged.contains(QLatin1String(secret)), secret);
    }
};

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"
