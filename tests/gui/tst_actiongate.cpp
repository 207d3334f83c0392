// SPDX-License-Identifier: GPL-3.0-or-later
// ActionGate follows the resource state: enabled only where the model's rules allow, with the
// reason in the tooltip when not.
#include "gui/safety/actiongate.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ferry;

class TestActionGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void followsTheJobState()
    {
        std::optional<model::MmsJob> job;
        QPushButton stop(QStringLiteral("Stop"));
        stop.setToolTip(QStringLiteral("Stop the job"));
        QAction retry(QStringLiteral("Retry"));
        retry.setToolTip(QStringLiteral("Retry the failed tasks"));
        gui::ActionGate gate;
        QSignalSpy refreshed(&gate, &gui::ActionGate::refreshed);
        gate.bind(&stop, [&job] {
            return job ? model::checkStop(*job)
                       : gui::ActionGate::nothingSelected(QStringLiteral("a job"));
        });
        gate.bind(&retry, [&job] {
            return job ? model::checkRetry(*job)
                       : gui::ActionGate::nothingSelected(QStringLiteral("a job"));
        });

        // Nothing selected.
        QVERIFY(!stop.isEnabled());
        QCOMPARE(stop.toolTip(), QStringLiteral("Select a job first."));
        QVERIFY(!retry.isEnabled());

        // Running: stop yes, retry no (and why).
        job = model::MmsJob{};
        job->status = model::MmsJobStatus::Doing;
        gate.refresh();
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(stop.isEnabled());
        QCOMPARE(stop.toolTip(), QStringLiteral("Stop the job"));
        QVERIFY(stop.accessibleDescription().isEmpty());
        QVERIFY(!retry.isEnabled());
        QCOMPARE(retry.toolTip(), model::checkRetry(*job).reason);
        QCOMPARE(retry.statusTip(), retry.toolTip());

        // Failed: the other way round.
        job->status = model::MmsJobStatus::Failed;
        gate.refresh();
        QVERIFY(!stop.isEnabled());
        QCOMPARE(stop.toolTip(), model::checkStop(*job).reason);
        QCOMPARE(stop.accessibleDescription(), stop.toolTip());
        QVERIFY(retry.isEnabled());
        QCOMPARE(retry.toolTip(), QStringLiteral("Retry the failed tasks"));

        // The state is only read on refresh().
        job->status = model::MmsJobStatus::Doing;
        QVERIFY(retry.isEnabled());
        gate.refresh();
        QVERIFY(!retry.isEnabled());
    }

    void smcCutOver()
    {
        model::SmcReplicationJob job;
        job.runOnce = false;
        job.status = model::SmcJobStatus::Running;
        QPushButton cutOver(QStringLiteral("Cut over"));
        gui::ActionGate gate;
        gate.bind(&cutOver, [&job] { return model::checkCutOver(job); });
        QVERIFY(!cutOver.isEnabled());
        QVERIFY(cutOver.toolTip().contains(model::displayName(model::SmcJobStatus::Running)));
        job.status = model::SmcJobStatus::Waiting;
        gate.refresh();
        QVERIFY(cutOver.isEnabled());
    }

    void destroyedControlsAreForgotten()
    {
        gui::ActionGate gate;
        int evaluations = 0;
        {
            QPushButton button;
            gate.bind(&button, [&evaluations] {
                ++evaluations;
                return model::ActionCheck::allow();
            });
        }
        QCOMPARE(evaluations, 1);
        gate.refresh(); // must not touch the destroyed button
        QCOMPARE(evaluations, 1);

        QPushButton kept;
        gate.bind(&kept, [] { return model::ActionCheck::deny(QStringLiteral("no")); });
        gate.unbind(&kept);
        kept.setEnabled(true);
        gate.refresh();
        QVERIFY(kept.isEnabled());
    }
};

QTEST_MAIN(TestActionGate)
#include "tst_actiongate.moc"
