// SPDX-License-Identifier: GPL-3.0-or-later
// A permission error lists the RAM actions needed and copies a valid policy allowing exactly
// those.
#include "gui/safety/copyabletext.h"
#include "gui/safety/permissionerrordialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace ferry;

namespace {

cloudapi::ApiError forbidden(QStringList actions)
{
    cloudapi::ApiError e;
    e.kind = cloudapi::ErrorKind::Permission;
    e.httpStatus = 403;
    e.code = QStringLiteral("Forbidden.RAM");
    e.message = QStringLiteral("User not authorized to operate on the specified resource, or "
                               "this API doesn't support RAM.");
    e.requestId = QStringLiteral("8F2A0C3D-1B2E-4F5A-9C8D-7E6F5A4B3C2D");
    e.action = QStringLiteral("CreateMmsJob");
    e.ramActions = std::move(actions);
    return e;
}

QStringList policyActions(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("<invalid JSON: %1>").arg(error.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("Version")).toString() != QLatin1String("1"))
        return {QStringLiteral("<bad version>")};
    const QJsonObject s = root.value(QStringLiteral("Statement")).toArray().first().toObject();
    if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Allow") ||
        s.value(QStringLiteral("Resource")).toString() != QLatin1String("*"))
        return {QStringLiteral("<bad statement>")};
    QStringList out;
    for (const QJsonValue &v : s.value(QStringLiteral("Action")).toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestPermissionErrorDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void listsActionsAndCopiesPolicy()
    {
        const QStringList actions = {
            QStringLiteral("odps:CreateMmsJob"), QStringLiteral("dts:ConfigureDtsJob"),
            QStringLiteral("smc:CutOverReplicationJob"), QStringLiteral("odps:CreateMmsJob")};
        gui::PermissionErrorDialog dialog(forbidden(actions));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QStringList expected = {QStringLiteral("odps:CreateMmsJob"),
                                      QStringLiteral("dts:ConfigureDtsJob"),
                                      QStringLiteral("smc:CutOverReplicationJob")};
        QCOMPARE(dialog.actions(), expected);
        QListWidget *list = dialog.actionList();
        QCOMPARE(list->count(), 3);
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->item(i)->text(), expected[i]);

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog.policyView()->copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog.policyJson());
        QCOMPARE(policyActions(copied), expected);

        auto *headline = dialog.findChild<QLabel *>(QStringLiteral("permissionHeadline"));
        QVERIFY(headline->text().contains(QStringLiteral("CreateMmsJob")));
        auto *details = dialog.findChild<QLabel *>(QStringLiteral("permissionDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Forbidden.RAM")));
        QVERIFY(details->text().contains(QStringLiteral("8F2A0C3D")));
    }

    void withoutActionsSaysSo()
    {
        gui::PermissionErrorDialog dialog(forbidden({}));
        QVERIFY(dialog.actions().isEmpty());
        QVERIFY(dialog.actionList()->isHidden());
        QVERIFY(dialog.policyView()->isHidden());
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            explained = explained || label->text().contains(QStringLiteral("did not say"));
        QVERIFY(explained);
    }

    void malformedActionsAreDropped()
    {
        gui::PermissionErrorDialog dialog(
            forbidden({QStringLiteral("odps:GetMmsJob\"],\"Effect\":\"Deny"),
                       QStringLiteral("sts:GetCallerIdentity")}));
        QCOMPARE(dialog.actions(), QStringList{QStringLiteral("sts:GetCallerIdentity")});
        QCOMPARE(policyActions(dialog.policyJson()),
                 QStringList{QStringLiteral("sts:GetCallerIdentity")});
    }
};

QTEST_MAIN(TestPermissionErrorDialog)
#include "tst_permissionerrordialog.moc"
