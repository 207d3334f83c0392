// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <bit>
#include <cstring>

namespace ferry::model {

namespace {

constexpr char Magic[8] = {'F', 'E', 'R', 'R', 'Y', 'L', 'A', 'G'};
constexpr qint64 RecordSize = 16;
constexpr qint64 FixedHeaderSize = 14; // magic, version, record size, id length
constexpr qint64 ChunkRecords = 4096;
const QString Suffix = QStringLiteral(".lag");

bool encodeJobId(const QString &jobId, QByteArray *utf8)
{
    if (jobId.isEmpty() || !jobId.isValidUtf16())
        return false;
    *utf8 = jobId.toUtf8();
    return utf8->size() <= SeriesStore::MaxJobIdBytes;
}

QByteArray header(const QByteArray &id)
{
    QByteArray h(FixedHeaderSize, Qt::Uninitialized);
    std::memcpy(h.data(), Magic, sizeof Magic);
    qToLittleEndian<quint16>(quint16(SeriesStore::FormatVersion), h.data() + 8);
    qToLittleEndian<quint16>(quint16(RecordSize), h.data() + 10);
    qToLittleEndian<quint16>(quint16(id.size()), h.data() + 12);
    h += id;
    QByteArray sum(2, Qt::Uninitialized);
    qToLittleEndian<quint16>(qChecksum(h), sum.data());
    return h + sum;
}

void putRecord(char *p, qint64 t, double v)
{
    qToLittleEndian<qint64>(t, p);
    qToLittleEndian<quint64>(std::bit_cast<quint64>(v), p + 8);
}

SeriesStoreError fail(SeriesStoreError::Code code, const QString &path, const QString &detail = {})
{
    return {code, QDir::toNativeSeparators(path), detail};
}

// Reads and checks the header of an open file; on success *length is its size in bytes.
SeriesStoreError readHeader(QFile &f, const QByteArray &id, qint64 *length)
{
    using Code = SeriesStoreError::Code;
    const QByteArray fixed = f.read(FixedHeaderSize);
    if (fixed.size() < FixedHeaderSize || std::memcmp(fixed.constData(), Magic, sizeof Magic) != 0)
        return fail(Code::BadHeader, f.fileName());
    const auto version = qFromLittleEndian<quint16>(fixed.constData() + 8);
    const auto recordSize = qFromLittleEndian<quint16>(fixed.constData() + 10);
    const auto idLength = qFromLittleEndian<quint16>(fixed.constData() + 12);
    const QByteArray rest = f.read(qint64(idLength) + 2);
    if (rest.size() < qint64(idLength) + 2)
        return fail(Code::BadHeader, f.fileName());
    const QByteArray covered = fixed + rest.left(idLength);
    if (qFromLittleEndian<quint16>(rest.constData() + idLength) != qChecksum(covered))
        return fail(Code::BadHeader, f.fileName());
    if (version != SeriesStore::FormatVersion || recordSize != RecordSize)
        return fail(Code::UnsupportedVersion, f.fileName());
    if (rest.left(idLength) != id)
        return fail(Code::WrongJob, f.fileName());
    *length = FixedHeaderSize + idLength + 2;
    return {};
}

} // namespace

QString SeriesStoreError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::InvalidJobId:
        return tr("A lag history cannot be kept for this job: its id is empty or too long.");
    case Code::Io:
        return tr("Could not read or write the lag history file %1: %2").arg(path, detail);
    case Code::BadHeader:
        return tr("The file %1 is not a lag history Ferry can read: its header is damaged. "
                  "It was left unchanged; set it aside to start a new history.")
            .arg(path);
    case Code::UnsupportedVersion:
        return tr("The lag history file %1 was written by a newer version of Ferry. It was left "
                  "unchanged.")
            .arg(path);
    case Code::WrongJob:
        return tr("The lag history file %1 belongs to another job. It was left unchanged.")
            .arg(path);
    }
    return {};
}

SeriesStore::SeriesStore(QString directory, qint64 retentionMs)
    : m_dir(std::move(directory))
    , m_retentionMs(retentionMs)
{}

QString SeriesStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lag-history");
}

QString SeriesStore::filePath(const QString &jobId) const
{
    // Dots are encoded too, so no name is hidden ("..x") or special ("..").
    const QByteArray name = QUrl::toPercentEncoding(jobId, {}, QByteArrayLiteral("."));
    return QDir(m_dir).filePath(QString::fromLatin1(name) + Suffix);
}

