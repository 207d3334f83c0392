// SPDX-License-Identifier: GPL-3.0-or-later
// Name-to-id resolution as tables: exact, ambiguous, fuzzy-only and no match, with the sandbox's
// colliding data source names; the normalisation, edit distance and job-or-task rules.
#include "model/mms.h"
#include "model/nameresolution.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry::model;

Q_DECLARE_METATYPE(ferry::model::ResolutionKind)

namespace {

NameCandidate candidate(const char *id, const char *name)
{
    NameCandidate c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromUtf8(name);
    c.type = QStringLiteral("HIVE");
    return c;
}

// The MMS data sources of the sandbox scenario (cloudapi/sandbox/SCENARIO.md).
QList<NameCandidate> scenarioSources()
{
    return {candidate("2000015", "hive_prod"),           candidate("2000016", "hive-prod"),
            candidate("2000017", "hive_prod_backup"),    candidate("2000018", "Hive-Prod-EU"),
            candidate("2000019", "bq_analytics"),        candidate("2000020", "mc_legacy_prod"),
            candidate("2000021", "databricks_lakehouse")};
}

QStringList ids(const QList<NameMatch> &matches)
{
    QStringList out;
    for (const NameMatch &m : matches)
        out.append(m.candidate.id);
    return out;
}

} // namespace

