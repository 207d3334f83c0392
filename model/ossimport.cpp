// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ossimport.h"

#include "model/sanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace ferry::model {

namespace {

struct SourceEntry
{
    OssImportSource source;
    const char *id;
    const char *srcType;
};

constexpr std::array kSources{
    SourceEntry{OssImportSource::Local, "local", "local"},
    SourceEntry{OssImportSource::Oss, "oss", "oss"},
    SourceEntry{OssImportSource::Qiniu, "qiniu", "qiniu"},
    SourceEntry{OssImportSource::Bos, "bos", "bos"},
    SourceEntry{OssImportSource::Ks3, "ks3", "ks3"},
    SourceEntry{OssImportSource::S3, "s3", "s3"},
    SourceEntry{OssImportSource::Youpai, "youpai", "youpai"},
    SourceEntry{OssImportSource::Http, "http", "http"},
    SourceEntry{OssImportSource::Cos, "cos", "cos"},
    SourceEntry{OssImportSource::Azure, "azure", "azure"},
    SourceEntry{OssImportSource::Hdfs, "hdfs", "local"},
};

bool readsLocalFiles(OssImportSource s)
{
    return s == OssImportSource::Local || s == OssImportSource::Hdfs;
}

bool usesSourceKeys(OssImportSource s)
{
    return !readsLocalFiles(s) && s != OssImportSource::Http;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Keys whose values Ferry never writes, whatever the plan says.
const QStringList &credentialKeys()
{
    static const QStringList keys{QStringLiteral("srcAccessKey"), QStringLiteral("srcSecretKey"),
                                  QStringLiteral("destAccessKey"), QStringLiteral("destSecretKey"),
                                  QStringLiteral("workerPassword")};
    return keys;
}

void issue(QList<OssImportIssue> &out, Severity sev, const char *code, const char *field,
           const QString &value = {})
{
    out.append({sev, QString::fromLatin1(code), QString::fromLatin1(field), value});
}

class Writer
{
public:
    void comment(const QString &text)
    {
        for (const QString &line : text.split(QLatin1Char('\n')))
            m_text += QStringLiteral("# ") + line + QLatin1Char('\n');
    }
    void blank() { m_text += QLatin1Char('\n'); }
    void key(const QString &k, const QString &v)
    {
        m_text += k + QLatin1Char('=') + escapePropertyValue(v) + QLatin1Char('\n');
    }
    void key(const char *k, const QString &v) { key(QString::fromLatin1(k), v); }
    void key(const char *k, qint64 v) { key(k, QString::number(v)); }
    void key(const char *k, bool v) { key(k, boolText(v)); }
    QString text() const { return m_text; }

private:
    QString m_text;
};

const char kCredentialNote[] =
    "Credentials: Ferry never writes them. Replace every <FILL_IN_...> value in this file\n"
    "on the machine that runs ossimport, just before starting the job; keep the file readable\n"
    "by its owner only (chmod 600) and remove the keys when the job is finished. Use a RAM user\n"
    "limited to the source and destination buckets.";

QString sourceKeyNote(OssImportSource s)
{
    switch (s) {
    case OssImportSource::Azure:
        return QStringLiteral("azure: srcAccessKey is the storage account name, srcSecretKey its "
                              "access key.");
    case OssImportSource::Youpai:
        return QStringLiteral("youpai: srcAccessKey is the operator name, srcSecretKey its "
                              "password.");
    case OssImportSource::Local:
    case OssImportSource::Hdfs:
    case OssImportSource::Http:
        return QStringLiteral("This source needs no keys: srcAccessKey and srcSecretKey stay "
                              "empty.");
    default:
        return QStringLiteral("srcAccessKey/srcSecretKey: the source account's access key pair.");
    }
}

} // namespace

QString srcTypeFor(OssImportSource source)
{
    for (const SourceEntry &e : kSources) {
        if (e.source == source)
            return QString::fromLatin1(e.srcType);
    }
    return {};
}

QString toId(OssImportSource source)
{
    for (const SourceEntry &e : kSources) {
        if (e.source == source)
            return QString::fromLatin1(e.id);
    }
    return {};
}

QString toId(OssImportMode mode)
{
    return mode == OssImportMode::Distributed ? QStringLiteral("distributed")
                                              : QStringLiteral("standalone");
}

QString toId(OssImportAuditMode mode)
{
    switch (mode) {
    case OssImportAuditMode::Simple:
        return QStringLiteral("simple");
    case OssImportAuditMode::General:
        return QStringLiteral("general");
    case OssImportAuditMode::Detailed:
        return QStringLiteral("detailed");
    }
    return {};
}

std::optional<OssImportSource> ossImportSourceFromString(QStringView text)
{
    for (const SourceEntry &e : kSources) {
        if (text == QLatin1String(e.id))
            return e.source;
    }
    return std::nullopt;
}

std::optional<OssImportMode> ossImportModeFromString(QStringView text)
{
    if (text == QLatin1String("standalone"))
        return OssImportMode::Standalone;
    if (text == QLatin1String("distributed"))
        return OssImportMode::Distributed;
    return std::nullopt;
}

std::optional<OssImportAuditMode> ossImportAuditModeFromString(QStringView text)
{
    for (OssImportAuditMode m :
         {OssImportAuditMode::Simple, OssImportAuditMode::General, OssImportAuditMode::Detailed}) {
        if (text == toId(m))
            return m;
    }
    return std::nullopt;
}

QList<OssImportIssue> validate(const OssImportPlan &p)
{
    QList<OssImportIssue> out;
    static const QRegularExpression jobName(QStringLiteral("^[a-zA-Z0-9_-]{4,128}$"));
    if (!jobName.match(p.jobName).hasMatch())
        issue(out, Severity::Error, "jobName.invalid", "jobName", p.jobName);
    if (p.destPrefix.startsWith(QLatin1Char('/')))
        issue(out, Severity::Error, "destPrefix.leadingSlash", "destPrefix", p.destPrefix);
    else if (!p.destPrefix.isEmpty() && !p.destPrefix.endsWith(QLatin1Char('/')))
        issue(out, Severity::Warning, "destPrefix.notDirectory", "destPrefix", p.destPrefix);
    if (p.destBucket.isEmpty())
        issue(out, Severity::Error, "destBucket.missing", "destBucket");
    static const QRegularExpression url(QStringLiteral("^https?://[^/@\\s]+/?$"));
    if (p.destDomain.isEmpty())
        issue(out, Severity::Error, "destDomain.missing", "destDomain");
    else if (!url.match(p.destDomain).hasMatch())
        issue(out, Severity::Error, "destDomain.invalid", "destDomain", p.destDomain);

    const bool cloud = !readsLocalFiles(p.source) && p.source != OssImportSource::Http;
    if (cloud && p.srcBucket.isEmpty())
        issue(out, Severity::Error, "srcBucket.missing", "srcBucket");
    if (cloud && p.srcDomain.isEmpty() && p.source != OssImportSource::Cos)
        issue(out, Severity::Error, "srcDomain.missing", "srcDomain");
    if (p.srcDomain.contains(QLatin1Char('@')))
        issue(out, Severity::Error, "srcDomain.credentials", "srcDomain");
    if (p.source == OssImportSource::Cos && p.srcDomain.isEmpty())
        issue(out, Severity::Error, "cos.regionMissing", "srcDomain");
    if (p.source == OssImportSource::Cos && p.srcAppId.isEmpty())
        issue(out, Severity::Error, "cos.appIdMissing", "srcAppId");
    if (p.source == OssImportSource::Http) {
        if (p.httpListFilePath.isEmpty())
            issue(out, Severity::Error, "http.listFileMissing", "httpListFilePath");
        if (p.httpPrefixColumn.isEmpty() || p.relativePathColumn.isEmpty())
            issue(out, Severity::Error, "http.columnsMissing", "httpPrefixColumn");
    }
    if (readsLocalFiles(p.source)) {
        static const QRegularExpression absolute(QStringLiteral("^(/|[A-Za-z]:[/\\\\])"));
        if (p.srcPrefix.isEmpty())
            issue(out, Severity::Error,
                  p.source == OssImportSource::Hdfs ? "hdfs.mountMissing" : "srcPrefix.missing",
                  "srcPrefix");
        else if (!absolute.match(p.srcPrefix).hasMatch())
            issue(out, Severity::Error, "srcPrefix.notAbsolute", "srcPrefix", p.srcPrefix);
        else if (!p.srcPrefix.endsWith(QLatin1Char('/')))
            issue(out, Severity::Error, "srcPrefix.noTrailingSlash", "srcPrefix", p.srcPrefix);
    }
    if (p.source == OssImportSource::Hdfs)
        issue(out, Severity::Info, "hdfs.viaMount", "source", p.hdfsPath);

    if (p.incremental && p.incrementalIntervalSeconds < 900)
        issue(out, Severity::Error, "incrementalInterval.belowMinimum",
              "incrementalIntervalSeconds", QString::number(p.incrementalIntervalSeconds));
    else if (p.incremental && p.incrementalIntervalSeconds < 3600)
        issue(out, Severity::Warning, "incrementalInterval.belowRecommended",
              "incrementalIntervalSeconds", QString::number(p.incrementalIntervalSeconds));
    if (p.importSince < 0)
        issue(out, Severity::Error, "importSince.negative", "importSince",
              QString::number(p.importSince));
    if (p.taskObjectCountLimit < 1 || p.taskObjectCountLimit > 50000)
        issue(out, Severity::Error, "taskObjectCountLimit.range", "taskObjectCountLimit",
              QString::number(p.taskObjectCountLimit));
    if (p.taskObjectSizeLimit < 1)
        issue(out, Severity::Error, "taskObjectSizeLimit.range", "taskObjectSizeLimit",
              QString::number(p.taskObjectSizeLimit));
    if (p.scanThreadCount < 1 || p.scanThreadCount > 32)
        issue(out, Severity::Error, "scanThreadCount.range", "scanThreadCount",
              QString::number(p.scanThreadCount));
    if (p.maxMultiThreadScanDepth < 1 || p.maxMultiThreadScanDepth > 16)
        issue(out, Severity::Error, "maxMultiThreadScanDepth.range", "maxMultiThreadScanDepth",
              QString::number(p.maxMultiThreadScanDepth));
    if (p.workerTaskThreadNum < 1)
        issue(out, Severity::Error, "workerTaskThreadNum.range", "workerTaskThreadNum",
              QString::number(p.workerTaskThreadNum));
    if (p.workerMaxThroughputKBps < 0)
        issue(out, Severity::Error, "workerMaxThroughput.range", "workerMaxThroughputKBps",
              QString::number(p.workerMaxThroughputKBps));
    static const QRegularExpression heap(QStringLiteral("^[1-9][0-9]*[kKmMgG]?$"));
    if (!heap.match(p.javaHeapMaxSize).hasMatch())
        issue(out, Severity::Error, "javaHeapMaxSize.invalid", "javaHeapMaxSize",
              p.javaHeapMaxSize);
    if (!p.auditAfterImport)
        issue(out, Severity::Warning, "audit.disabled", "auditAfterImport");
    if (!p.recordMd5)
        issue(out, Severity::Warning, "recordMd5.disabled", "recordMd5");

    if (p.mode == OssImportMode::Distributed) {
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._:-]+$"));
        if (p.workers.isEmpty())
            issue(out, Severity::Error, "workers.missing", "workers");
        for (const QString &w : p.workers) {
            if (!host.match(w).hasMatch())
                issue(out, Severity::Error, "workers.invalid", "workers", w);
        }
        if (p.workerUser.isEmpty())
            issue(out, Severity::Error, "workerUser.missing", "workerUser");
        if (p.sshPort < 1 || p.sshPort > 65535)
            issue(out, Severity::Error, "sshPort.range", "sshPort", QString::number(p.sshPort));
    }

