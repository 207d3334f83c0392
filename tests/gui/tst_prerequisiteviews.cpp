// SPDX-License-Identifier: GPL-3.0-or-later
// The prerequisite views against the sandbox: MMS with the account id from GetCallerIdentity in
// copyable statements, DTS from pasted grants and variables (secrets masked in the box), SMC from
// DescribeSourceServers.
#include "gui/safety/copyabletext.h"
#include "gui/safety/dtsprerequisitesview.h"
#include "gui/safety/mmsprerequisitesview.h"
#include "gui/safety/prerequisitelist.h"
#include "gui/safety/smcprerequisitesview.h"
#include "testsupport_sandbox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;

namespace {

const model::PrerequisiteItem *item(const gui::PrerequisiteList *list, const char *key)
{
    for (const model::PrerequisiteItem &i : list->items()) {
        if (i.key == QLatin1String(key))
            return &i;
    }
    return nullptr;
}

QCheckBox *doneBox(const gui::PrerequisiteList *list, const QString &key)
{
    for (QCheckBox *box : list->findChildren<QCheckBox *>()) {
        if (box->property("prerequisiteKey").toString() == key)
            return box;
    }
    return nullptr;
}

const char kGoodVariables[] = "+----------------------------+---------+\n"
                              "| Variable_name              | Value   |\n"
                              "+----------------------------+---------+\n"
                              "| binlog_expire_logs_seconds | 2592000 |\n"
                              "| binlog_format              | ROW     |\n"
                              "| binlog_row_image           | FULL    |\n"
                              "| log_bin                    | ON      |\n"
                              "| server_id                  | 1       |\n"
                              "+----------------------------+---------+\n";

} // namespace

class TestPrerequisiteViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_rig.start());
    }

    void mmsWithCallerIdentity()
    {
        const auto source = test::awaitCall<model::MmsDataSource>([this](QObject *ctx, auto done) {
            m_rig.mms().getDataSource(2000015, false, QString(), ctx, std::move(done));
        });
        QVERIFY(source && source->ok());

        gui::MmsPrerequisitesView view;
        QSignalSpy met(&view, &gui::MmsPrerequisitesView::metChanged);
        view.setDataSource(source->value());
        QCOMPARE(item(view.list(), "mms.acl")->state, model::CheckState::Unknown);
        view.fetchIdentity(m_rig.sts());
        QTRY_COMPARE(item(view.list(), "mms.acl")->state, model::CheckState::ToConfirm);
        const QString statements = item(view.list(), "mms.acl")->copyText;
        QVERIFY(statements.contains(QStringLiteral(
            "add user `RAM$1234567890123456:role/AliyunServiceRoleForMaxComputeMMS`;")));
        QVERIFY(statements.contains(QStringLiteral("on project mc_prod_dw")));
        QCOMPARE(item(view.list(), "mms.network")->state, model::CheckState::Pass);
        QCOMPARE(item(view.list(), "mms.agent")->state, model::CheckState::Pass);

        // The statements are copyable as shown.
        gui::CopyableText *copy = nullptr;
        for (gui::CopyableText *t : view.findChildren<gui::CopyableText *>()) {
            if (t->text() == statements)
                copy = t;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), statements);

        // Confirming what Ferry cannot see completes the list.
        QVERIFY(!view.allMet());
        for (const char *key : {"mms.serviceRole", "mms.quota", "mms.acl"}) {
            QCheckBox *box = doneBox(view.list(), QLatin1String(key));
            QVERIFY2(box, key);
            box->click();
        }
        QVERIFY(view.allMet());
        QVERIFY(!met.isEmpty());
        QCOMPARE(met.last().first().toBool(), true);
    }

    void mmsOfflineAgent()
    {
        const auto source = test::awaitCall<model::MmsDataSource>([this](QObject *ctx, auto done) {
            m_rig.mms().getDataSource(2000018, false, QString(), ctx, std::move(done));
        });
        QVERIFY(source && source->ok());
        gui::MmsPrerequisitesView view;
        view.setDataSource(source->value());
        QCOMPARE(item(view.list(), "mms.agent")->state, model::CheckState::Fail);
        for (const char *key : {"mms.serviceRole", "mms.quota"})
            doneBox(view.list(), QLatin1String(key))->click();
        QVERIFY(!view.allMet());
    }

    void dtsFlagsExcessAndMasksSecrets()
    {
        gui::DtsPrerequisitesView view;
        view.setGrantsText(QStringLiteral(
            "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'dts'@'%' IDENTIFIED BY "
            "PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9'"));
        // The hash left the box as soon as it was pasted.
        QVERIFY(!view.grantsEditor()->toPlainText().contains(QStringLiteral("6BB4837E")));
        QVERIFY(view.grantsEditor()->toPlainText().contains(QStringLiteral("'********'")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("maskedNote"))->isVisibleTo(&view));

        const QStringList findings = view.findingTexts();
        QVERIFY(!findings.isEmpty());
        QVERIFY(findings.first().contains(QStringLiteral("SUPER")));
        QCOMPARE(item(view.list(), "dts.account")->state, model::CheckState::Warning);
        QVERIFY(item(view.list(), "dts.account")
                    ->copyText.contains(QStringLiteral("REVOKE SUPER ON *.* FROM 'dts'@'%';")));
        QCOMPARE(item(view.list(), "dts.binlogFormat")->state, model::CheckState::Unknown);

        view.setVariablesText(QStringLiteral("binlog_format\tMIXED\n"));
        QCOMPARE(item(view.list(), "dts.binlogFormat")->state, model::CheckState::Fail);
        QVERIFY(!view.allMet());
    }

    void dtsAllMet()
    {
        gui::DtsPrerequisitesView view;
        QSignalSpy met(&view, &gui::DtsPrerequisitesView::metChanged);
        view.setGrantsText(
            QStringLiteral("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `dts`@`%`"));
        view.setVariablesText(QString::fromLatin1(kGoodVariables));
        QCOMPARE(item(view.list(), "dts.account")->state, model::CheckState::Pass);
        QVERIFY(view.allMet());
        QCOMPARE(met.last().first().toBool(), true);

        // Seven days are needed with a full load; three are enough without.
        view.setVariablesText(QString::fromLatin1(kGoodVariables)
                                  .replace(QStringLiteral("2592000"), QStringLiteral("259200 ")));
        QVERIFY(!view.allMet());
        view.setWithFullLoad(false);
        QVERIFY(view.allMet());
    }

    void smcAgentState()
    {
        const auto servers =
            test::awaitCall<QList<model::SmcSourceServer>>([this](QObject *ctx, auto done) {
                m_rig.smc().fetchAllSourceServers({}, ctx, {}, std::move(done));
            });
        QVERIFY(servers && servers->ok());
        std::optional<model::SmcSourceServer> offline;
        std::optional<model::SmcSourceServer> online;
        for (const model::SmcSourceServer &s : servers->value()) {
            if (s.name == QLatin1String("batch-03"))
                offline = s;
            if (s.name == QLatin1String("web-01"))
                online = s;
        }
        QVERIFY(offline && online);

        gui::SmcPrerequisitesView view;
        view.setSourceServer(*offline);
        QCOMPARE(item(view.list(), "smc.agentOnline")->state, model::CheckState::Fail);
        QVERIFY(!view.allMet());
        view.setSourceServer(*online);
        QCOMPARE(item(view.list(), "smc.agentOnline")->state, model::CheckState::Pass);
        QVERIFY(view.allMet());
    }

private:
    test::SandboxRig m_rig;
};

QTEST_MAIN(TestPrerequisiteViews)
#include "tst_prerequisiteviews.moc"
