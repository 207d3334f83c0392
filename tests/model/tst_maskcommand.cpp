// SPDX-License-Identifier: GPL-3.0-or-later
// `ferry mask` as a user runs it: the real executable, through its standard streams and files.
#include "model/sanitizer.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <string>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestMaskCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stdinToStdout();
    void layouts_data();
    void layouts();
    void fileToFile();
    void outputReplacesInputAtomically();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void invalidInputOnStdin();
    void ioErrors();
    void usageErrors_data();
    void usageErrors();
    void help();
    void largeInput_data();
    void largeInput();

private:
    Result run(const QStringList &args, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &contents);
    QByteArray read(const QString &path);

    QString m_ferry;
    QTemporaryDir m_dir;
};

void TestMaskCommand::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    m_ferry = QStringLiteral(FERRY_BIN_DIR "/ferry");
    QVERIFY2(QFile::exists(m_ferry), "build the ferry executable first (target ferry)");
}

Result TestMaskCommand::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    // No display and a platform plugin that does not exist: `ferry mask` must not need either.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start(m_ferry, QStringList{QStringLiteral("mask")} + args);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestMaskCommand::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestMaskCommand::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

void TestMaskCommand::stdinToStdout()
{
    const Result r = run({}, R"({"a":[1,"LTAI5t"],"password":"x","e":{}})");
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\n"
                               "  \"a\": [\n"
                               "    1,\n"
                               "    \"********\"\n"
                               "  ],\n"
                               "  \"password\": \"********\",\n"
                               "  \"e\": {}\n"
                               "}\n"));
}

void TestMaskCommand::layouts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray compact = "{\"k\":[1,2],\"token\":\"********\"}\n";
    QTest::newRow("-c") << QStringList{"-c"} << compact;
    QTest::newRow("--compact") << QStringList{"--compact"} << compact;
    QTest::newRow("--indent 0") << QStringList{"--indent", "0"} << compact;
    QTest::newRow("--indent=1")
        << QStringList{"--indent=1"}
        << QByteArray("{\n \"k\": [\n  1,\n  2\n ],\n \"token\": \"********\"\n}\n");
    QTest::newRow("--indent 7 then -c") << QStringList{"--indent", "7", "-c"} << compact;
    QTest::newRow("stdin as -") << QStringList{"-", "-c"} << compact;
    QTest::newRow("after --") << QStringList{"-c", "--", "-"} << compact;
}

void TestMaskCommand::layouts()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Result r = run(args, "{\"k\" : [1, 2], \"token\": {\"deep\": [true]}}");
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
}

