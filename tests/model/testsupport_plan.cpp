// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_plan.h"

#include <QTimeZone>

namespace ferry::test {

using namespace ferry::model;

QDateTime utc(int day, int hour, int minute, int second)
{
    return QDateTime(QDate(2025, 3, 3).addDays(day), QTime(hour, minute, second), QTimeZone::utc());
}

Phase &phase(Plan &plan, const QString &id)
{
    if (Phase *p = plan.phase(id))
        return *p;
    static Phase dummy;
    qFatal("test plan has no phase %s", qPrintable(id));
    return dummy;
}

namespace {

Phase make(const char *id, PhaseKind kind, PlanService service, const char *title,
           const char *owner, QStringList deps, QDateTime start, QDateTime end)
{
    Phase p;
    p.id = QString::fromLatin1(id);
    p.kind = kind;
    p.service = service;
    p.title = QString::fromUtf8(title);
    p.owner = QString::fromUtf8(owner);
    p.dependsOn = std::move(deps);
    p.plannedStart = start;
    p.plannedEnd = end;
    return p;
}

GateCriterion criterion(const char *id, CriterionKind kind, const QString &resource = {})
{
    GateCriterion c;
    c.id = QString::fromLatin1(id);
    c.kind = kind;
    c.resourceId = resource;
    return c;
}

} // namespace

Plan makeSandboxPlan()
{
    Plan plan;
    plan.id = QStringLiteral("plan-sandbox-shop");
    plan.name = QStringLiteral("Shop platform to Alibaba Cloud (sandbox)");
    plan.description = QStringLiteral(
        "Moves the shop platform built on the sandbox scenario: the MySQL orders database with "
        "DTS, the ERP application server erp-04 with SMC, the Hive warehouse archive with MMS and "
        "the "
        "S3 media bucket with OSSImport. Database first, DNS/LB last.");
    plan.scenario = QStringLiteral("sandbox");
    plan.createdAt = utc(-7, 9);
    plan.modifiedAt = utc(-1, 17, 30);
    plan.assumptions.bandwidthMbps = 1000;
    plan.assumptions.bandwidthEfficiency = 0.7;
    plan.assumptions.diskReadMBps = 150;
    plan.assumptions.dtsFullRowsPerSecond = 25000;
    plan.assumptions.dtsApplyRowsPerSecond = 4000;
    plan.assumptions.mmsThroughputMBps = 80;
    plan.assumptions.ossImportWorkers = 3;

    plan.phases = {
        make("assess", PhaseKind::Assessment, PlanService::General, "Inventory and sizing",
             "Mei Lin (migration architect)", {}, utc(0, 8), utc(1, 17)),
        make("backup", PhaseKind::BackupVerification, PlanService::General,
             "Restore test of the orders database backup", "Ravi Shah (DBA)", {"assess"}, utc(2, 8),
             utc(2, 16)),
        make("dts-schema", PhaseKind::Schema, PlanService::Dts, "Orders schema to ApsaraDB RDS",
             "Ravi Shah (DBA)", {"backup"}, utc(3, 8), utc(3, 9)),
        make("dts-full", PhaseKind::FullMigration, PlanService::Dts, "Orders full load",
             "Ravi Shah (DBA)", {"dts-schema"}, utc(3, 9), utc(3, 12)),
        make("dts-incr", PhaseKind::IncrementalSync, PlanService::Dts,
             "Orders incremental replication", "Ravi Shah (DBA)", {"dts-full"}, utc(3, 12),
             utc(10, 6)),
        make("smc-full", PhaseKind::FullMigration, PlanService::Smc, "erp-04 full replication",
             "Tom Berger (ops)", {"assess"}, utc(2, 8), utc(2, 14)),
        make("smc-incr", PhaseKind::IncrementalSync, PlanService::Smc,
             "erp-04 incremental runs every 12 h", "Tom Berger (ops)", {"smc-full"}, utc(2, 14),
             utc(10, 6)),
        make("mms-schema", PhaseKind::Schema, PlanService::Mms,
             "hive_prod_backup tables to MaxCompute", "Ana Costa (data platform)", {"assess"},
             utc(2, 8), utc(2, 10)),
        make("mms-full", PhaseKind::FullMigration, PlanService::Mms,
             "hive_prod_backup data and verification", "Ana Costa (data platform)", {"mms-schema"},
             utc(2, 10), utc(4, 18)),
        make("oss-full", PhaseKind::FullMigration, PlanService::OssImport,
             "Media bucket full import", "Tom Berger (ops)", {"assess"}, utc(2, 8), utc(5, 8)),
        make("oss-incr", PhaseKind::IncrementalSync, PlanService::OssImport,
             "Media bucket incremental rescans", "Tom Berger (ops)", {"oss-full"}, utc(5, 8),
             utc(10, 6)),
        make("checks", PhaseKind::PreCutoverChecks, PlanService::General, "Go/no-go review",
             "Mei Lin (migration architect)",
             {"backup", "dts-incr", "smc-incr", "mms-full", "oss-incr"}, utc(10, 6), utc(10, 7)),
        make("cut-db", PhaseKind::CutoverDatabase, PlanService::Dts, "Switch the orders database",
             "Ravi Shah (DBA)", {"checks"}, utc(10, 7), utc(10, 8)),
        make("cut-servers", PhaseKind::CutoverServers, PlanService::Smc,
             "Complete SMC sync and start the new app servers", "Tom Berger (ops)", {"cut-db"},
             utc(10, 8), utc(10, 9)),
        make("cut-dns", PhaseKind::CutoverDnsLb, PlanService::General,
             "Move shop.example.com and the SLB to the new stack", "Network team", {"cut-servers"},
             utc(10, 9), utc(10, 10)),
        make("verify", PhaseKind::PostCutoverVerification, PlanService::General,
             "Smoke tests, order flow, reports", "QA on call", {"cut-dns"}, utc(10, 10),
             utc(10, 14)),
        make("window", PhaseKind::RollbackWindow, PlanService::General, "Rollback window (7 days)",
             "Mei Lin (migration architect)", {"verify"}, utc(10, 14), utc(17, 14)),
        make("decommission", PhaseKind::Decommission, PlanService::General, "Retire the old stack",
             "Tom Berger (ops)", {"window"}, utc(18, 8), utc(19, 17)),
    };
    phase(plan, QStringLiteral("assess")).actualStart = utc(0, 8, 10);
    phase(plan, QStringLiteral("assess")).actualEnd = utc(1, 16, 40);

    auto &dtsFull = phase(plan, QStringLiteral("dts-full"));
    dtsFull.workload.rows = 180'000'000;
    dtsFull.resources = {
        {PlanService::Dts, QStringLiteral("dtsJob"), ids::dtsJob, QStringLiteral("sales-sync")}};
    auto &dtsIncr = phase(plan, QStringLiteral("dts-incr"));
    dtsIncr.workload.changeRowsPerSecond = 350;
    dtsIncr.resources = dtsFull.resources;
    phase(plan, QStringLiteral("dts-schema")).workload.objects = 86;
    auto &smcFull = phase(plan, QStringLiteral("smc-full"));
    smcFull.workload.dataBytes = 120'000'000'000LL;
    smcFull.resources = {{PlanService::Smc, QStringLiteral("smcJob"), ids::smcJob,
                          QStringLiteral("erp-04-incremental")}};
    auto &smcIncr = phase(plan, QStringLiteral("smc-incr"));
    smcIncr.workload.diskBytes = 200'000'000'000LL;
    smcIncr.workload.changedBytesPerRun = 6'000'000'000LL;
    smcIncr.resources = smcFull.resources;
    auto &mmsSchema = phase(plan, QStringLiteral("mms-schema"));
    mmsSchema.workload.objects = 214;
    mmsSchema.resources = {{PlanService::Mms, QStringLiteral("mmsDataSource"),
                            QStringLiteral("2000017"), QStringLiteral("hive_prod_backup")}};
    auto &mmsFull = phase(plan, QStringLiteral("mms-full"));
    mmsFull.workload.dataBytes = 1'800'000'000'000LL;
    mmsFull.resources = {
        {PlanService::Mms, QStringLiteral("mmsJob"), ids::mmsJob, QStringLiteral("archive_full")}};
    auto &ossFull = phase(plan, QStringLiteral("oss-full"));
    ossFull.workload.dataBytes = 3'200'000'000'000LL;
    ossFull.workload.objects = 4'100'000;
    auto &ossIncr = phase(plan, QStringLiteral("oss-incr"));
    ossIncr.workload.dataBytes = 40'000'000'000LL;
    ossIncr.workload.objects = 60'000;
    phase(plan, QStringLiteral("checks")).workload.fixedSeconds = 3600;
    phase(plan, QStringLiteral("cut-dns")).notes =
        QStringLiteral("TTL of shop.example.com lowered from 3600 s to 60 s two days ahead.");

    Gate db;
    db.id = QStringLiteral("gate-db");
    db.phaseId = QStringLiteral("cut-db");
    db.title = QStringLiteral("Database cutover");
    db.criteria = {
        criterion("db-lag", CriterionKind::DtsLagSustained, ids::dtsJob),
        criterion("db-precheck", CriterionKind::DtsPrecheckPassed, ids::dtsJob),
        criterion("db-privilege", CriterionKind::ReplicationUserLeastPrivilege, ids::dtsJob),
        criterion("db-backup", CriterionKind::BackupVerified),
        criterion("db-rollback", CriterionKind::RollbackPathReady)};
    db.criteria[0].windowMinutes = 15;
    db.criteria[3].attestation = Attestation{
        QStringLiteral("Ravi Shah"), utc(2, 15, 40),
        QStringLiteral("Restored the 02:00 snapshot to a scratch instance; row counts of orders "
                       "and order_items match."),
        true};
    Gate servers;
    servers.id = QStringLiteral("gate-servers");
    servers.phaseId = QStringLiteral("cut-servers");
    servers.title = QStringLiteral("App server cutover");
    servers.criteria = {criterion("srv-erp04", CriterionKind::SmcIncrementalRecent, ids::smcJob),
                        criterion("srv-rollback", CriterionKind::RollbackPathReady)};
    Gate dns;
    dns.id = QStringLiteral("gate-dns");
    dns.phaseId = QStringLiteral("cut-dns");
    dns.title = QStringLiteral("DNS/LB cutover");
    dns.criteria = {criterion("dns-mms", CriterionKind::MmsTasksVerified, ids::mmsJob),
                    criterion("dns-smoke", CriterionKind::Manual),
                    criterion("dns-rollback", CriterionKind::RollbackPathReady)};
    dns.criteria[1].title = QStringLiteral("Smoke tests pass against the new stack");
    dns.criteria[1].assumption =
        QStringLiteral("QA runs the checkout smoke suite against the SLB's test listener.");
    GateCriterion reports = criterion("dns-reports", CriterionKind::Manual);
    reports.title = QStringLiteral("Finance reports reconciled on MaxCompute");
    reports.mandatory = false;
    dns.criteria.append(reports);
    plan.gates = {db, servers, dns};

    generateRollbackPaths(plan);
    if (RollbackPath *r = findRollbackPath(plan, QStringLiteral("cut-dns"))) {
        for (RollbackStep &s : r->steps) {
            if (s.templateId == QLatin1String("dns.lowerTtl"))
                s.prepared =
                    Attestation{QStringLiteral("Network team"), utc(8, 9),
                                QStringLiteral("TTL 3600 s -> 60 s on all records."), true};
        }
    }

    plan.risks = {
        Risk{QStringLiteral("risk-lag"),
             QStringLiteral("Nightly batch pushes DTS lag above 5 s"),
             Severity::Warning,
             QStringLiteral("Ravi Shah (DBA)"),
             QStringLiteral("Cut over before 22:00; the gate needs 15 minutes under 5 s."),
             {QStringLiteral("cut-db")}},
        Risk{QStringLiteral("risk-types"),
             QStringLiteral("Hive DECIMAL(38,18) columns lose precision in MaxCompute"),
             Severity::Error,
             QStringLiteral("Ana Costa (data platform)"),
             QStringLiteral("Map to DECIMAL(36,18) after sign-off by finance; verify sums."),
             {QStringLiteral("mms-schema"), QStringLiteral("mms-full")}},
        Risk{QStringLiteral("risk-agent"),
             QStringLiteral("SMC agent on erp-04 went offline during the assessment"),
             Severity::Warning,
             QStringLiteral("Tom Berger (ops)"),
             QStringLiteral("Agent runs as a systemd service with restart; checked daily."),
             {QStringLiteral("smc-full"), QStringLiteral("smc-incr")}},
    };

    OssImportPlan oss;
    oss.id = QStringLiteral("oss-media");
    oss.phaseId = QStringLiteral("oss-full");
    oss.jobName = QStringLiteral("shop_media_s3_to_oss");
    oss.mode = OssImportMode::Distributed;
    oss.source = OssImportSource::S3;
    oss.srcDomain = QStringLiteral("http://s3.eu-central-1.amazonaws.com");
    oss.srcBucket = QStringLiteral("shop-media-prod");
    oss.srcPrefix = QStringLiteral("media/");
    oss.destDomain = QStringLiteral("http://oss-eu-central-1-internal.aliyuncs.com");
    oss.destBucket = QStringLiteral("shop-media");
    oss.destPrefix = QStringLiteral("media/");
    oss.workers = {QStringLiteral("192.168.10.11"), QStringLiteral("192.168.10.12"),
                   QStringLiteral("192.168.10.13")};
    oss.workerUser = QStringLiteral("ossimport");
    oss.totalBytes = 3'200'000'000'000LL;
    oss.objectCount = 4'100'000;
    plan.ossImports = {oss};
    plan.observations = sandboxObservations();
    return plan;
}

GateInputs healthyInputs(const QDateTime &now)
{
    GateInputs in;
    in.now = now;
    QList<LagSample> lag;
    for (int s = -1200; s <= 0; s += 15)
        lag.append({now.addSecs(s), 700 + (s % 4) * 50});
    in.lag.insert(ids::dtsJob, lag);
    DtsPrecheckObservation pre;
    pre.state = QStringLiteral("Finished");
    pre.items = {{QStringLiteral("CHECK_CONN_SRC"), QStringLiteral("Success"), {}, false},
                 {QStringLiteral("CHECK_SRC_PRIVILEGE"), QStringLiteral("Success"), {}, false},
                 {QStringLiteral("CHECK_BINLOG_FORMAT"), QStringLiteral("Success"), {}, false},
                 {QStringLiteral("CHECK_DEST_SPACE"), QStringLiteral("Warning"),
                  QStringLiteral("target disk 78% used"), false}};
    pre.observedAt = now.addSecs(-120);
    in.prechecks.insert(ids::dtsJob, pre);
    MmsTaskObservation mms;
    mms.countsByStatus = {{QStringLiteral("DONE"), 215}};
    mms.verification = {{QStringLiteral("hive_prod.orders"), true},
                        {QStringLiteral("hive_prod.order_items"), true},
                        {QStringLiteral("hive_prod.customers"), true}};
    mms.observedAt = now.addSecs(-60);
    in.mmsTasks.insert(ids::mmsJob, mms);
    SmcJobObservation smc;
    smc.status = QStringLiteral("Waiting");
    smc.businessStatus = QStringLiteral("Syncing");
    smc.frequencyHours = 12;
    smc.lastIncrementalRunEnd = now.addSecs(-40 * 60);
    smc.observedAt = now.addSecs(-30);
    in.smcJobs.insert(ids::smcJob, smc);
    return in;
}

void prepareEverything(Plan &plan, const QDateTime &at)
{
    for (RollbackPath &r : plan.rollback) {
        for (RollbackStep &s : r.steps) {
            if (s.prepareBeforePhase && !s.prepared)
                s.prepared = Attestation{QStringLiteral("Release manager"), at,
                                         QStringLiteral("done as written"), true};
        }
    }
    for (Gate &g : plan.gates) {
        for (GateCriterion &c : g.criteria) {
            if ((c.kind == CriterionKind::Manual ||
                 c.kind == CriterionKind::ReplicationUserLeastPrivilege) &&
                !c.attestation)
                c.attestation = Attestation{QStringLiteral("Release manager"), at,
                                            QStringLiteral("checked"), true};
        }
    }
}

} // namespace ferry::test
