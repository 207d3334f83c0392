// SPDX-License-Identifier: GPL-3.0-or-later
// The main window wires the plan to the monitor: once a session is set, the open plan's gate
// criteria are evaluated from what Ferry reads from the services (here the sandbox), with no
// observation stored in the plan.
#include "../cloudapi/testsupport_monitor.h"

#include "gui/mainwindow.h"
#include "gui/planner/plandocument.h"
#include "gui/session.h"
#include "model/evidence.h"
#include "model/plan.h"
#include "model/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

const QString kSalesSync = QStringLiteral("jy6nmqxhlkeiimy");  // SYNC, Synchronizing
const QString kInventory = QStringLiteral("duwxbepl39ef6cg");  // MIGRATION, PrecheckFailed
const QString kErp04 = QStringLiteral("j-uvsz91e85r2oa3e35j"); // SMC, Waiting

model::GateCriterion criterion(const char *id, model::CriterionKind kind, const QString &resource)
{
    model::GateCriterion c;
    c.id = QString::fromLatin1(id);
    c.kind = kind;
    c.resourceId = resource;
    return c;
}

model::Plan livePlan()
{
    model::Plan plan;
    plan.id = QStringLiteral("plan-window");
    plan.name = QStringLiteral("Window wiring");
    model::Phase cut;
    cut.id = QStringLiteral("cut");
    cut.kind = model::PhaseKind::CutoverDatabase;
    cut.title = QStringLiteral("Cutover");
    plan.phases = {cut};
    model::Gate gate;
    gate.id = QStringLiteral("gate");
    gate.phaseId = cut.id;
    gate.title = QStringLiteral("Cutover gate");
    gate.criteria = {criterion("lag", model::CriterionKind::DtsLagSustained, kSalesSync),
                     criterion("precheck", model::CriterionKind::DtsPrecheckPassed, kInventory),
                     criterion("servers", model::CriterionKind::SmcIncrementalRecent, kErp04)};
    plan.gates = {gate};
    return plan;
}

} // namespace

class TstMainWindowLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_rig.start(400.0));
    }

    void gatesFollowTheSession()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        model::Settings settings(store);
        gui::MainWindow window(settings);
        gui::PlanDocument &document = window.planDocument();
        document.open(livePlan(), gui::PlanDocument::Origin::Untitled);
        // Without a session the plan has nothing to go on.
        QVERIFY(document.gateInputs().prechecks.isEmpty());
        QVERIFY(document.gateInputs().smcJobs.isEmpty());

        gui::ConnectionInfo info;
        info.mode = gui::ConnectionInfo::Mode::Sandbox;
        info.endpoint = m_rig.server->endpoint();
        info.region = test::kRegion;
        gui::Session session(m_rig.makeTransport().release(), info);
        session.setClock(m_rig.clockFunction(), 400.0);
        window.setSession(&session);
        window.showPlanner();

        QTRY_VERIFY_WITH_TIMEOUT(document.gateInputs().prechecks.contains(kInventory) &&
                                     document.gateInputs().smcJobs.contains(kErp04) &&
                                     !document.gateInputs().lag.value(kSalesSync).isEmpty(),
                                 20'000);
        const model::GateInputs in = document.gateInputs();
        QCOMPARE(in.prechecks.value(kInventory).state.isEmpty(), false);
        // Read from the sandbox on its clock: the evaluation time is the sandbox's, not ours.
        QVERIFY(qAbs(in.now.toMSecsSinceEpoch() - session.nowMs()) < 60'000);
        QVERIFY(in.prechecks.value(kInventory).observedAt.isValid());
    }

private:
    test::SandboxRig m_rig;
};

QTEST_MAIN(TstMainWindowLive)

#include "tst_mainwindowlive.moc"
