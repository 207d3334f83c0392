// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/faultinjector.h"

#include "testsupport_server.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

FaultRule rateRule(FaultKind kind, double rate, QStringList actions = {})
{
    FaultRule rule;
    rule.kind = kind;
    rule.rate = rate;
    rule.actions = std::move(actions);
    return rule;
}

FaultRule sequenceRule(std::initializer_list<FaultKind> steps, QStringList actions = {})
{
    FaultRule rule;
    rule.scripted = true;
    rule.sequence = steps;
    rule.actions = std::move(actions);
    return rule;
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rateZeroAndOne()
    {
        FaultInjector faults;
        faults.addRule(rateRule(FaultKind::Throttle, 0.0));
        for (int i = 0; i < 200; ++i)
            QCOMPARE(faults.decide(QStringLiteral("A")).kind, FaultKind::None);
        faults.setConfig({{rateRule(FaultKind::InternalError, 1.0)}, std::nullopt});
        for (int i = 0; i < 200; ++i)
            QCOMPARE(faults.decide(QStringLiteral("A")).kind, FaultKind::InternalError);
    }

    void rateIsSeededAndReproducible()
    {
        const auto run = [](std::uint64_t seed) {
            FaultInjector faults(seed);
            faults.addRule(rateRule(FaultKind::Throttle, 0.3));
            QString pattern;
            int hits = 0;
            for (int i = 0; i < 10000; ++i) {
                const bool hit = faults.decide(QStringLiteral("A")).kind == FaultKind::Throttle;
                hits += hit;
                if (i < 64)
                    pattern += hit ? QLatin1Char('x') : QLatin1Char('.');
            }
            return std::make_pair(pattern, hits);
        };
        const auto a = run(42);
        const auto b = run(42);
        const auto c = run(43);
        QCOMPARE(a, b);
        QVERIFY(a.first != c.first);
        // 10000 draws at p = 0.3: far inside [2700, 3300] (over 6 standard deviations).
        QVERIFY2(a.second > 2700 && a.second < 3300, qPrintable(QString::number(a.second)));
    }

    void sequencesAreConsumedPerMatchingRequest()
    {
        FaultInjector faults;
        faults.addRule(sequenceRule(
            {FaultKind::Throttle, FaultKind::Throttle, FaultKind::None, FaultKind::Unavailable},
            {QStringLiteral("ListMmsJobs")}));
        QCOMPARE(faults.decide(QStringLiteral("Other")).kind, FaultKind::None); // not matching
        QCOMPARE(faults.decide(QStringLiteral("ListMmsJobs")).kind, FaultKind::Throttle);
        QCOMPARE(faults.decide(QStringLiteral("Other")).kind, FaultKind::None);
        QCOMPARE(faults.decide(QStringLiteral("ListMmsJobs")).kind, FaultKind::Throttle);
        QCOMPARE(faults.decide(QStringLiteral("ListMmsJobs")).kind, FaultKind::None);
        QCOMPARE(faults.config().rules.front().sequence.size(), std::size_t(1));
        QCOMPARE(faults.decide(QStringLiteral("ListMmsJobs")).kind, FaultKind::Unavailable);
        // Exhausted: answers normally from now on.
        QCOMPARE(faults.decide(QStringLiteral("ListMmsJobs")).kind, FaultKind::None);
    }

    void slowAddsUpAndCombines()
    {
        FaultInjector faults;
        FaultRule slow = rateRule(FaultKind::Slow, 1.0);
        slow.latency = std::chrono::milliseconds(1500);
        faults.addRule(slow);
        faults.addRule(rateRule(FaultKind::Throttle, 1.0));
        faults.addRule(rateRule(FaultKind::Drop, 1.0)); // later non-slow faults lose
        const FaultDecision decision = faults.decide(QStringLiteral("A"));
        QCOMPARE(decision.latency, std::chrono::milliseconds(1500));
        QCOMPARE(decision.kind, FaultKind::Throttle);
        QCOMPARE(decision.label(), QStringLiteral("slow+throttle"));
        QCOMPARE(FaultDecision{}.label(), QString());
    }

    void parseConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rate rule") << QByteArray("{\"rules\":[{\"fault\":\"throttle\",\"rate\":0.5,"
                                                 "\"action\":\"A\",\"retryAfter\":3}]}")
                                   << true;
        QTest::newRow("forbidden") << QByteArray("[{\"fault\":\"forbidden\"}]") << true;
        QTest::newRow("retry after in milliseconds")
            << QByteArray("[{\"fault\":\"throttle\",\"retryAfterMs\":250}]") << true;
        QTest::newRow("negative retry after")
            << QByteArray("[{\"fault\":\"throttle\",\"retryAfter\":-1}]") << false;
        QTest::newRow("retry after beyond an hour")
            << QByteArray("[{\"fault\":\"throttle\",\"retryAfterMs\":3600001}]") << false;
        QTest::newRow("sequence") << QByteArray(
                                         "{\"seed\":9,\"rules\":[{\"sequence\":[\"throttle\","
                                         "\"ok\",\"503\"],\"actions\":[\"A\",\"B\"]}]}")
                                  << true;
        QTest::newRow("bare array")
            << QByteArray("[{\"fault\":\"slow\",\"latencyMs\":2000}]") << true;
        QTest::newRow("empty") << QByteArray("{}") << true;
        QTest::newRow("not json") << QByteArray("{rules:") << false;
        QTest::newRow("number") << QByteArray("42") << false;
        QTest::newRow("unknown fault") << QByteArray("[{\"fault\":\"explode\"}]") << false;
        QTest::newRow("rate above 1") << QByteArray("[{\"fault\":\"drop\",\"rate\":1.5}]") << false;
        QTest::newRow("rate as string")
            << QByteArray("[{\"fault\":\"drop\",\"rate\":\"0.5\"}]") << false;
        QTest::newRow("neither fault nor sequence") << QByteArray("[{\"rate\":0.5}]") << false;
        QTest::newRow("bad step") << QByteArray("[{\"sequence\":[\"ok\",7]}]") << false;
        QTest::newRow("negative latency")
            << QByteArray("[{\"fault\":\"slow\",\"latencyMs\":-1}]") << false;
        QTest::newRow("negative seed") << QByteArray("{\"seed\":-1}") << false;
        QTest::newRow("rules not array") << QByteArray("{\"rules\":{}}") << false;
    }
    void parseConfig()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QString error;
        const auto config = parseFaultConfig(json, &error);
        QCOMPARE(config.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void configRoundTrip()
    {
        const auto config = parseFaultConfig(
            "{\"rules\":[{\"fault\":\"throttle\",\"rate\":0.25,\"action\":\"A\",\"retryAfter\":3},"
            "{\"sequence\":[\"drop\",\"malformed\",\"internal\"],\"latencyMs\":10}]}",
            nullptr);
        QVERIFY(config);
        QCOMPARE(config->rules.size(), std::size_t(2));
        QCOMPARE(config->rules[0].kind, FaultKind::Throttle);
        QCOMPARE(config->rules[0].rate, 0.25);
        QCOMPARE(config->rules[0].retryAfter, std::chrono::milliseconds(3000));
        QCOMPARE(config->rules[0].actions, QStringList{QStringLiteral("A")});
        QVERIFY(config->rules[1].scripted);
        QCOMPARE(config->rules[1].sequence.size(), std::size_t(3));
        const auto again = parseFaultConfig(faultConfigToJson(*config), nullptr);
        QVERIFY(again);
        QCOMPARE(faultConfigToJson(*again), faultConfigToJson(*config));
    }

    // ---- through the server ----

    void throttleWithRetryAfter()
    {
        ServerFixture f;
        FaultRule rule = rateRule(FaultKind::Throttle, 1.0, {QStringLiteral("DescribeDtsJobs")});
        rule.retryAfter = std::chrono::seconds(2);
        f.server->faults().addRule(rule);
        const HttpResponse response = f.call(f.rpcSpec());
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json().value(QLatin1String("Code")).toString(),
                 QStringLiteral("Throttling.User"));
        QCOMPARE(response.json().value(QLatin1String("Message")).toString(),
                 QStringLiteral("Request was denied due to user flow control."));
        // milliseconds on the wire, as the official SDK cores read the header
        QCOMPARE(response.headers.value("x-acs-retry-after"), QByteArray("2000"));
        QCOMPARE(f.rpc->calls, 0); // a throttled call changes nothing
        // The filter: another product's action passes.
        QCOMPARE(f.call(f.roaSpec()).status, 200);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << int(FaultKind::InternalError) << 500 << "InternalError";
        QTest::newRow("503") << int(FaultKind::Unavailable) << 503 << "ServiceUnavailable";
    }
    void serverErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        ServerFixture f;
        f.server->faults().addRule(sequenceRule({FaultKind(kind)}));
        const HttpResponse response = f.call(f.rpcSpec());
        QCOMPARE(response.status, status);
        QCOMPARE(response.json().value(QLatin1String("Code")).toString(), code);
        QCOMPARE(response.headers.value("content-type"),
                 QByteArray("application/json;charset=utf-8"));
        QCOMPARE(f.call(f.rpcSpec()).status, 200); // the sequence is used up
    }

    void dropClosesWithoutAnswer()
    {
        ServerFixture f;
        f.server->faults().addRule(sequenceRule({FaultKind::Drop}));
        HttpClient client(f.port);
        client.send(signRequest(f.rpcSpec()).toHttp());
        QVERIFY(client.waitForDisconnect());
        QVERIFY(client.responses.isEmpty());
        QVERIFY(client.pending.isEmpty());
        QCOMPARE(f.rpc->calls, 0);
        QCOMPARE(f.server->requestLog().entries().back().status, 0);
        QCOMPARE(f.server->requestLog().entries().back().fault, QStringLiteral("drop"));
    }

    void malformedBody()
    {
        ServerFixture f;
        f.server->faults().addRule(sequenceRule({FaultKind::Malformed}));
        const HttpResponse response = f.call(f.rpcSpec());
        QCOMPARE(response.status, 200);
        QVERIFY(!response.body.isEmpty());
        QVERIFY(!response.isJson());
        QCOMPARE(f.rpc->calls, 1); // the service did act; only the answer is broken
    }

    void slowAnswersDoNotBlockOthers()
    {
        ServerFixture f;
        FaultRule slow = rateRule(FaultKind::Slow, 1.0, {QStringLiteral("ListMmsDataSources")});
        slow.latency = std::chrono::milliseconds(1500);
        f.server->faults().addRule(slow);
        HttpClient slowClient(f.port);
        HttpClient fastClient(f.port);
        QElapsedTimer timer;
        timer.start();
        slowClient.send(signRequest(f.roaSpec()).toHttp());
        QTest::qWait(50); // let the slow request arrive first
        fastClient.send(signRequest(f.rpcSpec()).toHttp());
        QVERIFY(fastClient.waitForResponses(1));
        // The fast one was answered while the slow one was still held back.
        QVERIFY(slowClient.responses.isEmpty());
        QVERIFY(slowClient.waitForResponses(1));
        QVERIFY(timer.elapsed() >= 1500);
        QCOMPARE(slowClient.responses[0].status, 200);
        const auto entries = f.server->requestLog().entries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].action, QStringLiteral("DescribeDtsJobs")); // logged when answered
        QCOMPARE(entries[1].fault, QStringLiteral("slow"));
        QVERIFY(entries[1].latency >= std::chrono::milliseconds(1500));
    }

    void slowAnswersKeepPipelineOrder()
    {
        ServerFixture f;
        f.server->faults().setConfig(
            *parseFaultConfig("[{\"sequence\":[\"slow\",\"ok\"],\"latencyMs\":300}]", nullptr));
        HttpClient client(f.port);
        client.send(signRequest(f.rpcSpec({{"N", "1"}})).toHttp() +
                    signRequest(f.rpcSpec({{"N", "2"}})).toHttp());
        QVERIFY(client.waitForResponses(2));
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
    }

    void authFailuresAreNotFaulted()
    {
        ServerFixture f;
        f.server->faults().addRule(sequenceRule({FaultKind::Throttle}));
        SignSpec spec = f.rpcSpec();
        spec.secret = QStringLiteral("wrong");
        QCOMPARE(f.call(spec).json().value(QLatin1String("Code")).toString(),
                 QStringLiteral("SignatureDoesNotMatch"));
        // The scripted step is still there for the first authenticated call.
        QCOMPARE(f.call(f.rpcSpec()).json().value(QLatin1String("Code")).toString(),
                 QStringLiteral("Throttling.User"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