    static const QStringList generated{QStringLiteral("jobName"),
                                       QStringLiteral("jobType"),
                                       QStringLiteral("isIncremental"),
                                       QStringLiteral("incrementalModeInterval"),
                                       QStringLiteral("importSince"),
                                       QStringLiteral("srcType"),
                                       QStringLiteral("srcDomain"),
                                       QStringLiteral("srcBucket"),
                                       QStringLiteral("srcPrefix"),
                                       QStringLiteral("destDomain"),
                                       QStringLiteral("destBucket"),
                                       QStringLiteral("destPrefix"),
                                       QStringLiteral("isAuditAfterImport"),
                                       QStringLiteral("auditMode")};
    for (auto it = p.extraJobProperties.cbegin(); it != p.extraJobProperties.cend(); ++it) {
        if (credentialKeys().contains(it.key()) || isSecretKey(it.key().toStdString()))
            issue(out, Severity::Warning, "extraProperty.credential", "extraJobProperties",
                  it.key());
        else if (generated.contains(it.key()))
            issue(out, Severity::Error, "extraProperty.conflict", "extraJobProperties", it.key());
        else if (maskText(it.value()) != it.value())
            issue(out, Severity::Error, "field.secretLike", "extraJobProperties", it.key());
    }
    // A secret pasted into an ordinary field would otherwise end up in the file.
    const QList<std::pair<const char *, QString>> fields{
        {"srcDomain", p.srcDomain},   {"srcBucket", p.srcBucket},   {"srcPrefix", p.srcPrefix},
        {"destDomain", p.destDomain}, {"destBucket", p.destBucket}, {"destPrefix", p.destPrefix},
        {"workerUser", p.workerUser}, {"srcAppId", p.srcAppId},     {"hdfsPath", p.hdfsPath}};
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty() && maskText(value) != value)
            issue(out, Severity::Error, "field.secretLike", name);
    }
    return out;
}

