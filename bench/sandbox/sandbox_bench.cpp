// SPDX-License-Identifier: GPL-3.0-or-later
// Drives a running ferry-sandbox with V3-signed requests on N keep-alive connections for a fixed
// time and prints throughput and latency percentiles as one JSON line.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
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
#include <vector>

namespace {

struct Settings
{
    QUrl endpoint;
    QByteArray keyId;
    QByteArray secret;
    bool roa = false;
};

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

class Signer
{
public:
    explicit Signer(const Settings &settings)
        : m_settings(settings)
        , m_host(settings.endpoint.authority().toUtf8())
        , m_noncePrefix(QByteArray::number(QRandomGenerator::system()->generate64(), 16))
    {}

    QByteArray next()
    {
        const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                                    .toLatin1();
        const QByteArray nonce = m_noncePrefix + '-' + QByteArray::number(++m_counter);
        const QByteArray method = m_settings.roa ? "GET" : "POST";
        const QByteArray path = m_settings.roa ? "/api/v1/echo/12/jobs" : "/";
        const QByteArray query =
            m_settings.roa ? "pageNum=1&pageSize=20" : "PageSize=20&RegionId=cn-hangzhou";
        const QByteArray emptyHash = sha256Hex({});
        const QByteArray headers = "host:" + m_host +
                                   "\nx-acs-action:Echo\nx-acs-content-sha256:" + emptyHash +
                                   "\nx-acs-date:" + date + "\nx-acs-signature-nonce:" + nonce +
                                   "\nx-acs-version:1970-01-01\n";
        const QByteArray signedNames =
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        const QByteArray canonical = method + '\n' + path + '\n' + query + '\n' + headers + '\n' +
                                     signedNames + '\n' + emptyHash;
        const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(stringToSign, m_settings.secret,
                                             QCryptographicHash::Sha256)
                .toHex();
        return method + ' ' + path + '?' + query + " HTTP/1.1\r\nhost: " + m_host +
               "\r\nx-acs-action: Echo\r\nx-acs-version: 1970-01-01\r\nx-acs-date: " + date +
               "\r\nx-acs-signature-nonce: " + nonce + "\r\nx-acs-content-sha256: " + emptyHash +
               "\r\nauthorization: ACS3-HMAC-SHA256 Credential=" + m_settings.keyId +
               ",SignedHeaders=" + signedNames + ",Signature=" + signature +
               "\r\ncontent-length: 0\r\n\r\n";
    }

private:
    const Settings &m_settings;
    QByteArray m_host;
    QByteArray m_noncePrefix;
    quint64 m_counter = 0;
};

struct Totals
{
    quint64 ok = 0;
    quint64 failed = 0;
    std::vector<qint64> latenciesUs;
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
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(settings.endpoint.host(), quint16(settings.endpoint.port()));
    }

private:
    void sendNext()
    {
        if (!m_totals.running)
            return;
        m_timer.start();
        m_socket.write(m_signer.next());
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
            const qsizetype length =
                m_buffer.mid(lengthAt + 16, lineEnd - lengthAt - 16).toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const bool ok = m_buffer.startsWith("HTTP/1.1 200");
            m_buffer.remove(0, end + 4 + length);
            if (m_totals.running) {
                (ok ? m_totals.ok : m_totals.failed) += 1;
                m_totals.latenciesUs.push_back(m_timer.nsecsElapsed() / 1000);
            }
            sendNext();
        }
    }

    const Settings &m_settings;
    Signer &m_signer;
    Totals &m_totals;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
};

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
    parser.addOption({QStringLiteral("style"), QStringLiteral("rpc or roa."),
                      QStringLiteral("style"), QStringLiteral("rpc")});
    parser.process(app);

    const QJsonObject info =
        QJsonDocument::fromJson(parser.value(QStringLiteral("sandbox-json")).toUtf8()).object();
    Settings settings;
    settings.endpoint = QUrl(info.value(QLatin1String("endpoint")).toString());
    settings.keyId = info.value(QLatin1String("accessKeyId")).toString().toUtf8();
    settings.secret = info.value(QLatin1String("accessKeySecret")).toString().toUtf8();
    settings.roa = parser.value(QStringLiteral("style")) == QLatin1String("roa");
    if (!settings.endpoint.isValid() || settings.keyId.isEmpty()) {
        std::fprintf(stderr, "sandbox_bench: --sandbox-json must be ferry-sandbox's JSON line\n");
        return 2;
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
    QTimer::singleShot(seconds * 1000, &app, [&] {
        totals.running = false;
        const double elapsed = double(wall.nsecsElapsed()) / 1e9;
        std::sort(totals.latenciesUs.begin(), totals.latenciesUs.end());
        const auto percentile = [&](double p) {
            if (totals.latenciesUs.empty())
                return qint64(0);
            return totals.latenciesUs[std::min(totals.latenciesUs.size() - 1,
                                               std::size_t(p * double(totals.latenciesUs.size())))];
        };
        const QJsonObject result{
            {QStringLiteral("style"), settings.roa ? QStringLiteral("roa") : QStringLiteral("rpc")},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("seconds"), elapsed},
            {QStringLiteral("ok"), qint64(totals.ok)},
            {QStringLiteral("failed"), qint64(totals.failed)},
            {QStringLiteral("requestsPerSecond"), double(totals.ok) / elapsed},
            {QStringLiteral("p50Ms"), double(percentile(0.50)) / 1000.0},
            {QStringLiteral("p99Ms"), double(percentile(0.99)) / 1000.0},
        };
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        app.exit(totals.failed == 0 && totals.ok > 0 ? 0 : 1);
    });
    return app.exec();
}
