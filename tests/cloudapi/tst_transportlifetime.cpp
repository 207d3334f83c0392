// SPDX-License-Identifier: GPL-3.0-or-later
// The transport's timing and lifetimes: timeouts, refused connections, cancellation, contexts and
// transports that go away mid-flight, requests that must not leave.

#include "cloudapi/transport.h"
#include "testsupport_transport.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace ferry::cloudapi;
using ferry::test::dtsRead;
using ferry::test::fastRetries;
using ferry::test::kTestKeyId;
using ferry::test::kTestKeySecret;
using ferry::test::Outcome;
using ferry::test::ScriptedHttpServer;
using ferry::test::ScriptedResponse;
using nlohmann::json;

class TstTransportLifetime final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TransportRig m_rig;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { QVERIFY(m_rig.start()); }
    void cleanup() { m_rig.stop(); }

    void timeoutIsRetriedThenReported()
    {
        m_rig.transport->setRetryPolicy(fastRetries(2));
        ScriptedResponse hang;
        hang.hang = true;
        m_rig.server->setFallback(hang);
        ApiRequest r = dtsRead();
        r.timeout = std::chrono::milliseconds(200);
        Outcome out;
        m_rig.transport->send(r, this, out.callback());
        QTRY_COMPARE_WITH_TIMEOUT(out.calls, 1, 5000);
        QCOMPARE(out.error().kind, ErrorKind::Timeout);
        QCOMPARE(m_rig.server->requests().size(), 2);
        QVERIFY(!out.error().mayHaveApplied);
    }

    void connectionRefused()
    {
        quint16 freePort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            freePort = probe.serverPort();
        }
        auto transport = m_rig.make({kTestKeyId, kTestKeySecret, {}, {}},
                                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort)));
        transport->setRetryPolicy(fastRetries(2));
        QSignalSpy attempts(transport.get(), &Transport::attemptFinished);
        Outcome out;
        transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Network);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).at(1).toInt(), 0);
    }

    void cancelInFlight()
    {
        ScriptedResponse hang;
        hang.hang = true;
        m_rig.server->setFallback(hang);
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), this, out.callback());
        QVERIFY(handle.isActive());
        QTRY_COMPARE(m_rig.server->requests().size(), 1);
        handle.cancel();
        QVERIFY(!handle.isActive());
        QTRY_COMPARE(m_rig.server->closedByPeer(), 1); // the reply was aborted
        QTest::qWait(50);
        QCOMPARE(out.calls, 0);
        handle.cancel(); // harmless twice
    }

    void cancelBeforeFirstAttempt()
    {
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), this, out.callback());
        handle.cancel();
        QTest::qWait(100);
        QCOMPARE(out.calls, 0);
        QCOMPARE(m_rig.server->requests().size(), 0);
    }

    void cancelDuringBackoffStopsRetries()
    {
        ScriptedResponse throttled = ScriptedResponse::json(400, R"({"Code":"Throttling"})");
        throttled.headers = {{"x-acs-retry-after", "400"}};
        m_rig.server->setFallback(throttled);
        QSignalSpy attempts(m_rig.transport.get(), &Transport::attemptFinished);
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(attempts.size(), 1);
        QVERIFY(handle.isActive()); // waiting for the retry
        handle.cancel();
        QTest::qWait(600);
        QCOMPARE(m_rig.server->requests().size(), 1);
        QCOMPARE(out.calls, 0);
    }

    void contextDestroyedMidFlight()
    {
        ScriptedResponse slow;
        slow.delayMs = 150;
        m_rig.server->setFallback(slow);
        auto *context = new QObject;
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), context, out.callback());
        QTRY_COMPARE(m_rig.server->requests().size(), 1);
        delete context;
        QVERIFY(!handle.isActive());
        QTest::qWait(300);
        QCOMPARE(out.calls, 0);
    }

    void contextDestroyedBeforeSending()
    {
        auto *context = new QObject;
        Outcome out;
        m_rig.transport->send(dtsRead(), context, out.callback());
        delete context;
        QTest::qWait(100);
        QCOMPARE(out.calls, 0);
        QCOMPARE(m_rig.server->requests().size(), 0);
    }

    void transportDestroyedMidFlight()
    {
        ScriptedResponse slow;
        slow.delayMs = 100;
        m_rig.server->setFallback(slow);
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(m_rig.server->requests().size(), 1);
        m_rig.transport.reset();
        QTest::qWait(200);
        QCOMPARE(out.calls, 0);
        handle.cancel(); // the handle outlives the transport safely
    }

    void callbackIsAsynchronousAndOnce()
    {
        Outcome out;
        RequestHandle handle = m_rig.transport->send(dtsRead(), this, out.callback());
        QCOMPARE(out.calls, 0); // never from inside send()
        QTRY_COMPARE(out.calls, 1);
        QVERIFY(!handle.isActive());
        handle.cancel();
        QTest::qWait(50);
        QCOMPARE(out.calls, 1);
    }

    void refusesPlainHttpToRemoteHosts()
    {
        auto transport = m_rig.make({kTestKeyId, kTestKeySecret, {}, {}},
                                    QUrl(QStringLiteral("http://192.0.2.10:8080")));
        Outcome out;
        transport->send(dtsRead(), this, out.callback());
        QCOMPARE(out.calls, 0);
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Network);
        QVERIFY(out.error().message.contains(QLatin1String("https")));
    }

    void invalidRegionIsAnError()
    {
        Transport transport(staticCredentials({kTestKeyId, kTestKeySecret, {}, {}}), Endpoints());
        ApiRequest r = dtsRead();
        r.regionId = QStringLiteral("cn-hangzhou/../evil");
        Outcome out;
        transport.send(r, this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Network);
    }

    void credentialsErrorStopsTheRequest()
    {
        auto transport = m_rig.make({QString(), QString(), {}, {}});
        Outcome out;
        transport->send(dtsRead(), this, out.callback());
        QTRY_COMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ErrorKind::Credentials);
        QCOMPARE(m_rig.server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstTransportLifetime)
#include "tst_transportlifetime.moc"
