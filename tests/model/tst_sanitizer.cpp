// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sanitizer.h"

#include <QLocale>
#include <QTest>

#include <nlohmann/json.hpp>

#include <random>
#include <string>

using namespace ferry::model;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray bytes(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string repeated(std::string_view piece, std::size_t times)
{
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secretKey_data();
    void secretKey();
    void accessKeyIdValue_data();
    void accessKeyIdValue();

    void maskJson_data();
    void maskJson();
    void maskJsonChunkedMatchesString_data();
    void maskJsonChunkedMatchesString();
    void maskJsonValueAppliesSameRule_data();
    void maskJsonValueAppliesSameRule();

    void invalidJson_data();
    void invalidJson();

    void deepNesting_data();
    void deepNesting();
    void deepMaskedContainer();
    void deepUnclosedIsAnError();
    void deepIndentedOutputStaysLinear();
    void deepDom();
    void mutatedDocumentsAgreeWithNlohmann();

    void maskText_data();
    void maskText();
    void maskTextQString();
};

void TestSanitizer::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestSanitizer::secretKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("secret");

    // Expectations are what jq's test(PATTERN; "i") answers for the same keys.
    QTest::newRow("password") << QByteArray("password") << true;
    QTest::newRow("upper") << QByteArray("PASSWORD") << true;
    QTest::newRow("inside longer name") << QByteArray("myPasswordHint") << true;
    QTest::newRow("passwd") << QByteArray("passwd") << false;
    QTest::newRow("pass_word") << QByteArray("pass_word") << false;
    QTest::newRow("secret mixed case") << QByteArray("SeCrEt") << true;
    QTest::newRow("clientSecret") << QByteArray("clientSecret") << true;
    QTest::newRow("tokens") << QByteArray("tokens") << true;
    QTest::newRow("tok") << QByteArray("tok") << false;
    QTest::newRow("header name") << QByteArray("X-Acs-Security-Token") << true;
    QTest::newRow("access_id") << QByteArray("access_id") << true;
    QTest::newRow("accessXid") << QByteArray("accessXid") << true;
    QTest::newRow("accessid needs one char between") << QByteArray("accessid") << false;
    QTest::newRow("access__id has two between") << QByteArray("access__id") << false;
    QTest::newRow("accesskey") << QByteArray("accesskey") << false;
    QTest::newRow("access_key") << QByteArray("access_key") << true;
    QTest::newRow("ACCESS.KEY") << QByteArray("ACCESS.KEY") << true;
    QTest::newRow("AccessKeyId") << QByteArray("AccessKeyId") << true;
    QTest::newRow("accessKeyID") << QByteArray("accessKeyID") << true;
    QTest::newRow("accessKeySecret") << QByteArray("accessKeySecret") << true;
    QTest::newRow("access_key_id") << QByteArray("access_key_id") << true;
    QTest::newRow("dot is not newline") << QByteArray("access\nid") << false;
    QTest::newRow("dot is carriage return") << QByteArray("access\rid") << true;
    QTest::newRow("dot is NUL") << QByteArray("access\0id", 9) << true;
    QTest::newRow("dot is one emoji") << QByteArray("access😀id") << true;
    QTest::newRow("two emoji") << QByteArray("access😀😀id") << false;
    QTest::newRow("long s") << QByteArray("paſſword") << true;
    QTest::newRow("long s secret") << QByteArray("ſecret") << true;
    QTest::newRow("long s access") << QByteArray("accesſ_id") << true;
    QTest::newRow("kelvin sign") << QByteArray("to\xE2\x84\xAA"
                                               "en")
                                 << true;
    QTest::newRow("sharp s is ss") << QByteArray("paßword") << true;
    QTest::newRow("capital sharp s") << QByteArray("paẞword") << true;
    QTest::newRow("sharp s then any") << QByteArray("acceß_id") << true;
    QTest::newRow("sharp s cannot be the dot") << QByteArray("acceßid") << false;
    QTest::newRow("sharp s is not one s") << QByteArray("accesßid") << false;
    QTest::newRow("sharp s as the dot") << QByteArray("acceßßkey") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("plain") << QByteArray("name") << false;
    QTest::newRow("chinese") << QByteArray("密码") << false;
    QTest::newRow("dotted letters") << QByteArray("a.c.c.e.s.s.i.d") << false;
    QTest::newRow("invalid utf-8 is one any char") << QByteArray("access\xFFid") << true;
    QTest::newRow("long key") << bytes(repeated("x", 1000) + "token") << true;
}

