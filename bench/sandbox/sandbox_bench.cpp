// SPDX-License-Identifier: GPL-3.0-or-later
// Drives a running ferry-sandbox with V3-signed requests on N keep-alive connections for a fixed
// time and prints throughput and latency percentiles as one JSON line. The operation is either
// the diagnostic Echo product or a real product call (DTS, SMC, MMS) that goes through the
// gateway and the emulator; every answer is checked for success, so failures are counted, not
// hidden in the rate.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

namespace {

using Query = std::vector<std::pair<QByteArray, QByteArray>>;

/// One signed call the load client repeats, and what a successful answer carries.
struct Operation
{
    const char *name;
    QByteArray action;
    QByteArray version;
    QByteArray method;
    QByteArray path; // already in canonical (percent-encoded) form
    Query query;     // decoded names and values; encoded and sorted when signing
    // Dotted path to an array that must be present and non-empty in a successful answer.
    const char *listPath;
};

const std::vector<Operation> &operations()
{
    static const std::vector<Operation> all{
        {"echo-rpc",
         "Echo",
         "1970-01-01",
         "POST",
         "/",
         {{"RegionId", "cn-hangzhou"}, {"PageSize", "20"}},
         nullptr},
        {"echo-roa",
         "Echo",
         "1970-01-01",
         "GET",
         "/api/v1/echo/12/jobs",
         {{"pageSize", "20"}, {"pageNum", "1"}},
         nullptr},
        {"dts-DescribeDtsJobs",
         "DescribeDtsJobs",
         "2020-01-01",
         "POST",
         "/",
         {{"RegionId", "cn-hangzhou"},
          {"JobType", "MIGRATION"},
          {"PageSize", "30"},
          {"PageNumber", "1"}},
         "DtsJobList"},
        {"smc-DescribeSourceServers",
         "DescribeSourceServers",
         "2019-06-01",
         "POST",
         "/",
         {{"RegionId", "cn-hangzhou"}, {"PageSize", "50"}, {"PageNumber", "1"}},
         "SourceServers.SourceServer"},
        {"mms-ListMmsJobs",
         "ListMmsJobs",
         "2022-01-04",
         "GET",
         "/api/v1/mms/datasources/2000017/jobs",
         {{"pageSize", "20"}, {"pageNum", "1"}, {"sorter.status", "desc"}},
         "data.objectList"},
    };
    return all;
}

const Operation *findOperation(const QString &name)
{
    for (const Operation &op : operations()) {
        if (name == QLatin1String(op.name))
            return &op;
    }
    return nullptr;
}

struct Settings
{
    QUrl endpoint;
    QByteArray keyId;
    QByteArray secret;
    const Operation *operation = nullptr;
    Query extraQuery; // --param additions, e.g. to exercise the encoding of awkward values
};

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// The canonical query string of signature V3: names and values RFC 3986-encoded with uppercase
/// hex (only unreserved characters left as they are), pairs sorted by name, then value.
QByteArray canonicalQuery(const Query &query)
{
    std::vector<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.emplace_back(name.toPercentEncoding(), value.toPercentEncoding());
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

/// The operation's query with --param values replacing same-named parameters or added.
Query withExtra(Query query, const Query &extra)
{
    for (const auto &[name, value] : extra) {
        const auto it = std::find_if(query.begin(), query.end(),
                                     [&](const auto &pair) { return pair.first == name; });
        if (it != query.end())
            it->second = value;
        else
            query.emplace_back(name, value);
    }
    return query;
}

class Signer
{
public:
    explicit Signer(const Settings &settings)
        : m_settings(settings)
        , m_host(settings.endpoint.authority().toUtf8())
        , m_noncePrefix(QByteArray::number(QRandomGenerator::system()->generate64(), 16))
        , m_query(canonicalQuery(withExtra(settings.operation->query, settings.extraQuery)))
        , m_emptyHash(sha256Hex({}))
    {}

    QByteArray next()
    {
        const Operation &op = *m_settings.operation;
        const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                                    .toLatin1();
        const QByteArray nonce = m_noncePrefix + '-' + QByteArray::number(++m_counter);
        const QByteArray headers = "host:" + m_host + "\nx-acs-action:" + op.action +
                                   "\nx-acs-content-sha256:" + m_emptyHash +
                                   "\nx-acs-date:" + date + "\nx-acs-signature-nonce:" + nonce +
                                   "\nx-acs-version:" + op.version + '\n';
        const QByteArray signedNames =
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        const QByteArray canonical = op.method + '\n' + op.path + '\n' + m_query + '\n' + headers +
                                     '\n' + signedNames + '\n' + m_emptyHash;
        const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(stringToSign, m_settings.secret,
                                             QCryptographicHash::Sha256)
                .toHex();
        // The query goes on the wire exactly as it was canonicalised.
        return op.method + ' ' + op.path + (m_query.isEmpty() ? QByteArray() : '?' + m_query) +
               " HTTP/1.1\r\nhost: " + m_host + "\r\nx-acs-action: " + op.action +
               "\r\nx-acs-version: " + op.version + "\r\nx-acs-date: " + date +
               "\r\nx-acs-signature-nonce: " + nonce + "\r\nx-acs-content-sha256: " + m_emptyHash +
               "\r\nauthorization: ACS3-HMAC-SHA256 Credential=" + m_settings.keyId +
               ",SignedHeaders=" + signedNames + ",Signature=" + signature +
               "\r\ncontent-length: 0\r\n\r\n";
    }

private:
    const Settings &m_settings;
    QByteArray m_host;
    QByteArray m_noncePrefix;
    QByteArray m_query;
    QByteArray m_emptyHash;
    quint64 m_counter = 0;
};

/// Whether an answer is a success: HTTP 200, a JSON object without an error code, and (for
/// product calls) the expected non-empty list. Sets *why to the first reason it is not.
bool isSuccess(int status, const QByteArray &body, const Operation &op, QByteArray *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (status != 200) {
        const QJsonObject root = doc.object();
        const QString code = root.value(QLatin1String("Code"))
                                 .toString(root.value(QLatin1String("code")).toString());
        *why = "HTTP " + QByteArray::number(status) + (code.isEmpty() ? "" : " ") + code.toUtf8();
        return false;
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = "body is not a JSON object";
        return false;
    }
    const QJsonObject root = doc.object();
    for (const QLatin1String key : {QLatin1String("Code"), QLatin1String("code")}) {
        if (root.contains(key)) {
            *why = "error code " + root.value(key).toString().toUtf8();
            return false;
        }
    }
    if (root.value(QLatin1String("Success")) == QJsonValue(false)) {
        *why = "Success is false";
        return false;
    }
    if (!op.listPath)
        return true;
    QJsonValue value(root);
    for (const QByteArray &part : QByteArray(op.listPath).split('.'))
        value = value.toObject().value(QLatin1String(part));
    if (!value.isArray() || value.toArray().isEmpty()) {
        *why = QByteArray("no items in ") + op.listPath;
        return false;
    }
    return true;
}

struct Totals
{
    quint64 ok = 0;
    quint64 failed = 0;
    std::vector<qint64> latenciesUs;
    QByteArray firstFailure;
    bool running = true;
};

class Worker
{
public:
    Worker(const Settings &settings, Signer &signer, Totals &totals)
        : m_settings(settings)
        , m_signer(signer)
        , m_totals(totals)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { sendNext(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this] { onDisconnected(); });
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connectToSandbox();
    }

    ~Worker()
    {
        // Teardown must not run the reconnect handler against a half-destroyed worker.
        m_socket.disconnect();
        m_socket.abort();
    }

    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

private:
    void connectToSandbox()
    {
        m_buffer.clear();
        m_socket.connectToHost(m_settings.endpoint.host(), quint16(m_settings.endpoint.port()));
    }

    void sendNext()
    {
        if (!m_totals.running)
            return;
        m_inFlight = true;
        m_timer.start();
        m_socket.write(m_signer.next());
    }

    void record(bool ok, const QByteArray &why)
    {
        m_inFlight = false;
        if (!m_totals.running)
            return;
        if (ok) {
            ++m_totals.ok;
        } else {
            ++m_totals.failed;
            if (m_totals.firstFailure.isEmpty())
                m_totals.firstFailure = why;
        }
        m_totals.latenciesUs.push_back(m_timer.nsecsElapsed() / 1000);
    }

    // A dropped connection fails the request in flight; the worker reconnects and goes on.
    void onDisconnected()
    {
        if (m_inFlight)
            record(false, "connection closed before an answer");
        if (m_totals.running)
            QTimer::singleShot(0, &m_socket, [this] { connectToSandbox(); });
    }

    static qsizetype contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return -1;
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            const qsizetype length = contentLength(head);
            if (length < 0) {
                // Without a length the answer cannot be framed on a keep-alive connection.
                record(false, "answer without Content-Length");
                m_socket.abort();
                return;
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const QByteArray statusLine = head.left(head.indexOf("\r\n"));
            const int status =
                statusLine.startsWith("HTTP/1.1 ") ? statusLine.mid(9, 3).toInt() : 0;
            QByteArray why;
            const bool ok =
                isSuccess(status, m_buffer.mid(end + 4, length), *m_settings.operation, &why);
            m_buffer.remove(0, end + 4 + length);
            record(ok, why);
            sendNext();
        }
    }

