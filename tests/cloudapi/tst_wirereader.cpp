// SPDX-License-Identifier: GPL-3.0-or-later
// The response reader: lenient where the services are inconsistent (numbers as strings, bools as
// text), strict where a value is of the wrong kind, always naming the field, never throwing.
#include "cloudapi/wirecommon.h"
#include "cloudapi/wirereader.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ferry::cloudapi;
using namespace ferry::cloudapi::wire;
using nlohmann::json;

class TestWireReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void times_data();
    void times();
    void integers_data();
    void integers();
    void booleans_data();
    void booleans();
    void strings();
    void firstProblemWins();
    void nestedValuesAsText();
    void exceptionsBecomeErrors();
    void timeTexts();
};

void TestWireReader::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWireReader::times_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2024, 12, 18), QTime(3, 4, 5), QTimeZone::utc());
    QTest::newRow("mms is Beijing time") << "mms"
                                         << "2024-12-18 11:04:05" << t;
    QTest::newRow("mms across midnight")
        << "mms"
        << "2024-12-19 02:04:05"
        << QDateTime(QDate(2024, 12, 18), QTime(18, 4, 5), QTimeZone::utc());
    QTest::newRow("mms reading ISO") << "mms"
                                     << "2024-12-18T03:04:05Z" << t;
    QTest::newRow("iso Z") << "iso"
                           << "2024-12-18T03:04:05Z" << t;
    QTest::newRow("iso with ms and offset") << "iso"
                                            << "2024-12-18T03:04:05.000+00:00" << t;
    QTest::newRow("iso east of UTC") << "iso"
                                     << "2024-12-18T11:04:05+08:00" << t;
    QTest::newRow("iso without zone means UTC") << "iso"
                                                << "2024-12-18T03:04:05" << t;
    QTest::newRow("iso reading the mms form is UTC") << "iso"
                                                     << "2024-12-18 03:04:05" << t;
    QTest::newRow("empty is no time") << "iso"
                                      << "" << QDateTime();
    QTest::newRow("bad month") << "mms"
                               << "2024-13-18 03:04:05" << QDateTime();
}

void TestWireReader::times()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const json body = {{"t", text.toStdString()}};
    Reader reader;
    const Obj o = Obj::root(reader, body);
    const QDateTime got = kind == QLatin1String("mms") ? o.mmsTime("t") : o.isoTime("t");
    QCOMPARE(got, expected);
    if (got.isValid())
        QCOMPARE(got.timeSpec(), Qt::UTC);
    // An unreadable non-empty time is an error; an empty one is just absent.
    QCOMPARE(reader.ok(), expected.isValid() || text.isEmpty());
}

void TestWireReader::integers_data()
{
    QTest::addColumn<QString>("value"); // JSON text
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << "42" << true << qint64(42);
    QTest::newRow("negative") << "-7" << true << qint64(-7);
    QTest::newRow("big") << "9007199254740993" << true << qint64(9007199254740993LL);
    QTest::newRow("integral float") << "3.0" << true << qint64(3);
    QTest::newRow("numeric string") << R"("1734490800")" << true << qint64(1734490800);
    QTest::newRow("empty string is absent") << R"("")" << true << qint64(-1);
    QTest::newRow("null is absent") << "null" << true << qint64(-1);
    QTest::newRow("fraction") << "2.5" << false << qint64(-1);
    QTest::newRow("word") << R"("ten")" << false << qint64(-1);
    QTest::newRow("bool") << "true" << false << qint64(-1);
    QTest::newRow("array") << "[1]" << false << qint64(-1);
    QTest::newRow("too big unsigned") << "18446744073709551615" << false << qint64(-1);
}

void TestWireReader::integers()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const json body = json::parse(QStringLiteral(R"({"n":%1})").arg(value).toStdString());
    Reader reader;
    const Obj o = Obj::root(reader, body);
    QCOMPARE(o.i64("n", -1), expected);
    QCOMPARE(reader.ok(), ok);
    if (!ok)
        QVERIFY(reader.error().message.contains(QLatin1String("n: expected an integer")));
}

