// SPDX-License-Identifier: GPL-3.0-or-later
// The SMC wizard end to end against the sandbox: a similar server name is listed and nothing is
// chosen until the pick is confirmed; an offline agent blocks; out-of-range intervals and image
// counts are refused; the job is created once, after confirmation, with the parameters shown;
// the full run ends Waiting; a manual sync; "complete incremental synchronization" only after
// the job name is typed; the result; and a failed first run retried.
#include "gui/mainwindow.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/smcprerequisitesview.h"
#include "gui/wizard/smccreatepage.h"
#include "gui/wizard/smcfinalsyncpage.h"
#include "gui/wizard/smcmonitorpage.h"
#include "gui/wizard/smcschedulepage.h"
#include "gui/wizard/smctargetpage.h"
#include "gui/wizard/smcverifypage.h"
#include "model/settings.h"

#include "testsupport_smcwizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using model::SmcJobStatus;

namespace {

constexpr qint64 kMinute = 60'000;

bool hasParameter(const gui::ConfirmActionDialog *d, const QString &name, const QString &value)
{
    return d->parametersText()
               .split(QLatin1Char('\n'))
               .contains(name + QLatin1Char('\t') + value, Qt::CaseSensitive) ||
           d->parametersText().contains(QLatin1Char('\n') + name + QLatin1Char('\t') + value +
                                        QLatin1Char('\t'));
}

} // namespace

class TstSmcWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fuzzyNameNeedsConfirmation();
    void offlineAgentIsRefused();
    void targetAndInvalidSchedule();
    void createOnlyAfterConfirmation();
    void fullRunThenWaiting();
    void manualSyncThenCompleteWithTypedConfirmation();
    void verifyShowsTheImage();
    void failedRunIsRetried();
    void migrateMenuNeedsASession();
    void cleanupTestCase();

private:
    test::SmcWizardRig m_w;
    QString m_jobId;
};

void TstSmcWizard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_w.start());
    QVERIFY(m_w.open());
}

void TstSmcWizard::cleanupTestCase()
{
    m_w.wizard.reset();
}

void TstSmcWizard::fuzzyNameNeedsConfirmation()
{
    gui::SmcSourcePage *page = m_w.wizard->sourcePage();
    QCOMPARE(page->serverTable()->rowCount(), 5);
    QVERIFY(!m_w.next()->isEnabled());

    m_w.resolve(QStringLiteral("Web_01"));
    QCOMPARE(page->resolutionView()->resolution().kind, model::ResolutionKind::FuzzyOnly);
    QVERIFY(!page->chosen());
    QVERIFY(page->confirmPickButton()->isVisible());
    QVERIFY(!page->confirmPickButton()->isEnabled());
    QVERIFY(!m_w.next()->isEnabled());

    // Selecting a candidate is not choosing it.
    gui::CopyableTable *candidates = page->resolutionView()->table();
    int row = -1;
    for (int r = 0; r < candidates->model()->rowCount(); ++r) {
        for (int c = 0; c < candidates->model()->columnCount(); ++c) {
            if (candidates->model()->index(r, c).data().toString() == QLatin1String("web-01"))
                row = r;
        }
    }
    QVERIFY(row >= 0);
    candidates->selectRow(row);
    QVERIFY(page->confirmPickButton()->isEnabled());
    QVERIFY(!page->chosen());
    QVERIFY(!m_w.next()->isEnabled());

    page->confirmPickButton()->click();
    QVERIFY(page->chosen());
    QCOMPARE(page->chosen()->sourceId, QStringLiteral("s-bp1web01a7k2m9q4x8z3"));
    QVERIFY(page->prerequisitesView()->allMet());
    QVERIFY(m_w.next()->isEnabled());

    // An exact name is used at once, and shown.
    m_w.resolve(QStringLiteral("app-02"));
    QCOMPARE(page->resolutionView()->resolution().kind, model::ResolutionKind::Exact);
    QCOMPARE(page->chosen()->name, QStringLiteral("app-02"));
    QVERIFY(!page->confirmPickButton()->isVisible());
}