    const Settings &m_settings;
    Signer &m_signer;
    Totals &m_totals;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_inFlight = false;
};

QStringList operationNames()
{
    QStringList names;
    for (const Operation &op : operations())
        names << QLatin1String(op.name);
    return names;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Signed-request load client for ferry-sandbox."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sandbox-json"),
                      QStringLiteral("The JSON line ferry-sandbox printed."),
                      QStringLiteral("json")});
    parser.addOption({QStringLiteral("connections"), QStringLiteral("Keep-alive connections."),
                      QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measured duration."),
                      QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("operation"),
         QStringLiteral("One of: %1.").arg(operationNames().join(QStringLiteral(", "))),
         QStringLiteral("name"), QStringLiteral("echo-rpc")});
    parser.addOption({QStringLiteral("style"),
                      QStringLiteral("rpc or roa: shorthand for --operation echo-rpc/echo-roa."),
                      QStringLiteral("style")});
    parser.addOption({QStringLiteral("param"),
                      QStringLiteral("An extra query parameter name=value (repeatable)."),
                      QStringLiteral("name=value")});
    parser.process(app);

    const QJsonObject info =
        QJsonDocument::fromJson(parser.value(QStringLiteral("sandbox-json")).toUtf8()).object();
    Settings settings;
    settings.endpoint = QUrl(info.value(QLatin1String("endpoint")).toString());
    settings.keyId = info.value(QLatin1String("accessKeyId")).toString().toUtf8();
    settings.secret = info.value(QLatin1String("accessKeySecret")).toString().toUtf8();
    if (!settings.endpoint.isValid() || settings.keyId.isEmpty()) {
        std::fprintf(stderr, "sandbox_bench: --sandbox-json must be ferry-sandbox's JSON line\n");
        return 2;
    }
    const QString operationName =
        parser.isSet(QStringLiteral("style"))
            ? QStringLiteral("echo-") + parser.value(QStringLiteral("style"))
            : parser.value(QStringLiteral("operation"));
    settings.operation = findOperation(operationName);
    if (!settings.operation) {
        std::fprintf(stderr, "sandbox_bench: unknown operation %s (known: %s)\n",
                     qPrintable(operationName),
                     qPrintable(operationNames().join(QLatin1Char(' '))));
        return 2;
    }
    for (const QString &param : parser.values(QStringLiteral("param"))) {
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            std::fprintf(stderr, "sandbox_bench: --param must be name=value\n");
            return 2;
        }
        settings.extraQuery.emplace_back(param.left(equals).toUtf8(),
                                         param.mid(equals + 1).toUtf8());
    }
    const int connections = std::max(1, parser.value(QStringLiteral("connections")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());

    Totals totals;
    Signer signer(settings);
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < connections; ++i)
        workers.push_back(std::make_unique<Worker>(settings, signer, totals));

    QElapsedTimer wall;
    wall.start();
    // A coarse timer may end the run up to 5 % early; the rate uses the measured time anyway.
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &app, [&] {
        totals.running = false;
        const double elapsed = double(wall.nsecsElapsed()) / 1e9;
        std::sort(totals.latenciesUs.begin(), totals.latenciesUs.end());
        const auto percentile = [&](double p) {
            if (totals.latenciesUs.empty())
                return qint64(0);
            return totals.latenciesUs[std::min(totals.latenciesUs.size() - 1,
                                               std::size_t(p * double(totals.latenciesUs.size())))];
        };
        QJsonObject result{
            {QStringLiteral("operation"), QLatin1String(settings.operation->name)},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("seconds"), elapsed},
            {QStringLiteral("ok"), qint64(totals.ok)},
            {QStringLiteral("failed"), qint64(totals.failed)},
            {QStringLiteral("requestsPerSecond"), double(totals.ok) / elapsed},
            {QStringLiteral("p50Ms"), double(percentile(0.50)) / 1000.0},
            {QStringLiteral("p99Ms"), double(percentile(0.99)) / 1000.0},
        };
        if (!totals.firstFailure.isEmpty())
            result.insert(QStringLiteral("firstFailure"), QString::fromUtf8(totals.firstFailure));
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        app.exit(totals.failed == 0 && totals.ok > 0 ? 0 : 1);
    });
    return app.exec();
}
