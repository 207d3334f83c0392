// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/host.h"

#include "cloudapi/sandbox/echoservice.h"

#include "testsupport_http.h"
#include "testsupport_services.h"
#include "testsupport_signer.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

HostOptions testOptions(std::shared_ptr<Seen> seen)
{
    HostOptions options;
    options.services = [seen](const ScenarioOptions &) {
        std::vector<std::unique_ptr<Service>> services;
        services.push_back(std::make_unique<RpcTestService>(seen));
        return services;
    };
    return options;
}

SignSpec specFor(const Host &host, const QByteArray &version = "2020-01-01",
                 const QByteArray &action = "DescribeDtsJobs")
{
    SignSpec spec;
    spec.action = action;
    spec.version = version;
    spec.keyId = host.accessKeyId();
    spec.secret = host.accessKeySecret();
    spec.host = host.endpoint().authority().toUtf8();
    return spec;
}

} // namespace

class TestHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void startsAsynchronouslyAndServes()
    {
        auto seen = std::make_shared<Seen>();
        Host host(testOptions(seen));
        QVERIFY(!host.isReady());
        QVERIFY(host.accessKeyId().startsWith(QLatin1String("LTAI")));
        QCOMPARE(host.accessKeySecret().size(), 30);
        QSignalSpy ready(&host, &Host::ready);
        QSignalSpy failed(&host, &Host::failed);
        host.start();
        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(host.isReady());
        const QUrl endpoint = ready.at(0).at(0).toUrl();
        QCOMPARE(endpoint, host.endpoint());
        QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(host.adminEndpoint().path(), QStringLiteral("/__sandbox"));

        // The server runs on its own thread, so a plain blocking-free exchange works here.
        const HttpResponse response =
            exchange(quint16(endpoint.port()), signRequest(specFor(host)).toHttp());
        QCOMPARE(response.status, 200);
        QCOMPARE(seen->calls, 1);
        // The diagnostic product is there too.
        QCOMPARE(exchange(quint16(endpoint.port()),
                          signRequest(specFor(host, EchoService::kVersion, "Echo")).toHttp())
                     .status,
                 200);
        // Log, clock and faults are shared with the server thread.
        QTRY_COMPARE(host.requestLog().size(), std::size_t(2));
        host.faults().setConfig(*parseFaultConfig("[{\"sequence\":[\"unavailable\"]}]", nullptr));
        QCOMPARE(exchange(quint16(endpoint.port()), signRequest(specFor(host)).toHttp()).status,
                 503);
        host.clock().setScale(0);
        host.clock().setNow(VirtualTime(std::chrono::milliseconds(42000)));
        QCOMPARE(exchange(quint16(endpoint.port()), signRequest(specFor(host)).toHttp())
                     .json()
                     .value(QLatin1String("Now"))
                     .toString(),
                 QStringLiteral("1970-01-01T00:00:42.000Z"));
    }

    void givenKeysAndScenarioArePassedOn()
    {
        auto seen = std::make_shared<Seen>();
        HostOptions options = testOptions(seen);
        options.key = {QStringLiteral("LTAIgiven000000000000000"), QStringLiteral("given-secret")};
        options.timeScale = 120.0;
        options.scenario.seed = 99;
        std::uint64_t seedSeen = 0;
        const ServiceFactory inner = options.services;
        options.services = [inner, &seedSeen](const ScenarioOptions &scenario) {
            seedSeen = scenario.seed;
            return inner(scenario);
        };
        Host host(options);
        QCOMPARE(host.accessKeyId(), QStringLiteral("LTAIgiven000000000000000"));
        QCOMPARE(host.accessKeySecret(), QStringLiteral("given-secret"));
        QCOMPARE(host.clock().scale(), 120.0);
        QSignalSpy ready(&host, &Host::ready);
        host.start();
        QVERIFY(ready.wait(10000));
        QCOMPARE(seedSeen, std::uint64_t(99));
    }

    void failsWhenThePortIsTaken()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost));
        auto seen = std::make_shared<Seen>();
        HostOptions options = testOptions(seen);
        options.port = blocker.serverPort();
        Host host(options);
        QSignalSpy failed(&host, &Host::failed);
        QSignalSpy ready(&host, &Host::ready);
        host.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(ready.count(), 0);
        QVERIFY(failed.at(0).at(0).toString().contains(QString::number(blocker.serverPort())));
        QVERIFY(!host.isReady());
    }

    void failsWhenServicesCannotBeMade()
    {
        HostOptions options;
        options.services = [](const ScenarioOptions &) -> std::vector<std::unique_ptr<Service>> {
            throw std::runtime_error("scenario data missing");
        };
        Host host(options);
        QSignalSpy failed(&host, &Host::failed);
        host.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("scenario data missing")));
    }

    void destroyedWhileStartingOrServing()
    {
        // Destruction right after start() and while serving must stop cleanly.
        for (int i = 0; i < 5; ++i) {
            auto seen = std::make_shared<Seen>();
            Host host(testOptions(seen));
            host.start();
        }
        auto seen = std::make_shared<Seen>();
        auto host = std::make_unique<Host>(testOptions(seen));
        QSignalSpy ready(host.get(), &Host::ready);
        host->start();
        QVERIFY(ready.wait(10000));
        const quint16 port = quint16(host->endpoint().port());
        HttpClient client(port);
        client.send(signRequest(specFor(*host)).toHttp());
        QVERIFY(client.waitForResponses(1));
        host.reset();
        QVERIFY(client.waitForDisconnect());
    }
};

QTEST_GUILESS_MAIN(TestHost)
#include "tst_host.moc"