void TstSmcWizard::offlineAgentIsRefused()
{
    gui::SmcSourcePage *page = m_w.wizard->sourcePage();
    m_w.resolve(QStringLiteral("batch-03"));
    QVERIFY(page->chosen());
    QCOMPARE(page->chosen()->name, QStringLiteral("batch-03"));
    QVERIFY(!page->prerequisitesView()->allMet());
    QVERIFY(page->blockedLabel()->isVisible());
    QVERIFY(!m_w.next()->isEnabled());
    QVERIFY(!m_w.pageOn());

    m_w.resolve(QStringLiteral("web-01"));
    QVERIFY(page->prerequisitesView()->allMet());
    QVERIFY(!page->blockedLabel()->isVisible());
    QVERIFY(m_w.pageOn());
    QCOMPARE(m_w.wizard->settings().sourceId, QStringLiteral("s-bp1web01a7k2m9q4x8z3"));
    QCOMPARE(m_w.wizard->currentId(), int(gui::SmcWizard::TargetPage));
}

void TstSmcWizard::targetAndInvalidSchedule()
{
    gui::SmcTargetPage *target = m_w.wizard->targetPage();
    QCOMPARE(target->imageNameEdit()->text(), QStringLiteral("web-01-migrated"));
    QVERIFY(target->systemDiskSpin()->value() >= 20);
    target->instanceButton()->setChecked(true);
    target->instanceIdEdit()->setText(QStringLiteral("not-an-instance"));
    QVERIFY(!m_w.next()->isEnabled());
    target->imageButton()->setChecked(true);
    target->imageNameEdit()->setText(QStringLiteral("1bad"));
    QVERIFY(!m_w.next()->isEnabled());
    target->imageNameEdit()->setText(QStringLiteral("web-01-image"));
    QVERIFY(m_w.pageOn());
    QCOMPARE(m_w.wizard->settings().targetType, QStringLiteral("Image"));
    QCOMPARE(m_w.wizard->settings().imageName, QStringLiteral("web-01-image"));

    gui::SmcSchedulePage *schedule = m_w.wizard->schedulePage();
    QCOMPARE(schedule->jobNameEdit()->text(), QStringLiteral("web-01-incremental"));
    struct Case
    {
        int value;
        int unitIndex; // 0 hours, 1 days
        int images;
        bool ok;
    };
    const Case cases[] = {{0, 0, 3, false},  {8, 1, 3, false}, {169, 0, 3, false}, {6, 0, 0, false},
                          {6, 0, 11, false}, {7, 1, 10, true}, {1, 0, 1, true},    {6, 0, 4, true}};
    for (const Case &c : cases) {
        schedule->intervalSpin()->setValue(c.value);
        schedule->intervalUnit()->setCurrentIndex(c.unitIndex);
        schedule->imagesSpin()->setValue(c.images);
        QCOMPARE(schedule->isComplete(), c.ok);
        QCOMPARE(m_w.next()->isEnabled(), c.ok);
        QCOMPARE(schedule->problemLabel()->text().isEmpty(), c.ok);
    }
    QVERIFY(m_w.pageOn());
    QCOMPARE(m_w.wizard->settings().frequencyHours, 6);
    QCOMPARE(m_w.wizard->settings().imagesToKeep, 4);
}