SeriesLoadResult SeriesStore::load(const QString &jobId, qint64 nowMs) const
{
    SeriesLoadResult r;
    QByteArray id;
    if (!encodeJobId(jobId, &id)) {
        r.error.code = SeriesStoreError::Code::InvalidJobId;
        return r;
    }
    QFile f(filePath(jobId));
    if (!f.exists())
        return r;
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
        return r;
    }
    qint64 headerLength = 0;
    r.error = readHeader(f, id, &headerLength);
    if (!r.error.ok())
        return r;

    const qint64 body = f.size() - headerLength;
    const qint64 records = body / RecordSize;
    r.truncatedBytes = body % RecordSize;
    r.series.reserve(qsizetype(records));
    const qint64 cutoff = nowMs - m_retentionMs;
    for (qint64 done = 0; done < records;) {
        const qint64 n = std::min(ChunkRecords, records - done);
        const QByteArray chunk = f.read(n * RecordSize);
        if (chunk.size() != n * RecordSize) {
            r.error = fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
            return r;
        }
        for (qint64 k = 0; k < n; ++k) {
            const char *p = chunk.constData() + k * RecordSize;
            const auto t = qFromLittleEndian<qint64>(p);
            const double v = std::bit_cast<double>(qFromLittleEndian<quint64>(p + 8));
            if (t < cutoff)
                ++r.expired;
            else
                r.series.append(t, v);
        }
        done += n;
    }
    if (r.expired > 0)
        r.series.squeeze();
    return r;
}

SeriesStoreError SeriesStore::append(const QString &jobId, const QList<Sample> &samples)
{
    QByteArray id;
    if (!encodeJobId(jobId, &id))
        return {SeriesStoreError::Code::InvalidJobId, {}, {}};
    if (!QDir().mkpath(m_dir))
        return fail(SeriesStoreError::Code::Io, m_dir,
                    SeriesStoreError::tr("the folder cannot be created"));
    QFile f(filePath(jobId));
    if (!f.open(QIODevice::ReadWrite))
        return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    if (f.size() == 0) {
        const QByteArray h = header(id);
        if (f.write(h) != h.size())
            return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    } else {
        qint64 headerLength = 0;
        if (auto error = readHeader(f, id, &headerLength); !error.ok())
            return error;
        // A torn record from a crash would misalign every later one: cut it off first.
        const qint64 aligned = headerLength + (f.size() - headerLength) / RecordSize * RecordSize;
        if (aligned != f.size() && !f.resize(aligned))
            return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    }
    if (samples.isEmpty())
        return {};
    QByteArray body(samples.size() * RecordSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < samples.size(); ++i)
        putRecord(body.data() + i * RecordSize, samples[i].t, samples[i].v);
    if (!f.seek(f.size()) || f.write(body) != body.size() || !f.flush())
        return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    return {};
}

SeriesStoreError SeriesStore::compact(const QString &jobId, qint64 nowMs)
{
    const SeriesLoadResult loaded = load(jobId, nowMs);
    if (!loaded.error.ok())
        return loaded.error;
    if (loaded.expired == 0 && loaded.truncatedBytes == 0)
        return {};
    QSaveFile f(filePath(jobId));
    if (!f.open(QIODevice::WriteOnly))
        return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    QByteArray out = header(jobId.toUtf8());
    const Series &s = loaded.series;
    const qint64 headerLength = out.size();
    out.resize(headerLength + s.size() * RecordSize);
    for (qsizetype i = 0; i < s.size(); ++i)
        putRecord(out.data() + headerLength + i * RecordSize, s.time(i), s.value(i));
    if (f.write(out) != out.size() || !f.commit())
        return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    return {};
}

QList<SeriesStoreError> SeriesStore::compactAll(qint64 nowMs)
{
    QList<SeriesStoreError> errors;
    for (const QString &id : jobIds()) {
        if (auto error = compact(id, nowMs); !error.ok())
            errors.append(error);
    }
    return errors;
}

SeriesStoreError SeriesStore::setAside(const QString &jobId, qint64 nowMs, QString *newPath)
{
    QByteArray id;
    if (!encodeJobId(jobId, &id))
        return {SeriesStoreError::Code::InvalidJobId, {}, {}};
    const QString path = filePath(jobId);
    if (!QFile::exists(path))
        return {};
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    QFile f(path);
    if (!f.rename(target))
        return fail(SeriesStoreError::Code::Io, path, f.errorString());
    if (newPath)
        *newPath = target;
    return {};
}

SeriesStoreError SeriesStore::remove(const QString &jobId)
{
    QByteArray id;
    if (!encodeJobId(jobId, &id))
        return {SeriesStoreError::Code::InvalidJobId, {}, {}};
    QFile f(filePath(jobId));
    if (f.exists() && !f.remove())
        return fail(SeriesStoreError::Code::Io, f.fileName(), f.errorString());
    return {};
}

QStringList SeriesStore::jobIds() const
{
    QStringList ids;
    const QStringList files =
        QDir(m_dir).entryList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QByteArray encoded = name.left(name.size() - Suffix.size()).toLatin1();
        ids.append(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded)));
    }
    ids.sort();
    return ids;
}

} // namespace ferry::model
