// SPDX-License-Identifier: GPL-3.0-or-later
// The MMS wizard end to end against the sandbox on an accelerated clock: a fuzzy data source
// name that needs confirmation, a scan, tables chosen, the exact CreateMmsJob parameters, one
// job created, the scenario's failed task retried to DONE, verification per table. Also: retry
// is offered only where allowed, secrets of the data source never reach a widget, and the
// Migrate menu entry follows the session.
#include "cloudapi/mmsclient.h"
#include "gui/mainwindow.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/jobortaskdialog.h"
#include "gui/safety/maskedconfigview.h"
#include "gui/safety/mmsprerequisitesview.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/safety/permissionerrordialog.h"
#include "gui/safety/prerequisitelist.h"
#include "gui/session.h"
#include "gui/wizard/mmsbrowsepage.h"
#include "gui/wizard/mmsconfirmpage.h"
#include "gui/wizard/mmsdatasourcepage.h"
#include "gui/wizard/mmsgranularitypage.h"
#include "gui/wizard/mmsmonitorpage.h"
#include "gui/wizard/mmsprerequisitespage.h"
#include "gui/wizard/mmsscanpage.h"
#include "gui/wizard/mmsverifypage.h"
#include "gui/wizard/mmswizard.h"
#include "model/nameresolution.h"
#include "model/settings.h"

#include "../cloudapi/testsupport_monitor.h"
#include "testsupport_mmswizard.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

constexpr double kTimeScale = 400.0;
constexpr int kLongMs = 25000;

} // namespace

class TstMmsWizard final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /// Stands in for the browser: records what the wizard asked to open.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void endToEnd();
    void secretsNeverShown_data();
    void secretsNeverShown();
    void migrateMenuFollowsSession();
    void permissionErrorListsTheRamAction();
    void cleanupTestCase();

private:
    std::unique_ptr<gui::Session> makeSession();
    bool clickNext(gui::MmsWizard &wizard);
    void chooseSource(gui::MmsWizard &wizard, const QString &name);

    test::SandboxRig m_rig;
    QList<QUrl> m_opened;
};

void TstMmsWizard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start(kTimeScale));
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

void TstMmsWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

std::unique_ptr<gui::Session> TstMmsWizard::makeSession()
{
    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = m_rig.server->endpoint();
    info.region = test::kRegion;
    auto session = std::make_unique<gui::Session>(m_rig.makeTransport().release(), info);
    session->setClock(m_rig.clockFunction(), kTimeScale);
    return session;
}

bool TstMmsWizard::clickNext(gui::MmsWizard &wizard)
{
    QAbstractButton *next = wizard.currentPage()->isCommitPage()
                                ? wizard.button(QWizard::CommitButton)
                                : wizard.button(QWizard::NextButton);
    if (!next->isEnabled())
        return false;
    next->click();
    return true;
}

void TstMmsWizard::chooseSource(gui::MmsWizard &wizard, const QString &name)
{
    gui::MmsDataSourcePage *page = wizard.dataSourcePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->sources().isEmpty(), kLongMs);
    page->nameEdit()->setText(name);
    page->findButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->chosen() && page->chosen()->name == name &&
                                 page->configView()->table()->rowCount() > 0,
                             kLongMs);
}