void TstSmcWizard::createOnlyAfterConfirmation()
{
    QCOMPARE(m_w.wizard->currentId(), int(gui::SmcWizard::CreatePage));
    gui::SmcCreatePage *page = m_w.wizard->createPage();
    const QString token = m_w.wizard->settings().clientToken;
    QVERIFY(!token.isEmpty());
    QVERIFY(!m_w.commit()->isEnabled());
    m_w.rig.server->requestLog().clear();

    // Cancelled: nothing is sent.
    page->createButton()->click();
    QVERIFY(m_w.wizard->confirmDialog());
    m_w.wizard->confirmDialog()->reject();
    QTest::qWait(20);
    QCOMPARE(m_w.rig.count("CreateReplicationJob"), 0);

    page->createButton()->click();
    gui::ConfirmActionDialog *d = m_w.wizard->confirmDialog();
    QVERIFY(d);
    for (const auto &[name, value] : QList<QPair<QString, QString>>{
             {QStringLiteral("SourceId"), QStringLiteral("s-bp1web01a7k2m9q4x8z3")},
             {QStringLiteral("Name"), QStringLiteral("web-01-incremental")},
             {QStringLiteral("TargetType"), QStringLiteral("Image")},
             {QStringLiteral("ImageName"), QStringLiteral("web-01-image")},
             {QStringLiteral("RunOnce"), QStringLiteral("false")},
             {QStringLiteral("Frequency"), QStringLiteral("6")},
             {QStringLiteral("MaxNumberOfImageToKeep"), QStringLiteral("4")},
             {QStringLiteral("ClientToken"), token}})
        QVERIFY2(hasParameter(d, name, value),
                 qPrintable(name + QLatin1String(": ") + d->parametersText()));
    // The page shows the same parameters as the dialog.
    QCOMPARE(page->parameterTable()->rowCount(), d->parameterTable()->rowCount());
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return !m_w.wizard->settings().jobId.isEmpty(); }));
    m_jobId = m_w.wizard->settings().jobId;
    QCOMPARE(m_w.rig.count("CreateReplicationJob"), 1);
    QVERIFY(!page->createButton()->isEnabled());
    QVERIFY(m_w.commit()->isEnabled());

    // What SMC holds is what was shown.
    QVERIFY(m_w.pageOn());
    QVERIFY(m_w.pollOnce());
    const auto &job = m_w.wizard->poller()->job();
    QVERIFY(job);
    QCOMPARE(job->name, QStringLiteral("web-01-incremental"));
    QCOMPARE(job->sourceId, QStringLiteral("s-bp1web01a7k2m9q4x8z3"));
    QCOMPARE(job->imageName, QStringLiteral("web-01-image"));
    QCOMPARE(job->frequencyHours, std::optional<int>(6));
    QCOMPARE(job->maxNumberOfImageToKeep, std::optional<int>(4));
    QVERIFY(!job->runOnce);
    QCOMPARE(job->status.value, SmcJobStatus::Ready);
}

void TstSmcWizard::fullRunThenWaiting()
{
    QCOMPARE(m_w.wizard->currentId(), int(gui::SmcWizard::MonitorPage));
    gui::SmcMonitorPage *page = m_w.wizard->monitorPage();
    QVERIFY(!m_w.next()->isEnabled());
    QVERIFY(page->startButton()->isEnabled());
    page->startButton()->click();
    QCOMPARE(m_w.rig.count("StartReplicationJob"), 0);
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return m_w.rig.count("StartReplicationJob") == 1; }));
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == SmcJobStatus::Running; },
        kMinute, 2));
    QVERIFY(!page->startButton()->isEnabled());
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("Running")));
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == SmcJobStatus::Waiting; },
        kMinute, 30));
    QCOMPARE(page->runTable()->rowCount(), 1);
    QVERIFY(page->nextSyncLabel()->text().contains(QLatin1String("every 6 hour")));
    QVERIFY(m_w.next()->isEnabled());
    QVERIFY(m_w.pageOn());
}

void TstSmcWizard::manualSyncThenCompleteWithTypedConfirmation()
{
    QCOMPARE(m_w.wizard->currentId(), int(gui::SmcWizard::FinalSyncPage));
    gui::SmcFinalSyncPage *page = m_w.wizard->finalSyncPage();
    QVERIFY(page->syncButton()->isEnabled());
    QVERIFY(!page->cutOverButton()->isEnabled()); // services not stopped yet
    QVERIFY(!m_w.commit()->isEnabled());

    page->syncButton()->click();
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return m_w.rig.count("StartReplicationJob") == 2; }));
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) {
            return j.status == SmcJobStatus::Waiting && j.runs.size() == 2;
        },
        kMinute, 15));
    const auto &job = m_w.wizard->poller()->job();
    QCOMPARE(job->runs.last().type.value, model::SmcRunType::Manual);
    QCOMPARE(m_w.wizard->settings().manualSyncs, 1);

    page->servicesStoppedCheck()->setChecked(true);
    QVERIFY(page->cutOverButton()->isEnabled());
    page->cutOverButton()->click();
    gui::ConfirmActionDialog *d = m_w.wizard->confirmDialog();
    QVERIFY(d);
    QVERIFY(hasParameter(d, QStringLiteral("JobId"), m_jobId));
    QVERIFY(hasParameter(d, QStringLiteral("SyncData"), QStringLiteral("true")));
    QCOMPARE(d->request().typedConfirmation, QStringLiteral("web-01-incremental"));
    QVERIFY(!d->canConfirm());
    QVERIFY(!d->confirmButton()->isEnabled());
    d->typedConfirmationEdit()->setText(QStringLiteral("web-01-Incremental"));
    QVERIFY(!d->confirmButton()->isEnabled());
    d->typedConfirmationEdit()->setText(QStringLiteral("web-01"));
    QVERIFY(!d->confirmButton()->isEnabled());
    d->accept(); // refused without the name
    QTest::qWait(20);
    QCOMPARE(m_w.rig.count("CutOverReplicationJob"), 0);
    QVERIFY(!m_w.wizard->settings().cutOverSent);
    QVERIFY(m_w.confirm(QStringLiteral("web-01-incremental")));
    QVERIFY(test::waitFor([&] { return m_w.wizard->settings().cutOverSent; }));
    QCOMPARE(m_w.rig.count("CutOverReplicationJob"), 1);
    QVERIFY(!page->cutOverButton()->isEnabled());
    QVERIFY(!page->syncButton()->isEnabled());
    QVERIFY(m_w.pageOn());
}

