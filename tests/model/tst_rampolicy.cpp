// SPDX-License-Identifier: GPL-3.0-or-later
// The RAM policy a permission error offers to copy: valid JSON in the documented shape, with
// exactly the actions asked for.
#include "model/rampolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace ferry::model;

class TestRamPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void document_data()
    {
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one") << QStringList{"odps:CreateMmsJob"}
                             << QStringList{"odps:CreateMmsJob"};
        QTest::newRow("several, order kept")
            << QStringList{"dts:StartDtsJob", "smc:CutOverReplicationJob", "odps:GetMmsJob"}
            << QStringList{"dts:StartDtsJob", "smc:CutOverReplicationJob", "odps:GetMmsJob"};
        QTest::newRow("duplicates and blanks")
            << QStringList{" dts:StartDtsJob", "dts:StartDtsJob", "", "dts:*"}
            << QStringList{"dts:StartDtsJob", "dts:*"};
        QTest::newRow("not actions are dropped")
            << QStringList{"CreateMmsJob", "odps:", "odps:Create Job", "\"quoted\":x",
                           "odps:GetMmsJob\"],\"Effect\":\"Deny"}
            << QStringList{};
        QTest::newRow("none") << QStringList{} << QStringList{};
    }

    void document()
    {
        QFETCH(QStringList, actions);
        QFETCH(QStringList, expected);
        const QString text = ramPolicyDocument(actions);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{"Statement", "Version"}));
        QCOMPARE(root.value("Version").toString(), QStringLiteral("1"));
        const QJsonArray statements = root.value("Statement").toArray();
        QCOMPARE(statements.size(), 1);
        const QJsonObject s = statements.first().toObject();
        QCOMPARE(s.value("Effect").toString(), QStringLiteral("Allow"));
        QCOMPARE(s.value("Resource").toString(), QStringLiteral("*"));
        QStringList got;
        for (const QJsonValue &v : s.value("Action").toArray())
            got.append(v.toString());
        QCOMPARE(got, expected);
        // Written in the documented key order, Version first.
        QVERIFY(text.indexOf("\"Version\"") < text.indexOf("\"Statement\""));
        QVERIFY(text.indexOf("\"Effect\"") < text.indexOf("\"Action\""));
    }
};

QTEST_GUILESS_MAIN(TestRamPolicy)
#include "tst_rampolicy.moc"
