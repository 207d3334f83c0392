// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/canonical.h"

#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;

class TestCanonical final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void encodeValue_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved") << QByteArray("aZ09-_.~") << QByteArray("aZ09-_.~");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("a%20b");
        QTest::newRow("star") << QByteArray("a*b") << QByteArray("a%2Ab");
        QTest::newRow("sub-delims") << QByteArray("!'()") << QByteArray("%21%27%28%29");
        QTest::newRow("plus equals amp") << QByteArray("1+1=2&") << QByteArray("1%2B1%3D2%26");
        QTest::newRow("percent") << QByteArray("100%") << QByteArray("100%25");
        QTest::newRow("slash") << QByteArray("/d/t") << QByteArray("%2Fd%2Ft");
        QTest::newRow("utf-8") << QByteArray("é✓") << QByteArray("%C3%A9%E2%9C%93");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void encodeValue()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(canonical::encodeValue(value), encoded);
    }

    void percentDecode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("plusIsSpace");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("upper hex") << QByteArray("a%2Ab") << true << QByteArray("a*b");
        QTest::newRow("lower hex") << QByteArray("a%2ab%7e") << true << QByteArray("a*b~");
        QTest::newRow("plus as space") << QByteArray("a+b") << true << QByteArray("a b");
        QTest::newRow("plus kept in paths") << QByteArray("a+b") << false << QByteArray("a+b");
        QTest::newRow("encoded plus") << QByteArray("1%2B1") << true << QByteArray("1+1");
        QTest::newRow("bad escape kept") << QByteArray("%zz%4") << true << QByteArray("%zz%4");
        QTest::newRow("trailing percent") << QByteArray("100%") << true << QByteArray("100%");
        QTest::newRow("utf-8") << QByteArray("%E5%BC%A0") << true << QByteArray("张");
    }
    void percentDecode()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, plusIsSpace);
        QFETCH(QByteArray, decoded);
        QCOMPARE(canonical::percentDecode(text, plusIsSpace), decoded);
    }

    void queryString_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("byte order") << QByteArray("lowerFirst=l&_underscore=u&Zeta=z")
                                    << QByteArray("Zeta=z&_underscore=u&lowerFirst=l");
        QTest::newRow("raw sub-delims re-encoded")
            << QByteArray("Punct=!%27()&Pattern=a*b*c&Tilde=~user~")
            << QByteArray("Pattern=a%2Ab%2Ac&Punct=%21%27%28%29&Tilde=~user~");
        QTest::newRow("over-encoded tilde") << QByteArray("T=%7Eu") << QByteArray("T=~u");
        QTest::newRow("empty value and no '='")
            << QByteArray("Empty=&Flag&&A=1") << QByteArray("A=1&Empty=&Flag=");
        QTest::newRow("names decoded, not re-encoded")
            << QByteArray("RegionId=cn-hangzhou&Odd%20Name*=v")
            << QByteArray("Odd Name*=v&RegionId=cn-hangzhou");
        QTest::newRow("plus is a space")
            << QByteArray("JobName=my+job") << QByteArray("JobName=my%20job");
        QTest::newRow("same name sorted by value")
            << QByteArray("a=2&a=1") << QByteArray("a=1&a=2");
    }
    void queryString()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, canonical);
        QCOMPARE(canonical::queryString(raw), canonical);
    }

    void uri_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray() << QByteArray("/");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("kept as sent") << QByteArray("/api/v1/src%2001%2F%CE%B1%2A~")
                                      << QByteArray("/api/v1/src%2001%2F%CE%B1%2A~");
        QTest::newRow("every star") << QByteArray("/a%2Ab*c*") << QByteArray("/a%2Ab%2Ac%2A");
        QTest::newRow("plus") << QByteArray("/x+y+z") << QByteArray("/x%20y%20z");
        QTest::newRow("tilde") << QByteArray("/%7Eu%7E") << QByteArray("/~u~");
        QTest::newRow("lower-case hex untouched") << QByteArray("/a%2fb") << QByteArray("/a%2fb");
    }
    void uri()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, canonical);
        QCOMPARE(canonical::uri(raw), canonical);
    }

    void splitTarget()
    {
        QCOMPARE(canonical::splitTarget("/a/b?x=1&y=2"),
                 std::make_pair(QByteArray("/a/b"), QByteArray("x=1&y=2")));
        QCOMPARE(canonical::splitTarget("/a?x=1#frag"),
                 std::make_pair(QByteArray("/a"), QByteArray("x=1")));
        QCOMPARE(canonical::splitTarget("/a"), std::make_pair(QByteArray("/a"), QByteArray()));
        QCOMPARE(canonical::splitTarget("/?"), std::make_pair(QByteArray("/"), QByteArray()));
    }

    void parsePairs()
    {
        const auto pairs = canonical::parsePairs("b=2&a=x%20y&c&=v&&d=%E6%95%B0");
        const std::vector<canonical::Pair> expected = {
            {"b", "2"}, {"a", "x y"}, {"c", ""}, {"", "v"}, {"d", "数"}};
        QCOMPARE(pairs, expected);
    }
};

QTEST_GUILESS_MAIN(TestCanonical)
#include "tst_canonical.moc"
