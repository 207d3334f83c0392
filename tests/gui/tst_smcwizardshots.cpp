// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the SMC wizard (and its confirmations) laid out offscreen in English and in
// Chinese, in the states a person meets them in: no label or button cut off, and in Chinese
// Ferry's texts are translated. With FERRY_SHOTS_DIR set, each is saved as a PNG.
#include "gui/wizard/smccreatepage.h"
#include "gui/wizard/smcfinalsyncpage.h"
#include "gui/wizard/smcmonitorpage.h"
#include "gui/wizard/smcschedulepage.h"
#include "gui/wizard/smcverifypage.h"
#include "testsupport_layout.h"

#include "testsupport_smcwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace ferry;
using ferry::test::clipped;
using ferry::test::hasCjk;

namespace {

constexpr qint64 kMinute = 60'000;

// Visible text that does not fit, and (in Chinese) Ferry's labels left in English.
QStringList problems(QWidget *root, bool chinese)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
            out.append(QStringLiteral("label “%1”: needs %2, has %3")
                           .arg(label->text())
                           .arg(label->sizeHint().width())
                           .arg(label->width()));
        const QString name = label->objectName();
        const bool supplied =
            name == QLatin1String("confirmRequestLine") || name == QLatin1String("confirmTitle") ||
            name == QLatin1String("confirmSummary") ||
            (label->parent() && label->parent()->objectName() == QLatin1String("confirmWarning"));
        if (chinese && !supplied && !hasCjk(label->text()))
            out.append(QStringLiteral("untranslated “%1”").arg(label->text()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1 &&
            !qobject_cast<QRadioButton *>(button) && !qobject_cast<QCheckBox *>(button))
            out.append(QStringLiteral("button “%1”: needs %2, has %3")
                           .arg(button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width()));
    }
    return out;
}

} // namespace

class TstSmcWizardShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void pages_data();
    void pages();

private:
    QStringList shoot(QWidget *widget, const QString &name, const QString &language);
};

QStringList TstSmcWizardShots::shoot(QWidget *widget, const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    QStringList out;
    for (const QString &p : problems(widget, language == QLatin1String("zh_CN")))
        out.append(name + QLatin1String(": ") + p);
    const QByteArray dir = qgetenv("FERRY_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        const QString file = QStringLiteral("%1/smc-wizard-%2-%3.png")
                                 .arg(QString::fromLocal8Bit(dir), name, language);
        if (!widget->grab().save(file))
            out.append(QStringLiteral("cannot save ") + file);
    }
    return out;
}

void TstSmcWizardShots::pages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TstSmcWizardShots::pages()
{
    QFETCH(QString, language);
    const bool chinese = language == QLatin1String("zh_CN");
    QTranslator ferry;
    QTranslator qt;
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale::c());
    if (chinese) {
        QVERIFY(ferry.load(QStringLiteral(":/i18n/ferry_zh_CN.qm")));
        QCoreApplication::installTranslator(&ferry);
        if (qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                    QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
    test::SmcWizardRig w;
    QVERIFY(w.start());
    QVERIFY(w.open());
    QVERIFY(QTest::qWaitForWindowExposed(w.wizard.get()));
    QStringList found;
    gui::SmcWizard *wizard = w.wizard.get();

    w.resolve(QStringLiteral("Web_01"));
    found += shoot(wizard, QStringLiteral("1-source-fuzzy"), language);
    w.resolve(QStringLiteral("batch-03"));
    found += shoot(wizard, QStringLiteral("1-source-offline"), language);
    w.resolve(QStringLiteral("web-01"));
    found += shoot(wizard, QStringLiteral("1-source-exact"), language);
    QVERIFY(w.pageOn());
    found += shoot(wizard, QStringLiteral("2-target"), language);
    QVERIFY(w.pageOn());
    wizard->schedulePage()->intervalSpin()->setValue(8);
    wizard->schedulePage()->intervalUnit()->setCurrentIndex(1);
    wizard->schedulePage()->imagesSpin()->setValue(11);
    found += shoot(wizard, QStringLiteral("3-schedule-invalid"), language);
    wizard->schedulePage()->intervalSpin()->setValue(12);
    wizard->schedulePage()->intervalUnit()->setCurrentIndex(0);
    wizard->schedulePage()->imagesSpin()->setValue(3);
    QVERIFY(w.pageOn());
    found += shoot(wizard, QStringLiteral("4-create"), language);
    wizard->createPage()->createButton()->click();
    QVERIFY(wizard->confirmDialog());
    wizard->confirmDialog()->resize(760, 620);
    found += shoot(wizard->confirmDialog(), QStringLiteral("4-create-confirm"), language);
    QVERIFY(w.confirm());
    QVERIFY(test::waitFor([&] { return !wizard->settings().jobId.isEmpty(); }));
    QVERIFY(w.pageOn());
    QVERIFY(w.pollOnce());
    found += shoot(wizard, QStringLiteral("5-monitor-ready"), language);
    wizard->monitorPage()->startButton()->click();
    QVERIFY(w.confirm());
    QVERIFY(test::waitFor([&] { return wizard->settings().started; }));
    QVERIFY(w.driveUntil([](const model::SmcReplicationJob &j) { return j.progress > 20; }, kMinute,
                         10));
    found += shoot(wizard, QStringLiteral("5-monitor-running"), language);
    QVERIFY(w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == model::SmcJobStatus::Waiting; },
        kMinute, 30));
    found += shoot(wizard, QStringLiteral("5-monitor-waiting"), language);
    QVERIFY(w.pageOn());
    found += shoot(wizard, QStringLiteral("6-final-sync"), language);
    wizard->finalSyncPage()->servicesStoppedCheck()->setChecked(true);
    wizard->finalSyncPage()->cutOverButton()->click();
    QVERIFY(wizard->confirmDialog());
    wizard->confirmDialog()->resize(680, 520);
    found += shoot(wizard->confirmDialog(), QStringLiteral("6-cutover-confirm"), language);
    QVERIFY(w.confirm(QStringLiteral("web-01-incremental")));
    QVERIFY(test::waitFor([&] { return wizard->settings().cutOverSent; }));
    QVERIFY(w.pageOn());
    QVERIFY(w.pollOnce());
    found += shoot(wizard, QStringLiteral("7-verify-running"), language);
    QVERIFY(w.driveUntil(
        [](const model::SmcReplicationJob &j) { return j.status == model::SmcJobStatus::Finished; },
        kMinute, 20));
    found += shoot(wizard, QStringLiteral("7-verify-finished"), language);
    model::SmcReplicationJob failed = *wizard->poller()->job();
    failed.status = model::SmcJobStatus::InError;
    failed.errorCode = QStringLiteral("SourceServer.ConnectionTimeout");
    failed.statusInfo = QStringLiteral(R"({"error_code":"S16","error_msg":"timed out"})");
    failed.transitionInstanceId = QStringLiteral("i-bp1transit0000001");
    wizard->poller()->showJob(failed);
    found += shoot(wizard, QStringLiteral("7-verify-error"), language);

    w.wizard.reset();
    QCoreApplication::removeTranslator(&ferry);
    QCoreApplication::removeTranslator(&qt);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstSmcWizardShots)
#include "tst_smcwizardshots.moc"