void TstMmsWizard::endToEnd()
{
    auto session = makeSession();
    gui::MmsWizard wizard(session.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const int createsBefore = m_rig.count("CreateMmsJob");

    // Prerequisites: the statements carry the account id from GetCallerIdentity.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::PrerequisitesPageId));
    const auto aclText = [&] {
        for (const auto &item : wizard.prerequisitesPage()->view()->list()->items()) {
            if (item.key == QLatin1String("mms.acl"))
                return item.copyText;
        }
        return QString();
    };
    QVERIFY(clickNext(wizard));

    // Data source: "Hive_Prod" is no exact name; nothing is picked until the person confirms.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::DataSourcePageId));
    gui::MmsDataSourcePage *sourcePage = wizard.dataSourcePage();
    QTRY_VERIFY_WITH_TIMEOUT(!sourcePage->sources().isEmpty(), kLongMs);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    sourcePage->nameEdit()->setText(QStringLiteral("Hive_Prod"));
    sourcePage->findButton()->click();
    gui::NameResolutionView *resolution = sourcePage->resolutionView();
    QVERIFY(resolution->resolution().needsPick());
    QVERIFY(resolution->resolution().matches.size() >= 4);
    QCOMPARE(wizard.settings().sourceId, qint64(0));
    QVERIFY(!sourcePage->useSelectedButton()->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    int row = -1;
    for (int r = 0; r < resolution->table()->rowCount(); ++r) {
        for (int c = 0; c < resolution->table()->columnCount(); ++c) {
            if (resolution->table()->item(r, c) &&
                resolution->table()->item(r, c)->text() == QLatin1String("2000015"))
                row = r;
        }
    }
    QVERIFY(row >= 0);
    resolution->table()->selectRow(row);
    // Selected, not yet confirmed.
    QCOMPARE(wizard.settings().sourceId, qint64(0));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(sourcePage->useSelectedButton()->isEnabled());
    sourcePage->useSelectedButton()->click();
    QCOMPARE(wizard.settings().sourceId, qint64(2000015));
    QCOMPARE(wizard.settings().sourceName, QStringLiteral("hive_prod"));
    QTRY_VERIFY_WITH_TIMEOUT(sourcePage->configView()->table()->rowCount() > 0, kLongMs);
    QCOMPARE(wizard.settings().dstProject, QStringLiteral("mc_prod_dw"));
    // With the source known, the prerequisites give the statements for its project.
    QTRY_VERIFY_WITH_TIMEOUT(aclText().contains(QLatin1String("1234567890123456")), kLongMs);

    // Create in console opens the data source page of the source's region; Refresh re-lists.
    m_opened.clear();
    sourcePage->consoleButton()->click();
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(),
             QStringLiteral("https://maxcompute.console.aliyun.com/cn-shanghai/mma/datasource"));
    const int listsBefore = m_rig.count("ListMmsDataSources");
    sourcePage->refreshButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!sourcePage->isLoading(), kLongMs);
    QCOMPARE(m_rig.count("ListMmsDataSources"), listsBefore + 1);
    QVERIFY(clickNext(wizard));

    // Scan: hive_prod was never scanned; start, follow to the end.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::ScanPageId));
    gui::MmsScanPage *scan = wizard.scanPage();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    scan->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(scan->isWatching(), kLongMs);
    QVERIFY(scan->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.settings().scanFinished, kLongMs);
    QCOMPARE(scan->progressBar()->value(), 10000);
    QVERIFY(m_rig.count("GetMmsFetchMetadataJob") >= 1);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(clickNext(wizard));

    // Browse: databases, the dw tables, lossy types flagged; tick the failing table and one more.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::BrowsePageId));
    gui::MmsBrowsePage *browse = wizard.browsePage();
    QTRY_VERIFY_WITH_TIMEOUT(browse->databases().size() >= 5, kLongMs);
    browse->chooseDatabase(QStringLiteral("dw"));
    QTRY_VERIFY_WITH_TIMEOUT(!browse->isLoading() && !browse->tables().isEmpty(), kLongMs);
    const QMap<QString, QString> lossy = browse->lossyFlags();
    QVERIFY2(lossy.value(QStringLiteral("dwd_trade_order_di")).contains(QLatin1String("fx_rate")),
             qPrintable(lossy.value(QStringLiteral("dwd_trade_order_di"))));
    // Filters narrow the list.
    browse->nameFilter()->setText(QStringLiteral("trade_order"));
    QVERIFY(browse->tableView()->rowCount() >= 1);
    QVERIFY(browse->tableView()->rowCount() < browse->tables().size());
    browse->nameFilter()->clear();
    QCOMPARE(browse->tableView()->rowCount(), int(browse->tables().size()));
    QString other;
    qint64 otherSize = std::numeric_limits<qint64>::max();
    for (const model::MmsTable &t : browse->tables()) {
        if (t.name != QLatin1String("dwd_trade_order_di") && t.size < otherSize) {
            other = t.name;
            otherSize = t.size;
        }
    }
    QVERIFY(!other.isEmpty());
    QVERIFY(browse->setTableChecked(QStringLiteral("dwd_trade_order_di"), true));
    QVERIFY(browse->setTableChecked(other, true));
    QVERIFY(browse->showTable(QStringLiteral("dwd_trade_order_di")));
    QVERIFY(browse->columnView()->rowCount() > 0);
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.settings().dbName, QStringLiteral("dw"));
    QCOMPARE(wizard.settings().tables.size(), 2);

    // Granularity: the chosen tables, every phase, a known name.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::GranularityPageId));
    gui::MmsGranularityPage *granularity = wizard.granularityPage();
    QVERIFY(granularity->tablesOption()->isChecked());
    // Named after one of its tables: typed on the monitor page, the name means the job or a task.
    granularity->jobNameEdit()->setText(other);
    QVERIFY(granularity->verificationBox()->isChecked());
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.settings().granularity, gui::MmsGranularity::Tables);
    QCOMPARE(wizard.settings().jobName, other);

    // Confirm: every parameter exactly as describeWire gives it for these settings.
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::ConfirmPageId));
    gui::MmsConfirmPage *confirm = wizard.confirmPage();
    const cloudapi::WireParams expected =
        cloudapi::describeWire(wizard.settings().createParams()).parameters();
    QCOMPARE(confirm->parameterTable()->rowCount(), int(expected.size()));
    QStringList shownNames;
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(confirm->parameterTable()->item(r, 0)->text(), expected.at(r).first);
        QCOMPARE(confirm->parameterTable()->item(r, 1)->text(), expected.at(r).second);
        shownNames.append(expected.at(r).first);
    }
    for (const char *name : {"name", "srcDbName", "dstDbName", "tables", "enableVerification"})
        QVERIFY2(shownNames.contains(QLatin1String(name)), name);
    QCOMPARE(m_rig.count("CreateMmsJob"), createsBefore);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

    // Creating asks first; cancelling sends nothing.
    confirm->createButton()->click();
    QVERIFY(confirm->confirmDialog());
    QCOMPARE(confirm->confirmDialog()->request().wire.parameters(), expected);
    confirm->confirmDialog()->reject();
    QTRY_VERIFY(!confirm->confirmDialog());
    QCOMPARE(m_rig.count("CreateMmsJob"), createsBefore);
    confirm->createButton()->click();
    QVERIFY(confirm->confirmDialog());
    confirm->confirmDialog()->confirmButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(gui::MmsWizard::MonitorPageId), kLongMs);
    QCOMPARE(m_rig.count("CreateMmsJob"), createsBefore + 1);

    // Monitor: the job with the parameters it was created with, then the failing task.
    gui::MmsMonitorPage *monitor = wizard.monitorPage();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->job().has_value() && monitor->tasks().size() >= 2, kLongMs);
    const model::MmsJob job = *monitor->job();
    QCOMPARE(job.name, other);
    QCOMPARE(job.srcDbName, QStringLiteral("dw"));
    QCOMPARE(job.dstDbName, QStringLiteral("mc_prod_dw"));
    QStringList jobTables = job.config.tables;
    jobTables.sort();
    QStringList chosenTables = wizard.settings().tables;
    chosenTables.sort();
    QCOMPARE(jobTables, chosenTables);
    QVERIFY(job.config.enableVerification);
    QCOMPARE(m_rig.count("CreateMmsJob"), createsBefore + 1);

    // Retry is not offered for a task that has not failed, nor for a job that has not.
    // A partitioned table may be split over several tasks: the failed one, else the first.
    const auto taskOf = [&](const QString &table) -> std::optional<model::MmsTask> {
        std::optional<model::MmsTask> found;
        for (const model::MmsTask &t : monitor->tasks()) {
            if (t.srcTableName != table)
                continue;
            if (!found || model::isFailed(t.status.value))
                found = t;
        }
        return found;
    };
    const auto allDone = [&] {
        for (const model::MmsTask &t : monitor->tasks()) {
            if (t.status != model::MmsTaskStatus::Done)
                return false;
        }
        return !monitor->tasks().isEmpty();
    };
    QVERIFY(!monitor->retryTaskButton()->isEnabled()); // nothing selected
    const auto otherTask = taskOf(other);
    QVERIFY(otherTask);
    QVERIFY(monitor->selectTask(otherTask->id));
    if (!model::isFailed(otherTask->status.value))
        QVERIFY(!monitor->retryTaskButton()->isEnabled());
    // Retrying the job is offered exactly while the job has failed (and is not stopped).
    QCOMPARE(monitor->retryJobButton()->isEnabled(),
             monitor->job()->status == model::MmsJobStatus::Failed && !monitor->job()->stopped);
    if (!monitor->retryJobButton()->isEnabled())
        QVERIFY(!monitor->retryJobButton()->toolTip().isEmpty());

    // Find: a task by id, a name nothing has, the job by id, and the job's name, which is also
    // the source table of a task: then Ferry asks which one is meant and picks nothing itself.
    monitor->findEdit()->setText(QString::number(otherTask->id));
    monitor->findButton()->click();
    QVERIFY(monitor->selectedTask());
    QCOMPARE(monitor->selectedTask()->id, otherTask->id);
    monitor->findEdit()->setText(QStringLiteral("no_such_table"));
    monitor->findButton()->click();
    QVERIFY(monitor->findMessage().contains(QStringLiteral("no_such_table")));
    QCOMPARE(monitor->selectedTask()->id, otherTask->id);
    monitor->findEdit()->setText(QString::number(job.id));
    monitor->findButton()->click();
    QVERIFY(!monitor->selectedTask());
    QVERIFY(monitor->findMessage().contains(QString::number(job.id)));
    monitor->findEdit()->setText(other);
    monitor->findButton()->click();
    gui::JobOrTaskDialog *kind = monitor->jobOrTaskDialog();
    QVERIFY(kind);
    QVERIFY(!monitor->selectedTask());
    QVERIFY(!kind->okButton()->isEnabled());
    kind->taskOption()->click();
    QVERIFY(kind->okButton()->isEnabled());
    kind->okButton()->click();
    QTRY_VERIFY(!monitor->jobOrTaskDialog());
    QVERIFY(monitor->selectedTask());
    QCOMPARE(monitor->selectedTask()->srcTableName, other);

    QTRY_VERIFY_WITH_TIMEOUT(taskOf(QStringLiteral("dwd_trade_order_di")) &&
                                 taskOf(QStringLiteral("dwd_trade_order_di"))->status ==
                                     model::MmsTaskStatus::DataFailed,
                             kLongMs);
    const qint64 failedId = taskOf(QStringLiteral("dwd_trade_order_di"))->id;
    QVERIFY(monitor->selectTask(failedId));
    QTRY_VERIFY_WITH_TIMEOUT(monitor->logTable()->rowCount() > 0, kLongMs);
    bool expiredLogged = false;
    for (const model::MmsTaskLog &log : monitor->logs())
        expiredLogged = expiredLogged || log.msg.contains(QLatin1String("expired"));
    QVERIFY(expiredLogged);
    QVERIFY(monitor->retryTaskButton()->isEnabled());
    QVERIFY(monitor->countsLabel()->text().contains(
        model::displayName(model::MmsTaskStatus::DataFailed)));

    const int retriesBefore = m_rig.count("RetryMmsTask");
    monitor->retryTaskButton()->click();
    QVERIFY(monitor->confirmDialog());
    QCOMPARE(monitor->confirmDialog()->request().wire.action, QStringLiteral("RetryMmsTask"));
    QCOMPARE(m_rig.count("RetryMmsTask"), retriesBefore);
    monitor->confirmDialog()->confirmButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.count("RetryMmsTask"), retriesBefore + 1, kLongMs);
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), kLongMs);
    for (const model::MmsTask &t : monitor->tasks()) {
        if (t.id == failedId)
            QCOMPARE(t.retriedTimes, 1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(monitor->job()->status == model::MmsJobStatus::Done, kLongMs);
    // A finished task is not retried.
    QVERIFY(monitor->selectTask(failedId));
    QVERIFY(!monitor->retryTaskButton()->isEnabled());
    QVERIFY(!monitor->retryJobButton()->isEnabled());
    QCOMPARE(m_rig.count("RetryMmsTask"), retriesBefore + 1);
    QCOMPARE(m_rig.count("RetryMmsJob"), 0);

    // Verify: one result per table, the row counts equal.
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(gui::MmsWizard::VerifyPageId));
    gui::MmsVerifyPage *verify = wizard.verifyPage();
    QTRY_VERIFY_WITH_TIMEOUT(!verify->isLoading() && verify->results().size() == 2, kLongMs);
    QStringList verified;
    for (const gui::MmsVerification &v : verify->results()) {
        QCOMPARE(v.outcome, gui::MmsVerification::Outcome::Passed);
        QVERIFY(v.sourceRows && v.targetRows);
        QCOMPARE(*v.sourceRows, *v.targetRows);
        verified.append(v.sourceTable);
    }
    verified.sort();
    QCOMPARE(verified, (QStringList{QStringLiteral("dw.") + chosenTables.at(0),
                                    QStringLiteral("dw.") + chosenTables.at(1)}));
    QCOMPARE(verify->resultTable()->rowCount(), 2);
    QCOMPARE(m_rig.count("CreateMmsJob"), createsBefore + 1);
}

