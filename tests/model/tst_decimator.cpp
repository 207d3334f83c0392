// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/decimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using ferry::model::decimate;
using ferry::model::DecimationRequest;
using ferry::model::isGapSeparator;
using ferry::model::Series;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 T0 = 1'700'000'000'000;

bool contains(const QList<QPointF> &out, qint64 t, double v)
{
    return std::any_of(out.begin(), out.end(),
                       [&](const QPointF &p) { return p.x() == double(t) && p.y() == v; });
}

int bucketOf(const DecimationRequest &r, qint64 t)
{
    // Same arithmetic as the implementation, so readings on a bucket edge land alike.
    const double scale = double(r.buckets) / (double(r.to) - double(r.from));
    const int b = int((double(t) - double(r.from)) * scale);
    return std::clamp(b, 0, r.buckets - 1);
}

double bucketStart(const DecimationRequest &r, int b)
{
    return double(r.from) + (double(r.to) - double(r.from)) * b / r.buckets;
}

// The structural promises: time order, separators only between points, bounded size.
void checkShape(const QList<QPointF> &out, const DecimationRequest &r)
{
    qsizetype separators = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (isGapSeparator(out[i])) {
            ++separators;
            QVERIFY2(i > 0 && i + 1 < out.size(), "a separator at an end");
            QVERIFY2(!isGapSeparator(out[i + 1]), "two separators in a row");
            QVERIFY(out[i - 1].x() < out[i].x() && out[i].x() < out[i + 1].x());
        } else if (i > 0) {
            QVERIFY2(out[i - 1].x() < out[i].x(), "points not in time order");
        }
    }
    QVERIFY2(out.size() - separators <= 8 * qsizetype(r.buckets) + 16, "output not bounded");
    QVERIFY2(separators <= qsizetype(r.buckets) + 2, "more drawn gaps than buckets");
}

// Every bucket's earliest maximum and earliest minimum reading is in the output.
void checkBucketExtremes(const Series &s, const QList<QPointF> &out, const DecimationRequest &r)
{
    const auto [lo, hi] = s.indexRange(r.from, r.to);
    std::vector<qsizetype> mins(std::size_t(r.buckets), -1);
    std::vector<qsizetype> maxs(std::size_t(r.buckets), -1);
    for (qsizetype i = lo; i < hi; ++i) {
        if (std::isnan(s.value(i)))
            continue;
        const auto b = std::size_t(bucketOf(r, s.time(i)));
        if (mins[b] < 0 || s.value(i) < s.value(mins[b]))
            mins[b] = i;
        if (maxs[b] < 0 || s.value(i) > s.value(maxs[b]))
            maxs[b] = i;
    }
    for (std::size_t b = 0; b < mins.size(); ++b) {
        if (mins[b] < 0)
            continue;
        QVERIFY2(contains(out, s.time(mins[b]), s.value(mins[b])),
                 qPrintable(QStringLiteral("bucket %1 lost its minimum").arg(b)));
        QVERIFY2(contains(out, s.time(maxs[b]), s.value(maxs[b])),
                 qPrintable(QStringLiteral("bucket %1 lost its maximum").arg(b)));
    }
}

// For consecutive finite readings a, b in range with no separator drawn between them, a crossing
// of `level` between a and b is matched by a crossing of the output polyline within
// [start of a's bucket, end of b's bucket].
void checkCrossings(const Series &s, const QList<QPointF> &out, const DecimationRequest &r,
                    double level)
{
    const auto [lo, hi] = s.indexRange(r.from, r.to);
    qsizetype prev = -1;
    int crossings = 0;
    for (qsizetype i = lo; i < hi; ++i) {
        if (std::isnan(s.value(i)))
            continue;
        if (prev >= 0) {
            const double a = s.value(prev);
            const double b = s.value(i);
            if ((a < level) != (b < level)) {
                const double from = bucketStart(r, bucketOf(r, s.time(prev)));
                const double to = bucketStart(r, bucketOf(r, s.time(i)) + 1);
                const bool separated = std::any_of(out.begin(), out.end(), [&](const QPointF &p) {
                    return isGapSeparator(p) && p.x() > double(s.time(prev)) &&
                           p.x() < double(s.time(i));
                });
                if (!separated) {
                    ++crossings;
                    bool found = false;
                    for (qsizetype k = 1; k < out.size() && !found; ++k) {
                        const QPointF &p = out[k - 1];
                        const QPointF &q = out[k];
                        if (isGapSeparator(p) || isGapSeparator(q))
                            continue;
                        found =
                            p.x() >= from && q.x() <= to && ((p.y() < level) != (q.y() < level));
                    }
                    QVERIFY2(found, qPrintable(QStringLiteral("crossing of %1 at %2 lost")
                                                   .arg(level)
                                                   .arg(s.time(i) - T0)));
                }
            }
        }
        prev = i;
    }
    QVERIFY(crossings > 0); // the data must actually exercise the property
}

} // namespace

class TstDecimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void degenerateRequestsGiveNothing()
    {
        Series s;
        QVERIFY(decimate(s, {T0, T0 + 1000, 10}).isEmpty());
        s.append(T0, 1);
        s.append(T0 + 500, 2);
        QVERIFY(decimate(s, {T0, T0 + 1000, 0}).isEmpty());
        QVERIFY(decimate(s, {T0 + 1000, T0 + 1000, 10}).isEmpty());
        QVERIFY(decimate(s, {T0 + 1000, T0, 10}).isEmpty());
        QCOMPARE(decimate(s, {T0, T0 + 1000, 10}).size(), 2);
    }

    void sparseDataPassesThroughUnchanged()
    {
        Series s;
        for (int i = 0; i < 50; ++i)
            s.append(T0 + i * 1000, std::sin(i));
        const auto out = decimate(s, {T0, T0 + 49'000, 1000});
        QCOMPARE(out.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(out[i], QPointF(double(T0 + i * 1000), std::sin(i)));
    }

    // A week at 1 s, flat, with one single-sample spike and one single-sample dip.
    void singleSampleSpikesSurvive_data()
    {
        QTest::addColumn<qsizetype>("spikeAt");
        QTest::addColumn<qsizetype>("dipAt");
        QTest::addColumn<int>("buckets");
        QTest::newRow("middle") << qsizetype(300'001) << qsizetype(123'457) << 1200;
        QTest::newRow("first and last") << qsizetype(0) << qsizetype(604'799) << 1200;
        QTest::newRow("same bucket") << qsizetype(400'000) << qsizetype(400'003) << 1200;
        QTest::newRow("narrow chart") << qsizetype(77) << qsizetype(500'000) << 37;
    }

    void singleSampleSpikesSurvive()
    {
        QFETCH(qsizetype, spikeAt);
        QFETCH(qsizetype, dipAt);
        QFETCH(int, buckets);
        constexpr qsizetype n = 7 * 24 * 3600;
        Series s;
        s.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            s.append(T0 + i * 1000, i == spikeAt ? 90'000.0 : i == dipAt ? 0.0 : 1'200.0);
        const DecimationRequest r{T0, T0 + (n - 1) * 1000, buckets};
        const auto out = decimate(s, r);
        checkShape(out, r);
        QVERIFY(contains(out, T0 + spikeAt * 1000, 90'000.0));
        QVERIFY(contains(out, T0 + dipAt * 1000, 0.0));
        QCOMPARE(out.first().x(), double(T0));
        QCOMPARE(out.last().x(), double(T0 + (n - 1) * 1000));
        QVERIFY(out.size() <= 4 * buckets);
    }

    // Plateaus: long runs of equal values joined by steps; each step is a threshold crossing.
    void plateausKeepTheirSteps()
    {
        Series s;
        for (qint64 i = 0; i < 100'000; ++i)
            s.append(T0 + i * 1000, (i / 7'919) % 2 == 0 ? 2'000.0 : 8'000.0);
        const DecimationRequest r{T0, T0 + 99'999 * 1000, 300};
        const auto out = decimate(s, r);
        checkShape(out, r);
        checkBucketExtremes(s, out, r);
        checkCrossings(s, out, r, 5000);
        // The first reading of every plateau is its bucket's earliest extreme, so it is kept.
        for (qint64 k = 1; k * 7'919 < 100'000; ++k)
            QVERIFY(contains(out, T0 + k * 7'919 * 1000, s.value(k * 7'919)));
    }

    // Random walks around the 5 s line, including noise that crosses it inside one bucket.
    void randomDataKeepsExtremesAndCrossings_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<double>("noise");
        QTest::newRow("dense, wide") << 1u << 200'000 << 1200 << 400.0;
        QTest::newRow("dense, narrow") << 2u << 50'000 << 50 << 2'000.0;
        QTest::newRow("about one per bucket") << 3u << 1'300 << 1200 << 1'500.0;
        QTest::newRow("very noisy") << 4u << 30'000 << 640 << 8'000.0;
    }

    void randomDataKeepsExtremesAndCrossings()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        QFETCH(int, buckets);
        QFETCH(double, noise);
        QRandomGenerator rng(seed);
        // A slow swing through the 5 s line (seven periods, so every sixth of the data crosses
        // it), a random walk on top, and noise.
        Series s;
        double walk = 0;
        for (int i = 0; i < count; ++i) {
            walk = std::clamp(walk + (rng.generateDouble() - 0.5) * 200, -2000.0, 2000.0);
            const double swing = 4000 * std::sin(2 * M_PI * 7 * i / count);
            const double v = 5000 + swing + walk + (rng.generateDouble() - 0.5) * noise;
            s.append(T0 + qint64(i) * 1000, std::max(0.0, v));
        }
        // A zoomed-in range and the whole series.
        for (const auto &[from, to] : {std::pair{T0, T0 + qint64(count - 1) * 1000},
                                       std::pair{T0 + count / 3 * 1000, T0 + count / 2 * 1000}}) {
            const DecimationRequest r{from, to, buckets};
            const auto out = decimate(s, r);
            checkShape(out, r);
            checkBucketExtremes(s, out, r);
            checkCrossings(s, out, r, 5000);
            checkCrossings(s, out, r, 4321);
        }
    }

    void contextPointsAroundAZoomedRange()
    {
        Series s;
        for (int i = 0; i < 100; ++i)
            s.append(T0 + i * 1000, i);
        s.append(T0 + 100'000, NaN);
        s.append(T0 + 101'000, 101);
        const auto out = decimate(s, {T0 + 10'500, T0 + 99'500, 10});
        QCOMPARE(out.first(), QPointF(double(T0 + 10'000), 10));
        QCOMPARE(out.last(), QPointF(double(T0 + 101'000), 101));
        DecimationRequest noContext{T0 + 10'500, T0 + 99'500, 10};
        noContext.context = false;
        const auto bare = decimate(s, noContext);
        QCOMPARE(bare.first(), QPointF(double(T0 + 11'000), 11));
        QCOMPARE(bare.last(), QPointF(double(T0 + 99'000), 99));
    }

    // A run of NaN readings wider than a bucket is one separator between its neighbours.
    void nanStretchBecomesOneSeparator()
    {
        Series s;
        for (int i = 0; i < 1000; ++i)
            s.append(T0 + i * 1000, (i >= 400 && i < 460) ? NaN : 3000.0 + i);
        const DecimationRequest r{T0, T0 + 999'000, 100}; // buckets of 10 s; the hole is 61 s
        const auto out = decimate(s, r);
        checkShape(out, r);
        const auto separators = std::count_if(out.begin(), out.end(), isGapSeparator);
        QCOMPARE(separators, 1);
        const auto sep = std::find_if(out.begin(), out.end(), isGapSeparator);
        QCOMPARE(*(sep - 1), QPointF(double(T0 + 399'000), 3399));
        QCOMPARE(*(sep + 1), QPointF(double(T0 + 460'000), 3460));
    }

    void timeGapsFollowMaxGap_data()
    {
        QTest::addColumn<qint64>("maxGapMs");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("separators");
        // Readings every 10 s with one 300 s hole; the range is 1,300 s.
        QTest::newRow("gap over maxGap and wider than a bucket") << qint64(30'000) << 100 << 1;
        QTest::newRow("maxGap off") << qint64(0) << 100 << 0;
        QTest::newRow("hole within maxGap") << qint64(300'000) << 100 << 0;
        QTest::newRow("hole narrower than a bucket") << qint64(30'000) << 2 << 0;
        QTest::newRow("regular spacing over maxGap") << qint64(5'000) << 100 << 1;
    }

    void timeGapsFollowMaxGap()
    {
        QFETCH(qint64, maxGapMs);
        QFETCH(int, buckets);
        QFETCH(int, separators);
        Series s;
        for (qint64 t = 0; t <= 1'300'000; t += 10'000) {
            if (t <= 500'000 || t >= 800'000)
                s.append(T0 + t, 4000);
        }
        DecimationRequest r{T0, T0 + 1'300'000, buckets};
        r.maxGapMs = maxGapMs;
        const auto out = decimate(s, r);
        checkShape(out, r);
        QCOMPARE(int(std::count_if(out.begin(), out.end(), isGapSeparator)), separators);
    }

    // Every other reading NaN: the holes are narrower than a pixel, so no separators, and the
    // output stays bounded and keeps the extremes.
    void alternatingNanStaysBounded()
    {
        Series s;
        QRandomGenerator rng(7);
        for (int i = 0; i < 200'000; ++i)
            s.append(T0 + i * 1000, i % 2 ? NaN : rng.bounded(10'000.0));
        const DecimationRequest r{T0, T0 + 199'999 * 1000, 800};
        const auto out = decimate(s, r);
        checkShape(out, r);
        QCOMPARE(std::count_if(out.begin(), out.end(), isGapSeparator), 0);
        checkBucketExtremes(s, out, r);
        checkCrossings(s, out, r, 5000);
    }

    // Holes wider than a bucket everywhere: at most one separator per bucket, still bounded.
    void manyWideGapsStayBounded()
    {
        Series s;
        for (int i = 0; i < 20'000; ++i)
            s.append(T0 + i * 1000, i % 3 == 1 ? NaN : double(i % 11) * 1000);
        const DecimationRequest r{T0, T0 + 19'999 * 1000, 5000}; // buckets of 4 s; holes of 2 s
        const auto out = decimate(s, r);
        checkShape(out, r);
        checkBucketExtremes(s, out, r);
        DecimationRequest wide = r;
        wide.buckets = 10'000; // buckets of 2 s: every hole is drawn
        const auto fine = decimate(s, wide);
        checkShape(fine, wide);
        QVERIFY(std::count_if(fine.begin(), fine.end(), isGapSeparator) > 1000);
    }

    void allNanGivesNothing()
    {
        Series s;
        for (int i = 0; i < 100; ++i)
            s.append(T0 + i * 1000, NaN);
        QVERIFY(decimate(s, {T0, T0 + 99'000, 10}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDecimator)
#include "tst_decimator.moc"
