// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_server.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

const QRegularExpression
    kRequestId(QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));

// The gateway's error shape, checked field by field.
void checkErrorBody(const HttpResponse &response, int status, const QString &code,
                    const QString &product)
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
    const QJsonObject body = response.json();
    QCOMPARE(body.value(QLatin1String("Code")).toString(), code);
    const QString requestId = body.value(QLatin1String("RequestId")).toString();
    QVERIFY2(kRequestId.match(requestId).hasMatch(), qPrintable(requestId));
    QCOMPARE(QString::fromUtf8(response.headers.value("x-acs-request-id")), requestId);
    QCOMPARE(body.value(QLatin1String("HostId")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(!body.value(QLatin1String("Message")).toString().isEmpty());
    const QUrl recommend(body.value(QLatin1String("Recommend")).toString());
    QCOMPARE(recommend.host(), QStringLiteral("api.aliyun.com"));
    QCOMPARE(recommend.path(), QStringLiteral("/troubleshoot"));
    const QUrlQuery query(recommend);
    QCOMPARE(query.queryItemValue(QStringLiteral("q")), code);
    QCOMPARE(query.queryItemValue(QStringLiteral("product")), product);
    QCOMPARE(query.queryItemValue(QStringLiteral("requestId")), requestId);
}

} // namespace

class TestServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void startsOnAFreeLoopbackPort()
    {
        ServerFixture f;
        QVERIFY(f.started);
        QVERIFY(f.port != 0);
        QCOMPARE(f.server->endpoint().toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(f.port));
        QCOMPARE(f.server->adminEndpoint().toString(),
                 QStringLiteral("http://127.0.0.1:%1/__sandbox").arg(f.port));
        QCOMPARE(f.server->versions(),
                 QStringList({QStringLiteral("2020-01-01"), QStringLiteral("2022-01-04")}));
        // A second server on the same port cannot start, and says why.
        ServerConfig config;
        config.port = f.port;
        Server other(config);
        QString error;
        QVERIFY(!other.start(&error));
        QVERIFY(error.contains(QString::number(f.port)));
    }

    void generatesKeysWhenNoneGiven()
    {
        Server a;
        Server b;
        QVERIFY(a.keyPair().isValid());
        QVERIFY(a.keyPair().id.startsWith(QLatin1String("LTAI")));
        QCOMPARE(a.keyPair().id.size(), 24);
        QCOMPARE(a.keyPair().secret.size(), 30);
        QVERIFY(a.keyPair().id != b.keyPair().id);
        QVERIFY(a.keyPair().secret != b.keyPair().secret);
        QVERIFY(a.credentials().find(a.keyPair().id).has_value());
    }

    void dispatchesRpcByVersion()
    {
        ServerFixture f;
        SignSpec spec = f.rpcSpec({{"RegionId", "cn-hangzhou"}, {"Tag.1.Key", "a b"}});
        spec.body = "DbList=%7B%7D&RegionId=form-wins";
        spec.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = f.call(spec);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.value("content-type"),
                 QByteArray("application/json;charset=utf-8"));
        const QJsonObject body = response.json();
        QVERIFY(body.value(QLatin1String("Success")).toBool());
        QCOMPARE(QString::fromUtf8(response.headers.value("x-acs-request-id")),
                 body.value(QLatin1String("RequestId")).toString());
        QCOMPARE(f.rpc->calls, 1);
        QCOMPARE(f.roa->calls, 0);
        const ServiceRequest &seen = f.rpc->last;
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.action, QStringLiteral("DescribeDtsJobs"));
        QCOMPARE(seen.version, QStringLiteral("2020-01-01"));
        QCOMPARE(seen.accessKeyId, f.server->keyPair().id);
        QCOMPARE(seen.path, QStringLiteral("/"));
        QVERIFY(seen.pathSegments.isEmpty());
        QCOMPARE(seen.params.at(QStringLiteral("Tag.1.Key")), QStringLiteral("a b"));
        QCOMPARE(seen.params.at(QStringLiteral("DbList")), QStringLiteral("{}"));
        QCOMPARE(seen.params.at(QStringLiteral("RegionId")), QStringLiteral("form-wins"));
        QVERIFY(seen.jsonBody.is_null());
        QCOMPARE(seen.requestId, body.value(QLatin1String("RequestId")).toString());
    }

    void rpcAcceptsGet()
    {
        ServerFixture f;
        SignSpec spec = f.rpcSpec();
        spec.method = "GET";
        QCOMPARE(f.call(spec).status, 200);
        QCOMPARE(f.rpc->last.method, QByteArray("GET"));
    }

    void dispatchesRoaWithJsonBody()
    {
        ServerFixture f;
        QCOMPARE(f.call(f.roaSpec()).status, 200);
        QCOMPARE(f.roa->last.pathSegments,
                 QStringList({QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("mms"),
                              QStringLiteral("datasources")}));

        SignSpec spec = f.roaSpec();
        spec.method = "POST";
        spec.action = "CreateMmsJob";
        spec.rawPath = "/api/v1/mms/datasources/src%2001%2A/jobs";
        spec.body = "{\"name\":\"job 1\",\"tables\":[\"a\",\"b\"]}";
        spec.contentType = "application/json; charset=utf-8";
        const HttpResponse response = f.call(spec);
        QCOMPARE(response.status, 200);
        QCOMPARE(f.roa->last.pathSegments.value(4), QStringLiteral("src 01*"));
        QCOMPARE(f.roa->last.path, QStringLiteral("/api/v1/mms/datasources/src 01*/jobs"));
        QCOMPARE(f.roa->last.jsonBody.at("tables").size(), std::size_t(2));
        QCOMPARE(response.json()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("echo"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("job 1"));
    }

    void wrongMethodIsTheServicesCall()
    {
        ServerFixture f;
        SignSpec spec = f.roaSpec();
        spec.method = "DELETE";
        checkErrorBody(f.call(spec), 404, QStringLiteral("InvalidAction.NotFound"),
                       QStringLiteral("MaxCompute"));
        QCOMPARE(f.roa->calls, 1);
    }

    void gatewayErrors_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("product");
        QTest::newRow("unknown version")
            << QByteArray("DescribeDtsJobs") << QByteArray("2099-01-01") << 400 << "InvalidVersion"
            << "";
        QTest::newRow("no version")
            << QByteArray("DescribeDtsJobs") << QByteArray() << 400 << "MissingParameter"
            << "";
        QTest::newRow("no action")
            << QByteArray() << QByteArray("2020-01-01") << 400 << "MissingParameter"
            << "Dts";
        QTest::newRow("unknown action") << QByteArray("DescribeNothing") << QByteArray("2020-01-01")
                                        << 404 << "InvalidAction.NotFound"
                                        << "Dts";
    }
    void gatewayErrors()
    {
        QFETCH(QByteArray, action);
        QFETCH(QByteArray, version);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, product);
        ServerFixture f;
        SignSpec spec = f.rpcSpec();
        spec.action = action;
        spec.version = version;
        checkErrorBody(f.call(spec), status, code, product);
    }

    void authErrorsOverTheWire_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong secret") << 0 << 400 << "SignatureDoesNotMatch";
        QTest::newRow("unknown key") << 1 << 404 << "InvalidAccessKeyId.NotFound";
        QTest::newRow("stale date") << 2 << 400 << "InvalidTimeStamp.Expired";
        QTest::newRow("bad date") << 3 << 400 << "InvalidTimeStamp.Format";
        QTest::newRow("no authorization") << 4 << 400 << "MissingParameter";
        QTest::newRow("incomplete") << 5 << 400 << "IncompleteSignature";
    }
    void authErrorsOverTheWire()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(QString, code);
        ServerFixture f;
        SignSpec spec = f.rpcSpec();
        if (which == 0)
            spec.secret = QStringLiteral("nope");
        if (which == 1)
            spec.keyId = QStringLiteral("LTAInobody");
        if (which == 2)
            spec.date = acsDateNow(-16 * 60);
        if (which == 3)
            spec.date = "2023-10-26T10:22Z";
        SignedRequest request = signRequest(spec);
        if (which == 4)
            request.setHeader("authorization", {});
        if (which == 5)
            request.setHeader("authorization", "ACS3-HMAC-SHA256 Credential=x");
        checkErrorBody(exchange(f.port, request.toHttp()), status, code, QStringLiteral("Dts"));
        QCOMPARE(f.rpc->calls, 0);
    }

    void nonceReplayOverTheWire()
    {
        ServerFixture f;
        SignSpec spec = f.rpcSpec();
        spec.nonce = "replayed";
        const QByteArray bytes = signRequest(spec).toHttp();
        QCOMPARE(exchange(f.port, bytes).status, 200);
        checkErrorBody(exchange(f.port, bytes), 400, QStringLiteral("SignatureNonceUsed"),
                       QStringLiteral("Dts"));
        QCOMPARE(f.rpc->calls, 1);
    }

    void chunkedBodies_data()
    {
        QTest::addColumn<int>("chunks");
        QTest::addColumn<bool>("trickle");
        QTest::newRow("one chunk") << 1 << false;
        QTest::newRow("seven chunks") << 7 << false;
        QTest::newRow("byte by byte over the wire") << 5 << true;
    }
    void chunkedBodies()
    {
        QFETCH(int, chunks);
        QFETCH(bool, trickle);
        ServerFixture f;
        SignSpec spec = f.roaSpec();
        spec.method = "POST";
        spec.action = "CreateMmsJob";
        spec.rawPath = "/api/v1/mms/datasources/1/jobs";
        spec.body = "{\"name\":\"" + QByteArray(3000, 'x') + "\"}";
        spec.contentType = "application/json; charset=utf-8";
        const QByteArray bytes = signRequest(spec).toHttp(true, chunks);
        HttpClient client(f.port);
        if (trickle) {
            // Split at awkward places: inside the size line, between data and CRLF, etc.
            for (qsizetype i = 0; i < bytes.size(); i += 97) {
                client.send(bytes.mid(i, 97));
                QTest::qWait(1);
            }
        } else {
            client.send(bytes);
        }
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses[0].status, 200);
        QCOMPARE(QByteArray::fromStdString(f.roa->last.jsonBody.at("name").get<std::string>()),
                 QByteArray(3000, 'x'));
    }

    void rawTargetIsWhatIsVerified()
    {
        // QUrl would turn %7e into ~ and %2a into %2A; the signature covers the bytes as sent.
        ServerFixture f;
        SignSpec spec = f.roaSpec();
        spec.method = "POST";
        spec.action = "CreateMmsJob";
        spec.rawPath = "/api/v1/mms/datasources/a%2ab%7ec/jobs";
        QCOMPARE(f.call(spec).status, 200);
        QCOMPARE(f.roa->last.pathSegments.value(4), QStringLiteral("a*b~c"));
    }

    void headSplitAcrossReads()
    {
        // The head arrives in 3-byte pieces; it must still be captured exactly (a fallback to
        // Qt's normalised URL would turn %2a into %2A and break the signature).
        ServerFixture f;
        SignSpec spec = f.roaSpec();
        spec.method = "POST";
        spec.action = "CreateMmsJob";
        spec.rawPath = "/api/v1/mms/datasources/x%2ay/jobs";
        const QByteArray bytes = signRequest(spec).toHttp();
        HttpClient client(f.port);
        qsizetype sent = 0;
        for (; sent < 90; sent += 3) {
            client.send(bytes.mid(sent, 3));
            QTest::qWait(2);
        }
        client.send(bytes.mid(sent));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses[0].status, 200);
        QCOMPARE(f.roa->last.pathSegments.value(4), QStringLiteral("x*y"));
    }

    void invalidJsonBody()
    {
        ServerFixture f;
        SignSpec spec = f.roaSpec();
        spec.method = "POST";
        spec.action = "CreateMmsJob";
        spec.rawPath = "/api/v1/mms/datasources/1/jobs";
        spec.body = "{not json";
        spec.contentType = "application/json";
        checkErrorBody(f.call(spec), 400, QStringLiteral("InvalidParameter"),
                       QStringLiteral("MaxCompute"));
        QCOMPARE(f.roa->calls, 0);
    }

    void keepAliveAndPipelining()
    {
        ServerFixture f;
        HttpClient client(f.port);
        SignSpec first = f.rpcSpec({{"N", "1"}});
        SignSpec second = f.rpcSpec({{"N", "2"}});
        SignSpec third = f.roaSpec();
        // Three requests in one write: answered in order on the same connection.
        client.send(signRequest(first).toHttp() + signRequest(second).toHttp(true) +
                    signRequest(third).toHttp());
        QVERIFY(client.waitForResponses(3));
        QCOMPARE(client.responses[0]
                     .json()
                     .value(QLatin1String("Params"))
                     .toObject()
                     .value(QLatin1String("N"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(client.responses[1]
                     .json()
                     .value(QLatin1String("Params"))
                     .toObject()
                     .value(QLatin1String("N"))
                     .toString(),
                 QStringLiteral("2"));
        QCOMPARE(client.responses[2].status, 200);
        QVERIFY(client.responses[2].json().contains(QLatin1String("requestId")));
        QVERIFY(!client.disconnected);
        // And one more later on the same connection.
        client.send(signRequest(f.rpcSpec({{"N", "4"}})).toHttp());
        QVERIFY(client.waitForResponses(4));
        QCOMPARE(client.responses[3].status, 200);
    }

    void connectionCloseIsHonoured()
    {
        ServerFixture f;
        SignSpec spec = f.rpcSpec();
        spec.extraHeaders = {};
        SignedRequest request = signRequest(spec);
        request.headers.append(std::pair<QByteArray, QByteArray>("Connection", "close"));
        HttpClient client(f.port);
        client.send(request.toHttp());
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses[0].headers.value("connection"), QByteArray("close"));
        QVERIFY(client.waitForDisconnect());
    }

    void stampsRequestsWithVirtualTime()
    {
        ServerFixture f;
        f.server->clock().setScale(0);
        f.server->clock().setNow(VirtualTime(std::chrono::milliseconds(1700000000123)));
        QCOMPARE(f.call(f.rpcSpec()).status, 200);
        QCOMPARE(f.rpc->last.now.time_since_epoch().count(), 1700000000123LL);
        f.server->clock().advance(std::chrono::hours(1));
        QCOMPARE(f.call(f.rpcSpec()).json().value(QLatin1String("Now")).toString(),
                 QStringLiteral("2023-11-14T23:13:20.123Z"));
    }

    void garbageGetsNoCrash()
    {
        ServerFixture f;
        HttpClient client(f.port);
        client.send("NONSENSE\r\n\r\n");
        client.waitForDisconnect(2000);
        // The server still serves afterwards.
        QCOMPARE(f.call(f.rpcSpec()).status, 200);
        // A request with a JSON-less unknown method gets a JSON error too.
        const HttpResponse odd =
            exchange(f.port, "BREW /pot HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(odd.status == 0 || odd.isJson());
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
