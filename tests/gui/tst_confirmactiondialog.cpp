// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation of state-changing calls: every parameter of describeWire(...) is shown exactly
// (secrets masked), the warnings are there, Cancel is the default, and a typed confirmation
// gates the confirm button.
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "gui/safety/confirmactiondialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ferry;

namespace {

cloudapi::CreateMmsJobParams mmsJob()
{
    cloudapi::CreateMmsJobParams p;
    p.sourceId = 2000015;
    p.name = QStringLiteral("dw-full-2026");
    p.srcDbName = QStringLiteral("dw");
    p.dstDbName = QStringLiteral("mc_prod_dw");
    p.taskType = QStringLiteral("HIVE");
    p.tables = {QStringLiteral("dwd_trade_order_di"), QStringLiteral("dim_user_profile")};
    p.tableMapping = {{QStringLiteral("dwd_trade_order_di"), QStringLiteral("ods_trade_order")}};
    p.partitionFilters = {{QStringLiteral("dwd_trade_order_di"),
                           QStringLiteral("ds >= '20260101' and ds < '20260201'")}};
    p.enableVerification = true;
    return p;
}

cloudapi::ConfigureDtsJobParams dtsJob()
{
    cloudapi::ConfigureDtsJobParams p;
    p.regionId = QStringLiteral("cn-hangzhou");
    p.dtsJobName = QStringLiteral("inventory-migration");
    p.dataSynchronization = true;
    p.source.instanceType = QStringLiteral("ECS");
    p.source.instanceId = QStringLiteral("i-bp1inv0legacy05");
    p.source.engineName = QStringLiteral("MySQL");
    p.source.region = QStringLiteral("cn-hangzhou");
    p.source.port = QStringLiteral("3306");
    p.source.userName = QStringLiteral("dts_repl");
    p.source.password = QStringLiteral("Src-Pa55word!");
    p.destination.instanceType = QStringLiteral("RDS");
    p.destination.instanceId = QStringLiteral("rm-bp1inventory01");
    p.destination.engineName = QStringLiteral("MySQL");
    p.destination.region = QStringLiteral("cn-hangzhou");
    p.destination.userName = QStringLiteral("dts_writer");
    p.destination.password = QStringLiteral("Dst-Pa55word!");
    cloudapi::DtsDbSelection db;
    db.sourceName = QStringLiteral("inventory");
    p.dbList = {db};
    return p;
}

} // namespace

class TestConfirmActionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsEveryParameter_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("CreateMmsJob") << 0;
        QTest::newRow("ConfigureDtsJob") << 1;
        QTest::newRow("StopMmsJob") << 2;
        QTest::newRow("CutOverReplicationJob") << 3;
        QTest::newRow("CreateReplicationJob with ClientToken") << 4;
    }

    void showsEveryParameter()
    {
        QFETCH(int, which);
        gui::ConfirmRequest request;
        switch (which) {
        case 0:
            request.wire = cloudapi::describeWire(mmsJob());
            break;
        case 1:
            request.wire = cloudapi::describeWire(dtsJob());
            break;
        case 2:
            request.wire = cloudapi::describeWire(cloudapi::MmsJobAction::Stop,
                                                  cloudapi::MmsJobRef{2000015, 82});
            break;
        case 3:
            request.wire = cloudapi::describeWire(
                cloudapi::CutOverParams{QStringLiteral("j-uvsz91e85r2oa3e35j"), true});
            break;
        default: {
            cloudapi::CreateReplicationJobParams p;
            p.regionId = QStringLiteral("cn-hangzhou");
            p.sourceId = QStringLiteral("s-bp1web01a7k2m9q4x8z3");
            p.name = QStringLiteral("web-01-image");
            p.systemDiskSizeGiB = 40;
            request.wire = cloudapi::describeWire(p);
            bool token = false;
            for (const auto &[name, value] : request.wire.parameters())
                token = token || (name == QLatin1String("ClientToken") && value == p.clientToken);
            QVERIFY(token); // shown as sent: an idempotency key, not a secret
            break;
        }
        }
        request.title = QStringLiteral("Do it");
        gui::ConfirmActionDialog dialog(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const cloudapi::WireParams params = request.wire.parameters();
        QTableWidget *table = dialog.parameterTable();
        QCOMPARE(table->rowCount(), int(params.size()));
        for (int row = 0; row < int(params.size()); ++row) {
            const auto &[name, value] = params[row];
            QCOMPARE(table->item(row, 0)->text(), name);
            QCOMPARE(table->item(row, 1)->text(),
                     gui::ConfirmActionDialog::displayedValue(name, value));
            // describeWire masks already: what it says is what is shown, unchanged.
            QCOMPARE(table->item(row, 1)->text(), value);
        }
        // The request line names method, path and action exactly.
        auto *line = dialog.findChild<QLabel *>(QStringLiteral("confirmRequestLine"));
        QVERIFY(line->text().contains(QString::fromLatin1(request.wire.method)));
        QVERIFY(line->text().contains(request.wire.path));
        QVERIFY(line->text().contains(request.wire.action));
        QVERIFY(dialog.canConfirm());
        QVERIFY(dialog.confirmButton()->isEnabled());
    }

    void passwordsNeverShown()
    {
        gui::ConfirmRequest request;
        request.wire = cloudapi::describeWire(dtsJob());
        gui::ConfirmActionDialog dialog(request);
        const QString all = dialog.parametersText();
        QVERIFY(!all.contains(QStringLiteral("Pa55word")));
        bool sawPassword = false;
        for (int row = 0; row < dialog.parameterTable()->rowCount(); ++row) {
            const QString name = dialog.parameterTable()->item(row, 0)->text();
            if (name.contains(QStringLiteral("Password"))) {
                sawPassword = true;
                QCOMPARE(dialog.parameterTable()->item(row, 1)->text(), QStringLiteral("********"));
            }
        }
        QVERIFY(sawPassword);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyParameters")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), all);
    }

    void secretsMaskedEvenIfDescriptionMissedThem()
    {
        gui::ConfirmRequest request;
        request.wire.action = QStringLiteral("Synthetic");
        request.wire.method = "POST";
        request.wire.path = QStringLiteral("/");
        request.wire.query = {
            {QStringLiteral("SourceEndpointPassword"), QStringLiteral("plain")},
            {QStringLiteral("Reserve"), QStringLiteral(R"({"srcPassword":"leak","x":1})")},
            {QStringLiteral("Note"), QStringLiteral("LTAI5tAbCdEfGhIjKlMnOpQr")}};
        gui::ConfirmActionDialog dialog(request);
        const QString all = dialog.parametersText();
        QVERIFY(!all.contains(QStringLiteral("plain")));
        QVERIFY(!all.contains(QStringLiteral("leak")));
        QVERIFY(!all.contains(QStringLiteral("LTAI")));
        QVERIFY(all.contains(QStringLiteral("\"x\":1")));
    }

    void warningsAndSummaryAreShown()
    {
        gui::ConfirmRequest request;
        request.wire = cloudapi::describeWire(mmsJob());
        request.title = QStringLiteral("Create the job dw-full-2026");
        request.summary = QStringLiteral("Copies 2 tables from hive_prod.dw.");
        request.warnings = {QStringLiteral("The job starts at once."),
                            QStringLiteral("Writes to the source tables must stop.")};
        request.confirmText = QStringLiteral("Create job");
        gui::ConfirmActionDialog dialog(request);
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        for (const QString &expected :
             {request.title, request.summary, request.warnings[0], request.warnings[1]})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
        QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Create job"));
    }

    void enterCancels()
    {
        gui::ConfirmRequest request;
        request.wire = cloudapi::describeWire(cloudapi::MmsJobAction::Delete,
                                              cloudapi::MmsJobRef{2000015, 81});
        gui::ConfirmActionDialog dialog(request);
        QSignalSpy confirmed(&dialog, &gui::ConfirmActionDialog::confirmed);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.confirmButton()->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(confirmed.count(), 0);
        QCOMPARE(rejected.count(), 1);
    }

    void typedConfirmationGates()
    {
        gui::ConfirmRequest request;
        request.wire = cloudapi::describeWire(
            cloudapi::CutOverParams{QStringLiteral("j-uvsz91e85r2oa3e35j"), false});
        request.typedConfirmation = QStringLiteral("erp-04-incremental");
        request.warnings = {QStringLiteral("The job never runs again.")};
        gui::ConfirmActionDialog dialog(request);
        QSignalSpy confirmed(&dialog, &gui::ConfirmActionDialog::confirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *typed = dialog.typedConfirmationEdit();
        QVERIFY(typed);
        QVERIFY(!dialog.confirmButton()->isEnabled());

        dialog.accept(); // refused while it does not match
        QCOMPARE(confirmed.count(), 0);
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(typed, QStringLiteral("ERP-04-incremental"));
        QVERIFY(!dialog.confirmButton()->isEnabled()); // case matters
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("erp-04-incremental "));
        QVERIFY(!dialog.confirmButton()->isEnabled()); // so does a trailing space
        QTest::keyClick(typed, Qt::Key_Backspace);
        QVERIFY(dialog.confirmButton()->isEnabled());

        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConfirmActionDialog)
#include "tst_confirmactiondialog.moc"
