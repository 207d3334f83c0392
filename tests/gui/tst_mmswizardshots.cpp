// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the MMS wizard, driven against the sandbox and laid out offscreen in English and
// in Chinese: no label or button is cut off, and in Chinese Ferry's texts are translated. With
// FERRY_SHOTS_DIR set, each page is saved as a PNG for people to look at.
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/maskedconfigview.h"
#include "gui/session.h"
#include "gui/wizard/mmsbrowsepage.h"
#include "gui/wizard/mmsconfirmpage.h"
#include "gui/wizard/mmsdatasourcepage.h"
#include "gui/wizard/mmsmonitorpage.h"
#include "gui/wizard/mmsscanpage.h"
#include "gui/wizard/mmsverifypage.h"
#include "gui/wizard/mmswizard.h"
#include "testsupport_layout.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace ferry;
using ferry::test::clipped;
using ferry::test::hasCjk;

namespace {

constexpr double kTimeScale = 400.0;
constexpr int kLongMs = 25000;

// Labels that show data (names, ids, requests, service messages) rather than Ferry's words.
bool showsData(const QLabel *label)
{
    static const QStringList names = {
        QStringLiteral("chosenSource"),       QStringLiteral("confirmPageRequest"),
        QStringLiteral("confirmRequestLine"), QStringLiteral("confirmTitle"),
        QStringLiteral("confirmSummary"),     QStringLiteral("sourceStatus"),
        QStringLiteral("monitorMessage"),     QStringLiteral("browseMessage"),
        QStringLiteral("createResult")};
    if (names.contains(label->objectName()))
        return true;
    // Prerequisite statements and the CopyableText lines are statements to copy.
    const QString text = label->text();
    return text.startsWith(QLatin1String("ADD USER"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("GRANT"), Qt::CaseInsensitive) ||
           text.trimmed().isEmpty() || text == QLatin1String("—");
}

} // namespace

class TstMmsWizardShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();

private:
    void check(QWidget *page, const QString &name, const QString &language);
    bool next(gui::MmsWizard &wizard);

    test::SandboxRig m_rig;
};

void TstMmsWizardShots::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_rig.start(kTimeScale));
}

void TstMmsWizardShots::pages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

bool TstMmsWizardShots::next(gui::MmsWizard &wizard)
{
    QAbstractButton *b = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                              : wizard.button(QWizard::NextButton);
    if (!b->isEnabled())
        return false;
    b->click();
    return true;
}

void TstMmsWizardShots::check(QWidget *window, const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    const QStringList cut = clipped(window);
    QVERIFY2(cut.isEmpty(), qPrintable(name + QLatin1Char('\n') + cut.join(QLatin1Char('\n'))));
    if (language == QLatin1String("zh_CN")) {
        QStringList untranslated;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->pixmap().isNull() || showsData(label))
                continue;
            if (!hasCjk(label->text()))
                untranslated.append(label->objectName() + QLatin1String(": ") + label->text());
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(name + QLatin1Char('\n') + untranslated.join(QLatin1Char('\n'))));
    }
    const QByteArray dir = qgetenv("FERRY_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QVERIFY(window->grab().save(QStringLiteral("%1/mms-wizard-%2-%3.png")
                                        .arg(QString::fromLocal8Bit(dir), name, language)));
    }
}

