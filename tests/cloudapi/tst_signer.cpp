// SPDX-License-Identifier: GPL-3.0-or-later
// Signature V3 against the vectors computed by the official Node SDK (tests/data/
// signature-vectors.json), plus the encoding, flattening and path tables.

#include "cloudapi/digest.h"
#include "cloudapi/request.h"
#include "cloudapi/signer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace ferry::cloudapi;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

QByteArray bytes(const ordered_json &v)
{
    return QByteArray::fromStdString(v.get<std::string>());
}

QString qstr(const ordered_json &v)
{
    return QString::fromStdString(v.get<std::string>());
}

// The vectors keep the SDK's insertion order; ordered_json preserves it, so flattening each
// top-level member in turn reproduces the order the SDK put on the wire.
ParamList flattenOrdered(const ordered_json &object)
{
    ParamList params;
    if (!object.is_object())
        return params;
    for (const auto &[key, value] : object.items())
        appendFlattened(params, QString::fromStdString(key), json::parse(value.dump()));
    return params;
}

signer::SigningInput inputFor(const ordered_json &in, const ordered_json &fixed)
{
    signer::SigningInput s;
    s.method = bytes(in.at("method"));
    s.host = bytes(in.at("host"));
    s.action = bytes(in.at("action"));
    s.version = bytes(in.at("version"));
    s.date = bytes(in.value("xAcsDate", fixed.at("isoDate")));
    s.nonce = bytes(in.value("nonce", fixed.at("nonce")));
    s.credentials.accessKeyId = qstr(in.value("accessKeyId", fixed.at("accessKeyId")));
    s.credentials.accessKeySecret = qstr(in.value("accessKeySecret", fixed.at("accessKeySecret")));
    if (in.contains("securityToken"))
        s.credentials.securityToken = qstr(in.at("securityToken"));

    QString path =
        in.contains("pathnameTemplate") ? qstr(in.at("pathnameTemplate")) : qstr(in.at("pathname"));
    if (in.contains("pathParams"))
        for (const auto &[name, value] : in.at("pathParams").items())
            path.replace(QLatin1Char('{') + QString::fromStdString(name) + QLatin1Char('}'),
                         encodePathSegment(qstr(value)));
    s.encodedPath = path.toUtf8();
    s.query = flattenOrdered(in.value("query", ordered_json()));

    const auto &body = in.value("body", ordered_json());
    if (!body.is_null()) {
        if (in.at("reqBodyType") == "formData") {
            s.body = signer::formBody(flattenOrdered(body));
            s.contentType = "application/x-www-form-urlencoded";
        } else {
            s.body = QByteArray::fromStdString(body.dump());
            s.contentType = "application/json; charset=utf-8";
        }
    }
    return s;
}

QByteArray headerValue(const signer::HeaderList &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

} // namespace

class TstSigner final : public QObject
{
    Q_OBJECT

private:
    ordered_json m_file;

