// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ossimport.h"

#include <QLocale>
#include <QTest>

#include <functional>

using namespace ferry::model;

namespace {

using KeyValues = QMap<QString, QString>;
using Mutation = std::function<void(OssImportPlan &)>;

OssImportPlan s3Plan()
{
    OssImportPlan p;
    p.id = QStringLiteral("oss-media");
    p.jobName = QStringLiteral("shop_media_s3_to_oss");
    p.source = OssImportSource::S3;
    p.srcDomain = QStringLiteral("http://s3.eu-central-1.amazonaws.com");
    p.srcBucket = QStringLiteral("shop-media-prod");
    p.srcPrefix = QStringLiteral("media/");
    p.destDomain = QStringLiteral("http://oss-eu-central-1-internal.aliyuncs.com");
    p.destBucket = QStringLiteral("shop-media");
    p.destPrefix = QStringLiteral("media/");
    return p;
}

const KeyValues kS3Job{
    {"jobName", "shop_media_s3_to_oss"},
    {"jobType", "import"},
    {"isIncremental", "true"},
    {"incrementalModeInterval", "86400"},
    {"importSince", "0"},
    {"srcType", "s3"},
    {"srcAccessKey", "<FILL_IN_SOURCE_ACCESS_KEY>"},
    {"srcSecretKey", "<FILL_IN_SOURCE_SECRET_KEY>"},
    {"srcDomain", "http://s3.eu-central-1.amazonaws.com"},
    {"srcBucket", "shop-media-prod"},
    {"srcPrefix", "media/"},
    {"destAccessKey", "<FILL_IN_OSS_ACCESS_KEY_ID>"},
    {"destSecretKey", "<FILL_IN_OSS_ACCESS_KEY_SECRET>"},
    {"destDomain", "http://oss-eu-central-1-internal.aliyuncs.com"},
    {"destBucket", "shop-media"},
    {"destPrefix", "media/"},
    {"isServerSideEncryption", "false"},
    {"isSkipExistFile", "false"},
    {"taskObjectCountLimit", "10000"},
    {"taskObjectSizeLimit", "1000000000"},
    {"scanThreadCount", "1"},
    {"maxMultiThreadScanDepth", "1"},
    {"isAuditAfterImport", "true"},
    {"auditMode", "general"},
};

const KeyValues kStandaloneSys{
    {"workingDir", "."},
    {"workerTaskThreadNum", "60"},
    {"workerMaxThroughput(KB/s)", "0"},
    {"workerAbortWhenUncatchedException", "false"},
    {"workerRecordMd5", "true"},
    {"javaHeapMaxSize", "1024m"},
};

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestOssImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void standaloneJobKeyByKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        for (auto it = kS3Job.cbegin(); it != kS3Job.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }

