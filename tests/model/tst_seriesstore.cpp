// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/seriesstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace ferry::model;
using Code = SeriesStoreError::Code;

Q_DECLARE_METATYPE(ferry::model::SeriesStoreError::Code)

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Day = 24 * 3600 * 1000;

QList<Sample> samples(qint64 from, int count, qint64 stepMs, double base)
{
    QList<Sample> out;
    for (int i = 0; i < count; ++i)
        out.append({from + i * stepMs, base + i});
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

qint64 headerSize(const QString &jobId)
{
    return 16 + jobId.toUtf8().size();
}

} // namespace

class TstSeriesStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void roundTrip()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.filePath(QStringLiteral("lag")));
        const QString job = QStringLiteral("dtsbi6e22ay243");
        QVERIFY(store.append(job, samples(T0, 100, 1000, 1000)).ok());
        QList<Sample> more{{T0 + 100'000, std::nan("")}, {T0 + 101'000, 4500.5}};
        QVERIFY(store.append(job, more).ok());

        const SeriesLoadResult r = store.load(job, T0 + 200'000);
        QVERIFY(r.error.ok());
        QCOMPARE(r.truncatedBytes, 0);
        QCOMPARE(r.expired, 0);
        QCOMPARE(r.series.size(), 102);
        QCOMPARE(r.series.at(0), (Sample{T0, 1000}));
        QCOMPARE(r.series.at(99), (Sample{T0 + 99'000, 1099}));
        QVERIFY(std::isnan(r.series.value(100)));
        QCOMPARE(r.series.at(101), (Sample{T0 + 101'000, 4500.5}));
        // Nothing but the header and 16 bytes a reading.
        QCOMPARE(QFileInfo(store.filePath(job)).size(), headerSize(job) + 102 * 16);
        QCOMPARE(store.jobIds(), QStringList{job});
    }

    void missingHistoryIsEmpty()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        const SeriesLoadResult r = store.load(QStringLiteral("nothing-yet"), T0);
        QVERIFY(r.error.ok());
        QVERIFY(r.series.isEmpty());
        QVERIFY(store.jobIds().isEmpty());
    }

    // The file holds the readings as appended; order is settled on load like any series.
    void outOfOrderAppendsLoadSorted()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        const QString job = QStringLiteral("j");
        QVERIFY(store.append(job, {{T0 + 2000, 2}, {T0, 0}, {T0 + 1000, 1}, {T0 + 2000, 22}}).ok());
        const Series s = store.load(job, T0).series;
        QCOMPARE(s.times(), (std::vector<qint64>{T0, T0 + 1000, T0 + 2000}));
        QCOMPARE(s.values(), (std::vector<double>{0, 1, 22}));
    }

    void tornLastRecordIsIgnoredThenCutOff()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        const QString job = QStringLiteral("dtsjob-1");
        QVERIFY(store.append(job, samples(T0, 10, 1000, 100)).ok());
        const QString path = store.filePath(job);
        QByteArray bytes = readAll(path);
        bytes.chop(9); // a crash in the middle of the last record
        writeAll(path, bytes);

        SeriesLoadResult r = store.load(job, T0);
        QVERIFY(r.error.ok());
        QCOMPARE(r.truncatedBytes, 7);
        QCOMPARE(r.series.size(), 9);
        QCOMPARE(r.series.at(8), (Sample{T0 + 8000, 108}));

        QVERIFY(store.append(job, {{T0 + 20'000, 7}}).ok());
        QCOMPARE(QFileInfo(path).size(), headerSize(job) + 10 * 16);
        r = store.load(job, T0);
        QCOMPARE(r.truncatedBytes, 0);
        QCOMPARE(r.series.size(), 10);
        QCOMPARE(r.series.at(9), (Sample{T0 + 20'000, 7}));
    }

    void retentionOnLoadAndCompaction()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path(), 2 * Day);
        const QString job = QStringLiteral("sync-7");
        // One reading an hour for four days.
        QVERIFY(store.append(job, samples(T0, 96, 3600'000, 0)).ok());
        const qint64 now = T0 + 96 * 3600'000;
        const SeriesLoadResult r = store.load(job, now);
        QCOMPARE(r.expired, 48);
        QCOMPARE(r.series.size(), 48);
        QCOMPARE(r.series.time(0), now - 2 * Day);
        QCOMPARE(r.series.memoryBytes(), 48 * 16);

        QVERIFY(store.compact(job, now).ok());
        QCOMPARE(QFileInfo(store.filePath(job)).size(), headerSize(job) + 48 * 16);
        const SeriesLoadResult after = store.load(job, now);
        QCOMPARE(after.expired, 0);
        QCOMPARE(after.series.times(), r.series.times());
        QCOMPARE(after.series.values(), r.series.values());
        // Still appendable after the rewrite.
        QVERIFY(store.append(job, {{now + 1000, 1}}).ok());
        QCOMPARE(store.load(job, now).series.size(), 49);
        QVERIFY(store.compactAll(now).isEmpty());
    }

    // A damaged header is refused with a clear error and the file is not touched, not even by
    // an append or a compaction; setAside() is the explicit way out.
    void damagedFilesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<int>("offset"); // byte to change; -1: version 2 with a valid checksum
        QTest::addColumn<Code>("code");
        QTest::newRow("magic") << 0 << Code::BadHeader;
        QTest::newRow("version byte, checksum now wrong") << 8 << Code::BadHeader;
        QTest::newRow("job id byte") << 15 << Code::BadHeader;
        QTest::newRow("checksum") << 14 + 5 << Code::BadHeader;
        QTest::newRow("newer version") << -1 << Code::UnsupportedVersion;
    }

    void damagedFilesAreRefusedAndLeftAlone()
    {
        QFETCH(int, offset);
        QFETCH(Code, code);
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        const QString job = QStringLiteral("job-5"); // header: 14 + 5 + 2 bytes
        QVERIFY(store.append(job, samples(T0, 5, 1000, 0)).ok());
        const QString path = store.filePath(job);
        QByteArray bytes = readAll(path);
        if (offset >= 0) {
            bytes[offset] = char(bytes[offset] ^ 0x5a);
        } else {
            qToLittleEndian<quint16>(2, bytes.data() + 8);
            qToLittleEndian<quint16>(qChecksum(bytes.left(14 + 5)), bytes.data() + 14 + 5);
        }
        writeAll(path, bytes);
        const QByteArray before = readAll(path);

        const SeriesLoadResult r = store.load(job, T0);
        QCOMPARE(r.error.code, code);
        QVERIFY(r.series.isEmpty());
        QCOMPARE(r.error.path, QDir::toNativeSeparators(path));
        QVERIFY(r.error.message().contains(r.error.path));
        QCOMPARE(store.append(job, {{T0 + 9000, 1}}).code, code);
        QCOMPARE(store.compact(job, T0 + 30 * Day).code, code);
        QCOMPARE(store.compactAll(T0 + 30 * Day).size(), 1);
        QCOMPARE(readAll(path), before);

        QString aside;
        QVERIFY(store.setAside(job, T0, &aside).ok());
        QVERIFY(aside.startsWith(path + QStringLiteral(".unreadable-")));
        QCOMPARE(readAll(aside), before);
        QVERIFY(!QFile::exists(path));
        QVERIFY(store.append(job, {{T0, 3}}).ok());
        QCOMPARE(store.load(job, T0).series.size(), 1);
        QCOMPARE(store.jobIds(), QStringList{job});
    }

    void emptyOrHeaderlessFileIsRefused()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        const QString job = QStringLiteral("short");
        writeAll(store.filePath(job), QByteArrayLiteral("FERRY"));
        QCOMPARE(store.load(job, T0).error.code, Code::BadHeader);
        QCOMPARE(readAll(store.filePath(job)), QByteArrayLiteral("FERRY"));
    }

    void anotherJobsFileIsRefused()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        QVERIFY(store.append(QStringLiteral("job-a"), samples(T0, 3, 1000, 0)).ok());
        QVERIFY(QFile::copy(store.filePath(QStringLiteral("job-a")),
                            store.filePath(QStringLiteral("job-b"))));
        QCOMPARE(store.load(QStringLiteral("job-b"), T0).error.code, Code::WrongJob);
        QCOMPARE(store.append(QStringLiteral("job-b"), {{T0, 1}}).code, Code::WrongJob);
    }

    // Ids become file names that stay inside the folder, whatever their characters.
    void jobIdsAreEncoded()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.filePath(QStringLiteral("sub")));
        const QStringList ids{QStringLiteral("../escape"), QStringLiteral("a/b"),
                              QStringLiteral("迁移任务"), QStringLiteral("..")};
        for (const QString &id : ids) {
            QVERIFY(store.append(id, {{T0, 1}}).ok());
            QCOMPARE(QFileInfo(store.filePath(id)).absolutePath(),
                     QDir(dir.filePath(QStringLiteral("sub"))).absolutePath());
            QCOMPARE(store.load(id, T0).series.size(), 1);
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(store.jobIds(), sorted);
        QVERIFY(store.remove(QStringLiteral("a/b")).ok());
        QCOMPARE(store.jobIds().size(), 3);
    }

    void invalidJobIds()
    {
        QTemporaryDir dir;
        SeriesStore store(dir.path());
        QCOMPARE(store.append(QString(), {{T0, 1}}).code, Code::InvalidJobId);
        QCOMPARE(store.append(QString(201, QLatin1Char('x')), {{T0, 1}}).code, Code::InvalidJobId);
        QCOMPARE(store.load(QString(), T0).error.code, Code::InvalidJobId);
        SeriesStoreError invalid;
        invalid.code = Code::InvalidJobId;
        QVERIFY(!invalid.message().isEmpty());
        QVERIFY(store.append(QString(200, QLatin1Char('x')), {{T0, 1}}).ok());
    }

    void unwritableFolderIsAnIoError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        writeAll(blocker, "x");
        SeriesStore store(blocker + QStringLiteral("/lag")); // a folder inside a file
        const SeriesStoreError e = store.append(QStringLiteral("j"), {{T0, 1}});
        QCOMPARE(e.code, Code::Io);
        QVERIFY(e.message().contains(QStringLiteral("lag")));
    }

    void defaultDirectoryIsUnderAppData()
    {
        QVERIFY(SeriesStore::defaultDirectory().endsWith(QStringLiteral("/lag-history")));
    }
};

QTEST_GUILESS_MAIN(TstSeriesStore)
#include "tst_seriesstore.moc"
