// SPDX-License-Identifier: GPL-3.0-or-later
// The DTS wizard against the in-process sandbox on a fast virtual clock: a migration from a
// self-managed MySQL end to end (connection test, objects, modes, a fuzzy job name that stays
// unpicked until confirmed, creation behind confirmations with the exact parameters, the
// scenario's binlog_format precheck failure fixed and re-run, monitoring to incremental with the
// lag in the unit DTS used, verification); existing jobs started or stopped only where allowed;
// the endpoint passwords in no widget; and the Migrate menu of the main window.
#include "gui/mainwindow.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/dtsprerequisitesview.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/safety/secretlineedit.h"
#include "gui/session.h"
#include "gui/wizard/dtsendpointform.h"
#include "gui/wizard/dtsendpointspage.h"
#include "gui/wizard/dtsmodespage.h"
#include "gui/wizard/dtsmonitorpage.h"
#include "gui/wizard/dtsobjectspage.h"
#include "gui/wizard/dtsprecheckpage.h"
#include "gui/wizard/dtsprerequisitespage.h"
#include "gui/wizard/dtsstartpage.h"
#include "gui/wizard/dtsverifypage.h"
#include "gui/wizard/dtswizard.h"
#include "model/settings.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

const QString kSourcePassword = QStringLiteral("Src-Pa55-7f3k");
const QString kTargetPassword = QStringLiteral("Dst-Pa55-9q2m");
const QStringList kChanging = {QStringLiteral("ConfigureDtsJob"),
                               QStringLiteral("CreateDtsInstance"), QStringLiteral("StartDtsJob"),
                               QStringLiteral("StopDtsJob"), QStringLiteral("SuspendDtsJob")};

QString param(const cloudapi::WireDescription &wire, const QString &name)
{
    for (const auto &[n, v] : wire.parameters()) {
        if (n == name)
            return v;
    }
    return QStringLiteral("(absent)");
}

// Every text a person could see or copy from a widget, for the password check.
QStringList visibleTexts()
{
    QStringList out;
    for (QWidget *w : QApplication::allWidgets()) {
        out << w->toolTip() << w->windowTitle() << w->statusTip() << w->accessibleName()
            << w->accessibleDescription();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *e = qobject_cast<QLineEdit *>(w); e && !qobject_cast<gui::SecretLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out << p->toPlainText();
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        }
        if (auto *t = qobject_cast<QTableWidget *>(w)) {
            for (int r = 0; r < t->rowCount(); ++r) {
                for (int c = 0; c < t->columnCount(); ++c) {
                    if (t->item(r, c))
                        out << t->item(r, c)->text() << t->item(r, c)->toolTip();
                }
            }
        }
        if (auto *d = qobject_cast<gui::ConfirmActionDialog *>(w))
            out << d->parametersText();
    }
    return out;
}

} // namespace

class TstDtsWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endToEnd();
    void existingJobsOnlyWhereAllowed();
    void migrateMenuNeedsASession();
    void cleanupTestCase();

private:
    std::vector<QString> changingCalls() const;
    gui::ConfirmActionDialog *awaitConfirmation(gui::DtsWizard &wizard);

    test::SandboxRig m_rig;
    gui::Session *m_session = nullptr;
};

void TstDtsWizard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start(200.0)); // 200 virtual seconds per real second
    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = m_rig.server->endpoint();
    info.region = test::kRegion;
    m_session = new gui::Session(m_rig.makeTransport().release(), info);
    m_session->setClock(m_rig.clockFunction(), 200.0);
}

void TstDtsWizard::cleanupTestCase()
{
    delete m_session;
}

std::vector<QString> TstDtsWizard::changingCalls() const
{
    std::vector<QString> out;
    for (const sandbox::RequestLogEntry &e : m_rig.server->requestLog().entries()) {
        if (kChanging.contains(e.action))
            out.push_back(e.action);
    }
    return out;
}