class TestNameResolution : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void scenario_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<ResolutionKind>("kind");
        QTest::addColumn<QStringList>("matchIds"); // in order
        const auto E = ResolutionKind::Exact;
        const auto F = ResolutionKind::FuzzyOnly;
        const auto N = ResolutionKind::None;
        // clang-format off
        QTest::newRow("exact hive_prod") << "hive_prod" << E << QStringList{"2000015"};
        QTest::newRow("exact hive-prod") << "hive-prod" << E << QStringList{"2000016"};
        QTest::newRow("exact mixed case") << "Hive-Prod-EU" << E << QStringList{"2000018"};
        QTest::newRow("upper case is fuzzy") << "HIVE_PROD" << F
            << QStringList{"2000015", "2000016", "2000018", "2000017"};
        // Ties are broken by name: '-' sorts before '_'.
        QTest::newRow("space for underscore") << "hive prod" << F
            << QStringList{"2000016", "2000015", "2000018", "2000017"};
        QTest::newRow("other case only") << "Hive_Prod" << F
            << QStringList{"2000015", "2000016", "2000018", "2000017"};
        QTest::newRow("prefix lists several") << "hive" << F
            << QStringList{"2000016", "2000015", "2000018", "2000017"};
        QTest::newRow("substring") << "lakehouse" << F << QStringList{"2000021"};
        QTest::newRow("one typo") << "hive_prd" << F << QStringList{"2000016", "2000015"};
        QTest::newRow("transposition") << "bq_anlaytics" << F << QStringList{"2000019"};
        QTest::newRow("trailing space is not exact") << "hive_prod " << F
            << QStringList{"2000016", "2000015", "2000018", "2000017"};
        QTest::newRow("nothing alike") << "oracle_erp" << N << QStringList{};
        QTest::newRow("empty") << "" << N << QStringList{};
        QTest::newRow("only separators") << "__ -" << N << QStringList{};
        QTest::newRow("short text needs a prefix") << "hx" << N << QStringList{};
        // clang-format on
    }

    void scenario()
    {
        QFETCH(QString, typed);
        QFETCH(ResolutionKind, kind);
        QFETCH(QStringList, matchIds);
        const Resolution r = resolveName(typed, scenarioSources());
        QCOMPARE(r.kind, kind);
        QCOMPARE(ids(r.matches), matchIds);
        QCOMPARE(r.typed, typed);
        QCOMPARE(r.needsPick(), kind == ResolutionKind::FuzzyOnly);
        // Only an exact resolution yields a candidate to use without asking.
        QCOMPARE(r.exact().has_value(), kind == ResolutionKind::Exact);
        if (kind == ResolutionKind::Exact)
            QCOMPARE(r.exact()->name, typed);
    }

    void exactListsSimilarNames()
    {
        const Resolution r = resolveName(QStringLiteral("hive_prod"), scenarioSources());
        QCOMPARE(r.kind, ResolutionKind::Exact);
        QCOMPARE(ids(r.similar), (QStringList{"2000016", "2000018", "2000017"}));
        for (const NameMatch &m : r.similar)
            QVERIFY(m.kind != MatchKind::Exact);
    }

    void matchKinds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1: no match
        QTest::addColumn<int>("distance");
        // clang-format off
        QTest::newRow("identical") << "hive_prod" << "hive_prod" << int(MatchKind::Exact) << 0;
        QTest::newRow("case") << "HIVE_PROD" << "hive_prod" << int(MatchKind::CaseOnly) << 0;
        QTest::newRow("accented case") << "ÀBC_DÉF" << "àbc_déf" << int(MatchKind::CaseOnly) << 0;
        QTest::newRow("separators") << "hive prod" << "hive-prod" << int(MatchKind::Separators) << 0;
        QTest::newRow("tab is a separator") << "hive\tprod" << "hive_prod" << int(MatchKind::Separators) << 0;
        QTest::newRow("prefix") << "hive" << "hive_prod_backup" << int(MatchKind::Prefix) << 0;
        QTest::newRow("substring") << "backup" << "hive_prod_backup" << int(MatchKind::Substring) << 0;
        QTest::newRow("edit 1") << "hive_prid" << "hive_prod" << int(MatchKind::EditDistance) << 1;
        QTest::newRow("edit 2 needs 8 chars") << "hive_pxd" << "hive_prod" << -1 << 0;
        QTest::newRow("edit 2 at 8 chars") << "hive_pxxd" << "hive_prod" << int(MatchKind::EditDistance) << 2;
        QTest::newRow("edit 2 long") << "analytxcs_dayly" << "analytics_daily" << int(MatchKind::EditDistance) << 2;
        QTest::newRow("edit 3 too far") << "analytxcs_daxlx" << "analytics_daily" << -1 << 0;
        QTest::newRow("three letters: no edits") << "hiv" << "hix" << -1 << 0;
        QTest::newRow("one letter: no prefix") << "h" << "hive" << -1 << 0;
        QTest::newRow("longer than the name") << "hive_prod_backup" << "hive_prod" << -1 << 0;
        QTest::newRow("unicode name") << "数据源" << "数据源_生产" << int(MatchKind::Prefix) << 0;
        // clang-format on
    }

    void matchKinds()
    {
        QFETCH(QString, typed);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(int, distance);
        NameCandidate c;
        c.id = QStringLiteral("1");
        c.name = name;
        const std::optional<NameMatch> m = matchName(typed, c);
        QCOMPARE(m.has_value(), kind >= 0);
        if (m) {
            QCOMPARE(int(m->kind), kind);
            QCOMPARE(m->distance, distance);
        }
    }

    void severalExactAreAmbiguous()
    {
        QList<NameCandidate> list = scenarioSources();
        NameCandidate twin = candidate("2000099", "hive_prod");
        twin.region = QStringLiteral("cn-beijing");
        list.prepend(twin);
        const Resolution r = resolveName(QStringLiteral("hive_prod"), list);
        QCOMPARE(r.kind, ResolutionKind::Ambiguous);
        QVERIFY(r.needsPick());
        QVERIFY(!r.exact());
        // Only the exact ones, ordered by id (numerically).
        QCOMPARE(ids(r.matches), (QStringList{"2000015", "2000099"}));
    }

    void numericIdsSortAsNumbers()
    {
        const QList<NameCandidate> list = {candidate("10", "job"), candidate("9", "job"),
                                           candidate("100", "job")};
        const Resolution r = resolveName(QStringLiteral("job"), list);
        QCOMPARE(ids(r.matches), (QStringList{"9", "10", "100"}));
    }

    void maxMatchesKeepsTheBest()
    {
        QList<NameCandidate> list;
        for (int i = 0; i < 80; ++i)
            list.append(candidate(QByteArray::number(i).constData(),
                                  QByteArray("orders_").append(QByteArray::number(i)).constData()));
        list.append(candidate("999", "ORDERS"));
        FuzzyOptions options;
        options.maxMatches = 5;
        const Resolution r = resolveName(QStringLiteral("orders"), list, options);
        QCOMPARE(r.kind, ResolutionKind::FuzzyOnly);
        QCOMPARE(r.matches.size(), 5);
        QCOMPARE(r.matches.first().candidate.id, QStringLiteral("999")); // case-only beats prefix
    }

    void editDistanceTable_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << "abc"
                              << "abc" << 3 << 0;
        QTest::newRow("substitution") << "abc"
                                      << "abd" << 3 << 1;
        QTest::newRow("insertion") << "abc"
                                   << "abxc" << 3 << 1;
        QTest::newRow("deletion") << "abc"
                                  << "ac" << 3 << 1;
        QTest::newRow("transposition") << "abcd"
                                       << "abdc" << 3 << 1;
        QTest::newRow("empty") << ""
                               << "abc" << 5 << 3;
        QTest::newRow("capped by length gap") << "a"
                                              << "abcdef" << 2 << 3;
        QTest::newRow("capped during search") << "kitten"
                                              << "sitting" << 2 << 3;
        QTest::newRow("kitten sitting") << "kitten"
                                        << "sitting" << 5 << 3;
    }

    void editDistanceTable()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, limit);
        QFETCH(int, expected);
        QCOMPARE(editDistance(a, b, limit), expected);
        QCOMPARE(editDistance(b, a, limit), expected);
    }

    void normalization()
    {
        QCOMPARE(normalizedName(QStringLiteral("Hive-Prod_EU 01")), QStringLiteral("hiveprodeu01"));
        QCOMPARE(normalizedName(QStringLiteral("___")), QString());
    }

    void candidatesFromResources()
    {
        MmsDataSource s;
        s.id = 2000018;
        s.name = QStringLiteral("Hive-Prod-EU");
        s.type = QStringLiteral("HIVE");
        s.region = QStringLiteral("eu-central-1");
        s.status = parseWire<MmsDataSourceStatus>(QStringLiteral("STARTED"));
        s.agentIsOnline = false;
        s.createTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        const NameCandidate c = nameCandidate(s);
        QCOMPARE(c.id, QStringLiteral("2000018"));
        QCOMPARE(c.name, s.name);
        QCOMPARE(c.type, QStringLiteral("HIVE"));
        QCOMPARE(c.region, QStringLiteral("eu-central-1"));
        QVERIFY2(c.status.contains(QStringLiteral("agent offline")), qPrintable(c.status));
        QCOMPARE(c.created, s.createTime);

        MmsTask task;
        task.id = 4007;
        task.jobId = 82;
        task.jobName = QStringLiteral("dw_full");
        task.srcDbName = QStringLiteral("dw");
        task.srcTableName = QStringLiteral("dwd_trade_order_di");
        const NameCandidate t = nameCandidate(task);
        QCOMPARE(t.name, QStringLiteral("dwd_trade_order_di"));
        QVERIFY(t.note.contains(QStringLiteral("dw_full")));
        QVERIFY(t.note.contains(QStringLiteral("82")));
    }

    void jobOrTask_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("job id") << "82" << int(JobOrTask::Job);
        QTest::newRow("task id") << "4001" << int(JobOrTask::Task);
        QTest::newRow("name of both") << "orders" << int(JobOrTask::Both);
        QTest::newRow("job id equals a task name") << "4002" << int(JobOrTask::Both);
        QTest::newRow("neither") << "nothing" << int(JobOrTask::Neither);
        QTest::newRow("empty") << "" << int(JobOrTask::Neither);
        QTest::newRow("not fuzzy") << "ORDERS" << int(JobOrTask::Neither);
    }

    void jobOrTask()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        const QList<NameCandidate> jobs = {candidate("82", "orders"), candidate("4002", "daily")};
        const QList<NameCandidate> tasks = {candidate("4001", "orders"), candidate("4003", "4002")};
        QCOMPARE(int(classifyJobOrTask(typed, jobs, tasks)), expected);
    }
};

QTEST_GUILESS_MAIN(TestNameResolution)
#include "tst_nameresolution.moc"