void TestSanitizer::secretKey()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, secret);
    QCOMPARE(isSecretKey(view(key)), secret);
}

void TestSanitizer::accessKeyIdValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accessKeyId");
    QTest::newRow("id") << QByteArray("LTAI5tAbCdEfGh123456") << true;
    QTest::newRow("prefix only") << QByteArray("LTAI") << true;
    QTest::newRow("lower case") << QByteArray("ltai5tAbCd") << false;
    QTest::newRow("not at start") << QByteArray("xLTAI5t") << false;
    QTest::newRow("leading space") << QByteArray(" LTAI5t") << false;
    QTest::newRow("too short") << QByteArray("LTA") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSanitizer::accessKeyIdValue()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accessKeyId);
    QCOMPARE(isAccessKeyIdValue(view(value)), accessKeyId);
}

void TestSanitizer::maskJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("secret string") << QByteArray(R"({"password":"hunter2","user":"bob"})") << -1
                                   << QByteArray(R"({"password":"********","user":"bob"})");
    QTest::newRow("any type is masked")
        << QByteArray(R"({"token":12,"secret":null,"accessKeyId":true,"a_access_key":false})") << -1
        << QByteArray(
               R"({"token":"********","secret":"********","accessKeyId":"********","a_access_key":"********"})");
    QTest::newRow("container value is masked whole")
        << QByteArray(R"({"Secret":{"a":[1,{"b":"c"}],"d":{}},"next":[1]})") << -1
        << QByteArray(R"({"Secret":"********","next":[1]})");
    QTest::newRow("LTAI value under any key")
        << QByteArray(R"({"id":"LTAI5tAbCd","name":"LTA","x":"ltai5t"})") << -1
        << QByteArray(R"({"id":"********","name":"LTA","x":"ltai5t"})");
    QTest::newRow("LTAI strings in arrays")
        << QByteArray(R"({"ids":["LTAIa",["LTAIb",1],"other"]})") << -1
        << QByteArray(R"({"ids":["********",["********",1],"other"]})");
    QTest::newRow("top-level LTAI string is left")
        << QByteArray(R"("LTAI5t")") << -1 << QByteArray(R"("LTAI5t")");
    QTest::newRow("top-level array") << QByteArray(R"(["LTAI5t",{"Token":"t"}])") << -1
                                     << QByteArray(R"(["********",{"Token":"********"}])");
    QTest::newRow("escaped key") << QByteArray(R"({"pass\u0077ord":"x","\u0074oken":1})") << -1
                                 << QByteArray(
                                        R"({"pass\u0077ord":"********","\u0074oken":"********"})");
    QTest::newRow("escaped long s in key") << QByteArray(R"({"pa\u017f\u017Fword":"x"})") << -1
                                           << QByteArray(R"({"pa\u017f\u017Fword":"********"})");
    QTest::newRow("escaped newline in key")
        << QByteArray(R"({"access\nid":"x"})") << -1 << QByteArray(R"({"access\nid":"x"})");
    QTest::newRow("escaped LTAI value")
        << QByteArray(R"({"a":"\u004CTAI5t","b":["\u004cT\u0041I"],"c":"\u006CTAI"})") << -1
        << QByteArray(R"({"a":"********","b":["********"],"c":"\u006CTAI"})");
    QTest::newRow("secret key inside masked container is not revisited")
        << QByteArray(R"({"token":{"password":"x"},"k":{"password":"y"}})") << -1
        << QByteArray(R"({"token":"********","k":{"password":"********"}})");
    QTest::newRow("key order and duplicates kept")
        << QByteArray(R"({"z":1,"password":2,"a":3,"password":4})") << -1
        << QByteArray(R"({"z":1,"password":"********","a":3,"password":"********"})");
    QTest::newRow("strings and numbers as written")
        << QByteArray(R"({"s":"caf\u00e9 \/ \"q\" \t","n":[1.0,-0,1E+400,12345678901234567890]})")
        << -1
        << QByteArray(R"({"s":"caf\u00e9 \/ \"q\" \t","n":[1.0,-0,1E+400,12345678901234567890]})");
    QTest::newRow("raw unicode kept")
        << QByteArray("{\"名\":\"迁移 😀\"}") << -1 << QByteArray("{\"名\":\"迁移 😀\"}");
    QTest::newRow("whitespace dropped")
        << QByteArray(" \r\n\t{ \"a\" :\n[ 1 ,\t2 ] }\n ") << -1 << QByteArray(R"({"a":[1,2]})");
    QTest::newRow("byte order mark dropped")
        << QByteArray("\xEF\xBB\xBF{\"a\":1}") << -1 << QByteArray(R"({"a":1})");
    QTest::newRow("scalars") << QByteArray(" -12.5e-3 ") << -1 << QByteArray("-12.5e-3");
    QTest::newRow("indent 0 is compact")
        << QByteArray(R"({"a": [1, 2]})") << 0 << QByteArray(R"({"a":[1,2]})");
    QTest::newRow("pretty like jq")
        << QByteArray(R"({"a":[1,{"b":null}],"e":{},"f":[],"password":{"x":1}})") << 2
        << QByteArray("{\n"
                      "  \"a\": [\n"
                      "    1,\n"
                      "    {\n"
                      "      \"b\": null\n"
                      "    }\n"
                      "  ],\n"
                      "  \"e\": {},\n"
                      "  \"f\": [],\n"
                      "  \"password\": \"********\"\n"
                      "}");
    QTest::newRow("pretty 4") << QByteArray(R"([[],[[]],"LTAIx"])") << 4
                              << QByteArray(
                                     "[\n    [],\n    [\n        []\n    ],\n    \"********\"\n]");
    QTest::newRow("pretty empty") << QByteArray(" { } ") << 2 << QByteArray("{}");
}