OssImportFiles generateOssImportConfig(const OssImportPlan &p)
{
    OssImportFiles files;
    files.issues = validate(p);
    for (const OssImportIssue &i : files.issues) {
        if (i.severity == Severity::Error)
            return files;
    }
    const bool distributed = p.mode == OssImportMode::Distributed;
    files.jobFileName = distributed ? QStringLiteral("job.cfg") : QStringLiteral("local_job.cfg");

    Writer job;
    job.comment(
        QStringLiteral("ossimport %1 (conf/%2), generated by Ferry.")
            .arg(distributed ? QStringLiteral("distributed job") : QStringLiteral("standalone job"),
                 files.jobFileName));
    if (distributed)
        job.comment(QStringLiteral("A submitted job.cfg cannot be changed: to change it, delete "
                                   "the job and submit it again."));
    job.comment(QString::fromLatin1(kCredentialNote));
    job.blank();
    job.comment(QStringLiteral("Job"));
    job.key("jobName", p.jobName);
    job.key("jobType", QStringLiteral("import"));
    job.comment(QStringLiteral("Incremental mode rescans the source every "
                               "incrementalModeInterval seconds (minimum 900, 3600 or more "
                               "recommended); importSince limits the first full pass to objects "
                               "modified after that Unix time (0 = all)."));
    job.key("isIncremental", p.incremental);
    job.key("incrementalModeInterval", qint64(p.incrementalIntervalSeconds));
    job.key("importSince", p.importSince);
    job.blank();
    job.comment(QStringLiteral("Source"));
    if (p.source == OssImportSource::Hdfs) {
        job.comment(
            QStringLiteral(
                "HDFS: ossimport has no HDFS reader. This job reads %1, a local mount of the HDFS\n"
                "directory %2 (HDFS NFS gateway or a FUSE mount), which must exist on every "
                "machine\n"
                "that runs ossimport before the job starts. For large clusters a copy tool that\n"
                "reads HDFS directly (such as JindoDistCp) is the better fit.")
                .arg(p.srcPrefix,
                     p.hdfsPath.isEmpty() ? QStringLiteral("(not given)") : p.hdfsPath));
    }
    job.key("srcType", srcTypeFor(p.source));
    job.comment(sourceKeyNote(p.source));
    const bool keys = usesSourceKeys(p.source);
    job.key("srcAccessKey", keys ? QString::fromLatin1(kOssPlaceholderSrcAccessKey) : QString());
    job.key("srcSecretKey", keys ? QString::fromLatin1(kOssPlaceholderSrcSecretKey) : QString());
    job.key("srcDomain", p.srcDomain);
    job.key("srcBucket", p.srcBucket);
    job.key("srcPrefix", p.srcPrefix);
    if (p.source == OssImportSource::Cos)
        job.key("appId", p.srcAppId);
    if (p.source == OssImportSource::Http) {
        job.key("httpListFilePath", p.httpListFilePath);
        job.key("httpPrefixColumn", p.httpPrefixColumn);
        job.key("relativePathColumn", p.relativePathColumn);
    }
    job.blank();
    job.comment(QStringLiteral("Destination (OSS). destDomain has no bucket prefix; destPrefix "
                               "never starts with '/'."));
    job.key("destAccessKey", QString::fromLatin1(kOssPlaceholderDestAccessKey));
    job.key("destSecretKey", QString::fromLatin1(kOssPlaceholderDestSecretKey));
    job.key("destDomain", p.destDomain);
    job.key("destBucket", p.destBucket);
    job.key("destPrefix", p.destPrefix);
    job.key("isServerSideEncryption", p.serverSideEncryption);
    job.blank();
    job.comment(QStringLiteral("Tasks and scanning"));
    job.key("isSkipExistFile", p.skipExistingFiles);
    job.key("taskObjectCountLimit", qint64(p.taskObjectCountLimit));
    job.key("taskObjectSizeLimit", p.taskObjectSizeLimit);
    job.key("scanThreadCount", qint64(p.scanThreadCount));
    job.key("maxMultiThreadScanDepth", qint64(p.maxMultiThreadScanDepth));
    if (readsLocalFiles(p.source))
        job.key("isAllowSymbolicLink", p.allowSymbolicLink);
    job.blank();
    job.comment(QStringLiteral("Verification after import: simple = size, general = size, "
                               "last-modified and headers, detailed = content."));
    job.key("isAuditAfterImport", p.auditAfterImport);
    job.key("auditMode", toId(p.auditMode));
    if (!p.extraJobProperties.isEmpty()) {
        job.blank();
        job.comment(QStringLiteral("Further settings"));
        for (auto it = p.extraJobProperties.cbegin(); it != p.extraJobProperties.cend(); ++it) {
            const bool secret =
                credentialKeys().contains(it.key()) || isSecretKey(it.key().toStdString());
            job.key(it.key(),
                    secret ? QStringLiteral("<FILL_IN_%1>").arg(it.key().toUpper()) : it.value());
        }
    }
    files.jobConfig = job.text();

    Writer sys;
    sys.comment(QStringLiteral("ossimport conf/sys.properties, generated by Ferry. Restart "
                               "ossimport after changing it."));
    if (distributed)
        sys.comment(QString::fromLatin1(kCredentialNote));
    sys.blank();
    sys.key("workingDir", !p.workingDir.isEmpty() ? p.workingDir
                          : distributed           ? QStringLiteral("/root/import")
                                                  : QStringLiteral("."));
    if (distributed) {
        sys.comment(QStringLiteral("The documentation names the ssh user key workerUser, the "
                                   "shipped sample workerUserName: both are written."));
        sys.key("workerUser", p.workerUser);
        sys.key("workerUserName", p.workerUser);
        sys.comment(QStringLiteral("Give either workerPassword or privateKeyFile."));
        sys.key("workerPassword", QString::fromLatin1(kOssPlaceholderWorkerPassword));
        sys.key("privateKeyFile", QString());
        sys.key("sshPort", qint64(p.sshPort));
        sys.key("dispatcherThreadNum", qint64(1));
    }
    sys.key("workerTaskThreadNum", qint64(p.workerTaskThreadNum));
    sys.comment(QStringLiteral("KB/s per worker, 0 = unlimited."));
    sys.key("workerMaxThroughput(KB/s)", p.workerMaxThroughputKBps);
    sys.key("workerAbortWhenUncatchedException", false);
    sys.comment(QStringLiteral("Checksums: record each object's MD5 as x-oss-meta-md5."));
    sys.key("workerRecordMd5", p.recordMd5);
    sys.key("javaHeapMaxSize", p.javaHeapMaxSize);
    files.sysProperties = sys.text();

    if (distributed)
        files.workers = p.workers.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return files;
}

