// SPDX-License-Identifier: GPL-3.0-or-later
// Gates in the planner: live status with evidence badges, attesting a criterion, and deciding
// GO / NO-GO with a typed confirmation and, when something blocks, an override reason.
#include "testsupport_planner.h"

#include "gui/planner/attestdialog.h"
#include "gui/planner/decidedialog.h"
#include "gui/planner/gatespanel.h"
#include "gui/planner/plandocument.h"
#include "model/gates.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace ferry;

namespace {

const QString kGateDb = QStringLiteral("gate-db");
const QString kGateServers = QStringLiteral("gate-servers");
const QDateTime kNow = QDateTime(QDate(2025, 3, 13), QTime(6, 40), Qt::UTC);

QTreeWidgetItem *criterionItem(QTreeWidget *tree, const QString &gateId, const QString &id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole + 1).toString() != gateId)
            continue;
        if (id.isEmpty())
            return top;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, Qt::UserRole + 2).toString() == id)
                return top->child(j);
        }
    }
    return nullptr;
}

model::CriterionEvaluation evaluation(const gui::PlanDocument &doc, const QString &gateId,
                                      const QString &criterionId)
{
    const model::Gate *gate = model::findGate(doc.plan(), gateId);
    for (const model::CriterionEvaluation &e :
         model::evaluateGate(doc.plan(), *gate, doc.gateInputs())) {
        if (e.criterionId == criterionId)
            return e;
    }
    return {};
}

// Every rollback preparation of the given phases done by `by`.
void prepare(model::Plan &plan, const QStringList &phases, const QString &by)
{
    for (model::RollbackPath &path : plan.rollback) {
        if (!phases.contains(path.phaseId))
            continue;
        for (model::RollbackStep &s : path.steps) {
            if (s.prepareBeforePhase && !s.prepared)
                s.prepared =
                    model::Attestation{by, kNow.addSecs(-3600), QStringLiteral("done"), true};
        }
    }
}

} // namespace