void TestSanitizer::maskJson()
{
    QFETCH(QByteArray, input);
    QFETCH(int, indent);
    QFETCH(QByteArray, expected);
    std::string out = "left over";
    JsonError error;
    QVERIFY2(ferry::model::maskJson(view(input), out, &error, JsonLayout{indent}),
             error.message.c_str());
    QCOMPARE(bytes(out), expected);
    QVERIFY(validateJson(view(input), &error));
}

void TestSanitizer::maskJsonChunkedMatchesString_data()
{
    QTest::addColumn<int>("indent");
    QTest::newRow("compact") << -1;
    QTest::newRow("indented") << 3;
}

void TestSanitizer::maskJsonChunkedMatchesString()
{
    // Large enough to cross several chunks, with members that straddle chunk boundaries.
    QFETCH(int, indent);
    std::string doc = "[";
    for (int i = 0; i < 40000; ++i) {
        if (i > 0)
            doc += ',';
        doc += R"({"id":)" + std::to_string(i) + R"(,"accessKeyId":"LTAI)" + std::to_string(i) +
               R"(","cfg":{"Password":[1,2,3],"note":")" + std::string(i % 97, 'n') + R"("}})";
    }
    doc += ']';
    std::string whole;
    JsonError error;
    QVERIFY(ferry::model::maskJson(doc, whole, &error, JsonLayout{indent}));
    std::string chunked;
    int chunks = 0;
    const JsonChunkWriter write = [&](std::string_view chunk) {
        chunked.append(chunk);
        ++chunks;
    };
    QVERIFY(ferry::model::maskJson(doc, write, &error, JsonLayout{indent}));
    QVERIFY(chunks > 1);
    QCOMPARE(chunked.size(), whole.size());
    QVERIFY(chunked == whole);
    QVERIFY(whole.find("LTAI") == std::string::npos);
    QVERIFY(whole.find("\"Password\"") != std::string::npos);
}

void TestSanitizer::maskJsonValueAppliesSameRule_data()
{
    maskJson_data();
}

