// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_reportplan.h"

#include "model/rollback.h"

#include <QTimeZone>

#include <cmath>
#include <numbers>

namespace ferry::test {

using namespace ferry::model;

namespace {

QDateTime day(int d, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 6, 2).addDays(d), QTime(hour, minute), QTimeZone::utc());
}

Phase phase(const QString &id, PhaseKind kind, PlanService service, const QString &title,
            const QStringList &deps, const QDateTime &start, const QDateTime &end)
{
    Phase p;
    p.id = id;
    p.kind = kind;
    p.service = service;
    p.title = title;
    p.owner = QStringLiteral("Wave team %1").arg(id.section(QLatin1Char('-'), 0, 0));
    p.dependsOn = deps;
    p.plannedStart = start;
    p.plannedEnd = end;
    return p;
}

GateCriterion criterion(const QString &id, CriterionKind kind, const QString &resource = {})
{
    GateCriterion c;
    c.id = id;
    c.kind = kind;
    c.resourceId = resource;
    return c;
}

} // namespace

Plan makeLargePlan(int waves)
{
    Plan plan;
    plan.id = QStringLiteral("plan-large");
    plan.name = QStringLiteral("Group-wide consolidation to Alibaba Cloud");
    plan.description = QStringLiteral(
        "Moves the group's regional platforms in waves: each wave migrates its database with "
        "DTS, its application servers with SMC and its warehouse with MMS, then cuts over.");
    plan.scenario = QStringLiteral("benchmark");
    plan.createdAt = day(-10, 9);
    plan.modifiedAt = day(-1, 9);
    PlanObservations obs;
    const QDateTime now = day(4 * waves + 2, 6);
    obs.collectedAt = now;
    obs.collectedFrom = QStringLiteral("cn-hangzhou");

    plan.phases.append(phase(QStringLiteral("w0-assess"), PhaseKind::Assessment,
                             PlanService::General, QStringLiteral("Group inventory"), {}, day(0, 8),
                             day(1, 17)));
    plan.phases.append(phase(QStringLiteral("w0-backup"), PhaseKind::BackupVerification,
                             PlanService::General, QStringLiteral("Restore tests"),
                             {QStringLiteral("w0-assess")}, day(2, 8), day(2, 16)));
    QStringList allCutovers;
    for (int w = 1; w <= waves; ++w) {
        const QString p = QStringLiteral("w%1-").arg(w);
        const int d = 4 * w;
        const QString dts = QStringLiteral("dtsj-wave%1-orders").arg(w);
        const QString smc = QStringLiteral("j-wave%1-app").arg(w);
        const QString mms = QString::number(100 + w);
        Phase full = phase(p + QStringLiteral("dts-full"), PhaseKind::FullMigration,
                           PlanService::Dts, QStringLiteral("Wave %1 orders full load").arg(w),
                           {QStringLiteral("w0-backup")}, day(d, 8), day(d, 14));
        full.resources = {{PlanService::Dts, QStringLiteral("dtsJob"), dts, {}}};
        full.workload.rows = 90'000'000LL * w;
        Phase incr = phase(p + QStringLiteral("dts-incr"), PhaseKind::IncrementalSync,
                           PlanService::Dts, QStringLiteral("Wave %1 orders replication").arg(w),
                           {full.id}, day(d, 14), day(d + 2, 6));
        incr.resources = full.resources;
        incr.workload.changeRowsPerSecond = 300;
        Phase smcFull = phase(p + QStringLiteral("smc-full"), PhaseKind::FullMigration,
                              PlanService::Smc, QStringLiteral("Wave %1 app servers").arg(w),
                              {QStringLiteral("w0-assess")}, day(d, 8), day(d, 12));
        smcFull.resources = {{PlanService::Smc, QStringLiteral("smcJob"), smc, {}}};
        smcFull.workload.dataBytes = 200'000'000'000LL;
        Phase smcIncr = phase(p + QStringLiteral("smc-incr"), PhaseKind::IncrementalSync,
                              PlanService::Smc, QStringLiteral("Wave %1 incremental runs").arg(w),
                              {smcFull.id}, day(d, 12), day(d + 2, 6));
        smcIncr.resources = smcFull.resources;
        Phase mmsFull = phase(p + QStringLiteral("mms-full"), PhaseKind::FullMigration,
                              PlanService::Mms, QStringLiteral("Wave %1 warehouse").arg(w),
                              {QStringLiteral("w0-assess")}, day(d, 8), day(d + 2, 0));
        mmsFull.resources = {{PlanService::Mms, QStringLiteral("mmsJob"), mms, {}}};
        mmsFull.workload.dataBytes = 900'000'000'000LL;
        Phase checks = phase(p + QStringLiteral("checks"), PhaseKind::PreCutoverChecks,
                             PlanService::General, QStringLiteral("Wave %1 go/no-go").arg(w),
                             {QStringLiteral("w0-backup"), incr.id, smcIncr.id, mmsFull.id},
                             day(d + 2, 6), day(d + 2, 7));
        Phase cutDb = phase(p + QStringLiteral("cut-db"), PhaseKind::CutoverDatabase,
                            PlanService::Dts, QStringLiteral("Wave %1 database cutover").arg(w),
                            {checks.id}, day(d + 2, 7), day(d + 2, 8));
        Phase cutSrv = phase(p + QStringLiteral("cut-srv"), PhaseKind::CutoverServers,
                             PlanService::Smc, QStringLiteral("Wave %1 server cutover").arg(w),
                             {cutDb.id}, day(d + 2, 8), day(d + 2, 9));
        allCutovers << cutSrv.id;
        plan.phases << full << incr << smcFull << smcIncr << mmsFull << checks << cutDb << cutSrv;

        Gate gdb;
        gdb.id = p + QStringLiteral("gate-db");
        gdb.phaseId = cutDb.id;
        gdb.title = QStringLiteral("Wave %1 database").arg(w);
        gdb.criteria = {criterion(p + QStringLiteral("lag"), CriterionKind::DtsLagSustained, dts),
                        criterion(p + QStringLiteral("pre"), CriterionKind::DtsPrecheckPassed, dts),
                        criterion(p + QStringLiteral("priv"),
                                  CriterionKind::ReplicationUserLeastPrivilege, dts),
                        criterion(p + QStringLiteral("mms"), CriterionKind::MmsTasksVerified, mms),
                        criterion(p + QStringLiteral("rb"), CriterionKind::RollbackPathReady)};
        Gate gsrv;
        gsrv.id = p + QStringLiteral("gate-srv");
        gsrv.phaseId = cutSrv.id;
        gsrv.title = QStringLiteral("Wave %1 servers").arg(w);
        gsrv.criteria = {
            criterion(p + QStringLiteral("smc"), CriterionKind::SmcIncrementalRecent, smc),
            criterion(p + QStringLiteral("rb2"), CriterionKind::RollbackPathReady)};
        plan.gates << gdb << gsrv;

        // Observations: two days of lag every 60 s, a run every 2 h, 300 tables.
        DtsObservation dobs;
        dobs.jobId = dts;
        dobs.name = QStringLiteral("wave%1-orders").arg(w);
        dobs.status = QStringLiteral("Synchronizing");
        dobs.meta = {EvidenceLevel::Verified, now, {}, QStringLiteral("dts:DescribeDtsJobDetail")};
        DtsJobSettings st;
        st.jobType = QStringLiteral("MIGRATION");
        st.sourceEngine = QStringLiteral("MySQL 5.7");
        st.destinationEngine = QStringLiteral("PolarDB for MySQL 8.0");
        st.structureInitialization = st.dataInitialization = st.dataSynchronization = true;
        dobs.settings = st;
        dobs.precheck = DtsPrecheckObservation{
            QStringLiteral("Finished"),
            {{QStringLiteral("CHECK_CONN_SRC"), QStringLiteral("Success"), {}, false}},
            now};
        dobs.pollIntervalSeconds = 60;
        for (int m = 0; m < 2 * 24 * 60; ++m) {
            const double spike =
                (m % 360) < 20 ? 9000.0 * std::sin(std::numbers::pi * (m % 360) / 20.0) : 0;
            dobs.lag.append({now.addSecs(qint64(m - 2 * 24 * 60) * 60),
                             qint64(600 + 400 * std::sin(m / 17.0) + spike)});
        }
        obs.dts << dobs;

        SmcObservation sobs;
        sobs.jobId = smc;
        sobs.name = QStringLiteral("wave%1-app").arg(w);
        sobs.meta = {
            EvidenceLevel::Verified, now, {}, QStringLiteral("smc:DescribeReplicationJobs")};
        sobs.job.status = QStringLiteral("Waiting");
        sobs.job.frequencyHours = 2;
        sobs.settings = SmcJobSettings{QStringLiteral("app-%1").arg(w),
                                       QStringLiteral("Image"),
                                       QStringLiteral("ecs.g7.2xlarge"),
                                       true,
                                       5,
                                       true};
        for (int r = 0; r < 80; ++r) {
            const QDateTime start = now.addSecs(-qint64(80 - r) * 7200);
            sobs.runs.append({start, start.addSecs(300 + (r % 7) * 20), RunTrigger::Schedule,
                              QStringLiteral("m-w%1-%2").arg(w).arg(r), r == 40});
        }
        sobs.job.lastIncrementalRunEnd = sobs.runs.last().end;
        sobs.job.observedAt = now;
        obs.smc << sobs;

        MmsObservation mobs;
        mobs.jobId = mms;
        mobs.name = QStringLiteral("wave%1_dw").arg(w);
        mobs.status = QStringLiteral("DONE");
        mobs.meta = {EvidenceLevel::Verified, now, {}, QStringLiteral("mms:ListMmsTasks")};
        mobs.settings = MmsJobSettings{QStringLiteral("hive_wave%1").arg(w),
                                       QStringLiteral("mc_wave%1").arg(w),
                                       true,
                                       false,
                                       false,
                                       {},
                                       0};
        for (int t = 0; t < 300; ++t) {
            const qint64 rows = 1000 + qint64(t) * 7919 % 100'000'000;
            mobs.tables.append(
                {QStringLiteral("dw.wave%1_table_%2").arg(w).arg(t, 4, 10, QLatin1Char('0')), rows,
                 rows, true, QStringLiteral("DONE")});
        }
        mobs.countsByStatus = {{QStringLiteral("DONE"), 300}};
        for (int h = 0; h <= 40; ++h) {
            MmsProgressPoint pt;
            pt.at = now.addSecs(-qint64(40 - h) * 3600);
            const int done = std::min(300, h * 8);
            pt.tasks = {std::max(0, 300 - done - 8), 0, std::min(8, 300 - done), done, 0};
            mobs.progress.append(pt);
        }
        obs.mms << mobs;

        Risk risk;
        risk.id = p + QStringLiteral("risk");
        risk.title = QStringLiteral("Wave %1 batch window overlaps the cutover").arg(w);
        risk.owner = QStringLiteral("Wave team w%1").arg(w);
        risk.mitigation = QStringLiteral("Move the batch by two hours for the cutover night.");
        risk.phaseIds = {cutDb.id};
        plan.risks << risk;
    }
    plan.phases.append(phase(QStringLiteral("w9-dns"), PhaseKind::CutoverDnsLb,
                             PlanService::General, QStringLiteral("Group DNS and SLB"), allCutovers,
                             day(4 * waves + 3, 8), day(4 * waves + 3, 10)));
    BackupObservation backup;
    backup.state = BackupState::Verified;
    backup.note = QStringLiteral("All wave databases restored to scratch instances.");
    backup.meta = {EvidenceLevel::Attested, day(2, 15), QStringLiteral("DBA lead"), {}};
    obs.backup = backup;
    plan.observations = obs;
    generateRollbackPaths(plan);
    return plan;
}

} // namespace ferry::test
