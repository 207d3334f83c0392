// SPDX-License-Identifier: GPL-3.0-or-later
// STS emulator: GetCallerIdentity.
#include "cloudapi/sandbox/stsservice.h"

#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace ferry::sandbox;
using namespace ferry::sandbox::test;

class TestStsService final : public QObject
{
    Q_OBJECT

private:
    static ServiceResponse identity(StsService &sts, const QString &accessKeyId)
    {
        ServiceRequest r = rpc(QStringLiteral("GetCallerIdentity"), QStringLiteral("2015-04-01"));
        r.accessKeyId = accessKeyId;
        return sts.handle(r);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ramUser()
    {
        ScenarioOptions options;
        options.accountId = QStringLiteral("5123456789012345");
        StsService sts(options);
        QCOMPARE(sts.product(), QStringLiteral("Sts"));
        QCOMPARE(sts.version(), QStringLiteral("2015-04-01"));
        const ServiceResponse r = identity(sts, QStringLiteral("LTAI5tOperatorKey0001"));
        QCOMPARE(r.status, 200);
        QVERIFY2(missingKeys(r.body, {"RequestId", "AccountId", "UserId", "Arn", "IdentityType",
                                      "PrincipalId"})
                     .isEmpty(),
                 dump(r.body));
        QVERIFY(unexpectedKeys(r.body, {"RequestId", "AccountId", "UserId", "Arn", "IdentityType",
                                        "PrincipalId", "RoleId"})
                    .isEmpty());
        QCOMPARE(str(r.body["AccountId"]), options.accountId);
        QCOMPARE(str(r.body["IdentityType"]), QStringLiteral("RAMUser"));
        QCOMPARE(str(r.body["Arn"]),
                 QStringLiteral("acs:ram::5123456789012345:user/ferry-operator"));
        QCOMPARE(str(r.body["PrincipalId"]), str(r.body["UserId"]));
        QVERIFY(str(r.body["UserId"]).contains(QRegularExpression("^[1-9][0-9]{15}$")));
        // the same key is the same user; another key another user
        QCOMPARE(str(identity(sts, QStringLiteral("LTAI5tOperatorKey0001")).body["UserId"]),
                 str(r.body["UserId"]));
        QVERIFY(str(identity(sts, QStringLiteral("LTAI5tOperatorKey0002")).body["UserId"]) !=
                str(r.body["UserId"]));
    }

    void assumedRole()
    {
        StsService sts(ScenarioOptions{});
        const ServiceResponse r = identity(sts, QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2E"));
        QCOMPARE(str(r.body["IdentityType"]), QStringLiteral("AssumedRoleUser"));
        QVERIFY(str(r.body["Arn"]).contains(QLatin1String(":assumed-role/")));
        QVERIFY(str(r.body["PrincipalId"]).startsWith(str(r.body["RoleId"]) + QLatin1Char(':')));
        QCOMPARE(str(r.body["AccountId"]), ScenarioOptions{}.accountId);
    }

    void unknownAction()
    {
        StsService sts(ScenarioOptions{});
        const ServiceResponse r =
            sts.handle(rpc(QStringLiteral("AssumeRole"), QStringLiteral("2015-04-01")));
        QCOMPARE(r.status, 404);
        QCOMPARE(str(r.body["Code"]), QStringLiteral("InvalidAction.NotFound"));
        QCOMPARE(sts.handle(rpc(QStringLiteral("GetCallerIdentity"), QStringLiteral("2020-01-01")))
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestStsService)
#include "tst_stsservice.moc"
