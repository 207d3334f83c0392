// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's rollback, estimates and OSSImport tabs: the point of no return, preparations
// and edits of the rollback path; estimates following their assumptions; the OSSImport dialog
// generating its files with placeholders instead of credentials.
#include "testsupport_planner.h"

#include "gui/planner/attestdialog.h"
#include "gui/planner/estimatespanel.h"
#include "gui/planner/ossimportdialog.h"
#include "gui/planner/ossimportpanel.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/rollbackpanel.h"
#include "model/rollback.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ferry;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC);

QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    const QList<QTreeWidgetItem *> items =
        tree->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive, column);
    return items.isEmpty() ? nullptr : items.first();
}

QTreeWidgetItem *stepItem(QTreeWidget *tree, const QString &phaseId, const QString &stepId)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole + 1).toString() != phaseId)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, Qt::UserRole + 2).toString() == stepId)
                return top->child(j);
        }
    }
    return nullptr;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

} // namespace

class TstPlannerPanels final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::FakePrompts prompts;
        gui::PlanDocument document;
        Fixture()
        {
            document.setClock([] { return kNow; });
            document.open(test::samplePlan(), gui::PlanDocument::Origin::Untitled);
        }
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void pointOfNoReturnIsMarked()
    {
        Fixture f;
        gui::RollbackPanel panel(f.document);
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("pointOfNoReturnBanner"));
        QVERIFY(banner->text().contains(
            QStringLiteral("Point of no return: Complete SMC sync and start the new app servers "
                           "(cut-servers)")));
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("rollbackTree"));
        QTreeWidgetItem *first = findItem(tree, 0, QStringLiteral("Complete SMC sync"));
        QVERIFY(first);
        QCOMPARE(first->text(1), QStringLiteral("⚑ Point of no return"));
        QVERIFY(!first->text(3).isEmpty()); // why
        // Later phases with no way back are marked too, less loudly.
        QTreeWidgetItem *decommission = findItem(tree, 0, QStringLiteral("Retire the old stack"));
        QCOMPARE(decommission->text(1), QStringLiteral("No way back after this"));
        QTreeWidgetItem *verify = findItem(tree, 0, QStringLiteral("Smoke tests"));
        QVERIFY(verify->text(1).isEmpty());
        // The irreversible step is checked as such.
        QTreeWidgetItem *final =
            stepItem(tree, QStringLiteral("cut-servers"), QStringLiteral("smc.cutOverFinal"));
        QCOMPARE(final->checkState(2), Qt::Checked);
    }

    void markAPreparationDone()
    {
        Fixture f;
        gui::RollbackPanel panel(f.document);
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("rollbackTree"));
        QVERIFY(panel.select(QStringLiteral("cut-db"), QStringLiteral("db.reverseTask")));
        QCOMPARE(
            stepItem(tree, QStringLiteral("cut-db"), QStringLiteral("db.reverseTask"))->text(3),
            QStringLiteral("Not done yet"));
        gui::AttestDialog *dialog = panel.markPrepared();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("attestBy"))->setText(QStringLiteral("Ravi"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("attestNote"))
            ->setPlainText(QStringLiteral("Reverse task dtsj-rev created, precheck passed."));
        dialog->findChild<QPushButton *>(QStringLiteral("attestRecord"))->click();
        const model::RollbackPath *path =
            model::findRollbackPath(f.document.plan(), QStringLiteral("cut-db"));
        QVERIFY(path->steps.first().prepared.has_value());
        QCOMPARE(path->steps.first().prepared->by, QStringLiteral("Ravi"));
        QVERIFY(!path->edited); // a preparation is not an edit of the generated path
        QVERIFY(stepItem(tree, QStringLiteral("cut-db"), QStringLiteral("db.reverseTask"))
                    ->text(3)
                    .startsWith(QStringLiteral("Done by Ravi")));
        // A step that needs no preparation offers none.
        QVERIFY(panel.select(QStringLiteral("cut-db"), QStringLiteral("db.rollback")));
        QVERIFY(!panel.markPrepared());
    }

    void editTheGeneratedPathAndRestoreIt()
    {
        Fixture f;
        gui::RollbackPanel panel(f.document);
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("rollbackTree"));
        QTreeWidgetItem *step =
            stepItem(tree, QStringLiteral("cut-dns"), QStringLiteral("dns.rollback"));
        step->setText(0, QStringLiteral("Switch the CNAME back to shop-old.example.com."));
        const model::RollbackPath *path =
            model::findRollbackPath(f.document.plan(), QStringLiteral("cut-dns"));
        QVERIFY(path->edited);
        QCOMPARE(path->steps.at(2).text,
                 QStringLiteral("Switch the CNAME back to shop-old.example.com."));

        QVERIFY(panel.select(QStringLiteral("cut-dns"), QStringLiteral("dns.rollback")));
        panel.addStep();
        QCOMPARE(
            model::findRollbackPath(f.document.plan(), QStringLiteral("cut-dns"))->steps.size(), 4);
        panel.removeStep();
        QCOMPARE(
            model::findRollbackPath(f.document.plan(), QStringLiteral("cut-dns"))->steps.size(), 3);

        QVERIFY(panel.select(QStringLiteral("cut-dns"), QStringLiteral("dns.rollback")));
        panel.restoreGenerated();
        path = model::findRollbackPath(f.document.plan(), QStringLiteral("cut-dns"));
        QVERIFY(!path->edited);
        QCOMPARE(path->steps.at(2).templateId, QStringLiteral("dns.rollback"));
        // The preparation recorded on the generated path survives regeneration.
        QVERIFY(path->steps.at(0).prepared.has_value());
    }

    void estimatesFollowTheirAssumptions()
    {
        Fixture f;
        gui::EstimatesPanel panel(f.document);
        auto *table = panel.findChild<QTreeWidget *>(QStringLiteral("estimatesTable"));
        QTreeWidgetItem *smc = findItem(table, 0, QStringLiteral("erp-04 full"));
        QVERIFY(smc);
        // 120 GB over 1000 Mbit/s at 70 % takes 1371 s, longer than reading it at 150 MB/s
        // (800 s): the transfer decides, shown to the minute.
        QCOMPARE(smc->text(1), QStringLiteral("22 min"));
        QVERIFY2(smc->text(3).contains(QStringLiteral("bandwidth 1000 Mbit/s")),
                 qPrintable(smc->text(3)));
        QVERIFY(smc->text(3).contains(QStringLiteral("data 120.0 GB")));

        auto *bandwidth =
            panel.findChild<QDoubleSpinBox *>(QStringLiteral("assumption.bandwidthMbps"));
        QVERIFY(bandwidth);
        bandwidth->setValue(100);
        QCOMPARE(f.document.plan().assumptions.bandwidthMbps, 100.0);
        smc = findItem(table, 0, QStringLiteral("erp-04 full"));
        QCOMPARE(smc->text(1), QStringLiteral("3 h 48 min"));
        QVERIFY(smc->text(3).contains(QStringLiteral("bandwidth 100 Mbit/s")));

        // The selected phase's workload: data volume in GB.
        panel.showPhase(QStringLiteral("mms-full"));
        auto *volume = panel.findChild<QDoubleSpinBox *>(QStringLiteral("workload.dataBytes"));
        QVERIFY(volume);
        QCOMPARE(volume->value(), 1800.0);
        volume->setValue(900);
        QCOMPARE(*f.document.plan().phase(QStringLiteral("mms-full"))->workload.dataBytes,
                 qint64(900'000'000'000));
    }

    void phasesWithoutANumberSayWhy()
    {
        Fixture f;
        gui::EstimatesPanel panel(f.document);
        auto *table = panel.findChild<QTreeWidget *>(QStringLiteral("estimatesTable"));
        QTreeWidgetItem *cut = findItem(table, 0, QStringLiteral("Switch the orders database"));
        QCOMPARE(cut->text(1), QStringLiteral("—"));
        QVERIFY(cut->text(3).contains(QStringLiteral("enter your own duration")));
        auto *summary = panel.findChild<QLabel *>(QStringLiteral("criticalPath"));
        QVERIFY(summary->text().startsWith(QStringLiteral("Critical path: ")));
    }

    void ossImportGeneratesFilesWithPlaceholders()
    {
        Fixture f;
        QTemporaryDir out;
        f.prompts.directory = out.path();
        gui::OssImportPanel panel(f.document, f.prompts);
        gui::OssImportDialog *dialog = panel.editSelected();
        QVERIFY(dialog);
        const QString job =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("ossJobText"))->toPlainText();
        QVERIFY(job.contains(QStringLiteral("destAccessKey=<FILL_IN_OSS_ACCESS_KEY_ID>")));
        QVERIFY(job.contains(QStringLiteral("destSecretKey=<FILL_IN_OSS_ACCESS_KEY_SECRET>")));
        QVERIFY(job.contains(QStringLiteral("srcBucket=shop-media-prod")));
        QCOMPARE(dialog->files().jobFileName, QStringLiteral("job.cfg"));

        dialog->findChild<QPushButton *>(QStringLiteral("ossSaveFiles"))->click();
        QCOMPARE(readText(out.filePath(QStringLiteral("job.cfg"))), dialog->files().jobConfig);
        QVERIFY(readText(out.filePath(QStringLiteral("sys.properties")))
                    .contains(QStringLiteral("workingDir=")));
        QCOMPARE(readText(out.filePath(QStringLiteral("workers"))),
                 QStringLiteral("192.168.10.11\n192.168.10.12\n192.168.10.13\n"));

        // An error stops generation and says what to fix.
        dialog->findChild<QLineEdit *>(QStringLiteral("ossDestBucket"))->clear();
        auto *issues = dialog->findChild<QListWidget *>(QStringLiteral("ossIssues"));
        QVERIFY(!issues
                     ->findItems(QStringLiteral("Name the destination OSS bucket."),
                                 Qt::MatchStartsWith)
                     .isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("ossSaveFiles"))->isEnabled());
        QVERIFY(!dialog->saveFilesTo(out.path()));
        dialog->reject();
        QCOMPARE(f.document.plan().ossImports.first().destBucket, QStringLiteral("shop-media"));
    }

    void addAnOssImportJob()
    {
        Fixture f;
        gui::OssImportPanel panel(f.document, f.prompts);
        gui::OssImportDialog *dialog = panel.addJob();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("ossJobName"))
            ->setText(QStringLiteral("archive_to_oss"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ossSrcDomain"))
            ->setText(QStringLiteral("http://s3.eu-central-1.amazonaws.com"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ossSrcBucket"))
            ->setText(QStringLiteral("shop-archive"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ossDestDomain"))
            ->setText(QStringLiteral("http://oss-eu-central-1-internal.aliyuncs.com"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ossDestBucket"))
            ->setText(QStringLiteral("shop-archive"));
        QVERIFY(dialog->files().ok());
        QCOMPARE(dialog->files().jobFileName, QStringLiteral("local_job.cfg"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(f.document.plan().ossImports.size(), 2);
        QCOMPARE(f.document.plan().ossImports.last().jobName, QStringLiteral("archive_to_oss"));
        QCOMPARE(f.document.plan().ossImports.last().phaseId, QStringLiteral("oss-full"));
    }
};

QTEST_MAIN(TstPlannerPanels)
#include "tst_plannerpanels.moc"