void TestWireReader::booleans_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expected"); // -1 absent
    QTest::newRow("true") << "true" << true << 1;
    QTest::newRow("False text") << R"("False")" << true << 0;
    QTest::newRow("one") << "1" << true << 1;
    QTest::newRow("zero") << "0" << true << 0;
    QTest::newRow("two") << "2" << false << -1;
    QTest::newRow("yes") << R"("yes")" << false << -1;
    QTest::newRow("object") << "{}" << false << -1;
}

void TestWireReader::booleans()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(int, expected);
    const json body = json::parse(QStringLiteral(R"({"b":%1})").arg(value).toStdString());
    Reader reader;
    const std::optional<bool> got = Obj::root(reader, body).optBool("b");
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(got.has_value() ? int(*got) : -1, expected);
}

void TestWireReader::strings()
{
    const json body = {{"s", "plain"}, {"n", 12}, {"f", 1.5}, {"b", false}, {"o", json::object()}};
    Reader reader;
    const Obj o = Obj::root(reader, body);
    QCOMPARE(o.str("s"), QStringLiteral("plain"));
    QCOMPARE(o.str("n"), QStringLiteral("12"));
    QCOMPARE(o.str("f"), QStringLiteral("1.5"));
    QCOMPARE(o.str("b"), QStringLiteral("false"));
    QCOMPARE(o.str("missing"), QString());
    QVERIFY(reader.ok());
    QCOMPARE(o.str("o"), QString());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().message, QStringLiteral("Unexpected response: o: expected a string, "
                                                    "got an object"));
}

void TestWireReader::firstProblemWins()
{
    const json body = {{"a", json::array()}, {"b", "x"}};
    Reader reader;
    reader.requestId = QStringLiteral("req-9");
    const Obj o = Obj::root(reader, body);
    (void)o.obj("a");
    (void)o.i64("b");
    const ApiError e = reader.error();
    QCOMPARE(e.kind, ErrorKind::InvalidResponse);
    QCOMPARE(e.requestId, QStringLiteral("req-9"));
    QCOMPARE(e.message, QStringLiteral("Unexpected response: a: expected an object, got an array"));
}

void TestWireReader::nestedValuesAsText()
{
    json deep = "leaf";
    for (int i = 0; i < 200; ++i)
        deep = json{{"k", deep}};
    const json body = {{"deep", deep}, {"map", {{"x", 1}, {"y", "two"}, {"z", {1, 2}}}}};
    Reader reader;
    const Obj o = Obj::root(reader, body);
    QVERIFY(o.text("deep").startsWith(QLatin1String("{\"k\":{\"k\":")));
    const QMap<QString, QString> map = o.textMap("map");
    QCOMPARE(map.value(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(map.value(QStringLiteral("y")), QStringLiteral("two"));
    QCOMPARE(map.value(QStringLiteral("z")), QStringLiteral("[1,2]"));
    QVERIFY(reader.ok());
}

void TestWireReader::exceptionsBecomeErrors()
{
    const Result<int> r = guardedParse<int>([]() -> Result<int> {
        json j = json::array();
        return j.at(5).get<int>(); // throws out_of_range
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidResponse);
    QVERIFY(r.error().message.startsWith(QLatin1String("Unreadable response")));
}

void TestWireReader::timeTexts()
{
    const QDateTime local(QDate(2024, 12, 18), QTime(11, 4, 5), QTimeZone(8 * 3600));
    QCOMPARE(mmsTimeText(local), QStringLiteral("2024-12-18 11:04:05"));
    QCOMPARE(mmsTimeText(local.toUTC()), QStringLiteral("2024-12-18 11:04:05"));
    QCOMPARE(mmsTimeText(QDateTime(QDate(2024, 12, 18), QTime(20, 0), QTimeZone::utc())),
             QStringLiteral("2024-12-19 04:00:00"));
    QCOMPARE(isoTimeText(local), QStringLiteral("2024-12-18T03:04:05Z"));
    QCOMPARE(mmsTimeText(QDateTime()), QString());
    QCOMPARE(jsonStringArray({QStringLiteral("DONE"), QStringLiteral("a\"b")}),
             QStringLiteral("[\"DONE\",\"a\\\"b\"]"));
}

QTEST_GUILESS_MAIN(TestWireReader)
#include "tst_wirereader.moc"