void TstMmsWizardShots::pages()
{
    QFETCH(QString, language);
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
    gui::ConnectionInfo info;
    info.mode = gui::ConnectionInfo::Mode::Sandbox;
    info.endpoint = m_rig.server->endpoint();
    info.region = test::kRegion;
    gui::Session session(m_rig.makeTransport().release(), info);
    session.setClock(m_rig.clockFunction(), kTimeScale);
    {
        gui::MmsWizard wizard(&session);
        wizard.resize(1000, 760);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::qWait(200); // the identity answer
        check(&wizard, QStringLiteral("1-prerequisites"), language);
        QVERIFY(next(wizard));

        gui::MmsDataSourcePage *source = wizard.dataSourcePage();
        QTRY_VERIFY_WITH_TIMEOUT(!source->sources().isEmpty(), kLongMs);
        source->nameEdit()->setText(QStringLiteral("Hive_Prod"));
        source->findButton()->click();
        check(&wizard, QStringLiteral("2a-data-source-fuzzy"), language);
        source->nameEdit()->setText(QStringLiteral("hive_prod"));
        source->findButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(source->configView()->table()->rowCount() > 0, kLongMs);
        check(&wizard, QStringLiteral("2b-data-source-chosen"), language);
        QVERIFY(next(wizard));

        gui::MmsScanPage *scan = wizard.scanPage();
        scan->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.settings().scanFinished && !scan->isWatching(), kLongMs);
        check(&wizard, QStringLiteral("3-scan"), language);
        QVERIFY(next(wizard));

        gui::MmsBrowsePage *browse = wizard.browsePage();
        QTRY_VERIFY_WITH_TIMEOUT(!browse->databases().isEmpty(), kLongMs);
        browse->chooseDatabase(QStringLiteral("dw"));
        QTRY_VERIFY_WITH_TIMEOUT(!browse->isLoading() && !browse->tables().isEmpty(), kLongMs);
        QVERIFY(browse->setTableChecked(QStringLiteral("dwd_trade_order_di"), true));
        QVERIFY(browse->showTable(QStringLiteral("dwd_trade_order_di")));
        QTRY_VERIFY_WITH_TIMEOUT(!browse->isLoading(), kLongMs);
        check(&wizard, QStringLiteral("4-browse"), language);
        QVERIFY(next(wizard));

        wizard.findChild<QLineEdit *>(QStringLiteral("jobName"))
            ->setText(QStringLiteral("shots_%1").arg(language));
        check(&wizard, QStringLiteral("5-granularity"), language);
        QVERIFY(next(wizard));

        gui::MmsConfirmPage *confirm = wizard.confirmPage();
        check(&wizard, QStringLiteral("6-confirm"), language);
        confirm->createButton()->click();
        QVERIFY(confirm->confirmDialog());
        confirm->confirmDialog()->confirmButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(gui::MmsWizard::MonitorPageId), kLongMs);

        gui::MmsMonitorPage *monitor = wizard.monitorPage();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->tasks().isEmpty(), kLongMs);
        // Wait for the failed task (English run) or the end of the job (it fails once).
        const auto failed = [&]() -> qint64 {
            for (const model::MmsTask &t : monitor->tasks()) {
                if (model::isFailed(t.status.value))
                    return t.id;
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            failed() != 0 || (monitor->job() && model::isTerminal(monitor->job()->status.value)),
            kLongMs);
        const qint64 failedId = failed() ? failed() : monitor->tasks().first().id;
        QVERIFY(monitor->selectTask(failedId));
        QTRY_VERIFY_WITH_TIMEOUT(monitor->logTable()->rowCount() > 0, kLongMs);
        check(&wizard, QStringLiteral("7-monitor"), language);
        if (monitor->retryTaskButton()->isEnabled()) {
            monitor->retryTaskButton()->click();
            QVERIFY(monitor->confirmDialog());
            monitor->confirmDialog()->confirmButton()->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor->job() && monitor->job()->status == model::MmsJobStatus::Done, kLongMs);
        QVERIFY(next(wizard));

        gui::MmsVerifyPage *verify = wizard.verifyPage();
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isLoading() && !verify->results().isEmpty(), kLongMs);
        check(&wizard, QStringLiteral("8-verify"), language);
    }
    QCoreApplication::removeTranslator(&ferry);
    QCoreApplication::removeTranslator(&qt);
}

QTEST_MAIN(TstMmsWizardShots)
#include "tst_mmswizardshots.moc"
