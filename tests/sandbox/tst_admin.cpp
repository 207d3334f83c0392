// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/adminendpoint.h"

#include "testsupport_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

QByteArray adminRequest(const QByteArray &method, const QByteArray &path,
                        const QByteArray &body = {})
{
    return method + ' ' + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void loopbackPeers_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("v4-mapped loopback") << "::ffff:127.0.0.1" << true;
        QTest::newRow("private v4") << "10.0.0.7" << false;
        QTest::newRow("lan v4") << "192.168.1.20" << false;
        QTest::newRow("v4-mapped lan") << "::ffff:192.168.1.20" << false;
        QTest::newRow("v6 link-local") << "fe80::1" << false;
        QTest::newRow("any") << "0.0.0.0" << false;
    }
    void loopbackPeers()
    {
        QFETCH(QString, address);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackPeer(QHostAddress(address)), loopback);
    }

    void nonLoopbackPeersAreRefused()
    {
        VirtualClock clock;
        FaultInjector faults;
        RequestLog log;
        ReceivedRequest request;
        request.method = "POST";
        request.target = "/__sandbox/faults";
        request.body = "[{\"fault\":\"drop\"}]";
        request.peer = QHostAddress(QStringLiteral("192.168.1.20"));
        const AdminAnswer refused = handleAdmin(request, {clock, faults, log});
        QCOMPARE(refused.status, 403);
        QCOMPARE(
            QJsonDocument::fromJson(refused.body).object().value(QLatin1String("Code")).toString(),
            QStringLiteral("Forbidden"));
        QVERIFY(faults.config().rules.empty()); // nothing changed
        request.peer = QHostAddress(QHostAddress::LocalHost);
        QCOMPARE(handleAdmin(request, {clock, faults, log}).status, 200);
        QCOMPARE(faults.config().rules.size(), std::size_t(1));
    }

    void adminPaths()
    {
        QVERIFY(isAdminPath("/__sandbox"));
        QVERIFY(isAdminPath("/__sandbox/faults"));
        QVERIFY(!isAdminPath("/__sandboxes"));
        QVERIFY(!isAdminPath("/api/__sandbox"));
        QVERIFY(!isAdminPath("/"));
    }

    void faultsOverHttp()
    {
        ServerFixture f;
        // No signature needed.
        HttpResponse set = exchange(
            f.port,
            adminRequest(
                "POST", "/__sandbox/faults",
                "{\"rules\":[{\"sequence\":[\"throttle\"],\"action\":\"DescribeDtsJobs\"}]}"));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
        const QJsonArray rules = set.json().value(QLatin1String("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).toObject().value(QLatin1String("sequence")).toArray().at(0).toString(),
                 QStringLiteral("throttle"));
        QCOMPARE(f.call(f.rpcSpec()).json().value(QLatin1String("Code")).toString(),
                 QStringLiteral("Throttling.User"));
        const HttpResponse now = exchange(f.port, adminRequest("GET", "/__sandbox/faults"));
        QVERIFY(now.json()
                    .value(QLatin1String("rules"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("sequence"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(exchange(f.port, adminRequest("DELETE", "/__sandbox/faults")).status, 200);
        QVERIFY(f.server->faults().config().rules.empty());
        const HttpResponse bad =
            exchange(f.port, adminRequest("POST", "/__sandbox/faults", "[{\"fault\":\"boom\"}]"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(QLatin1String("Code")).toString(),
                 QStringLiteral("InvalidParameter"));
        QVERIFY(
            bad.json().value(QLatin1String("Message")).toString().contains(QLatin1String("boom")));
    }

    void requestsOverHttp()
    {
        ServerFixture f;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.call(f.rpcSpec()).status, 200);
        QCOMPARE(f.call(f.roaSpec()).status, 200);
        QJsonObject all = exchange(f.port, adminRequest("GET", "/__sandbox/requests")).json();
        QCOMPARE(all.value(QLatin1String("total")).toInt(), 4);
        QCOMPARE(all.value(QLatin1String("entries")).toArray().size(), 4);
        QJsonObject filtered =
            exchange(f.port, adminRequest("GET", "/__sandbox/requests?action=ListMmsDataSources"))
                .json();
        QCOMPARE(filtered.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(filtered.value(QLatin1String("entries"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("product"))
                     .toString(),
                 QStringLiteral("MaxCompute"));
        QJsonObject since =
            exchange(f.port, adminRequest("GET", "/__sandbox/requests?since=2&limit=1")).json();
        QCOMPARE(since.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(since.value(QLatin1String("entries"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("sequence"))
                     .toInt(),
                 4);
        QCOMPARE(exchange(f.port, adminRequest("GET", "/__sandbox/requests?limit=x")).status, 400);
        QCOMPARE(exchange(f.port, adminRequest("DELETE", "/__sandbox/requests")).status, 200);
        QCOMPARE(f.server->requestLog().size(), std::size_t(0));
    }

    void clockOverHttp()
    {
        ServerFixture f;
        f.server->clock().setScale(0);
        f.server->clock().setNow(VirtualTime(std::chrono::milliseconds(1000)));
        QJsonObject state =
            exchange(f.port, adminRequest("POST", "/__sandbox/clock", "{\"advanceMs\":3600000}"))
                .json();
        QCOMPARE(state.value(QLatin1String("nowMs")).toInteger(), qint64(3601000));
        QCOMPARE(state.value(QLatin1String("now")).toString(),
                 QStringLiteral("1970-01-01T01:00:01.000Z"));
        state = exchange(f.port, adminRequest("POST", "/__sandbox/clock", "{\"scale\":60}")).json();
        QCOMPARE(state.value(QLatin1String("scale")).toDouble(), 60.0);
        QCOMPARE(f.server->clock().scale(), 60.0);
        QCOMPARE(
            exchange(f.port, adminRequest("POST", "/__sandbox/clock", "{\"advanceMs\":-5}")).status,
            400);
        QCOMPARE(exchange(f.port, adminRequest("POST", "/__sandbox/clock", "{\"scale\":\"fast\"}"))
                     .status,
                 400);
        QCOMPARE(exchange(f.port, adminRequest("POST", "/__sandbox/clock", "nope")).status, 400);
        QCOMPARE(exchange(f.port, adminRequest("GET", "/__sandbox/clock")).status, 200);
    }

    void unknownAdminResource()
    {
        ServerFixture f;
        const HttpResponse missing = exchange(f.port, adminRequest("GET", "/__sandbox/nothing"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.isJson());
        const HttpResponse index = exchange(f.port, adminRequest("GET", "/__sandbox"));
        QCOMPARE(index.status, 200);
        QVERIFY(index.json().value(QLatin1String("endpoints")).isArray());
        QCOMPARE(exchange(f.port, adminRequest("PATCH", "/__sandbox/faults")).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