gui::ConfirmActionDialog *TstDtsWizard::awaitConfirmation(gui::DtsWizard &wizard)
{
    if (!test::waitFor([&] {
            return wizard.pendingConfirmation() && wizard.pendingConfirmation()->isVisible();
        }))
        return nullptr;
    return wizard.pendingConfirmation();
}

void TstDtsWizard::endToEnd()
{
    gui::DtsWizard wizard(m_session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(gui::DtsWizard::PrerequisitesPage));

    // Prerequisites: the pasted grants hold SUPER, which is flagged.
    auto *pre = qobject_cast<gui::DtsPrerequisitesPage *>(wizard.currentPage());
    QVERIFY(pre);
    pre->view()->setGrantsText(QStringLiteral(
        "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `dts_repl`@`%`"));
    QVERIFY(pre->view()->findingTexts().join(QLatin1Char('\n')).contains(QLatin1String("SUPER")));
    wizard.next();
    QVERIFY(!wizard.settings().replicationAccountMinimal);
    QVERIFY(!wizard.settings().grantFindings.isEmpty());

    // Endpoints: a self-managed MySQL on ECS to RDS; the connection test must pass first.
    auto *ends = qobject_cast<gui::DtsEndpointsPage *>(wizard.currentPage());
    QVERIFY(ends);
    gui::DtsEndpointForm *src = ends->sourceForm();
    src->typeBox()->setCurrentIndex(src->typeBox()->findData(QStringLiteral("ECS")));
    src->instanceIdEdit()->setText(QStringLiteral("i-bp1inv0legacy05"));
    src->hostEdit()->setText(QStringLiteral("10.0.8.21"));
    src->userEdit()->setText(QStringLiteral("dts_repl"));
    QTest::keyClicks(src->passwordEdit(), kSourcePassword);
    gui::DtsEndpointForm *dst = ends->destinationForm();
    dst->instanceIdEdit()->setText(QStringLiteral("rm-bp1inv0target"));
    dst->userEdit()->setText(QStringLiteral("dts_writer"));
    QTest::keyClicks(dst->passwordEdit(), kTargetPassword);
    QVERIFY(!ends->isComplete());
    QVERIFY(ends->testButton()->isEnabled());
    ends->testButton()->click();
    QTRY_VERIFY(ends->isComplete());
    QVERIFY(ends->sourceResult()->text().contains(QLatin1String("can connect")));
    QCOMPARE(m_rig.count("DescribeConnectionStatus"), 1);
    wizard.next();
    QCOMPARE(wizard.settings().source.ip, QStringLiteral("10.0.8.21"));
    QCOMPARE(wizard.settings().source.password, kSourcePassword);

    // Objects: the inventory database, whole.
    auto *objects = qobject_cast<gui::DtsObjectsPage *>(wizard.currentPage());
    QVERIFY(objects);
    QVERIFY(!objects->isComplete());
    objects->setDatabaseChecked(QStringLiteral("inventory"), true);
    QVERIFY(objects->isComplete());
    wizard.next();
    QCOMPARE(wizard.settings().dbList.size(), 1);
    QCOMPARE(wizard.settings().dbList.first().sourceName, QStringLiteral("inventory"));
    QVERIFY(wizard.settings().dbList.first().allTables);

    // Modes: schema, full and incremental.
    auto *modes = qobject_cast<gui::DtsModesPage *>(wizard.currentPage());
    QVERIFY(modes);
    QVERIFY(modes->incrementalBox()->isChecked());
    wizard.next();
    QVERIFY(wizard.settings().structureInitialization && wizard.settings().dataInitialization &&
            wizard.settings().dataSynchronization);

    // The job: a name close to an existing job lists it, and nothing is picked.
    auto *start = qobject_cast<gui::DtsStartPage *>(wizard.currentPage());
    QVERIFY(start);
    start->nameEdit()->setText(QStringLiteral("inventory-migration-v2"));
    start->findButton()->click();
    QTRY_VERIFY(start->resolutionView()->isVisible() && !start->isLooking());
    QCOMPARE(start->resolutionView()->resolution().kind, model::ResolutionKind::FuzzyOnly);
    QCOMPARE(start->resolutionView()->table()->rowCount(), 1);
    QVERIFY(!start->resolutionView()->resolvedCandidate());
    QVERIFY(wizard.settings().dtsJobId.isEmpty());
    QVERIFY(!start->useSelectedButton()->isEnabled());
    QVERIFY(!start->createButton()->isEnabled());
    QVERIFY(!start->isComplete());
    // Selecting the row is not a confirmation.
    start->resolutionView()->table()->selectRow(0);
    QVERIFY(start->useSelectedButton()->isEnabled());
    QVERIFY(wizard.settings().dtsJobId.isEmpty());
    QVERIFY(!start->resolutionView()->resolvedCandidate());
    // The person wants a new job instead.
    start->newJobButton()->click();
    QVERIFY(start->createButton()->isEnabled());
    QVERIFY(changingCalls().empty());

    start->createButton()->click();
    gui::ConfirmActionDialog *configure = awaitConfirmation(wizard);
    QVERIFY(configure);
    const cloudapi::WireDescription &cw = configure->request().wire;
    QCOMPARE(cw.action, QStringLiteral("ConfigureDtsJob"));
    QCOMPARE(param(cw, QStringLiteral("DtsJobName")), QStringLiteral("inventory-migration-v2"));
    QCOMPARE(param(cw, QStringLiteral("JobType")), QStringLiteral("MIGRATION"));
    QCOMPARE(param(cw, QStringLiteral("SourceEndpointInstanceType")), QStringLiteral("ECS"));
    QCOMPARE(param(cw, QStringLiteral("SourceEndpointInstanceID")),
             QStringLiteral("i-bp1inv0legacy05"));
    QCOMPARE(param(cw, QStringLiteral("SourceEndpointIP")), QStringLiteral("10.0.8.21"));
    QCOMPARE(param(cw, QStringLiteral("SourceEndpointPort")), QStringLiteral("3306"));
    QCOMPARE(param(cw, QStringLiteral("SourceEndpointUserName")), QStringLiteral("dts_repl"));
    QCOMPARE(param(cw, QStringLiteral("DestinationEndpointInstanceType")), QStringLiteral("RDS"));
    QCOMPARE(param(cw, QStringLiteral("DestinationEndpointInstanceID")),
             QStringLiteral("rm-bp1inv0target"));
    QCOMPARE(param(cw, QStringLiteral("StructureInitialization")), QStringLiteral("true"));
    QCOMPARE(param(cw, QStringLiteral("DataInitialization")), QStringLiteral("true"));
    QCOMPARE(param(cw, QStringLiteral("DataSynchronization")), QStringLiteral("true"));
    QVERIFY(param(cw, QStringLiteral("DbList")).contains(QLatin1String("\"inventory\"")));
    QVERIFY(!param(cw, QStringLiteral("SourceEndpointPassword")).contains(kSourcePassword));
    QVERIFY(!configure->parametersText().contains(kSourcePassword));
    QVERIFY(changingCalls().empty()); // nothing sent before the confirmation
    configure->confirmButton()->click();

    gui::ConfirmActionDialog *buy = nullptr;
    QVERIFY(test::waitFor([&] {
        buy = wizard.pendingConfirmation();
        return buy && buy->isVisible() &&
               buy->request().wire.action == QLatin1String("CreateDtsInstance");
    }));
    QVERIFY(!wizard.settings().dtsJobId.isEmpty());
    const QString jobId = wizard.settings().dtsJobId;
    QCOMPARE(param(buy->request().wire, QStringLiteral("JobId")), jobId);
    QCOMPARE(param(buy->request().wire, QStringLiteral("AutoStart")), QStringLiteral("true"));
    QCOMPARE(param(buy->request().wire, QStringLiteral("PayType")), QStringLiteral("PostPaid"));
    QCOMPARE(changingCalls(), std::vector<QString>{QStringLiteral("ConfigureDtsJob")});
    buy->confirmButton()->click();
    QTRY_VERIFY(start->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::DtsWizard::PrecheckPage));

    // Precheck: binlog_format MIXED fails, with DTS's repair advice.
    auto *check = qobject_cast<gui::DtsPrecheckPage *>(wizard.currentPage());
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(check->hasFailed(), 15000);
    QVERIFY(!check->isComplete());
    int failedRow = -1;
    for (int r = 0; r < check->table()->rowCount(); ++r) {
        if (check->table()->item(r, gui::DtsPrecheckPage::ItemColumn)->text() ==
            QLatin1String("CHECK_SRC_BINLOG_FORMAT"))
            failedRow = r;
    }
    QVERIFY(failedRow >= 0);
    QCOMPARE(check->table()->item(failedRow, gui::DtsPrecheckPage::StateColumn)->text(),
             QStringLiteral("Failed"));
    QVERIFY(check->table()
                ->item(failedRow, gui::DtsPrecheckPage::RepairColumn)
                ->text()
                .contains(QLatin1String("binlog_format")));
    QTRY_VERIFY(check->rerunButton()->isEnabled()); // once the job is seen PrecheckFailed

    // The person fixes binlog_format on the source (it takes effect 30 s later), then re-runs.
    m_rig.advance(35'000);
    check->rerunButton()->click();
    gui::ConfirmActionDialog *rerun = awaitConfirmation(wizard);
    QVERIFY(rerun);
    QCOMPARE(rerun->request().wire.action, QStringLiteral("StartDtsJob"));
    QCOMPARE(param(rerun->request().wire, QStringLiteral("DtsJobId")), jobId);
    QCOMPARE(changingCalls().size(), std::size_t(2));
    rerun->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(check->hasPassed(), 15000);
    QVERIFY(wizard.settings().precheckPassed);
    QCOMPARE(wizard.settings().precheckRuns, 2);
    wizard.next();

    // Monitor: schema, full, then incremental with the lag DTS reported in milliseconds.
    auto *monitor = qobject_cast<gui::DtsMonitorPage *>(wizard.currentPage());
    QVERIFY(monitor);
    QVERIFY(wizard.isJobPolling());
    m_rig.advance(200'000); // past schema and the full load
    QTRY_VERIFY_WITH_TIMEOUT(monitor->isIncremental(), 15000);
    QCOMPARE(monitor->phaseLabel()->text(), QStringLiteral("Incremental migration"));
    QTRY_VERIFY(wizard.settings().lagMs.has_value());
    QVERIFY2(monitor->lagLabel()->text().contains(QLatin1String("(DTS reported ")) &&
                 monitor->lagLabel()->text().contains(QLatin1String(" ms)")),
             qPrintable(monitor->lagLabel()->text()));
    QCOMPARE(wizard.job()->delay->rawUnit, model::DelayUnit::Milliseconds);
    QCOMPARE(qint64(wizard.job()->delay->raw), wizard.job()->delay->value.count());
    QVERIFY(monitor->stopButton()->isEnabled()); // an incremental job may be stopped
    wizard.next();

    // Verify: the data check verdict is shown.
    auto *verify = qobject_cast<gui::DtsVerifyPage *>(wizard.currentPage());
    QVERIFY(verify);
    QTRY_VERIFY(!wizard.settings().dataCheck.isEmpty());
    QCOMPARE(verify->verdictLabel()->text(), wizard.settings().dataCheck);
    QCOMPARE(verify->table()->rowCount(), 6);

    // Exactly the confirmed calls, in order, and what DTS stored is what was confirmed.
    QCOMPARE(changingCalls(), (std::vector<QString>{QStringLiteral("ConfigureDtsJob"),
                                                    QStringLiteral("CreateDtsInstance"),
                                                    QStringLiteral("StartDtsJob")}));
    auto transport = m_rig.makeTransport();
    const cloudapi::DtsClient dts(transport.get());
    cloudapi::DtsJobDetailQuery q;
    q.regionId = test::kRegion;
    q.dtsJobId = jobId;
    const auto detail =
        test::await<model::DtsJob>([&](QObject *c, cloudapi::Callback<model::DtsJob> d) {
            return dts.describeJobDetail(q, c, d);
        });
    QVERIFY(detail && detail->ok());
    QCOMPARE(detail->value().name, QStringLiteral("inventory-migration-v2"));
    QCOMPARE(detail->value().source.ip, QStringLiteral("10.0.8.21"));
    QCOMPARE(detail->value().source.port, QStringLiteral("3306"));
    QCOMPARE(detail->value().source.userName, QStringLiteral("dts_repl"));
    QCOMPARE(detail->value().destination.instanceId, QStringLiteral("rm-bp1inv0target"));
    QVERIFY(detail->value().dbObject.contains(QLatin1String("inventory")));

    // The passwords were typed once and appear in no widget.
    const QStringList texts = visibleTexts();
    for (const QString &t : texts) {
        QVERIFY2(!t.contains(kSourcePassword) && !t.contains(kTargetPassword), qPrintable(t));
    }
    wizard.setJobPolling(0);
}

void TstDtsWizard::existingJobsOnlyWhereAllowed()
{
    gui::DtsWizard wizard(m_session);
    wizard.setStartId(gui::DtsWizard::StartPage);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *start = qobject_cast<gui::DtsStartPage *>(wizard.currentPage());
    QVERIFY(start);

    // A fuzzy name: listed, nothing used until the pick is confirmed.
    start->nameEdit()->setText(QStringLiteral("Inventory_Migration"));
    start->findButton()->click();
    QTRY_VERIFY(start->resolutionView()->isVisible() && !start->isLooking());
    QCOMPARE(start->resolutionView()->resolution().kind, model::ResolutionKind::FuzzyOnly);
    QVERIFY(wizard.settings().dtsJobId.isEmpty());
    QVERIFY(!start->startButton()->isVisible());
    gui::CopyableTable *table = start->resolutionView()->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->item(r, c) && table->item(r, c)->text() == QLatin1String("duwxbepl39ef6cg"))
                row = r;
        }
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    QVERIFY(wizard.settings().dtsJobId.isEmpty());
    start->useSelectedButton()->click();
    QCOMPARE(wizard.settings().dtsJobId, QStringLiteral("duwxbepl39ef6cg"));
    QVERIFY(wizard.settings().existingJob);
    QTRY_VERIFY(wizard.job() && wizard.job()->dtsJobId == QLatin1String("duwxbepl39ef6cg"));
    // PrecheckFailed: a start (re-run) is offered, a stop is not.
    QTRY_VERIFY(start->startButton()->isEnabled());
    QVERIFY(!start->stopButton()->isEnabled());
    QVERIFY(!start->stopButton()->toolTip().isEmpty());
    QVERIFY(!start->createButton()->isVisible());

    // An exact name is used at once; a finished job can be neither started nor stopped.
    start->nameEdit()->setText(QStringLiteral("crm-migration"));
    start->findButton()->click();
    QTRY_VERIFY(wizard.settings().dtsJobId == QLatin1String("lyea5hyjsiwhhht"));
    QCOMPARE(start->resolutionView()->resolution().kind, model::ResolutionKind::Exact);
    QTRY_VERIFY(wizard.job() && wizard.job()->dtsJobId == QLatin1String("lyea5hyjsiwhhht"));
    QVERIFY(!start->startButton()->isEnabled());
    QVERIFY(!start->stopButton()->isEnabled());
    QVERIFY(!start->startButton()->toolTip().isEmpty());
    QVERIFY(wizard.pendingConfirmation() == nullptr);
}

void TstDtsWizard::migrateMenuNeedsASession()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    model::Settings settings(store);
    gui::MainWindow window(settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("migrateDtsAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    window.setSession(m_session);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *wizard = window.findChild<gui::DtsWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->isModal());
    QCOMPARE(wizard->session(), m_session);
    wizard->close();
}

QTEST_MAIN(TstDtsWizard)
#include "tst_dtswizard.moc"