void TestSanitizer::maskJsonValueAppliesSameRule()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    // The DOM keeps one of two duplicate keys; compare against the streaming masker's output
    // read back the same way.
    auto dom = nlohmann::ordered_json::parse(view(input), nullptr, false);
    if (dom.is_discarded())
        QSKIP("nlohmann cannot hold this document (a number out of double range)");
    maskJsonValue(dom);
    const auto want = nlohmann::ordered_json::parse(view(expected));
    QCOMPARE(QByteArray::fromStdString(dom.dump()), QByteArray::fromStdString(want.dump()));

    auto sorted = nlohmann::json::parse(view(input));
    maskJsonValue(sorted);
    QVERIFY(sorted == nlohmann::json::parse(view(expected)));
}

void TestSanitizer::invalidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 0 << 1 << 1 << "empty input";
    QTest::newRow("only whitespace") << QByteArray("  \n ") << 4 << 2 << 2 << "empty input";
    QTest::newRow("only a byte order mark")
        << QByteArray("\xEF\xBB\xBF") << 3 << 1 << 4 << "empty input";
    QTest::newRow("unclosed object") << QByteArray("{") << 1 << 1 << 2 << "unexpected end";
    QTest::newRow("unclosed after colon")
        << QByteArray("{\"a\":") << 5 << 1 << 6 << "unexpected end";
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,]") << 3 << 1 << 4 << "expected a JSON value";
    QTest::newRow("trailing comma in object")
        << QByteArray("{\"a\":1,}") << 7 << 1 << 8 << "expected a string as object key";
    QTest::newRow("comma first") << QByteArray("{,}") << 1 << 1 << 2 << "or '}'";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << 1 << 6 << "expected ':'";
    QTest::newRow("missing comma in object")
        << QByteArray("{\"a\":1 \"b\":2}") << 7 << 1 << 8 << "expected ',' or '}'";
    QTest::newRow("missing comma in array")
        << QByteArray("[1 2]") << 3 << 1 << 4 << "expected ',' or ']'";
    QTest::newRow("mismatched bracket")
        << QByteArray("{\"a\":[1,2}") << 9 << 1 << 10 << "expected ',' or ']'";
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << 1 << 1 << 2 << "object key";
    QTest::newRow("single quotes") << QByteArray("['a']") << 1 << 1 << 2 << "expected a JSON value";
    QTest::newRow("trailing garbage") << QByteArray("[1]x") << 3 << 1 << 4 << "after the JSON";
    QTest::newRow("two documents") << QByteArray("{} {}") << 3 << 1 << 4 << "after the JSON";
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 1 << 1 << 2 << "not terminated";
    QTest::newRow("unterminated escape") << QByteArray("\"a\\") << 0 << 1 << 1 << "not terminated";
    QTest::newRow("newline in string")
        << QByteArray("\"a\nb\"") << 2 << 1 << 3 << "control character";
    QTest::newRow("tab in string") << QByteArray("\"a\tb\"") << 2 << 1 << 3 << "control character";
    QTest::newRow("bad escape") << QByteArray("\"a\\x\"") << 3 << 1 << 4 << "invalid escape";
    QTest::newRow("bad hex") << QByteArray("\"\\u12G4\"") << 5 << 1 << 6 << "hexadecimal";
    QTest::newRow("short hex") << QByteArray("\"\\u12\"") << 5 << 1 << 6 << "hexadecimal";
    QTest::newRow("lone high surrogate") << QByteArray("\"\\ud800\"") << 1 << 1 << 2 << "surrogate";
    QTest::newRow("lone low surrogate") << QByteArray("\"\\uDC00\"") << 1 << 1 << 2 << "surrogate";
    QTest::newRow("high then not low")
        << QByteArray("\"\\ud800\\u0041\"") << 1 << 1 << 2 << "surrogate";
    QTest::newRow("invalid byte") << QByteArray("\"\xFF\"") << 1 << 1 << 2 << "UTF-8";
    QTest::newRow("overlong") << QByteArray("\"\xC0\xAF\"") << 1 << 1 << 2 << "UTF-8";
    QTest::newRow("encoded surrogate") << QByteArray("\"\xED\xA0\x80\"") << 1 << 1 << 2 << "UTF-8";
    QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << 1 << 1 << 2 << "UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("\"\xE2\x82\"") << 1 << 1 << 2 << "UTF-8";
    QTest::newRow("non-ASCII outside a string")
        << QByteArray("[\xC3\xA9]") << 1 << 1 << 2 << "expected a JSON value";
    QTest::newRow("leading zero") << QByteArray("01") << 1 << 1 << 2 << "leading zeros";
    QTest::newRow("minus alone") << QByteArray("[-]") << 2 << 1 << 3 << "expected a digit";
    QTest::newRow("no fraction digits") << QByteArray("1.") << 2 << 1 << 3 << "expected a digit";
    QTest::newRow("no exponent digits") << QByteArray("1e+") << 3 << 1 << 4 << "expected a digit";
    QTest::newRow("leading dot") << QByteArray(".5") << 0 << 1 << 1 << "expected a JSON value";
    QTest::newRow("plus sign") << QByteArray("+1") << 0 << 1 << 1 << "expected a JSON value";
    QTest::newRow("truncated literal") << QByteArray("tru") << 3 << 1 << 4 << "unexpected end";
    QTest::newRow("wrong literal") << QByteArray("nul1") << 3 << 1 << 4 << "invalid literal";
    QTest::newRow("capitalised literal")
        << QByteArray("True") << 0 << 1 << 1 << "expected a JSON value";
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 1 << 2 << "expected a JSON value";
    QTest::newRow("line and column")
        << QByteArray("[1,\n  2,\n  x]") << 11 << 3 << 3 << "expected a JSON value";
    QTest::newRow("CRLF lines") << QByteArray("{\r\n\"a\" 1}") << 7 << 2 << 5 << "expected ':'";
    QTest::newRow("column counts bytes")
        << QByteArray("[\"é\", x]") << 7 << 1 << 8 << "expected a JSON value";
    QTest::newRow("error after a masked value")
        << QByteArray("{\"password\":{\"a\":[1,2,}]}") << 22 << 1 << 23 << "expected a JSON value";
}

