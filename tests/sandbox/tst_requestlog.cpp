// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/requestlog.h"

#include "testsupport_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

RequestLogEntry entry(const QString &action, const QString &product = QStringLiteral("Dts"))
{
    RequestLogEntry e;
    e.action = action;
    e.product = product;
    e.status = 200;
    return e;
}

} // namespace

class TestRequestLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ringKeepsTheNewest()
    {
        RequestLog log(3);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(log.append(entry(QStringLiteral("A%1").arg(i))), std::uint64_t(i));
        QCOMPARE(log.size(), std::size_t(3));
        QCOMPARE(log.totalRecorded(), std::uint64_t(5));
        const auto all = log.entries();
        QCOMPARE(all.front().action, QStringLiteral("A3"));
        QCOMPARE(all.front().sequence, std::uint64_t(3));
        QCOMPARE(all.back().action, QStringLiteral("A5"));
    }

    void entriesAfterAndLimit()
    {
        RequestLog log(10);
        for (int i = 1; i <= 6; ++i)
            log.append(entry(QStringLiteral("A")));
        QCOMPARE(log.entriesAfter(0).size(), std::size_t(6));
        QCOMPARE(log.entriesAfter(4).size(), std::size_t(2));
        QCOMPARE(log.entriesAfter(4).front().sequence, std::uint64_t(5));
        QCOMPARE(log.entriesAfter(6).size(), std::size_t(0));
        QCOMPARE(log.entriesAfter(99).size(), std::size_t(0));
        const auto newest = log.entriesAfter(0, 2);
        QCOMPARE(newest.size(), std::size_t(2));
        QCOMPARE(newest.front().sequence, std::uint64_t(5));
        log.clear();
        QCOMPARE(log.size(), std::size_t(0));
        QCOMPARE(log.append(entry(QStringLiteral("B"))), std::uint64_t(7));
    }

    void countByActionAndProduct()
    {
        RequestLog log;
        log.append(entry(QStringLiteral("List")));
        log.append(entry(QStringLiteral("List"), QStringLiteral("Smc")));
        log.append(entry(QStringLiteral("Get")));
        QCOMPARE(log.count(QStringLiteral("List")), std::size_t(2));
        QCOMPARE(log.count(QStringLiteral("List"), QStringLiteral("Dts")), std::size_t(1));
        QCOMPARE(log.count(QStringLiteral("None")), std::size_t(0));
    }

    void serverLogsEveryApiCall()
    {
        ServerFixture f;
        f.server->clock().setScale(0);
        f.server->clock().setNow(VirtualTime(std::chrono::milliseconds(1000000)));
        QSignalSpy logged(f.server.get(), &Server::requestLogged);
        QCOMPARE(f.call(f.rpcSpec()).status, 200);
        QCOMPARE(f.call(f.roaSpec()).status, 200);
        SignSpec bad = f.rpcSpec();
        bad.secret = QStringLiteral("wrong");
        QCOMPARE(f.call(bad).status, 400);
        // Admin requests are not logged.
        QCOMPARE(exchange(f.port, "GET /__sandbox/clock HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
        QCOMPARE(logged.count(), 3);

        const auto entries = f.server->requestLog().entries();
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].product, QStringLiteral("Dts"));
        QCOMPARE(entries[0].action, QStringLiteral("DescribeDtsJobs"));
        QCOMPARE(entries[0].version, QStringLiteral("2020-01-01"));
        QCOMPARE(entries[0].method, QByteArray("POST"));
        QCOMPARE(entries[0].path, QStringLiteral("/"));
        QCOMPARE(entries[0].status, 200);
        QCOMPARE(entries[0].accessKeyId, f.server->keyPair().id);
        QCOMPARE(entries[0].virtualTime.time_since_epoch().count(), 1000000);
        QVERIFY(entries[0].realTime.time_since_epoch().count() > 0);
        QCOMPARE(entries[1].product, QStringLiteral("MaxCompute"));
        QCOMPARE(entries[1].method, QByteArray("GET"));
        QCOMPARE(entries[1].path, QStringLiteral("/api/v1/mms/datasources"));
        QCOMPARE(entries[2].status, 400);
        QCOMPARE(entries[2].errorCode, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(f.server->requestLog().count(QStringLiteral("DescribeDtsJobs")), std::size_t(2));
    }

    void json()
    {
        RequestLogEntry e = entry(QStringLiteral("A"));
        e.sequence = 4;
        e.virtualTime = VirtualTime(std::chrono::milliseconds(1700000000000));
        e.fault = QStringLiteral("throttle");
        const QJsonObject doc = QJsonDocument::fromJson(requestLogToJson({e}, 9)).object();
        QCOMPARE(doc.value(QLatin1String("total")).toInt(), 9);
        QCOMPARE(doc.value(QLatin1String("count")).toInt(), 1);
        const QJsonObject first = doc.value(QLatin1String("entries")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("A"));
        QCOMPARE(first.value(QLatin1String("fault")).toString(), QStringLiteral("throttle"));
        QCOMPARE(first.value(QLatin1String("virtualTime")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