    const ordered_json &vector(const std::string &name) const
    {
        for (const auto &v : m_file.at("vectors"))
            if (v.at("name") == name)
                return v;
        qFatal("vector %s missing", name.c_str());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QFile file(QStringLiteral(FERRY_TEST_DATA_DIR "/signature-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        m_file = ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
        QVERIFY(m_file.is_object());
        QVERIFY(m_file.at("vectors").is_array());
    }

    // Ferry only speaks V3, so only the ACS3 vectors are checked; the V2 (HMAC-SHA1) and V4
    // (gateway ACS4) vectors in the same file describe schemes Ferry never uses.
    void v3Vector_data()
    {
        QTest::addColumn<int>("index");
        int index = 0;
        int complete = 0;
        for (const auto &v : m_file.at("vectors")) {
            const std::string scheme = v.at("scheme").get<std::string>();
            if (scheme.rfind("ACS3-HMAC-SHA256", 0) == 0 && v.contains("canonicalRequest")) {
                QTest::newRow(v.at("name").get<std::string>().c_str()) << index;
                ++complete;
            }
            ++index;
        }
        QVERIFY(complete >= 8); // a thinned-out vector file must not pass silently
    }

    void v3Vector()
    {
        QFETCH(int, index);
        const ordered_json &v = m_file.at("vectors").at(index);
        const ordered_json &req = v.at("request");
        const signer::SigningInput in = inputFor(v.at("input"), m_file.at("fixed"));
        const signer::SignedRequest out = signer::signRequest(in);

        QCOMPARE(signer::sha256Hex(in.body), bytes(v.at("hashedRequestPayload")));
        QCOMPARE(out.canonicalRequest, bytes(v.at("canonicalRequest")));
        QCOMPARE(signer::sha256Hex(out.canonicalRequest), bytes(v.at("hashedCanonicalRequest")));
        QCOMPARE(out.stringToSign, bytes(v.at("stringToSign")));
        QCOMPARE(out.signature, bytes(v.at("signature")));
        QCOMPARE(out.authorization, bytes(v.at("authorization")));
        QCOMPARE(out.requestTarget, bytes(req.at("requestTarget")));
        QCOMPARE(in.encodedPath, bytes(req.at("pathname")));
        if (req.at("body").is_null())
            QVERIFY(in.body.isEmpty());
        else
            QCOMPARE(in.body, bytes(req.at("body")));

        // Every header the official client sent, with the same value; nothing signed that it
        // did not send.
        QSet<QByteArray> official;
        for (const auto &[name, value] : req.at("headers").items()) {
            const QByteArray n = QByteArray::fromStdString(name).toLower();
            official.insert(n);
            QCOMPARE(headerValue(out.headers, n), bytes(value));
        }
        for (const auto &[name, value] : out.headers)
            QVERIFY2(official.contains(name.toLower()), name.constData());
    }

    void docExampleWithoutProviderHeader()
    {
        // The V3 documentation's worked example predates x-acs-credentials-provider; with only
        // its six headers the signer reproduces the documented values.
        const ordered_json &v = vector("v3-doc-example-ecs-RunInstances");
        const ordered_json &doc = v.at("docExpected");
        const ordered_json &in = v.at("input");
        signer::HeaderList headers = {
            {"host", bytes(in.at("host"))},
            {"x-acs-action", bytes(in.at("action"))},
            {"x-acs-content-sha256", signer::sha256Hex("")},
            {"x-acs-date", bytes(in.at("xAcsDate"))},
            {"x-acs-signature-nonce", bytes(in.at("nonce"))},
            {"x-acs-version", bytes(in.at("version"))},
        };
        QByteArray names;
        QCOMPARE(signer::canonicalHeaders(headers, &names), bytes(doc.at("canonicalHeaders")));
        QCOMPARE(names, bytes(doc.at("signedHeaders")));
        const QByteArray canonical = signer::canonicalRequest(
            "post", "/", signer::canonicalQuery(flattenOrdered(in.at("query"))), headers,
            signer::sha256Hex(""));
        QCOMPARE(canonical, bytes(v.at("directGetAuthorization").at("canonicalRequest")));
        QCOMPARE(signer::sha256Hex(canonical), bytes(doc.at("hashedCanonicalRequest")));
        const QByteArray sig =
            signer::signature("YourAccessKeySecret", signer::stringToSign(canonical));
        QCOMPARE(sig, bytes(doc.at("signature")));
        QCOMPARE(signer::authorization("YourAccessKeyId", names, sig),
                 bytes(doc.at("authorization")));
    }

    void quirkQueryNameNotEncoded()
    {
        // The official signer leaves names raw; the documented rule would encode them. Ferry
        // follows the signer (checked in v3Vector); this pins that the two really differ.
        const ordered_json &v = vector("v3-quirk-query-name-not-encoded");
        QVERIFY(bytes(v.at("canonicalRequest")) !=
                bytes(v.at("independentImplementation").at("canonicalRequest")));
        ParamList q = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                       {QStringLiteral("Odd Name*"), QStringLiteral("v")}};
        QCOMPARE(signer::canonicalQuery(q), QByteArray("Odd Name*=v&RegionId=cn-hangzhou"));
    }

    void quirkUnencodedPath()
    {
        const ordered_json &v = vector("v3-quirk-unencoded-path-first-occurrence-only");
        const ordered_json &in = v.at("input");
        const ordered_json &fixed = m_file.at("fixed");
        const QByteArray raw = bytes(in.at("pathname"));
        // Ferry applies the fix-up to every occurrence, as openapi-core does.
        QCOMPARE(signer::canonicalUri(raw), bytes(v.at("openapiCoreCanonicalUri")));

        signer::SigningInput s;
        s.method = bytes(in.at("method"));
        s.host = bytes(in.at("host"));
        s.action = bytes(in.at("action"));
        s.version = bytes(in.at("version"));
        s.date = bytes(fixed.at("isoDate"));
        s.nonce = bytes(fixed.at("nonce"));
        s.credentials = {qstr(fixed.at("accessKeyId")), qstr(fixed.at("accessKeySecret")), {}, {}};
        s.encodedPath = raw;
        const auto out = signer::signRequest(s);
        QCOMPARE(out.authorization, bytes(v.at("openapiCoreAuthorization")));
        QCOMPARE(out.requestTarget, bytes(v.at("wireRequestTarget")));

        // openapi-client replaced only the first occurrence; given that canonical URI, the
        // signer's remaining steps reproduce its Authorization too.
        const QByteArray clientUri = bytes(v.at("openapiClientCanonicalUri"));
        signer::HeaderList headers = out.headers;
        headers.removeLast(); // Authorization
        QByteArray names;
        signer::canonicalHeaders(headers, &names);
        const QByteArray canonical =
            signer::canonicalRequest(s.method, clientUri, {}, headers, signer::sha256Hex(""));
        const QByteArray sig = signer::signature(s.credentials.accessKeySecret.toUtf8(),
                                                 signer::stringToSign(canonical));
        QCOMPARE(signer::authorization(s.credentials.accessKeyId.toUtf8(), names, sig),
                 bytes(v.at("openapiClientAuthorization")));
    }

    void pathParamEncoders()
    {
        // The vector gives only the parameter; its request is the GET of
        // v3-roa-get-encoded-path (GetSource, 2024-01-01, example host) without a query.
        const ordered_json &v = vector("v3-path-param-encoders-of-generated-sdks");
        const ordered_json &fixed = m_file.at("fixed");
        const QString param = qstr(v.at("input").at("pathParam"));
        const ordered_json &client = v.at("openapiClient");
        const ordered_json &core = v.at("openapiCore");
        QCOMPARE(encodePathSegment(param).toUtf8(), bytes(client.at("encoded")));

        signer::SigningInput s;
        s.method = "GET";
        s.host = "example.cn-hangzhou.aliyuncs.com";
        s.action = "GetSource";
        s.version = "2024-01-01";
        s.date = bytes(fixed.at("isoDate"));
        s.nonce = bytes(fixed.at("nonce"));
        s.credentials = {qstr(fixed.at("accessKeyId")), qstr(fixed.at("accessKeySecret")), {}, {}};

        s.encodedPath = "/api/v1/sources/" + encodePathSegment(param).toUtf8();
        auto out = signer::signRequest(s);
        QCOMPARE(out.requestTarget, bytes(client.at("wireRequestTarget")));
        QCOMPARE(signer::canonicalUri(s.encodedPath), bytes(client.at("canonicalUri")));
        QCOMPARE(out.authorization, bytes(client.at("authorization")));

        // A path encoded the openapi-core way still signs as that SDK signs it.
        s.encodedPath = "/api/v1/sources/" + bytes(core.at("encoded"));
        out = signer::signRequest(s);
        QCOMPARE(out.requestTarget, bytes(core.at("wireRequestTarget")));
        QCOMPARE(signer::canonicalUri(s.encodedPath), bytes(core.at("canonicalUri")));
        QCOMPARE(out.authorization, bytes(core.at("authorization")));
    }

    void percentEncoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("form");
        QTest::newRow("empty") << QString() << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("unreserved") << QStringLiteral("Az09-_.~") << QByteArray("Az09-_.~")
                                    << QByteArray("Az09-_.~") << QByteArray("Az09-_.~");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b")
                               << QByteArray("a%20b") << QByteArray("a%20b");
        QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A") << QByteArray("*")
                              << QByteArray("*");
        QTest::newRow("punct") << QStringLiteral("!'()") << QByteArray("%21%27%28%29")
                               << QByteArray("!%27()") << QByteArray("!'()");
        QTest::newRow("plus-slash-eq")
            << QStringLiteral("+/=&?#") << QByteArray("%2B%2F%3D%26%3F%23")
            << QByteArray("%2B%2F%3D%26%3F%23") << QByteArray("%2B%2F%3D%26%3F%23");
        QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("100%25")
                                 << QByteArray("100%25") << QByteArray("100%25");
        QTest::newRow("latin") << QStringLiteral("é") << QByteArray("%C3%A9")
                               << QByteArray("%C3%A9") << QByteArray("%C3%A9");
        QTest::newRow("cjk") << QStringLiteral("数") << QByteArray("%E6%95%B0")
                             << QByteArray("%E6%95%B0") << QByteArray("%E6%95%B0");
        QTest::newRow("astral") << QStringLiteral("😀") << QByteArray("%F0%9F%98%80")
                                << QByteArray("%F0%9F%98%80") << QByteArray("%F0%9F%98%80");
        QTest::newRow("controls") << QStringLiteral("\t\n\"<>") << QByteArray("%09%0A%22%3C%3E")
                                  << QByteArray("%09%0A%22%3C%3E") << QByteArray("%09%0A%22%3C%3E");
        QTest::newRow("already-encoded") << QStringLiteral("%20") << QByteArray("%2520")
                                         << QByteArray("%2520") << QByteArray("%2520");
    }

