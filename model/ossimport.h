// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/planenums.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ferry::model {

/// Where ossimport reads from. All but Hdfs are native `srcType` values; ossimport has no HDFS
/// reader, so Ferry plans HDFS as a `local` job over a mount of the HDFS namespace (NFS gateway
/// or FUSE) that the user provides, and says so in the generated file.
enum class OssImportSource
{
    Local,
    Oss,
    Qiniu,
    Bos,
    Ks3,
    S3,
    Youpai,
    Http,
    Cos,
    Azure,
    Hdfs,
};

/// Standalone writes conf/local_job.cfg; distributed writes conf/job.cfg and conf/workers.
enum class OssImportMode
{
    Standalone,
    Distributed,
};

/// ossimport's `auditMode`.
enum class OssImportAuditMode
{
    Simple,   ///< size only
    General,  ///< size, last-modified and headers (ossimport's default)
    Detailed, ///< content
};

/// An object-storage move to OSS. Holds no credential field on purpose: the generated files
/// carry placeholders that are filled on the machine running ossimport.
struct OssImportPlan
{
    QString id;
    QString phaseId; ///< the plan phase that runs it, if any
    QString jobName = QStringLiteral("ferry_import");
    OssImportMode mode = OssImportMode::Standalone;
    OssImportSource source = OssImportSource::S3;
    QString srcDomain; ///< e.g. "http://s3.us-east-1.amazonaws.com"; empty for local/hdfs
    QString srcBucket;
    QString srcPrefix;          ///< local/hdfs: absolute directory ending in "/"
    QString srcAppId;           ///< cos only
    QString hdfsPath;           ///< hdfs: the HDFS directory that the mount at srcPrefix exposes
    QString httpListFilePath;   ///< http only
    QString httpPrefixColumn;   ///< http only
    QString relativePathColumn; ///< http only
    QString destDomain;         ///< e.g. "http://oss-cn-hangzhou-internal.aliyuncs.com" (no bucket)
    QString destBucket;
    QString destPrefix; ///< must not start with "/"
    bool incremental = true;
    int incrementalIntervalSeconds = 86400; ///< ossimport minimum 900; >= 3600 recommended
    qint64 importSince = 0;                 ///< unix seconds; 0 = everything
    bool auditAfterImport = true;
    OssImportAuditMode auditMode = OssImportAuditMode::General;
    bool recordMd5 = true; ///< workerRecordMd5: x-oss-meta-md5 checksum on each object
    bool skipExistingFiles = false;
    bool serverSideEncryption = false;
    bool allowSymbolicLink = false;
    int taskObjectCountLimit = 10000;        ///< 1-50000
    qint64 taskObjectSizeLimit = 1000000000; ///< bytes per task
    int scanThreadCount = 1;                 ///< 1-32
    int maxMultiThreadScanDepth = 1;         ///< 1-16
    int workerTaskThreadNum = 60;
    qint64 workerMaxThroughputKBps = 0; ///< 0 = unlimited
    QString javaHeapMaxSize = QStringLiteral("1024m");
    QString workingDir; ///< empty: "." standalone, "/root/import" distributed
    QString workerUser; ///< distributed: the ssh user on the workers (not a secret)
    int sshPort = 22;
    QStringList workers; ///< distributed: worker addresses, the first is the master
    QMap<QString, QString> extraJobProperties; ///< further documented keys, written as given
                                               ///< (secret-named keys become placeholders)
    std::optional<qint64> totalBytes;          ///< for estimates
    std::optional<qint64> objectCount;
};

/// A problem with an OssImportPlan: `code` is a stable id, `field` the plan field, `value` the
/// offending value (never a secret).
struct OssImportIssue
{
    Severity severity = Severity::Error;
    QString code;
    QString field;
    QString value;
};

/// The generated configuration files.
struct OssImportFiles
{
    QString jobFileName;          ///< "local_job.cfg" or "job.cfg"
    QString jobConfig;            ///< its text
    QString sysProperties;        ///< conf/sys.properties
    QString workers;              ///< conf/workers (distributed only), one address per line
    QList<OssImportIssue> issues; ///< all issues; when one is an Error, no text is generated
    bool ok() const { return !jobConfig.isEmpty(); }
};

/// Placeholders written instead of credentials.
inline constexpr char kOssPlaceholderSrcAccessKey[] = "<FILL_IN_SOURCE_ACCESS_KEY>";
inline constexpr char kOssPlaceholderSrcSecretKey[] = "<FILL_IN_SOURCE_SECRET_KEY>";
inline constexpr char kOssPlaceholderDestAccessKey[] = "<FILL_IN_OSS_ACCESS_KEY_ID>";
inline constexpr char kOssPlaceholderDestSecretKey[] = "<FILL_IN_OSS_ACCESS_KEY_SECRET>";
inline constexpr char kOssPlaceholderWorkerPassword[] = "<FILL_IN_WORKER_PASSWORD>";

/// ossimport's `srcType` for a source ("local" for Hdfs).
QString srcTypeFor(OssImportSource source);
/// Stable identifiers used in plan files ("s3", "hdfs", "standalone", "general", ...).
QString toId(OssImportSource source);
QString toId(OssImportMode mode);
QString toId(OssImportAuditMode mode);
std::optional<OssImportSource> ossImportSourceFromString(QStringView text);
std::optional<OssImportMode> ossImportModeFromString(QStringView text);
std::optional<OssImportAuditMode> ossImportAuditModeFromString(QStringView text);

/// Checks names, ranges and source-specific fields against ossimport's documented rules.
QList<OssImportIssue> validate(const OssImportPlan &plan);

/// Generates the job file and sys.properties (and workers when distributed). Credentials are
/// always placeholders, whatever extraJobProperties says.
OssImportFiles generateOssImportConfig(const OssImportPlan &plan);

/// Parses Java-properties text (`#`/`!` comments, `=`/`:`/blank separators, continuation lines,
/// \uXXXX escapes) into key -> value; a later key wins.
QMap<QString, QString> parseJavaProperties(QStringView text);

/// Escapes a value for a Java-properties file read as ISO-8859-1 (non-ASCII as \uXXXX).
QString escapePropertyValue(QStringView value);

/// Translated explanation of an issue code (context "ferry::model::OssImport").
QString describeIssue(const OssImportIssue &issue);

} // namespace ferry::model