void TestSanitizer::invalidJson()
{
    QFETCH(QByteArray, input);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    for (const int indent : {-1, 2}) {
        std::string out = "left over";
        JsonError error;
        QVERIFY(!ferry::model::maskJson(view(input), out, &error, JsonLayout{indent}));
        QVERIFY(out.empty());
        QCOMPARE(error.offset, static_cast<std::size_t>(offset));
        QCOMPARE(error.line, static_cast<std::size_t>(line));
        QCOMPARE(error.column, static_cast<std::size_t>(column));
        QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
    }
    JsonError validated;
    QVERIFY(!validateJson(view(input), &validated));
    QCOMPARE(validated.offset, static_cast<std::size_t>(offset));
    QVERIFY(!ferry::model::maskJson(
        view(input), [](std::string_view) {}, nullptr));
}

void TestSanitizer::deepNesting_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("10,000") << 10000;
    QTest::newRow("1,000,000") << 1000000;
}

void TestSanitizer::deepNesting()
{
    QFETCH(int, depth);
    const auto n = static_cast<std::size_t>(depth);
    const std::string arrays = std::string(n, '[') + std::string(n, ']');
    std::string out;
    JsonError error;
    QVERIFY(ferry::model::maskJson(arrays, out, &error));
    QVERIFY(out == arrays);

    // Objects all the way down, with a secret and an AccessKey ID at the bottom.
    const std::string objects = repeated(R"({"a":)", n) +
                                R"({"accessKeySecret":"s3cr3t","x":["LTAI5t"]})" +
                                std::string(n, '}');
    QVERIFY(ferry::model::maskJson(objects, out, &error));
    QCOMPARE(out.size(), objects.size() + 4); // two 6-character values became 8 characters
    QVERIFY(
        out.ends_with(R"({"accessKeySecret":"********","x":["********"]})" + std::string(n, '}')));
}

