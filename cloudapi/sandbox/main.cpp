// SPDX-License-Identifier: GPL-3.0-or-later
// ferry-sandbox: the sandbox as a standalone process for tests, demos and the official SDKs.
// Prints one JSON line with the endpoint and the per-run key pair, then serves until killed.
#include "echoservice.h"
#include "faultinjector.h"
#include "server.h"
#include "services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace ferry::sandbox;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::sandbox::Main)
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "ferry-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

double parseRate(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double rate = parser.value(name).toDouble(&ok);
    if (!ok || rate < 0.0 || rate > 1.0)
        fail(Tr::tr("--%1 must be a number from 0 to 1").arg(name));
    return rate;
}

int parseInt(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(Tr::tr("--%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max));
    return value;
}

FaultConfig faultsFromOptions(const QCommandLineParser &parser)
{
    FaultConfig config;
    if (parser.isSet(QStringLiteral("faults"))) {
        QByteArray json = parser.value(QStringLiteral("faults")).toUtf8();
        if (json.startsWith('@')) {
            QFile file(QString::fromUtf8(json.mid(1)));
            if (!file.open(QIODevice::ReadOnly))
                fail(Tr::tr("cannot read %1").arg(file.fileName()));
            json = file.readAll();
        }
        QString error;
        auto parsed = parseFaultConfig(json, &error);
        if (!parsed)
            fail(Tr::tr("--faults: %1").arg(error));
        config = std::move(*parsed);
    }
    QStringList actions;
    if (parser.isSet(QStringLiteral("fault-action")))
        actions = parser.value(QStringLiteral("fault-action")).split(QLatin1Char(','));
    const int retryAfter = parser.isSet(QStringLiteral("retry-after"))
                               ? parseInt(parser, QStringLiteral("retry-after"), 0, 3600)
                               : 0;
    const std::pair<const char *, FaultKind> rates[] = {
        {"throttle-rate", FaultKind::Throttle},       {"error-rate", FaultKind::InternalError},
        {"unavailable-rate", FaultKind::Unavailable}, {"drop-rate", FaultKind::Drop},
        {"malformed-rate", FaultKind::Malformed},
    };
    for (const auto &[name, kind] : rates) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        FaultRule rule;
        rule.kind = kind;
        rule.rate = parseRate(parser, QLatin1String(name));
        rule.actions = actions;
        rule.retryAfter = std::chrono::seconds(kind == FaultKind::Throttle ? retryAfter : 0);
        config.rules.push_back(std::move(rule));
    }
    if (parser.isSet(QStringLiteral("latency-ms"))) {
        FaultRule rule;
        rule.kind = FaultKind::Slow;
        rule.rate = parser.isSet(QStringLiteral("slow-rate"))
                        ? parseRate(parser, QStringLiteral("slow-rate"))
                        : 1.0;
        rule.latency =
            std::chrono::milliseconds(parseInt(parser, QStringLiteral("latency-ms"), 0, 600000));
        rule.actions = actions;
        config.rules.push_back(std::move(rule));
    }
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ferry-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Local emulation of Alibaba Cloud's API gateway with MaxCompute MMS, DTS, SMC and STS.\n"
        "Prints one JSON line (endpoint, adminEndpoint, accessKeyId, accessKeySecret) and "
        "serves on 127.0.0.1 until interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const char *name, const QString &help, const char *value,
                                  const char *fallback = nullptr) {
        QCommandLineOption o(QLatin1String(name), help, QLatin1String(value));
        if (fallback)
            o.setDefaultValue(QLatin1String(fallback));
        parser.addOption(o);
    };
    option("port", Tr::tr("TCP port on 127.0.0.1 (0 picks a free one)."), "port", "0");
    option("key-id", Tr::tr("AccessKey ID to accept (default: generated per run)."), "id");
    option("key-secret", Tr::tr("AccessKey secret to accept (default: generated per run)."),
           "secret");
    option("seed", Tr::tr("Seed of the scenario data and of random faults."), "n", "1");
    option("time-scale", Tr::tr("Virtual seconds per real second."), "x", "1");
    option("tables", Tr::tr("Additional generated tables."), "n", "0");
    option("partitions", Tr::tr("Additional generated partitions."), "n", "0");
    option("faults", Tr::tr("Fault rules as JSON, or @file (see /__sandbox/faults)."), "json");
    option("fault-action",
           Tr::tr("Comma-separated actions the --*-rate and --latency-ms faults apply to."),
           "actions");
    option("throttle-rate", Tr::tr("Probability of 400 Throttling.User."), "p");
    option("retry-after",
           Tr::tr("Seconds throttled clients are asked to wait (x-acs-retry-after, sent in "
                  "milliseconds)."),
           "s");
    option("error-rate", Tr::tr("Probability of 500 InternalError."), "p");
    option("unavailable-rate", Tr::tr("Probability of 503 ServiceUnavailable."), "p");
    option("drop-rate", Tr::tr("Probability of closing the connection without answering."), "p");
    option("malformed-rate", Tr::tr("Probability of a truncated JSON body."), "p");
    option("latency-ms", Tr::tr("Latency added to answers (every answer, or --slow-rate)."), "ms");
    option("slow-rate", Tr::tr("Probability that --latency-ms applies (default 1)."), "p");
    option("no-echo", Tr::tr("Do not serve the diagnostic Echo product (version 1970-01-01)."),
           nullptr);
    parser.process(app);

    const QString seedText = parser.value(QStringLiteral("seed"));
    bool ok = false;
    const std::uint64_t seed = seedText.toULongLong(&ok);
    if (!ok)
        fail(Tr::tr("--seed must be a non-negative integer"));
    const double scale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || scale < 0)
        fail(Tr::tr("--time-scale must be a non-negative number"));

    ServerConfig config;
    config.port = quint16(parseInt(parser, QStringLiteral("port"), 0, 65535));
    config.timeScale = scale;
    config.faultSeed = seed;
    const bool haveId = parser.isSet(QStringLiteral("key-id"));
    if (haveId != parser.isSet(QStringLiteral("key-secret")))
        fail(Tr::tr("--key-id and --key-secret go together"));
    if (haveId) {
        config.key = {parser.value(QStringLiteral("key-id")),
                      parser.value(QStringLiteral("key-secret"))};
        if (!config.key.isValid())
            fail(Tr::tr("--key-id and --key-secret must not be empty"));
    }

    ScenarioOptions scenario;
    scenario.seed = seed;
    scenario.extraTables = parseInt(parser, QStringLiteral("tables"), 0, 100'000'000);
    scenario.extraPartitions = parseInt(parser, QStringLiteral("partitions"), 0, 1'000'000'000);

    Server server(config);
    server.faults().setConfig(faultsFromOptions(parser));
    server.addServices(makeDefaultServices(scenario));
    if (!parser.isSet(QStringLiteral("no-echo")))
        server.addService(std::make_unique<EchoService>());
    QString error;
    if (!server.start(&error))
        fail(error);

    // SIGINT/SIGTERM end the event loop so the server shuts down cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QJsonObject line{
        {QStringLiteral("endpoint"), server.endpoint().toString()},
        {QStringLiteral("adminEndpoint"), server.adminEndpoint().toString()},
        {QStringLiteral("accessKeyId"), server.keyPair().id},
        {QStringLiteral("accessKeySecret"), server.keyPair().secret},
        {QStringLiteral("versions"), QJsonArray::fromStringList(server.versions())},
    };
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
