// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rollback.h"

#include "model/plan.h"

#include <QCoreApplication>

#include <array>

namespace ferry::model {

namespace {

constexpr const char *kContext = "ferry::model::Rollback";

struct Template
{
    PhaseKind kind;
    bool anyService;
    PlanService service;
    const char *id;
    const char *text;
    bool prepare;
    bool irreversible;
};

// clang-format off
constexpr std::array kTemplates{
    Template{PhaseKind::Assessment, true, PlanService::General, "assessment.none",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Nothing to roll back: the assessment changes nothing."), false, false},
    Template{PhaseKind::BackupVerification, true, PlanService::General, "backup.keep",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Keep the verified backup and its restore procedure until decommission is complete."), false, false},
    Template{PhaseKind::Schema, false, PlanService::Dts, "dts.schema.drop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Drop the objects DTS created in the target database; the source is untouched."), false, false},
    Template{PhaseKind::Schema, false, PlanService::Mms, "mms.schema.drop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Drop the tables MMS created in the MaxCompute project; the source warehouse is untouched."), false, false},
    Template{PhaseKind::Schema, true, PlanService::General, "schema.drop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Drop the objects created in the target; the source is untouched."), false, false},
    Template{PhaseKind::FullMigration, false, PlanService::Dts, "dts.full.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the DTS task and truncate the target tables; the source database is untouched."), false, false},
    Template{PhaseKind::FullMigration, false, PlanService::Mms, "mms.full.rerun",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Drop the target partitions the MMS job wrote and re-run its tasks."), false, false},
    Template{PhaseKind::FullMigration, false, PlanService::Smc, "smc.full.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the SMC replication job and delete the images it created; the source servers keep running."), false, false},
    Template{PhaseKind::FullMigration, false, PlanService::OssImport, "oss.full.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the ossimport job; delete the objects under the destination prefix if a clean restart is needed. The source bucket is untouched."), false, false},
    Template{PhaseKind::FullMigration, true, PlanService::General, "full.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the copy and clean the target; the source is untouched."), false, false},
    Template{PhaseKind::IncrementalSync, false, PlanService::Dts, "dts.incremental.suspend",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Suspend the DTS task; the source database keeps serving writes."), false, false},
    Template{PhaseKind::IncrementalSync, false, PlanService::Smc, "smc.incremental.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the incremental schedule; the source servers keep running and serving."), false, false},
    Template{PhaseKind::IncrementalSync, false, PlanService::Mms, "mms.incremental.rerun",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Drop the re-migrated target partitions and re-run those tasks."), false, false},
    Template{PhaseKind::IncrementalSync, false, PlanService::OssImport, "oss.incremental.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the incremental rescans; the source bucket is untouched."), false, false},
    Template{PhaseKind::IncrementalSync, true, PlanService::General, "incremental.stop",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Stop the synchronisation; the source keeps serving."), false, false},
    Template{PhaseKind::PreCutoverChecks, true, PlanService::General, "checks.none",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Nothing to roll back: checks change nothing. A failed check stops the cutover here."), false, false},
    Template{PhaseKind::CutoverDatabase, true, PlanService::General, "db.reverseTask",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Before cutover: create and precheck the DTS reverse task (target to source) so writes made after cutover can flow back."), true, false},
    Template{PhaseKind::CutoverDatabase, true, PlanService::General, "db.sourceReadOnly",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "At cutover: set the source database read-only; do not delete or drop it."), true, false},
    Template{PhaseKind::CutoverDatabase, true, PlanService::General, "db.rollback",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "To roll back: stop writes on the target, start the reverse task, wait until its lag is under 5 s, make the source writable and point the applications back at it."), false, false},
    Template{PhaseKind::CutoverServers, true, PlanService::General, "smc.keepSource",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Before cutover: keep the SMC source servers running until the new instances pass verification."), true, false},
    Template{PhaseKind::CutoverServers, true, PlanService::General, "smc.cutOverFinal",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Run \"complete incremental synchronization\" (CutOverReplicationJob) only after the target instances verify: it is final, the replication job cannot be resumed."), false, true},
    Template{PhaseKind::CutoverServers, true, PlanService::General, "smc.rollback",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "To roll back: keep traffic on the source servers and release the new instances."), false, false},
    Template{PhaseKind::CutoverDnsLb, true, PlanService::General, "dns.lowerTtl",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Ahead of time: lower the DNS TTL (for example to 60 s) at least one old TTL before cutover."), true, false},
    Template{PhaseKind::CutoverDnsLb, true, PlanService::General, "dns.recordCurrent",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Before cutover: record the current DNS records and load balancer backends."), true, false},
    Template{PhaseKind::CutoverDnsLb, true, PlanService::General, "dns.rollback",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "To roll back: point DNS and the load balancers back at the recorded source endpoints."), false, false},
    Template{PhaseKind::PostCutoverVerification, true, PlanService::General, "verify.rollback",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "If verification fails: roll back the cutovers in reverse order, DNS/LB first, database last."), false, false},
    Template{PhaseKind::RollbackWindow, true, PlanService::General, "window.keep",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Until the window closes: keep the source read-only, the reverse task running and the source servers available."), false, false},
    Template{PhaseKind::RollbackWindow, true, PlanService::General, "window.close",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "When the window closes the cutover becomes permanent: release the reverse task only then."), false, true},
    Template{PhaseKind::Decommission, true, PlanService::General, "decommission.finalBackup",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "Before deleting anything: take a final backup of each source and keep it for the retention period."), true, false},
    Template{PhaseKind::Decommission, true, PlanService::General, "decommission.none",
             QT_TRANSLATE_NOOP("ferry::model::Rollback", "No rollback after this phase: the sources are deleted."), false, true},
};
// clang-format on

