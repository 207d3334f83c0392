// SPDX-License-Identifier: GPL-3.0-or-later
// The explained action checks agree with the canX rules in every state, and a refusal always
// says why.
#include "model/actionchecks.h"
#include "model/dts.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QLocale>
#include <QTest>

using namespace ferry::model;

namespace {

template<class E>
QList<E> allValues()
{
    QList<E> out;
    for (const auto &e : enumEntries(E{})) {
        if (!out.contains(e.value))
            out.append(e.value);
    }
    out.append(E::Unknown);
    return out;
}

#define AGREE(check, rule, object)                                                                 \
    do {                                                                                           \
        const ActionCheck c = check(object);                                                       \
        QCOMPARE(c.allowed, rule(object));                                                         \
        QCOMPARE(c.reason.isEmpty(), c.allowed);                                                   \
    } while (false)

} // namespace

class TestActionChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void mms()
    {
        int refusals = 0;
        for (MmsJobStatus s : allValues<MmsJobStatus>()) {
            for (bool stopped : {false, true}) {
                MmsJob job;
                job.status = s;
                job.stopped = stopped;
                AGREE(checkStop, canStop, job);
                AGREE(checkStart, canStart, job);
                AGREE(checkRetry, canRetry, job);
                AGREE(checkDelete, canDelete, job);
                refusals += checkStop(job).allowed ? 0 : 1;
            }
        }
        QVERIFY(refusals > 0);
        for (MmsTaskStatus s : allValues<MmsTaskStatus>()) {
            for (bool running : {false, true}) {
                MmsTask task;
                task.status = s;
                task.running = running;
                AGREE(checkRetry, canRetry, task);
            }
        }
    }

    void dts()
    {
        for (DtsJobType type : allValues<DtsJobType>()) {
            for (DtsJobStatus s : allValues<DtsJobStatus>()) {
                for (bool incremental : {false, true}) {
                    DtsJob job;
                    job.jobType = type;
                    job.status = s;
                    job.migrationMode.dataSynchronization = incremental;
                    AGREE(checkStart, canStart, job);
                    AGREE(checkSuspend, canSuspend, job);
                    AGREE(checkStop, canStop, job);
                    AGREE(checkCreateReverse, canCreateReverse, job);
                    job.reverseJobId = QStringLiteral("rev123");
                    AGREE(checkCreateReverse, canCreateReverse, job);
                }
            }
        }
    }

    void smc()
    {
        for (SmcJobStatus s : allValues<SmcJobStatus>()) {
            for (SmcBusinessStatus b : allValues<SmcBusinessStatus>()) {
                for (bool runOnce : {false, true}) {
                    SmcReplicationJob job;
                    job.status = s;
                    job.businessStatus = b;
                    job.runOnce = runOnce;
                    AGREE(checkStart, canStart, job);
                    AGREE(checkStop, canStop, job);
                    AGREE(checkCutOver, canCutOver, job);
                    AGREE(checkDelete, canDelete, job);
                    for (SmcModifyScope scope : {SmcModifyScope::NameDescription,
                                                 SmcModifyScope::Schedule, SmcModifyScope::Other}) {
                        const ActionCheck c = checkModify(job, scope);
                        QCOMPARE(c.allowed, canModify(job, scope));
                        QCOMPARE(c.reason.isEmpty(), c.allowed);
                    }
                }
            }
        }
    }

    void reasonsNameTheState()
    {
        MmsJob job;
        job.status = MmsJobStatus::Done;
        QVERIFY2(checkRetry(job).reason.contains(displayName(MmsJobStatus::Done)),
                 qPrintable(checkRetry(job).reason));
        SmcReplicationJob smc;
        smc.status = SmcJobStatus::Running;
        smc.businessStatus = SmcBusinessStatus::Preparing;
        QVERIFY(checkStop(smc).reason.contains(displayName(SmcBusinessStatus::Preparing)));
        smc.runOnce = true;
        smc.status = SmcJobStatus::Waiting;
        QVERIFY(checkCutOver(smc).reason.contains(QStringLiteral("runs once")));
    }
};

QTEST_GUILESS_MAIN(TestActionChecks)
#include "tst_actionchecks.moc"