void TestSanitizer::deepMaskedContainer()
{
    const std::size_t n = 1000000;
    const std::string doc =
        R"({"token":)" + std::string(n, '[') + "\"LTAI\"" + std::string(n, ']') + R"(,"b":1})";
    std::string out;
    JsonError error;
    QVERIFY(ferry::model::maskJson(doc, out, &error, JsonLayout{2}));
    QCOMPARE(bytes(out), QByteArray("{\n  \"token\": \"********\",\n  \"b\": 1\n}"));
}

void TestSanitizer::deepUnclosedIsAnError()
{
    const std::size_t n = 1000000;
    std::string doc = repeated(R"({"k":[)", n);
    std::string out;
    JsonError error;
    QVERIFY(!ferry::model::maskJson(doc, out, &error));
    QVERIFY(out.empty());
    QCOMPARE(error.offset, doc.size());
    QCOMPARE(error.column, doc.size() + 1);

    doc = std::string(n, '[') + "1" + std::string(n - 1, ']') + "}";
    QVERIFY(!ferry::model::maskJson(doc, out, &error));
    QCOMPARE(error.offset, doc.size() - 1);
    QVERIFY(QString::fromStdString(error.message).contains("expected ',' or ']'"));
}

void TestSanitizer::deepIndentedOutputStaysLinear()
{
    // Past kMaxIndentedDepth levels the output is compact, so it grows linearly with depth.
    const std::size_t n = 1000000;
    const std::string doc = std::string(n, '[') + std::string(n, ']');
    std::string out;
    JsonError error;
    QVERIFY(ferry::model::maskJson(doc, out, &error, JsonLayout{7}));
    const std::size_t indentedLevels = kMaxIndentedDepth - 1;
    QVERIFY(out.starts_with("[\n       [\n              [\n"));
    QVERIFY(out.size() < doc.size() + 2 * indentedLevels * (1 + 7 * kMaxIndentedDepth));
    QVERIFY(validateJson(out, &error));
    std::string compact;
    QVERIFY(ferry::model::maskJson(out, compact, &error));
    QVERIFY(compact == doc);
}

void TestSanitizer::deepDom()
{
    const std::size_t n = 100000;
    const std::string doc =
        std::string(n, '[') + R"({"password":1,"k":"LTAIx"})" + std::string(n, ']');
    auto dom = nlohmann::json::parse(doc);
    maskJsonValue(dom);
    const nlohmann::json *v = &dom;
    for (std::size_t i = 0; i < n; ++i)
        v = &v->at(0);
    QCOMPARE(v->at("password").get<std::string>(), std::string(kMask));
    QCOMPARE(v->at("k").get<std::string>(), std::string(kMask));
}