struct NoReturn
{
    PhaseKind kind;
    const char *reason;
    const char *text;
};

constexpr std::array kNoReturn{
    NoReturn{PhaseKind::CutoverServers, "smc.cutOverFinal",
             QT_TRANSLATE_NOOP("ferry::model::Rollback",
                               "CutOverReplicationJob is final: the replication job cannot be "
                               "resumed, only the source servers remain as a way back.")},
    NoReturn{PhaseKind::RollbackWindow, "rollbackWindow.closed",
             QT_TRANSLATE_NOOP("ferry::model::Rollback",
                               "After the rollback window the DNS/LB cutover is permanent.")},
    NoReturn{PhaseKind::Decommission, "decommission",
             QT_TRANSLATE_NOOP("ferry::model::Rollback",
                               "Decommission deletes the sources: nothing can be rolled back.")},
};

} // namespace

QList<RollbackStep> defaultRollbackSteps(PhaseKind kind, PlanService service)
{
    bool exact = false;
    for (const Template &t : kTemplates)
        exact = exact || (t.kind == kind && !t.anyService && t.service == service);
    QList<RollbackStep> out;
    for (const Template &t : kTemplates) {
        if (t.kind != kind || (exact ? (t.anyService || t.service != service) : !t.anyService))
            continue;
        RollbackStep s;
        s.id = QString::fromLatin1(t.id);
        s.templateId = s.id;
        s.text = QString::fromUtf8(t.text);
        s.prepareBeforePhase = t.prepare;
        s.irreversible = t.irreversible;
        out.append(s);
    }
    return out;
}

RollbackPath defaultRollbackPath(const Phase &phase)
{
    RollbackPath path;
    path.phaseId = phase.id;
    path.steps = defaultRollbackSteps(phase.kind, phase.service);
    for (const NoReturn &n : kNoReturn) {
        if (n.kind == phase.kind) {
            path.pointOfNoReturn = true;
            path.pointOfNoReturnReason = QString::fromLatin1(n.reason);
        }
    }
    return path;
}

void generateRollbackPaths(Plan &plan)
{
    QList<RollbackPath> next;
    for (const Phase &phase : plan.phases) {
        const RollbackPath *old = findRollbackPath(plan, phase.id);
        if (old && old->edited) {
            next.append(*old);
            continue;
        }
        RollbackPath fresh = defaultRollbackPath(phase);
        if (old) {
            // Regenerating must not lose who prepared what.
            for (RollbackStep &s : fresh.steps) {
                for (const RollbackStep &o : old->steps) {
                    if (o.templateId == s.templateId && o.prepared)
                        s.prepared = o.prepared;
                }
            }
        }
        next.append(fresh);
    }
    plan.rollback = next;
}

const RollbackPath *findRollbackPath(const Plan &plan, const QString &phaseId)
{
    for (const RollbackPath &r : plan.rollback) {
        if (r.phaseId == phaseId)
            return &r;
    }
    return nullptr;
}

RollbackPath *findRollbackPath(Plan &plan, const QString &phaseId)
{
    for (RollbackPath &r : plan.rollback) {
        if (r.phaseId == phaseId)
            return &r;
    }
    return nullptr;
}

std::optional<QString> firstPointOfNoReturn(const Plan &plan)
{
    for (const QString &id : topologicalOrder(plan)) {
        const RollbackPath *r = findRollbackPath(plan, id);
        if (r && r->pointOfNoReturn)
            return id;
    }
    return std::nullopt;
}

QString displayText(const RollbackStep &step)
{
    if (!step.templateId.isEmpty()) {
        for (const Template &t : kTemplates) {
            if (step.templateId == QLatin1String(t.id) && step.text == QString::fromUtf8(t.text))
                return QCoreApplication::translate(kContext, t.text);
        }
    }
    return step.text;
}

QString describePointOfNoReturn(const QString &reason)
{
    for (const NoReturn &n : kNoReturn) {
        if (reason == QLatin1String(n.reason))
            return QCoreApplication::translate(kContext, n.text);
    }
    return reason;
}

} // namespace ferry::model