    void percentEncoding()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, canonical);
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, form);
        QCOMPARE(signer::percentEncode(input.toUtf8()), canonical);
        QCOMPARE(signer::wireQueryEncode(input.toUtf8()), wire);
        QCOMPARE(signer::formEncode(input.toUtf8()), form);
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<ParamList>("query");
        QTest::addColumn<QByteArray>("expected");
        auto p = [](const char *n, const char *v) {
            return QPair<QString, QString>(QString::fromUtf8(n), QString::fromUtf8(v));
        };
        QTest::newRow("empty") << ParamList{} << QByteArray();
        QTest::newRow("byte order") << ParamList{p("lowerFirst", "l"), p("_underscore", "u"),
                                                 p("Zeta", "z"), p("Alpha", "a")}
                                    << QByteArray("Alpha=a&Zeta=z&_underscore=u&lowerFirst=l");
        QTest::newRow("empty value")
            << ParamList{p("Empty", ""), p("A", "1")} << QByteArray("A=1&Empty=");
        QTest::newRow("values encoded, names raw")
            << ParamList{p("Tag.1.Value", "prod test"), p("Pattern", "a*b")}
            << QByteArray("Pattern=a%2Ab&Tag.1.Value=prod%20test");
        // UTF-16 order would put the astral character before U+E000; bytes put it after.
        QTest::newRow("non-ascii names in byte order")
            << ParamList{p("\xf0\x9f\x98\x80", "4"), p("\xee\x80\x80", "3"), p("\xc3\xa9", "2"),
                         p("z", "1")}
            << QByteArray("z=1&\xc3\xa9=2&\xee\x80\x80=3&\xf0\x9f\x98\x80=4");
        QTest::newRow("long shared prefixes")
            << ParamList{p("LongName2", "c"), p("LongName10", "b"), p("LongName1", "a"),
                         p("LongName", "0")}
            << QByteArray("LongName=0&LongName1=a&LongName10=b&LongName2=c");
        QTest::newRow("same name, values in order")
            << ParamList{p("A", "2"), p("A", "10"), p("A", "1")} << QByteArray("A=1&A=10&A=2");
        QTest::newRow("numbered keys sort as text")
            << ParamList{p("Tag.10.Key", "x"), p("Tag.2.Key", "y"), p("Tag.1.Key", "z")}
            << QByteArray("Tag.1.Key=z&Tag.10.Key=x&Tag.2.Key=y");
    }

    void canonicalQuery()
    {
        QFETCH(ParamList, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(signer::canonicalQuery(query), expected);
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray("/");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("encoded kept")
            << QByteArray("/a/src%2001%2F") << QByteArray("/a/src%2001%2F");
        QTest::newRow("plus and star") << QByteArray("/a+b*c*") << QByteArray("/a%20b%2Ac%2A");
        QTest::newRow("tilde") << QByteArray("/%7Ex%7e") << QByteArray("/~x%7e");
    }

    void canonicalUri()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(signer::canonicalUri(path), expected);
    }

    void canonicalHeaders()
    {
        const signer::HeaderList headers = {
            {"X-Acs-Version", " 2020-01-01 "},
            {"Accept", "application/json"},
            {"Host", "dts.aliyuncs.com"},
            {"x-acs-multi", "b"},
            {"User-Agent", "Ferry"},
            {"x-acs-multi", "a"},
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"x-acs-late-Capital", "c"},
            {"x-acs-caf\xc3\xa9", "non-ascii name"},
        };
        QByteArray names;
        QCOMPARE(signer::canonicalHeaders(headers, &names),
                 QByteArray("content-type:application/x-www-form-urlencoded\n"
                            "host:dts.aliyuncs.com\n"
                            "x-acs-caf\xc3\xa9:non-ascii name\n"
                            "x-acs-late-capital:c\n"
                            "x-acs-multi:a,b\n"
                            "x-acs-version:2020-01-01\n"));
        QCOMPARE(names, QByteArray("content-type;host;x-acs-caf\xc3\xa9;x-acs-late-capital;"
                                   "x-acs-multi;x-acs-version"));
    }

    void flattening_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("jsonText");
        QTest::addColumn<ParamList>("expected");
        auto p = [](const char *n, const char *v) {
            return QPair<QString, QString>(QString::fromUtf8(n), QString::fromUtf8(v));
        };
        QTest::newRow("string") << QStringLiteral("Name") << QByteArray(R"("a b")")
                                << ParamList{p("Name", "a b")};
        QTest::newRow("number and bool")
            << QString() << QByteArray(R"({"PageSize":20,"On":true,"R":1.5})")
            << ParamList{p("On", "true"), p("PageSize", "20"), p("R", "1.5")};
        QTest::newRow("null skipped") << QStringLiteral("X") << QByteArray("null") << ParamList{};
        QTest::newRow("empty array") << QStringLiteral("X") << QByteArray("[]") << ParamList{};
        QTest::newRow("string array") << QStringLiteral("JobId") << QByteArray(R"(["j-1","j-2"])")
                                      << ParamList{p("JobId.1", "j-1"), p("JobId.2", "j-2")};
        QTest::newRow("tags")
            << QStringLiteral("Tag")
            << QByteArray(R"([{"Key":"env","Value":"prod test"},{"Key":"owner","Value":"张三"}])")
            << ParamList{p("Tag.1.Key", "env"), p("Tag.1.Value", "prod test"),
                         p("Tag.2.Key", "owner"), p("Tag.2.Value", "张三")};
        QTest::newRow("nested") << QStringLiteral("DataDisk")
                                << QByteArray(
                                       R"([{"Index":1,"Part":[{"SizeBytes":1},{"SizeBytes":2}]}])")
                                << ParamList{p("DataDisk.1.Index", "1"),
                                             p("DataDisk.1.Part.1.SizeBytes", "1"),
                                             p("DataDisk.1.Part.2.SizeBytes", "2")};
        QTest::newRow("object") << QStringLiteral("Disks")
                                << QByteArray(R"({"System":{"Size":40},"Data":[{"Size":100}]})")
                                << ParamList{p("Disks.Data.1.Size", "100"),
                                             p("Disks.System.Size", "40")};
        QTest::newRow("null in array keeps numbering")
            << QStringLiteral("A") << QByteArray(R"(["x",null,"z"])")
            << ParamList{p("A.1", "x"), p("A.3", "z")};
    }

    void flattening()
    {
        QFETCH(QString, prefix);
        QFETCH(QByteArray, jsonText);
        QFETCH(ParamList, expected);
        ParamList params;
        appendFlattened(params, prefix, json::parse(jsonText.toStdString()));
        QCOMPARE(params, expected);
    }

    void jsonParameter()
    {
        QCOMPARE(jsonParam(json::array({"DONE", "FAILED"})),
                 QStringLiteral(R"(["DONE","FAILED"])"));
        QCOMPARE(jsonParam(json{{"numRows", "desc"}}), QStringLiteral(R"({"numRows":"desc"})"));
    }

    void pathSegments_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("digits") << QStringLiteral("2000015") << QStringLiteral("2000015");
        QTest::newRow("dash") << QStringLiteral("src-0001") << QStringLiteral("src-0001");
        QTest::newRow("space slash")
            << QStringLiteral("src 01/x") << QStringLiteral("src%2001%2Fx");
        QTest::newRow("sdk table") << QStringLiteral("a*b*c (x)!~é/1")
                                   << QStringLiteral("a%2Ab%2Ac%20%28x%29%21~%C3%A9%2F1");
        QTest::newRow("greek") << QStringLiteral("src 01/αβ*~")
                               << QStringLiteral("src%2001%2F%CE%B1%CE%B2%2A~");
        QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50%25");
    }

    void pathSegments()
    {
        QFETCH(QString, segment);
        QFETCH(QString, expected);
        QCOMPARE(encodePathSegment(segment), expected);
    }

    void primitives()
    {
        QCOMPARE(signer::sha256Hex(""),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // RFC 4231 test case 2.
        QCOMPARE(signer::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // RFC 4231 test case 6: a key longer than the block is hashed first.
        QCOMPARE(signer::hmacSha256Hex(QByteArray(131, '\xaa'),
                                       "Test Using Larger Than Block-Size Key - Hash Key First"),
                 QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
        // Alternating keys (values from Python's hmac): the kept key schedule must follow the key.
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(
                signer::hmacSha256Hex("key-a", "m"),
                QByteArray("8ebc67fbf5c725addc44357efa7de6155e4fc72f3bfca116f869615cb694316d"));
            QCOMPARE(
                signer::hmacSha256Hex("key-b", "m"),
                QByteArray("ee1d79dd9a243105580953c917d2d6181a5b505dd6a715a622fd44fef1d013c6"));
            QCOMPARE(
                signer::hmacSha256Hex("", "m"),
                QByteArray("a64092104c76d9ef65599c33c177609ecd49857456eb28133c4daea25bea960a"));
        }
        QCOMPARE(signer::acsDate(
                     QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32, 999), QTimeZone::utc())),
                 QByteArray("2023-10-26T10:22:32Z"));
        QCOMPARE(
            signer::acsDate(QDateTime(QDate(2023, 10, 26), QTime(18, 22, 32), QTimeZone(8 * 3600))),
            QByteArray("2023-10-26T10:22:32Z"));
        const QByteArray a = signer::randomNonce();
        const QByteArray b = signer::randomNonce();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        for (char c : a)
            QVERIFY((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    // The signer pads the last SHA-256 block itself: every length around the block and padding
    // boundaries, checked against Qt's own implementation, for plain hashes and for HMAC
    // messages (which follow a 64-byte key block) with short, block-sized and long keys.
    void digestLengths_data()
    {
        QTest::addColumn<int>("length");
        for (int length : {0,  1,   17,  31,  32,  33,  54,  55,  56,  57,  63,  64,  65,
                           81, 118, 119, 120, 121, 127, 128, 129, 191, 192, 193, 600, 1000})
            QTest::addRow("%d bytes", length) << length;
    }

    void digestLengths()
    {
        QFETCH(int, length);
        QByteArray data(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            data[i] = char((i * 131 + 7) & 0xff);
        const QByteArray expected =
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        QCOMPARE(signer::sha256Hex(data), expected);
        QByteArray room = data + QByteArray(qsizetype(digest::kPaddingRoom), '\xff');
        unsigned char inPlace[digest::kSize];
        QVERIFY(digest::sha256InPlace(room.data(), std::size_t(length), inPlace));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(inPlace), sizeof inPlace).toHex(),
                 expected);
        QCOMPARE(room.first(length), data); // only the room after the data is written
        for (int keyLength : {0, 19, 64, 65, 131}) {
            const QByteArray key(keyLength, char(0x5a + keyLength));
            QCOMPARE(
                signer::hmacSha256Hex(key, data),
                QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex());
        }
    }
};

QTEST_GUILESS_MAIN(TstSigner)
#include "tst_signer.moc"