void TstSmcWizard::verifyShowsTheImage()
{
    QCOMPARE(m_w.wizard->currentId(), int(gui::SmcWizard::VerifyPage));
    gui::SmcVerifyPage *page = m_w.wizard->verifyPage();
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == SmcJobStatus::Finished; },
        kMinute, 15));
    const auto &job = m_w.wizard->poller()->job();
    QCOMPARE(job->runs.size(), 3);
    QVERIFY(!job->imageId.isEmpty());
    QVERIFY(page->resultLabel()->text().contains(job->imageId));
    QVERIFY(page->resultLabel()->text().contains(QLatin1String("web-01-image")));
    QVERIFY(!page->errorPanel()->isVisible());
    QVERIFY(m_w.wizard->button(QWizard::FinishButton)->isEnabled());
}

void TstSmcWizard::failedRunIsRetried()
{
    QVERIFY(m_w.open());
    m_w.resolve(QStringLiteral("db-legacy-01"));
    QVERIFY(m_w.pageOn());
    QVERIFY(m_w.pageOn());
    QVERIFY(m_w.pageOn());
    m_w.wizard->createPage()->createButton()->click();
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return !m_w.wizard->settings().jobId.isEmpty(); }));
    QVERIFY(m_w.pageOn());
    gui::SmcMonitorPage *page = m_w.wizard->monitorPage();
    QVERIFY(m_w.pollOnce());
    page->startButton()->click();
    QVERIFY(m_w.confirm());
    QVERIFY(test::waitFor([&] { return m_w.wizard->settings().started; }));
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == SmcJobStatus::InError; },
        kMinute, 30));
    auto *error = m_w.wizard->findChild<QLabel *>(QStringLiteral("smcJobError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("SourceServer.ConnectionTimeout")));
    QVERIFY(error->text().contains(QLatin1String("costing money")));
    QVERIFY(page->startButton()->isEnabled());
    page->startButton()->click();
    QVERIFY(m_w.wizard->confirmDialog()->request().title.startsWith(QLatin1String("Retry")));
    QVERIFY(m_w.confirm());
    QVERIFY(m_w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == SmcJobStatus::Waiting; },
        kMinute, 30));
    QVERIFY(!error->isVisible());

    // The verify page shows the same advice for a job in error.
    model::SmcReplicationJob failed = *m_w.wizard->poller()->job();
    failed.status = SmcJobStatus::InError;
    failed.errorCode = QStringLiteral("SourceServer.ConnectionTimeout");
    failed.transitionInstanceId = QStringLiteral("i-bp1transit0000001");
    m_w.wizard->poller()->showJob(failed);
    gui::SmcVerifyPage *verify = m_w.wizard->verifyPage();
    QVERIFY(verify->costWarning()->text().contains(QLatin1String("i-bp1transit0000001")));
    QVERIFY(verify->retryButton()->isEnabled());
}

void TstSmcWizard::migrateMenuNeedsASession()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    model::Settings settings(store);
    gui::MainWindow window(settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("migrateSmcAction"));
    QVERIFY(action);
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("migrateMenu"));
    QVERIFY(menu && menu->actions().contains(action));
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    window.setSession(m_w.session.get());
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *wizard = window.findChild<gui::SmcWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->isModal());
    QCOMPARE(wizard->session(), m_w.session.get());
    wizard->close();
}

QTEST_MAIN(TstSmcWizard)
#include "tst_smcwizard.moc"