void TstMmsWizard::secretsNeverShown_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("secretMarks");
    // What only the secrets of the scenario's configurations contain.
    QTest::newRow("hive") << QStringLiteral("hive_prod")
                          << QStringList{QStringLiteral("LTAI5t"), QStringLiteral("Hv#")};
    QTest::newRow("bigquery") << QStringLiteral("bq_analytics")
                              << QStringList{QStringLiteral("LTAI5t"),
                                             QStringLiteral("PRIVATE KEY"),
                                             QStringLiteral("MIIEv")};
    QTest::newRow("databricks") << QStringLiteral("databricks_lakehouse")
                                << QStringList{QStringLiteral("LTAI5t"), QStringLiteral("dapi")};
}

void TstMmsWizard::secretsNeverShown()
{
    QFETCH(QString, source);
    QFETCH(QStringList, secretMarks);
    auto session = makeSession();
    gui::MmsWizard wizard(session.get());
    wizard.show();
    QVERIFY(clickNext(wizard));
    chooseSource(wizard, source);
    // The configuration is shown (the secret items as the mask).
    const QString shown = wizard.dataSourcePage()->configView()->table()->allText();
    QVERIFY(shown.contains(QLatin1String("mc.auth.access.id")) ||
            shown.contains(QLatin1String("AccessKey")));
    const QStringList texts = test::allWidgetTexts(&wizard);
    for (const QString &text : texts) {
        for (const QString &mark : secretMarks)
            QVERIFY2(!text.contains(mark), qPrintable(text));
    }
}

