// SPDX-License-Identifier: GPL-3.0-or-later
// The factory and determinism: the same requests at the same virtual times give the same bodies
// for the same seed, and another seed gives another world.
#include "cloudapi/sandbox/services.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

namespace {

struct Step
{
    QString product;
    ServiceRequest request;
};

const QString kMms = QStringLiteral("/api/v1/mms/datasources/2000015");

/// A session across all products; later requests use ids from earlier answers.
std::vector<QByteArray> replay(std::uint64_t seed)
{
    ScenarioOptions options;
    options.seed = seed;
    options.extraTables = 50;
    options.extraPartitions = 20000;
    std::map<QString, std::unique_ptr<Service>> services;
    for (auto &service : makeDefaultServices(options))
        services[service->product()] = std::move(service);
    std::vector<QByteArray> bodies;
    auto send = [&](const QString &product, const ServiceRequest &request) {
        const ServiceResponse r = services.at(product)->handle(request);
        bodies.push_back(QByteArray::number(r.status) + ' ' +
                         QByteArray::fromStdString(r.body.dump()));
        return r.body;
    };
    const QString mc = QStringLiteral("MaxCompute");
    send(mc, roa("GET", "/api/v1/mms/datasources", "ListMmsDataSources"));
    send(mc, roa("GET", kMms, "GetMmsDataSource", {{"withConfig", "true"}}));
    send(mc, roa("POST", kMms + "/scans", "CreateMmsFetchMetadataJob", {}, Json::object(), at(1)));
    send(mc,
         roa("GET", kMms + "/tables", "ListMmsTables", {{"pageSize", "100"}}, nullptr, at(200)));
    send(mc, roa("GET", kMms + "/partitions", "ListMmsPartitions",
                 {{"pageSize", "100"}, {"pageNum", "3"}}, nullptr, at(200)));
    const Json created = send(mc, roa("POST", kMms + "/jobs", "CreateMmsJob", {},
                                      Json{{"name", "dw"}, {"srcDbName", "dw"}}, at(210)));
    for (double t = 240; t < 3000; t += 150)
        send(mc,
             roa("GET", kMms + "/tasks", "ListMmsTasks", {{"pageSize", "200"}}, nullptr, at(t)));
    send(mc, roa("GET",
                 kMms + QStringLiteral("/asyncTasks/%1").arg(num(created["data"]["asyncTaskId"])),
                 "GetMmsAsyncTask", {}, nullptr, at(3000)));

    const QString dts = QStringLiteral("Dts");
    const Json cfg = send(dts, rpc("ConfigureDtsJob", "2020-01-01",
                                   {{"DtsJobName", "d"},
                                    {"JobType", "SYNC"},
                                    {"SourceEndpointInstanceType", "Express"},
                                    {"SourceEndpointIP", "10.9.9.9"},
                                    {"SourceEndpointPort", "3306"},
                                    {"SourceEndpointUserName", "u"},
                                    {"SourceEndpointPassword", "p"},
                                    {"DestinationEndpointInstanceType", "RDS"},
                                    {"DestinationEndpointInstanceID", "rm-x"},
                                    {"DestinationEndpointUserName", "u"},
                                    {"DestinationEndpointPassword", "p"},
                                    {"StructureInitialization", "true"},
                                    {"DataInitialization", "true"},
                                    {"DataSynchronization", "true"},
                                    {"DbList", R"({"shop":{"name":"shop","all":true}})"}},
                                   at(0)));
    const QString id = str(cfg["DtsJobId"]);
    send(dts, rpc("CreateDtsInstance", "2020-01-01",
                  {{"PayType", "PostPaid"}, {"JobId", id}, {"AutoStart", "true"}}, at(1)));
    send(dts, rpc("StartDtsJob", "2020-01-01", {{"DtsJobId", id}}, at(100)));
    for (double t = 100; t < 3600; t += 120) {
        send(dts, rpc("DescribeDtsJobs", "2020-01-01", {{"JobType", "SYNC"}}, at(t)));
        send(dts, rpc("DescribePreCheckStatus", "2020-01-01", {{"DtsJobId", id}, {"JobCode", "03"}},
                      at(t)));
    }

    const QString smc = QStringLiteral("Smc");
    const Json job = send(smc, rpc("CreateReplicationJob", "2019-06-01",
                                   {{"RegionId", "cn-hangzhou"},
                                    {"SourceId", "s-bp1web01a7k2m9q4x8z3"},
                                    {"SystemDiskSize", "50"},
                                    {"RunOnce", "false"},
                                    {"Frequency", "1"},
                                    {"MaxNumberOfImageToKeep", "2"}},
                                   at(0)));
    send(smc, rpc("StartReplicationJob", "2019-06-01", {{"JobId", str(job["JobId"])}}, at(5)));
    for (double t = 5; t < 4 * 3600; t += 600)
        send(smc, rpc("DescribeReplicationJobs", "2019-06-01", {}, at(t)));
    send(smc, rpc("DescribeSourceServers", "2019-06-01", {{"PageSize", "50"}}, at(4 * 3600)));
    send(QStringLiteral("Sts"), rpc("GetCallerIdentity", "2015-04-01"));
    return bodies;
}

} // namespace

class TestDeterminism final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void factoryBuildsAllProducts()
    {
        const auto services = makeDefaultServices(ScenarioOptions{});
        QCOMPARE(services.size(), std::size_t(4));
        std::map<QString, QString> versions;
        for (const auto &s : services)
            versions[s->product()] = s->version();
        QCOMPARE(versions[QStringLiteral("MaxCompute")], QStringLiteral("2022-01-04"));
        QCOMPARE(versions[QStringLiteral("Dts")], QStringLiteral("2020-01-01"));
        QCOMPARE(versions[QStringLiteral("Smc")], QStringLiteral("2019-06-01"));
        QCOMPARE(versions[QStringLiteral("Sts")], QStringLiteral("2015-04-01"));
    }

    void sameSeedSameAnswers()
    {
        const auto a = replay(7);
        const auto b = replay(7);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("step %1 differs").arg(i)));
        for (const QByteArray &body : a)
            QVERIFY2(body.startsWith("200 "), body.left(300).constData());
    }

    void otherSeedOtherWorld()
    {
        const auto a = replay(7);
        const auto c = replay(8);
        QCOMPARE(a.size(), c.size());
        std::size_t differing = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            differing += a[i] != c[i] ? 1 : 0;
        QVERIFY(differing > a.size() / 2);
        // the scenario's names and ids do not depend on the seed
        QVERIFY(a.front() != c.front());
        QVERIFY(a.front().contains("\"hive_prod\"") && c.front().contains("\"hive_prod\""));
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
