// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/series.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::model {

/// Why a series store operation failed; message() turns it into words.
struct SeriesStoreError
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::SeriesStoreError)

public:
    enum class Code
    {
        None,
        InvalidJobId,       ///< empty, too long, or not valid text
        Io,                 ///< the file or folder could not be read or written
        BadHeader,          ///< the file is not a lag history (wrong magic or header checksum)
        UnsupportedVersion, ///< written by a newer Ferry
        WrongJob,           ///< the header names another job
    };

    Code code = Code::None;
    /// The file concerned (no secrets: files hold only a job id, timestamps and values).
    QString path;
    /// The system's explanation for Io errors.
    QString detail;

    /// True when the operation succeeded.
    bool ok() const { return code == Code::None; }
    /// A translated sentence for the user.
    QString message() const;
};

/// The outcome of loading one job's history.
struct SeriesLoadResult
{
    Series series;
    SeriesStoreError error;
    /// Bytes of a torn last record (a crash while writing), ignored.
    qint64 truncatedBytes = 0;
    /// Readings older than the retention period, skipped.
    qsizetype expired = 0;
};

/// Lag history per job on disk, so charts cover days across restarts.
///
/// One file per job, `<percent-encoded job id>.lag` (dots encoded too), in the store's folder.
/// Format (version 1, little-endian): 8-byte magic "FERRYLAG", u16 version, u16 record size (16),
/// u16 job-id length n, n bytes of UTF-8 job id, u16 CRC-16 (qChecksum, ISO 3309) of everything
/// before it; then append-only records of i64 timestamp (ms since the epoch, UTC) and f64 value
/// (NaN = no reading). Nothing else is stored: no names, endpoints or credentials.
///
/// Damage: a torn last record is ignored on load and cut off before the next append. A file whose
/// header is damaged, of a newer version, or of another job is refused with an error and left
/// byte for byte as it is; setAside() renames it out of the way when the caller decides to start
/// afresh. Retention: load() skips readings older than the retention period and compact()
/// rewrites a file without them (atomically, via QSaveFile).
class SeriesStore final
{
public:
    static constexpr qint64 DefaultRetentionMs = qint64(14) * 24 * 3600 * 1000;
    static constexpr int FormatVersion = 1;
    static constexpr int MaxJobIdBytes = 200;

    /// A store in `directory` (created on the first append) keeping retentionMs of history.
    explicit SeriesStore(QString directory, qint64 retentionMs = DefaultRetentionMs);

    /// The folder under the application data location where Ferry keeps lag history.
    static QString defaultDirectory();

    /// The store's folder.
    const QString &directory() const { return m_dir; }
    /// The retention period (ms).
    qint64 retentionMs() const { return m_retentionMs; }
    /// The file that holds a job's history.
    QString filePath(const QString &jobId) const;

    /// Reads a job's history from nowMs - retention on. A job with no file has an empty history.
    SeriesLoadResult load(const QString &jobId, qint64 nowMs) const;
    /// Appends readings (in the order given) to a job's file, creating it and the folder if
    /// needed.
    SeriesStoreError append(const QString &jobId, const QList<Sample> &samples);
    /// Rewrites a job's file without expired readings or a torn tail.
    SeriesStoreError compact(const QString &jobId, qint64 nowMs);
    /// compact() for every job in the store; the errors of those that failed.
    QList<SeriesStoreError> compactAll(qint64 nowMs);
    /// Renames a job's file to `<file>.unreadable-<UTC time>` so a new history can start.
    SeriesStoreError setAside(const QString &jobId, qint64 nowMs, QString *newPath = nullptr);
    /// Deletes a job's history.
    SeriesStoreError remove(const QString &jobId);
    /// Ids of the jobs with a history file, sorted.
    QStringList jobIds() const;

private:
    QString m_dir;
    qint64 m_retentionMs;
};

} // namespace ferry::model