void TestSanitizer::mutatedDocumentsAgreeWithNlohmann()
{
    // Valid documents with random bytes changed, inserted or removed: whatever comes of it, the
    // masker must agree with nlohmann's strict parser on whether it is JSON, never write output
    // for what is not, and mask what is exactly as maskJsonValue() masks the parsed value.
    const std::string seeds[] = {
        R"({"a":[1,-2.5,3E+2,true,false,null],"password":"p\"w","s":"caf\u00e9 \ud83d\ude00"})",
        R"([{"AccessKeyId":"LTAI5t","x":{"token":[1,{"y":"LTAIz"}]}},"LTAIq",[[[]]],{}])",
        "{\"名\":\"迁移 😀\",\"pa\u017f\u017fword\":0.5,\"k\":\"\\u004CTAI\"}",
        " { \"deep\" : [ [ { \"secret\" : { \"a\" : [ 1 , 2 ] } } ] ] } ",
        "\xEF\xBB\xBF[\"\\/\\b\\f\\n\\r\\t\",0,-0,1.25e-7]"};
    static const char kAlphabet[] = "{}[]\",:\\ 019-.+truefalsnLTAIu\x01\x1f\x7f\x80\xbf\xc3\xa9"
                                    "\xed\xa0\xf4\x90\xff\n\t";
    std::mt19937 rng(7);
    int valid = 0;
    int invalid = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string doc = seeds[rng() % std::size(seeds)];
        for (unsigned edits = 1 + rng() % 3; edits > 0; --edits) {
            const std::size_t at = rng() % (doc.size() + 1);
            const char c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
            switch (rng() % 3) {
            case 0:
                if (at < doc.size())
                    doc[at] = c;
                break;
            case 1:
                doc.insert(at, 1, c);
                break;
            default:
                doc.erase(at, 1 + rng() % 4);
                break;
            }
        }
        bool nlohmannAccepts = true;
        nlohmann::json parsed;
        try {
            parsed = nlohmann::json::parse(doc);
        } catch (const nlohmann::json::out_of_range &) {
            continue; // a number beyond double range: valid JSON that nlohmann cannot hold
        } catch (const nlohmann::json::exception &) {
            nlohmannAccepts = false;
        }
        std::string out = "left over";
        JsonError error;
        const bool ok = ferry::model::maskJson(doc, out, &error);
        if (ok != nlohmannAccepts)
            qWarning("disagreement on: %s", doc.c_str());
        QCOMPARE(ok, nlohmannAccepts);
        QCOMPARE(validateJson(doc, nullptr), ok);
        if (!ok) {
            ++invalid;
            QVERIFY(out.empty());
            QVERIFY(error.offset <= doc.size());
            QVERIFY(!error.message.empty());
            continue;
        }
        ++valid;
        maskJsonValue(parsed);
        QVERIFY(nlohmann::json::parse(out) == parsed);
    }
    qInfo("%d mutated documents valid, %d invalid", valid, invalid);
    QVERIFY(valid > 1000);
    QVERIFY(invalid > 1000);
}