void TestMaskCommand::fileToFile()
{
    const QString in = write(QStringLiteral("in.json"), R"({"AccessKeySecret":"s","n":1.50})");
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    const Result r =
        run({in, QStringLiteral("-o"), out, QStringLiteral("--indent"), QStringLiteral("4")});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(read(out),
             QByteArray("{\n    \"AccessKeySecret\": \"********\",\n    \"n\": 1.50\n}\n"));

    const Result toStdout = run({in, QStringLiteral("--compact")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, QByteArray("{\"AccessKeySecret\":\"********\",\"n\":1.50}\n"));
}

void TestMaskCommand::outputReplacesInputAtomically()
{
    const QString path = write(QStringLiteral("same.json"), R"(["LTAI5t", {"secret": 1}])");
    const Result r = run({path, QStringLiteral("--output=") + path, QStringLiteral("-c")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(read(path), QByteArray("[\"********\",{\"secret\":\"********\"}]\n"));
}

void TestMaskCommand::invalidInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray("{\n  \"password\": \"x\",\n  \"a\": [1, 2") << "3:13"
                               << "unexpected end of input";
    QTest::newRow("bad escape late") << QByteArray("[\"ok\",\n\"bad \\q\"]") << "2:7"
                                     << "invalid escape sequence in a string";
    QTest::newRow("empty") << QByteArray() << "1:1"
                           << "empty input: expected a JSON value";
    QTest::newRow("trailing data") << QByteArray("{} x") << "1:4"
                                   << "unexpected data after the JSON value";
}

void TestMaskCommand::invalidInputWritesNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QString in = write(QStringLiteral("bad.json"), input);
    const QString out = write(QStringLiteral("existing.json"), "keep me\n");
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    const Result r = run({in, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromLocal8Bit(r.err),
             QStringLiteral("ferry mask: %1:%2: %3\n").arg(in, where, message));
    QCOMPARE(read(out), QByteArray("keep me\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no temporary file left behind
}

void TestMaskCommand::invalidInputOnStdin()
{
    // A large valid prefix: nothing of it may reach standard output.
    QByteArray input = "[";
    for (int i = 0; i < 100000; ++i)
        input += "{\"password\":\"p\",\"i\":" + QByteArray::number(i) + "},";
    input += "}";
    const Result r = run({}, input);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray("ferry mask: <stdin>:1:") + QByteArray::number(input.size()) +
                        ": expected a JSON value\n");
}

void TestMaskCommand::ioErrors()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    Result r = run({missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("ferry mask: " + missing.toLocal8Bit() + ": "), r.err.constData());

    const QString in = write(QStringLiteral("ok.json"), "{}");
    r = run({in, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/dir/out.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("ferry mask: "), r.err.constData());

    r = run({m_dir.path()});
    QCOMPARE(r.exitCode, 1);
}

void TestMaskCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{"--pretty"} << "unknown option";
    QTest::newRow("indent too large") << QStringList{"--indent", "8"} << "--indent takes";
    QTest::newRow("indent negative") << QStringList{"--indent=-1"} << "--indent takes";
    QTest::newRow("indent not a number") << QStringList{"--indent", "two"} << "--indent takes";
    QTest::newRow("missing value") << QStringList{"-o"} << "option -o needs a value";
    QTest::newRow("two inputs") << QStringList{"a.json", "b.json"} << "only one input";
}

void TestMaskCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args, "{}");
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(QString::fromLocal8Bit(r.err).startsWith(QStringLiteral("ferry mask: ") + message),
             r.err.constData());
}

void TestMaskCommand::help()
{
    for (const char *flag : {"--help", "-h"}) {
        const Result r = run({QString::fromLatin1(flag)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: ferry mask"));
        QVERIFY(r.out.contains("--indent N"));
        QCOMPARE(r.err, QByteArray());
    }
}

void TestMaskCommand::largeInput_data()
{
    QTest::addColumn<bool>("viaFile");
    QTest::newRow("standard input") << false;
    QTest::newRow("file") << true;
}

void TestMaskCommand::largeInput()
{
    // Several megabytes: crosses the read buffer growth, the output chunks and pipe buffers.
    QFETCH(bool, viaFile);
    QByteArray input = "{\"Data\":[";
    for (int i = 0; i < 60000; ++i) {
        if (i > 0)
            input += ',';
        input += "{\"Id\":" + QByteArray::number(i) + ",\"Config\":{\"AccessKeyId\":\"LTAI" +
                 QByteArray::number(i) + "\",\"Password\":\"p" + QByteArray::number(i) +
                 "\",\"Endpoint\":\"https://e/" + QByteArray(i % 50, 'x') + "\"}}";
    }
    input += "]}";
    std::string expected;
    ferry::model::JsonError error;
    QVERIFY(ferry::model::maskJson(
        std::string_view(input.constData(), static_cast<std::size_t>(input.size())), expected,
        &error, ferry::model::JsonLayout{2}));
    expected += '\n';

    const Result r = viaFile ? run({write(QStringLiteral("large.json"), input)}) : run({}, input);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), static_cast<qsizetype>(expected.size()));
    QVERIFY(r.out == QByteArray::fromStdString(expected));
    QVERIFY(!r.out.contains("LTAI"));
}

QTEST_GUILESS_MAIN(TestMaskCommand)
#include "tst_maskcommand.moc"
