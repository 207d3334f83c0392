// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the DTS wizard, against the sandbox and laid out offscreen in English and in
// Chinese: no label or button is cut off, and in Chinese Ferry's texts are translated. With
// FERRY_SHOTS_DIR set, each page is also saved as a PNG for people to look at.
#include "gui/safety/dtsprerequisitesview.h"
#include "gui/safety/secretlineedit.h"
#include "gui/session.h"
#include "gui/wizard/dtsendpointform.h"
#include "gui/wizard/dtsendpointspage.h"
#include "gui/wizard/dtsmonitorpage.h"
#include "gui/wizard/dtsobjectspage.h"
#include "gui/wizard/dtsprecheckpage.h"
#include "gui/wizard/dtsprerequisitespage.h"
#include "gui/wizard/dtsstartpage.h"
#include "gui/wizard/dtswizard.h"
#include "testsupport_layout.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace ferry;
using ferry::test::clipped;
using ferry::test::hasCjk;

class TstDtsWizardShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete m_session; }
    void page_data();
    void page();

private:
    void prepare(gui::DtsWizard &wizard, int id);

    test::SandboxRig m_rig;
    gui::Session *m_session = nullptr;
};

void TstDtsWizardShots::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start(200.0));
    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = m_rig.server->endpoint();
    info.region = test::kRegion;
    m_session = new gui::Session(m_rig.makeTransport().release(), info);
    m_session->setClock(m_rig.clockFunction(), 200.0);
}

void TstDtsWizardShots::page_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("id");
    const char *names[] = {"prerequisites", "endpoints", "objects", "modes",
                           "start",         "precheck",  "monitor", "verify"};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (int id = gui::DtsWizard::PrerequisitesPage; id <= gui::DtsWizard::VerifyPage; ++id)
            QTest::addRow("%s %s", qPrintable(language), names[id]) << language << id;
    }
}

// Puts realistic content on the page: the scenario's own jobs for the later pages.
void TstDtsWizardShots::prepare(gui::DtsWizard &wizard, int id)
{
    gui::DtsWizardSettings &s = wizard.settings();
    switch (id) {
    case gui::DtsWizard::PrerequisitesPage: {
        auto *p = qobject_cast<gui::DtsPrerequisitesPage *>(wizard.currentPage());
        p->view()->setGrantsText(QStringLiteral(
            "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `dts_repl`@`%`"));
        p->view()->setVariablesText(QStringLiteral("log_bin\tON\nbinlog_format\tMIXED\n"
                                                   "binlog_row_image\tFULL\nserver_id\t1\n"));
        break;
    }
    case gui::DtsWizard::EndpointsPage: {
        auto *p = qobject_cast<gui::DtsEndpointsPage *>(wizard.currentPage());
        gui::DtsEndpointForm *src = p->sourceForm();
        src->typeBox()->setCurrentIndex(src->typeBox()->findData(QStringLiteral("ECS")));
        src->instanceIdEdit()->setText(QStringLiteral("i-bp1inv0legacy05"));
        src->hostEdit()->setText(QStringLiteral("10.0.8.21"));
        src->userEdit()->setText(QStringLiteral("dts_repl"));
        QTest::keyClicks(src->passwordEdit(), QStringLiteral("x-Pa55"));
        p->destinationForm()->instanceIdEdit()->setText(QStringLiteral("rm-bp1inv0target"));
        p->destinationForm()->userEdit()->setText(QStringLiteral("dts_writer"));
        QTest::keyClicks(p->destinationForm()->passwordEdit(), QStringLiteral("y-Pa55"));
        p->testButton()->click();
        QTRY_VERIFY(p->isComplete());
        break;
    }
    case gui::DtsWizard::ObjectsPage:
        qobject_cast<gui::DtsObjectsPage *>(wizard.currentPage())
            ->setDatabaseChecked(QStringLiteral("inventory"), true);
        break;
    case gui::DtsWizard::StartPage: {
        auto *p = qobject_cast<gui::DtsStartPage *>(wizard.currentPage());
        p->nameEdit()->setText(QStringLiteral("Inventory_Migration"));
        p->findButton()->click();
        QTRY_VERIFY(!p->isLooking() && p->useSelectedButton()->isVisible());
        break;
    }
    case gui::DtsWizard::PrecheckPage: {
        auto *p = qobject_cast<gui::DtsPrecheckPage *>(wizard.currentPage());
        QTRY_VERIFY(p->hasFailed());
        QTRY_VERIFY(p->rerunButton()->isEnabled());
        break;
    }
    case gui::DtsWizard::MonitorPage:
    case gui::DtsWizard::VerifyPage:
        QTRY_VERIFY(wizard.job().has_value());
        break;
    default:
        break;
    }
    Q_UNUSED(s);
}

void TstDtsWizardShots::page()
{
    QFETCH(QString, language);
    QFETCH(int, id);
    QTranslator ferry;
    QTranslator qt;
    const bool chinese = language == QLatin1String("zh_CN");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale::c());
    if (chinese) {
        QVERIFY(ferry.load(QStringLiteral(":/i18n/ferry_zh_CN.qm")));
        QCoreApplication::installTranslator(&ferry);
        if (qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                    QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
    auto wizard = std::make_unique<gui::DtsWizard>(m_session);
    gui::DtsWizardSettings &s = wizard->settings();
    if (id == gui::DtsWizard::PrecheckPage) {
        s.dtsJobId = QStringLiteral("duwxbepl39ef6cg");
        s.jobName = QStringLiteral("inventory-migration");
    } else if (id >= gui::DtsWizard::MonitorPage) {
        s.dtsJobId = QStringLiteral("jy6nmqxhlkeiimy");
        s.jobName = QStringLiteral("sales-sync");
        s.jobType = model::DtsJobType::Sync;
    }
    wizard->setStartId(id);
    wizard->resize(900, 700);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    if (!s.dtsJobId.isEmpty())
        wizard->refreshJob();
    prepare(*wizard, id);
    if (QTest::currentTestFailed())
        return;
    QCoreApplication::processEvents();

    const QStringList cut = clipped(wizard.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    if (chinese) {
        QStringList untranslated;
        for (QLabel *label : wizard->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (!hasCjk(label->text()))
                untranslated.append(label->text());
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
    const QByteArray dir = qgetenv("FERRY_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        const QString file = QStringLiteral("%1/dts-wizard-%2-%3.png")
                                 .arg(QString::fromLocal8Bit(dir))
                                 .arg(id)
                                 .arg(language);
        QVERIFY(wizard->grab().save(file));
    }
    wizard->setJobPolling(0);
    wizard.reset();
    QCoreApplication::removeTranslator(&ferry);
    QCoreApplication::removeTranslator(&qt);
}

QTEST_MAIN(TstDtsWizardShots)
#include "tst_dtswizardshots.moc"