QString describeIssue(const OssImportIssue &issue)
{
    struct Entry
    {
        const char *code;
        const char *text;
    };
    // clang-format off
    static constexpr std::array kTexts{
        Entry{"jobName.invalid", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The job name must be 4 to 128 letters, digits, '_' or '-'.")},
        Entry{"destPrefix.leadingSlash", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The destination prefix must not start with '/'.")},
        Entry{"destPrefix.notDirectory", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The destination prefix does not end with '/': object names will be glued to it.")},
        Entry{"destBucket.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Name the destination OSS bucket.")},
        Entry{"destDomain.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Give the OSS endpoint, for example http://oss-cn-hangzhou-internal.aliyuncs.com.")},
        Entry{"destDomain.invalid", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The OSS endpoint must be an http(s) URL without a bucket, path or credentials.")},
        Entry{"srcBucket.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Name the source bucket or container.")},
        Entry{"srcDomain.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Give the source endpoint.")},
        Entry{"srcDomain.credentials", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The source endpoint must not carry credentials.")},
        Entry{"cos.regionMissing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "COS needs its region as the source endpoint.")},
        Entry{"cos.appIdMissing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "COS needs the AppId.")},
        Entry{"http.listFileMissing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "An HTTP source needs the list file of URLs.")},
        Entry{"http.columnsMissing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "An HTTP source needs the prefix and relative path columns.")},
        Entry{"srcPrefix.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Give the local directory to import.")},
        Entry{"hdfs.mountMissing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "ossimport cannot read HDFS itself: give the local directory where HDFS is mounted.")},
        Entry{"hdfs.viaMount", QT_TRANSLATE_NOOP("ferry::model::OssImport", "HDFS is imported through a local mount (NFS gateway or FUSE); for large clusters a tool that reads HDFS directly, such as JindoDistCp, fits better.")},
        Entry{"srcPrefix.notAbsolute", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The local directory must be an absolute path.")},
        Entry{"srcPrefix.noTrailingSlash", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The local directory must end with '/'.")},
        Entry{"incrementalInterval.belowMinimum", QT_TRANSLATE_NOOP("ferry::model::OssImport", "The incremental interval must be at least 900 seconds.")},
        Entry{"incrementalInterval.belowRecommended", QT_TRANSLATE_NOOP("ferry::model::OssImport", "An incremental interval under 3600 seconds rescans more often than recommended.")},
        Entry{"audit.disabled", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Without an audit after import nothing checks that every object arrived.")},
        Entry{"recordMd5.disabled", QT_TRANSLATE_NOOP("ferry::model::OssImport", "Without workerRecordMd5 the objects carry no checksum to verify later.")},
        Entry{"workers.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "A distributed job needs at least one worker; the first is the master.")},
        Entry{"workers.invalid", QT_TRANSLATE_NOOP("ferry::model::OssImport", "A worker must be an IP address or host name.")},
        Entry{"workerUser.missing", QT_TRANSLATE_NOOP("ferry::model::OssImport", "A distributed job needs the ssh user of the workers.")},
        Entry{"extraProperty.credential", QT_TRANSLATE_NOOP("ferry::model::OssImport", "A credential setting is written as a placeholder, never with its value.")},
        Entry{"extraProperty.conflict", QT_TRANSLATE_NOOP("ferry::model::OssImport", "This setting is generated from the plan and cannot be set again.")},
        Entry{"field.secretLike", QT_TRANSLATE_NOOP("ferry::model::OssImport", "This field looks like it holds a secret; Ferry does not write secrets.")},
    };
    // clang-format on
    for (const Entry &e : kTexts) {
        if (issue.code == QLatin1String(e.code))
            return QCoreApplication::translate("ferry::model::OssImport", e.text);
    }
    return QCoreApplication::translate("ferry::model::OssImport", "Invalid value for %1.")
        .arg(issue.field);
}

} // namespace ferry::model