class TstPlannerGates final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        gui::PlanDocument document;
        std::unique_ptr<gui::GatesPanel> panel;
        QTreeWidget *tree = nullptr;

        explicit Fixture(model::Plan plan = test::samplePlan())
        {
            document.setClock([] { return kNow; });
            document.setInputsSource([] {
                model::GateInputs in;
                in.lag.insert(QStringLiteral("jy6nmqxhlkeiimy"), test::steadyLag(kNow, 20, 800));
                model::SmcJobObservation smc;
                smc.status = QStringLiteral("Waiting");
                smc.frequencyHours = 6;
                smc.lastIncrementalRunEnd = kNow.addSecs(-40 * 60);
                smc.observedAt = kNow.addSecs(-30);
                in.smcJobs.insert(QStringLiteral("j-uvsz91e85r2oa3e35j"), smc);
                return in;
            });
            document.open(std::move(plan), gui::PlanDocument::Origin::Untitled);
            panel = std::make_unique<gui::GatesPanel>(document);
            tree = panel->findChild<QTreeWidget *>(QStringLiteral("gatesTree"));
        }
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void criteriaShowStatusAndEvidence_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("badge");
        QTest::newRow("lag: verified live data")
            << QStringLiteral("db-lag") << QStringLiteral("GO") << QStringLiteral("Verified · ");
        QTest::newRow("backup: attested") << QStringLiteral("db-backup") << QStringLiteral("GO")
                                          << QStringLiteral("Attested by Ravi Shah · ");
        QTest::newRow("privilege: assumed")
            << QStringLiteral("db-privilege") << QStringLiteral("Unknown")
            << QStringLiteral("Assumed");
        QTest::newRow("rollback: not prepared")
            << QStringLiteral("db-rollback") << QStringLiteral("NO-GO")
            << QStringLiteral("Attested");
    }

    void criteriaShowStatusAndEvidence()
    {
        QFETCH(QString, criterion);
        QFETCH(QString, status);
        QFETCH(QString, badge);
        Fixture f;
        QTreeWidgetItem *item = criterionItem(f.tree, kGateDb, criterion);
        QVERIFY(item);
        QCOMPARE(item->text(1), status);
        QVERIFY2(item->text(2).startsWith(badge), qPrintable(item->text(2)));
        QVERIFY(!item->text(3).isEmpty());                                   // the reason in words
        QVERIFY(!item->toolTip(3).isEmpty());                                // every fact behind it
        QVERIFY(item->data(2, Qt::UserRole + 40).value<QColor>().isValid()); // a badge
    }

    void verifiedEvidenceCarriesItsTimestamp()
    {
        Fixture f;
        QTreeWidgetItem *item = criterionItem(f.tree, kGateDb, QStringLiteral("db-lag"));
        // The newest sample is at kNow: the badge shows its time.
        QCOMPARE(item->text(2),
                 QStringLiteral("Verified · %1")
                     .arg(QLocale().toString(kNow.toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(item->toolTip(2).contains(QStringLiteral("dts:jy6nmqxhlkeiimy Delay")));
    }

    void attestACriterion()
    {
        Fixture f;
        QVERIFY(f.panel->select(kGateDb, QStringLiteral("db-privilege")));
        gui::AttestDialog *dialog = f.panel->attestSelected();
        QVERIFY(dialog);
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("attestRecord"));
        QVERIFY(!record->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("attestBy"))
            ->setText(QStringLiteral("Ravi Shah"));
        QVERIFY(!record->isEnabled()); // a note is needed too
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("attestNote"))
            ->setPlainText(QStringLiteral("SHOW GRANTS: REPLICATION SLAVE, REPLICATION CLIENT, "
                                          "SELECT only."));
        // A date in the future is not an attestation of what was checked.
        auto *at = dialog->findChild<QDateTimeEdit *>(QStringLiteral("attestAt"));
        at->setDateTime(kNow.addDays(1).toLocalTime());
        QVERIFY(!record->isEnabled());
        at->setDateTime(kNow.addSecs(-600).toLocalTime());
        QVERIFY(record->isEnabled());
        record->click();

        const model::CriterionEvaluation e =
            evaluation(f.document, kGateDb, QStringLiteral("db-privilege"));
        QCOMPARE(e.level, model::EvidenceLevel::Attested);
        QCOMPARE(e.status, model::CriterionStatus::Go);
        QCOMPARE(e.attestation->by, QStringLiteral("Ravi Shah"));
        QCOMPARE(e.attestation->at, kNow.addSecs(-600));
        QVERIFY(f.document.isModified());
        QTreeWidgetItem *item = criterionItem(f.tree, kGateDb, QStringLiteral("db-privilege"));
        QVERIFY2(item->text(2).startsWith(QStringLiteral("Attested by Ravi Shah · ")),
                 qPrintable(item->text(2)));
        QVERIFY(item->text(3).contains(QStringLiteral("SHOW GRANTS")));
    }

    void attestingThatItDoesNotHoldGivesNoGo()
    {
        Fixture f;
        QVERIFY(f.panel->select(kGateDb, QStringLiteral("db-privilege")));
        gui::AttestDialog *dialog = f.panel->attestSelected();
        dialog->findChild<QLineEdit *>(QStringLiteral("attestBy"))->setText(QStringLiteral("Ravi"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("attestNote"))
            ->setPlainText(QStringLiteral("The account still has SUPER."));
        dialog->findChild<QRadioButton *>(QStringLiteral("attestDoesNotHold"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("attestRecord"))->click();
        QCOMPARE(evaluation(f.document, kGateDb, QStringLiteral("db-privilege")).status,
                 model::CriterionStatus::NoGo);
    }

    void liveDataCriteriaTakeNoAttestation()
    {
        Fixture f;
        QVERIFY(f.panel->select(kGateDb, QStringLiteral("db-lag")));
        QVERIFY(!f.panel->attestSelected());
        QVERIFY(f.panel->select(kGateDb, QStringLiteral("db-rollback")));
        QVERIFY(!f.panel->attestSelected());
    }

    void blockedGoIsRefusedWithoutAnOverride()
    {
        Fixture f;
        QVERIFY(f.panel->select(kGateDb));
        gui::DecideDialog *dialog = f.panel->decideSelected();
        QVERIFY(dialog);
        // Precheck unobserved, privilege assumed, rollback not prepared.
        QCOMPARE(dialog->blockingCriteria(),
                 (QStringList{QStringLiteral("db-precheck"), QStringLiteral("db-privilege"),
                              QStringLiteral("db-rollback")}));
        // Every criterion's evidence is shown.
        auto *criteria = dialog->findChild<QTreeWidget *>(QStringLiteral("decideCriteria"));
        QCOMPARE(criteria->topLevelItemCount(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!criteria->topLevelItem(i)->text(3).isEmpty());

        auto *go = dialog->findChild<QRadioButton *>(QStringLiteral("decideGo"));
        auto *noGo = dialog->findChild<QRadioButton *>(QStringLiteral("decideNoGo"));
        QVERIFY(noGo->isChecked()); // the safe default while something blocks
        go->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("decideBy"))
            ->setText(QStringLiteral("Mei Lin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("decideConfirm"))->setText(kGateDb);
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("decideRecord"));
        QVERIFY(!record->isEnabled());
        QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("override")));
        // Even when forced, the model refuses and nothing is recorded.
        QVERIFY(!dialog->record());
        QVERIFY2(dialog->lastError().contains(QStringLiteral("override reason")),
                 qPrintable(dialog->lastError()));
        QVERIFY(f.document.plan().decisions.isEmpty());
        QVERIFY(!f.document.isModified());

        dialog->findChild<QPlainTextEdit *>(QStringLiteral("decideReason"))
            ->setPlainText(QStringLiteral("Precheck ran on the console at 06:20, green; CAB "
                                          "accepted the risk."));
        QVERIFY(record->isEnabled());
        QCOMPARE(record->text(), QStringLiteral("Record GO with Override"));
        record->click();
        QCOMPARE(f.document.plan().decisions.size(), 1);
        const model::GoDecision &d = f.document.plan().decisions.first();
        QCOMPARE(d.outcome, model::DecisionOutcome::GoWithOverride);
        QCOMPARE(d.decidedBy, QStringLiteral("Mei Lin"));
        QCOMPARE(d.decidedAt, kNow);
        QCOMPARE(d.overriddenCriteria, dialog->blockingCriteria());
        QCOMPARE(d.evidence.size(), 5);
        QVERIFY(!d.digest.isEmpty());
        // The panel shows the decision on the gate and in the record.
        auto *decisions = f.panel->findChild<QTreeWidget *>(QStringLiteral("decisionsTree"));
        QCOMPARE(decisions->topLevelItemCount(), 1);
        QCOMPARE(decisions->topLevelItem(0)->text(0), QStringLiteral("GO with override"));
        QVERIFY(criterionItem(f.tree, kGateDb, {})->text(2).contains(QStringLiteral("override")));
    }

    void decisionNeedsTheTypedConfirmation()
    {
        model::Plan plan = test::samplePlan();
        prepare(plan, {QStringLiteral("cut-servers"), QStringLiteral("cut-dns")},
                QStringLiteral("Tom Berger"));
        Fixture f(plan);
        QVERIFY(f.panel->select(kGateServers, QStringLiteral("srv-erp04")));
        gui::DecideDialog *dialog = f.panel->decideSelected();
        QVERIFY(dialog);
        QVERIFY(dialog->blockingCriteria().isEmpty());
        auto *go = dialog->findChild<QRadioButton *>(QStringLiteral("decideGo"));
        QVERIFY(go->isChecked());
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("decideRecord"));
        dialog->findChild<QLineEdit *>(QStringLiteral("decideBy"))
            ->setText(QStringLiteral("Tom Berger"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("decideConfirm"));
        confirm->setText(QStringLiteral("gate-db"));
        QVERIFY(!record->isEnabled());
        QVERIFY(!dialog->record());
        QVERIFY(f.document.plan().decisions.isEmpty());
        confirm->setText(kGateServers);
        QVERIFY(record->isEnabled());
        QCOMPARE(record->text(), QStringLiteral("Record GO"));
        record->click();
        QCOMPARE(f.document.plan().decisions.size(), 1);
        QCOMPARE(f.document.plan().decisions.first().outcome, model::DecisionOutcome::Go);
        QVERIFY(f.document.plan().decisions.first().overriddenCriteria.isEmpty());
    }

    void noGoIsAlwaysPossible()
    {
        Fixture f;
        QVERIFY(f.panel->select(kGateDb));
        gui::DecideDialog *dialog = f.panel->decideSelected();
        dialog->findChild<QLineEdit *>(QStringLiteral("decideBy"))
            ->setText(QStringLiteral("Mei Lin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("decideConfirm"))->setText(kGateDb);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("decideReason"))
            ->setPlainText(QStringLiteral("Reverse task not ready."));
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("decideRecord"));
        QCOMPARE(record->text(), QStringLiteral("Record NO-GO"));
        record->click();
        QCOMPARE(f.document.plan().decisions.size(), 1);
        QCOMPARE(f.document.plan().decisions.first().outcome, model::DecisionOutcome::NoGo);
        QCOMPARE(f.document.plan().decisions.first().note,
                 QStringLiteral("Reverse task not ready."));
    }

    void readOnlyPlanOffersNeither()
    {
        gui::PlanDocument document;
        document.open(test::samplePlan(), gui::PlanDocument::Origin::Sample);
        gui::GatesPanel panel(document);
        QVERIFY(panel.select(kGateDb, QStringLiteral("db-privilege")));
        QVERIFY(!panel.attestSelected());
        QVERIFY(!panel.decideSelected());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("attestButton"))->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("decideButton"))->isEnabled());
    }
};

QTEST_MAIN(TstPlannerGates)
#include "tst_plannergates.moc"