void TstMmsWizard::migrateMenuFollowsSession()
{
    auto session = makeSession();
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    model::Settings settings(store);
    gui::MainWindow window(settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("migrateMmsAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    window.setSession(session.get());
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *wizard = window.findChild<gui::MmsWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->isModal());
    QCOMPARE(wizard->session(), session.get());
    wizard->close();
    window.close();
}

void TstMmsWizard::permissionErrorListsTheRamAction()
{
    // The account may not list data sources: the wizard says which RAM action is missing, with a
    // policy to copy, and lists again once the permission is granted.
    sandbox::FaultRule forbidden;
    forbidden.kind = sandbox::FaultKind::Forbidden;
    forbidden.rate = 1.0;
    forbidden.actions = {QStringLiteral("ListMmsDataSources")};
    m_rig.server->faults().addRule(forbidden);

    auto session = makeSession();
    gui::MmsWizard wizard(session.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard)); // prerequisites -> data source
    QTRY_VERIFY_WITH_TIMEOUT(wizard.permissionDialog() != nullptr, kLongMs);
    gui::PermissionErrorDialog *dialog = wizard.permissionDialog();
    QVERIFY2(dialog->actions().contains(QStringLiteral("odps:ListMmsDataSources")),
             qPrintable(dialog->actions().join(u',')));
    QVERIFY(dialog->policyJson().contains(QStringLiteral("odps:ListMmsDataSources")));
    QVERIFY(wizard.dataSourcePage()->sources().isEmpty());

    m_rig.server->faults().clear();
    dialog->close();
    wizard.dataSourcePage()->refreshButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.dataSourcePage()->sources().isEmpty(), kLongMs);
}

QTEST_MAIN(TstMmsWizard)
#include "tst_mmswizard.moc"