    void standaloneJobKeyByKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const OssImportFiles files = generateOssImportConfig(s3Plan());
        QVERIFY(files.ok());
        QCOMPARE(files.jobFileName, QStringLiteral("local_job.cfg"));
        const KeyValues parsed = parseJavaProperties(files.jobConfig);
        QVERIFY2(parsed.contains(key), qPrintable(key));
        QCOMPARE(parsed.value(key), value);
    }

    void standaloneJobHasNoOtherKeys()
    {
        const OssImportFiles files = generateOssImportConfig(s3Plan());
        QCOMPARE(parseJavaProperties(files.jobConfig).keys(), kS3Job.keys());
        QVERIFY(files.workers.isEmpty());
        QVERIFY(files.issues.isEmpty());
    }

    void standaloneSysProperties()
    {
        const OssImportFiles files = generateOssImportConfig(s3Plan());
        QCOMPARE(parseJavaProperties(files.sysProperties), kStandaloneSys);
    }

    void distributed()
    {
        OssImportPlan p = s3Plan();
        p.mode = OssImportMode::Distributed;
        p.workers = {QStringLiteral("192.168.10.11"), QStringLiteral("192.168.10.12")};
        p.workerUser = QStringLiteral("ossimport");
        p.workerMaxThroughputKBps = 51200;
        const OssImportFiles files = generateOssImportConfig(p);
        QVERIFY(files.ok());
        QCOMPARE(files.jobFileName, QStringLiteral("job.cfg"));
        QCOMPARE(parseJavaProperties(files.jobConfig), kS3Job); // same keys as local_job.cfg
        KeyValues sys = kStandaloneSys;
        sys.insert(QStringLiteral("workingDir"), QStringLiteral("/root/import"));
        sys.insert(QStringLiteral("workerUser"), QStringLiteral("ossimport"));
        sys.insert(QStringLiteral("workerUserName"), QStringLiteral("ossimport"));
        sys.insert(QStringLiteral("workerPassword"), QStringLiteral("<FILL_IN_WORKER_PASSWORD>"));
        sys.insert(QStringLiteral("privateKeyFile"), QString());
        sys.insert(QStringLiteral("sshPort"), QStringLiteral("22"));
        sys.insert(QStringLiteral("dispatcherThreadNum"), QStringLiteral("1"));
        sys.insert(QStringLiteral("workerMaxThroughput(KB/s)"), QStringLiteral("51200"));
        QCOMPARE(parseJavaProperties(files.sysProperties), sys);
        QCOMPARE(files.workers, QStringLiteral("192.168.10.11\n192.168.10.12\n"));
        QVERIFY(files.jobConfig.contains(QStringLiteral("cannot be changed")));
    }

    void sources_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<KeyValues>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("commentMentions");

        QTest::newRow("local") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Local;
            p.srcDomain.clear();
            p.srcBucket.clear();
            p.srcPrefix = QStringLiteral("/data/media/");
            p.allowSymbolicLink = true;
        })
                               << KeyValues{{"srcType", "local"},
                                            {"srcAccessKey", ""},
                                            {"srcSecretKey", ""},
                                            {"srcPrefix", "/data/media/"},
                                            {"isAllowSymbolicLink", "true"}}
                               << QStringList{"appId"} << "needs no keys";
        QTest::newRow("hdfs via mount") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Hdfs;
            p.srcDomain.clear();
            p.srcBucket.clear();
            p.srcPrefix = QStringLiteral("/mnt/hdfs/warehouse/media/");
            p.hdfsPath = QStringLiteral("/warehouse/media");
        })
                                        << KeyValues{{"srcType", "local"},
                                                     {"srcPrefix", "/mnt/hdfs/warehouse/media/"},
                                                     {"srcAccessKey", ""}}
                                        << QStringList{"hdfsPath"} << "no HDFS reader";
        QTest::newRow("azure") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Azure;
            p.srcDomain = QStringLiteral("core.windows.net");
            p.srcBucket = QStringLiteral("media");
        })
                               << KeyValues{{"srcType", "azure"},
                                            {"srcAccessKey", "<FILL_IN_SOURCE_ACCESS_KEY>"},
                                            {"srcDomain", "core.windows.net"}}
                               << QStringList{"isAllowSymbolicLink"} << "storage account name";
        QTest::newRow("cos") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Cos;
            p.srcDomain = QStringLiteral("ap-shanghai");
            p.srcAppId = QStringLiteral("1250000000");
        }) << KeyValues{{"srcType", "cos"}, {"appId", "1250000000"}}
                             << QStringList{} << "access key pair";
        QTest::newRow("http list") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Http;
            p.srcDomain.clear();
            p.srcBucket.clear();
            p.httpListFilePath = QStringLiteral("/opt/ossimport/urls.txt");
            p.httpPrefixColumn = QStringLiteral("1");
            p.relativePathColumn = QStringLiteral("2");
        })
                                   << KeyValues{{"srcType", "http"},
                                                {"httpListFilePath", "/opt/ossimport/urls.txt"},
                                                {"httpPrefixColumn", "1"},
                                                {"relativePathColumn", "2"},
                                                {"srcSecretKey", ""}}
                                   << QStringList{} << "needs no keys";
        QTest::newRow("audit off, simple checks, full once")
            << Mutation([](OssImportPlan &p) {
                   p.incremental = false;
                   p.auditMode = OssImportAuditMode::Simple;
                   p.importSince = 1735689600;
               })
            << KeyValues{{"isIncremental", "false"},
                         {"auditMode", "simple"},
                         {"importSince", "1735689600"}}
            << QStringList{} << "";
    }

    void sources()
    {
        QFETCH(Mutation, mutate);
        QFETCH(KeyValues, expected);
        QFETCH(QStringList, absent);
        QFETCH(QString, commentMentions);
        OssImportPlan p = s3Plan();
        mutate(p);
        const OssImportFiles files = generateOssImportConfig(p);
        QVERIFY2(files.ok(), files.issues.isEmpty() ? "" : qPrintable(files.issues.first().code));
        const KeyValues parsed = parseJavaProperties(files.jobConfig);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(parsed.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(parsed.value(it.key()), it.value());
        }
        for (const QString &k : absent)
            QVERIFY2(!parsed.contains(k), qPrintable(k));
        QVERIFY(files.jobConfig.contains(commentMentions));
    }

    void validation_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");

        QTest::newRow("job name too short")
            << Mutation([](OssImportPlan &p) { p.jobName = QStringLiteral("abc"); })
            << "jobName.invalid"
            << "error";
        QTest::newRow("job name with a dot")
            << Mutation([](OssImportPlan &p) { p.jobName = QStringLiteral("media.import"); })
            << "jobName.invalid"
            << "error";
        QTest::newRow("job name of 129")
            << Mutation([](OssImportPlan &p) { p.jobName = QString(129, QLatin1Char('a')); })
            << "jobName.invalid"
            << "error";
        QTest::newRow("dest prefix with leading slash")
            << Mutation([](OssImportPlan &p) { p.destPrefix = QStringLiteral("/media/"); })
            << "destPrefix.leadingSlash"
            << "error";
        QTest::newRow("dest prefix not a directory")
            << Mutation([](OssImportPlan &p) { p.destPrefix = QStringLiteral("media"); })
            << "destPrefix.notDirectory"
            << "warning";
        QTest::newRow("interval under 900")
            << Mutation([](OssImportPlan &p) { p.incrementalIntervalSeconds = 899; })
            << "incrementalInterval.belowMinimum"
            << "error";
        QTest::newRow("interval under 3600")
            << Mutation([](OssImportPlan &p) { p.incrementalIntervalSeconds = 900; })
            << "incrementalInterval.belowRecommended"
            << "warning";
        QTest::newRow("dest domain with bucket path") << Mutation([](OssImportPlan &p) {
            p.destDomain = QStringLiteral("http://oss-cn-hangzhou.aliyuncs.com/bucket");
        }) << "destDomain.invalid"
                                                      << "error";
        QTest::newRow("no destination bucket")
            << Mutation([](OssImportPlan &p) { p.destBucket.clear(); }) << "destBucket.missing"
            << "error";
        QTest::newRow("no source bucket")
            << Mutation([](OssImportPlan &p) { p.srcBucket.clear(); }) << "srcBucket.missing"
            << "error";
        QTest::newRow("local dir relative") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Local;
            p.srcPrefix = QStringLiteral("data/");
        }) << "srcPrefix.notAbsolute"
                                            << "error";
        QTest::newRow("local dir without slash") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Local;
            p.srcPrefix = QStringLiteral("/data");
        }) << "srcPrefix.noTrailingSlash"
                                                 << "error";
        QTest::newRow("hdfs without a mount") << Mutation([](OssImportPlan &p) {
            p.source = OssImportSource::Hdfs;
            p.srcPrefix.clear();
        }) << "hdfs.mountMissing"
                                              << "error";
        QTest::newRow("cos without appId")
            << Mutation([](OssImportPlan &p) { p.source = OssImportSource::Cos; })
            << "cos.appIdMissing"
            << "error";
        QTest::newRow("too many objects per task")
            << Mutation([](OssImportPlan &p) { p.taskObjectCountLimit = 50001; })
            << "taskObjectCountLimit.range"
            << "error";
        QTest::newRow("33 scan threads")
            << Mutation([](OssImportPlan &p) { p.scanThreadCount = 33; }) << "scanThreadCount.range"
            << "error";
        QTest::newRow("distributed without workers") << Mutation([](OssImportPlan &p) {
            p.mode = OssImportMode::Distributed;
            p.workerUser = QStringLiteral("u");
        }) << "workers.missing"
                                                     << "error";
        QTest::newRow("audit off")
            << Mutation([](OssImportPlan &p) { p.auditAfterImport = false; }) << "audit.disabled"
            << "warning";
        QTest::newRow("md5 off") << Mutation([](OssImportPlan &p) { p.recordMd5 = false; })
                                 << "recordMd5.disabled"
                                 << "warning";
        QTest::newRow("extra key overriding a generated one") << Mutation([](OssImportPlan &p) {
            p.extraJobProperties.insert(QStringLiteral("jobName"), QStringLiteral("x"));
        }) << "extraProperty.conflict"
                                                              << "error";
        QTest::newRow("access key pasted into a domain") << Mutation([](OssImportPlan &p) {
            p.srcDomain = QStringLiteral("http://s3.amazonaws.com/?AccessKeyId=LTAI5tQ9");
        }) << "field.secretLike"
                                                         << "error";
        QTest::newRow("credentials in the source URL") << Mutation([](OssImportPlan &p) {
            p.srcDomain = QStringLiteral("http://user:pw@s3.amazonaws.com");
        }) << "srcDomain.credentials"
                                                       << "error";
    }

    void validation()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        OssImportPlan p = s3Plan();
        mutate(p);
        const QList<OssImportIssue> issues = validate(p);
        const OssImportIssue *found = nullptr;
        for (const auto &i : issues) {
            if (i.code == code)
                found = &i;
        }
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(toId(found->severity), severity);
        QVERIFY(!describeIssue(*found).isEmpty());
        const OssImportFiles files = generateOssImportConfig(p);
        // An error means nothing is generated; a warning still gives the files.
        QCOMPARE(files.ok(), severity != QLatin1String("error"));
        QCOMPARE(files.issues.size(), issues.size());
    }

    void credentialsAreNeverWritten()
    {
        OssImportPlan p = s3Plan();
        p.extraJobProperties.insert(QStringLiteral("srcSecretKey"),
                                    QStringLiteral("wJalrXUtnFEMI-real-secret"));
        p.extraJobProperties.insert(QStringLiteral("destAccessKey"),
                                    QStringLiteral("LTAI5tHx7realLookingId"));
        p.extraJobProperties.insert(QStringLiteral("srcSessionToken"),
                                    QStringLiteral("FwoGZXIvYXdzEBY-token"));
        p.extraJobProperties.insert(QStringLiteral("getObjectMetaMode"), QStringLiteral("1"));
        const OssImportFiles files = generateOssImportConfig(p);
        QVERIFY(files.ok());
        const QString all = files.jobConfig + files.sysProperties;
        QVERIFY(!all.contains(QStringLiteral("real-secret")));
        QVERIFY(!all.contains(QStringLiteral("LTAI")));
        QVERIFY(!all.contains(QStringLiteral("FwoGZXIvYXdzEBY")));
        const KeyValues parsed = parseJavaProperties(files.jobConfig);
        QCOMPARE(parsed.value(QStringLiteral("srcSecretKey")),
                 QStringLiteral("<FILL_IN_SRCSECRETKEY>"));
        QCOMPARE(parsed.value(QStringLiteral("destAccessKey")),
                 QStringLiteral("<FILL_IN_DESTACCESSKEY>"));
        QCOMPARE(parsed.value(QStringLiteral("srcSessionToken")),
                 QStringLiteral("<FILL_IN_SRCSESSIONTOKEN>"));
        QCOMPARE(parsed.value(QStringLiteral("getObjectMetaMode")), QStringLiteral("1"));
        int warnings = 0;
        for (const auto &i : files.issues)
            warnings += i.code == QLatin1String("extraProperty.credential");
        QCOMPARE(warnings, 3);
        // Every placeholder is explained where it stands.
        QVERIFY(files.jobConfig.contains(QStringLiteral("Ferry never writes them")));
        QVERIFY(files.jobConfig.contains(QStringLiteral("<FILL_IN_...>")));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "media/2024/"
                               << "media/2024/";
        QTest::newRow("chinese prefix")
            << QString::fromUtf8("媒体/图片/") << "\\u5a92\\u4f53/\\u56fe\\u7247/";
        QTest::newRow("leading space") << " x y"
                                       << "\\ x y";
        QTest::newRow("backslash") << "C:\\data\\"
                                   << "C:\\\\data\\\\";
        QTest::newRow("newline") << "a\nb"
                                 << "a\\nb";
        QTest::newRow("equals and colon stay") << "a=b:c"
                                               << "a=b:c";
    }

    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(escapePropertyValue(value), escaped);
        const KeyValues parsed = parseJavaProperties(QStringLiteral("k=") + escaped);
        QCOMPARE(parsed.value(QStringLiteral("k")), value);
    }

    void chinesePrefixRoundTrip()
    {
        OssImportPlan p = s3Plan();
        p.destPrefix = QString::fromUtf8("迁移/媒体/");
        const OssImportFiles files = generateOssImportConfig(p);
        QVERIFY(files.ok());
        for (QChar c : files.jobConfig)
            QVERIFY(c.unicode() < 0x80); // ossimport reads the file as ISO-8859-1
        QCOMPARE(parseJavaProperties(files.jobConfig).value(QStringLiteral("destPrefix")),
                 p.destPrefix);
    }

    void propertiesParser()
    {
        const KeyValues parsed =
            parseJavaProperties(QStringLiteral("# comment\n"
                                               "! also a comment\n"
                                               "   indented = value with spaces  \n"
                                               "colon:separated\n"
                                               "blank separated\n"
                                               "continued = first \\\n"
                                               "            second\n"
                                               "key\\=with\\:escapes=1\n"
                                               "empty=\n"
                                               "dup=1\n"
                                               "dup=2\r\n"
                                               "workerMaxThroughput(KB/s)=100\n"));
        QCOMPARE(parsed.value(QStringLiteral("indented")), QStringLiteral("value with spaces  "));
        QCOMPARE(parsed.value(QStringLiteral("colon")), QStringLiteral("separated"));
        QCOMPARE(parsed.value(QStringLiteral("blank")), QStringLiteral("separated"));
        QCOMPARE(parsed.value(QStringLiteral("continued")), QStringLiteral("first second"));
        QCOMPARE(parsed.value(QStringLiteral("key=with:escapes")), QStringLiteral("1"));
        QVERIFY(parsed.contains(QStringLiteral("empty")));
        QCOMPARE(parsed.value(QStringLiteral("dup")), QStringLiteral("2"));
        QCOMPARE(parsed.value(QStringLiteral("workerMaxThroughput(KB/s)")), QStringLiteral("100"));
        QCOMPARE(parsed.size(), 8);
    }

    void identifiers()
    {
        for (auto s : {OssImportSource::Local, OssImportSource::Oss, OssImportSource::Qiniu,
                       OssImportSource::Bos, OssImportSource::Ks3, OssImportSource::S3,
                       OssImportSource::Youpai, OssImportSource::Http, OssImportSource::Cos,
                       OssImportSource::Azure, OssImportSource::Hdfs}) {
            QCOMPARE(ossImportSourceFromString(toId(s)), std::optional(s));
            if (s != OssImportSource::Hdfs)
                QCOMPARE(srcTypeFor(s), toId(s)); // the documented srcType values
        }
        QCOMPARE(srcTypeFor(OssImportSource::Hdfs), QStringLiteral("local"));
        QVERIFY(!ossImportSourceFromString(u"S3")); // srcType is case-sensitive
    }
};

QTEST_GUILESS_MAIN(TestOssImport)
#include "tst_ossimport.moc"
