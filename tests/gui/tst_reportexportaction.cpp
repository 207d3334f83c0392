// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Report in the app: offered only with a plan open, asks for the file (the file
// type picks the paper), writes the open plan's report off the GUI thread, and on failure says
// so and leaves the file alone.
#include "gui/i18n.h"
#include "gui/planner/plandocument.h"
#include "gui/report/reportexportcontroller.h"
#include "model/planfile.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ferry::gui;
using namespace ferry::model;

namespace {

Plan samplePlan()
{
    const PlanLoadResult r = loadPlanFile(
        QStringLiteral(FERRY_SOURCE_DIR "/resources/samples/sandbox-migration.ferryplan.json"));
    if (!r.ok())
        qFatal("sample plan does not load: %s", qPrintable(describePlanFileError(r.error)));
    return *r.plan;
}

QString pdfInfo(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportExportAction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms come from ferry_en.qm, as in the app.
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }

    void offeredOnlyWithAPlan()
    {
        QWidget window;
        PlanDocument plan;
        ReportExportController reports(plan, &window);
        QVERIFY(!reports.exportAction()->isEnabled());
        reports.exportAction()->trigger();
        QVERIFY(!reports.fileDialog());
        plan.open(samplePlan(), PlanDocument::Origin::Sample);
        QVERIFY(reports.exportAction()->isEnabled());
        plan.close();
        QVERIFY(!reports.exportAction()->isEnabled());
    }

    void dialogChoosesFileAndPaper()
    {
        QWidget window;
        PlanDocument plan;
        plan.open(samplePlan(), PlanDocument::Origin::Sample);
        ReportExportController reports(plan, &window);
        QSignalSpy finished(&reports, &ReportExportController::finished);
        QSignalSpy status(&reports, &ReportExportController::statusMessage);

        reports.exportAction()->trigger();
        QFileDialog *dialog = reports.fileDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QCOMPARE(dialog->nameFilters().size(), 2);
        // en_GB measures in metric: A4 is offered first.
        QVERIFY(dialog->selectedNameFilter().contains(QStringLiteral("A4")));

        const QString out = m_dir.filePath(QStringLiteral("letter.pdf"));
        dialog->selectNameFilter(dialog->nameFilters().at(1));
        Q_EMIT dialog->fileSelected(out);
        QVERIFY(reports.isBusy());
        QVERIFY(!reports.exportAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!reports.isBusy());
        QVERIFY(reports.exportAction()->isEnabled());
        QVERIFY(QFile::exists(out));
        // US Letter is 612 x 792 pt.
        const QString info = pdfInfo(out);
        QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
        const QString said = status.last().at(0).toString();
        QVERIFY2(said.startsWith(QStringLiteral("Report written to")) &&
                     said.endsWith(QStringLiteral(" pages).")),
                 qPrintable(said));
    }

    void failureLeavesTheFileAndSaysSo()
    {
        QWidget window;
        PlanDocument plan;
        plan.open(samplePlan(), PlanDocument::Origin::Sample);
        ReportExportController reports(plan, &window);
        QSignalSpy finished(&reports, &ReportExportController::finished);
        // A folder that does not exist cannot take the file.
        const QString out = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
        reports.exportTo(out, PaperSize::A4);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("reportErrorBox"));
        QVERIFY(box);
        QVERIFY(!box->informativeText().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportExportAction)

#include "tst_reportexportaction.moc"