void TestSanitizer::maskText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("AccessKey ID in prose") << QByteArray("using LTAI5tAbCdEf123456 for cn-hangzhou")
                                           << QByteArray("using ******** for cn-hangzhou");
    QTest::newRow("authorization header") << QByteArray("Authorization: acs LTAI5tXyZ:c2lnbmF0dXJl")
                                          << QByteArray("Authorization: acs ********:c2lnbmF0dXJl");
    QTest::newRow("credential") << QByteArray("Credential=LTAI5tXyZ/20240101/cn-hangzhou/mms")
                                << QByteArray("Credential=********/20240101/cn-hangzhou/mms");
    QTest::newRow("lower case ltai is not an id")
        << QByteArray("ltai5tabc") << QByteArray("ltai5tabc");
    QTest::newRow("key=value") << QByteArray("password=hunter2&user=bob")
                               << QByteArray("password=********&user=bob");
    QTest::newRow("url query")
        << QByteArray("GET https://mms.example/api?AccessKeySecret=ab%2Bc/d&Action=List HTTP/1.1")
        << QByteArray("GET https://mms.example/api?AccessKeySecret=********&Action=List HTTP/1.1");
    QTest::newRow("url query at end") << QByteArray("https://h/p?a=1&SecurityToken=CAIS9x")
                                      << QByteArray("https://h/p?a=1&SecurityToken=********");
    QTest::newRow("several pairs")
        << QByteArray("key=LTAIabc,secret=xyz;other=1 token=t")
        << QByteArray("key=********,secret=********;other=1 token=********");
    QTest::newRow("key: value") << QByteArray("token: abc123 next")
                                << QByteArray("token: ******** next");
    QTest::newRow("spaces around =")
        << QByteArray("Password = s3cr3t; retry") << QByteArray("Password = ********; retry");
    QTest::newRow("header line") << QByteArray("X-Acs-Security-Token: CAIS.x/y+z==\r\nHost: a")
                                 << QByteArray("X-Acs-Security-Token: ********\r\nHost: a");
    QTest::newRow("lines") << QByteArray("user: bob\npassword: hunter2\nhost: x")
                           << QByteArray("user: bob\npassword: ********\nhost: x");
    QTest::newRow("json string value") << QByteArray(R"({"password": "p\"w,x", "user": "bob"})")
                                       << QByteArray(R"({"password": "********", "user": "bob"})");
    QTest::newRow("json compact") << QByteArray(R"({"accessKeySecret":"x"})")
                                  << QByteArray(R"({"accessKeySecret":"********"})");
    QTest::newRow("json number") << QByteArray(R"({"SecurityToken": 12345, "n": 1})")
                                 << QByteArray(R"({"SecurityToken": "********", "n": 1})");
    QTest::newRow("json null last")
        << QByteArray(R"({"secret":null})") << QByteArray(R"({"secret":"********"})");
    QTest::newRow("json object value") << QByteArray(R"({"secret": {"a": [1, "}"]}, "b": 3})")
                                       << QByteArray(R"({"secret": "********", "b": 3})");
    QTest::newRow("json LTAI in array")
        << QByteArray(R"({"ids": ["LTAIabc", 1]})") << QByteArray(R"({"ids": ["********", 1]})");
    QTest::newRow("escaped json key") << QByteArray(R"({"pass\u0077ord": "x"})")
                                      << QByteArray(R"({"pass\u0077ord": "********"})");
    QTest::newRow("json inside a json string")
        << QByteArray(R"(body: "{\"accessKeySecret\":\"a\\\"b\",\"k\":1,\"token\":7}")")
        << QByteArray(
               R"(body: "{\"accessKeySecret\":\"********\",\"k\":1,\"token\":\"********\"}")");
    QTest::newRow("key=\"value\"")
        << QByteArray(R"(password="two words" rest)") << QByteArray(R"(password="********" rest)");
    QTest::newRow("key='value'") << QByteArray("secret='x y' z")
                                 << QByteArray("secret='********' z");
    QTest::newRow("single-quoted key")
        << QByteArray("{'password': 'abc'}") << QByteArray("{'password': '********'}");
    QTest::newRow("ruby hash") << QByteArray(R"({"token" => "abc"})")
                               << QByteArray(R"({"token" => "********"})");
    QTest::newRow("unterminated quote masks to the end")
        << QByteArray("password=\"abc def") << QByteArray("password=\"********\"");
    QTest::newRow("unclosed object masks to the end")
        << QByteArray(R"(cfg {"secret": {"a": "b", "c)")
        << QByteArray(R"(cfg {"secret": "********")");
    QTest::newRow("bracketed value after plain key")
        << QByteArray(R"(tokens=["a","b"] n=1)") << QByteArray("tokens=******** n=1");
    QTest::newRow("command line flags")
        << QByteArray("aliyun configure --access-key-id LTAIabc --access-key-secret s3cr3t "
                      "--region cn-hangzhou")
        << QByteArray("aliyun configure --access-key-id ******** --access-key-secret ******** "
                      "--region cn-hangzhou");
    QTest::newRow("flag with =") << QByteArray("--password=hunter2 -v")
                                 << QByteArray("--password=******** -v");
    QTest::newRow("flag that is an id")
        << QByteArray("run --LTAI5tAbC now") << QByteArray("run --******** now");
    QTest::newRow("flag without value")
        << QByteArray("--password --verbose") << QByteArray("--password --verbose");
    QTest::newRow("key inside longer name")
        << QByteArray("passwordHint=x") << QByteArray("passwordHint=********");
    QTest::newRow("long s key") << QByteArray("paſſword=x y") << QByteArray("paſſword=******** y");
    QTest::newRow("empty value") << QByteArray("password=&a=1") << QByteArray("password=&a=1");
    QTest::newRow("value on next line is not taken")
        << QByteArray("password:\n  nested: 1") << QByteArray("password:\n  nested: 1");
    QTest::newRow("scope operator")
        << QByteArray("ferry::token::refresh failed") << QByteArray("ferry::token::refresh failed");
    QTest::newRow("url scheme") << QByteArray("see https://example.com/token")
                                << QByteArray("see https://example.com/token");
    QTest::newRow("nothing to mask") << QByteArray("error: invalid parameter PageSize=500")
                                     << QByteArray("error: invalid parameter PageSize=500");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSanitizer::maskText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(bytes(ferry::model::maskText(view(text))), expected);
}

void TestSanitizer::maskTextQString()
{
    QCOMPARE(ferry::model::maskText(QStringLiteral("密码 password=密码值 LTAI5tAbC，好")),
             QStringLiteral("密码 password=******** ********，好"));
}

QTEST_GUILESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
