// SPDX-License-Identifier: GPL-3.0-or-later
// Section 2: which tool carries each service, how each job is configured, and what is risky
// about those settings.
#include "model/reportbuilder_p.h"

#include "model/sanitizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

struct Finding
{
    Severity severity;
    QString text;
};

bool hasPhase(const Plan &plan, PlanService service, PhaseKind kind)
{
    for (const Phase &p : plan.phases) {
        if (p.service == service && p.kind == kind)
            return true;
    }
    return false;
}

bool hasKind(const Plan &plan, PhaseKind kind)
{
    for (const Phase &p : plan.phases) {
        if (p.kind == kind)
            return true;
    }
    return false;
}

QString toolOf(PlanService s)
{
    switch (s) {
    case PlanService::Dts:
        return Tr::tr("Data Transmission Service (DTS)");
    case PlanService::Smc:
        return Tr::tr("Server Migration Center (SMC)");
    case PlanService::Mms:
        return Tr::tr("MaxCompute Migration Service (MMS)");
    case PlanService::OssImport:
        return Tr::tr("ossimport (OSSImport)");
    case PlanService::General:
        break;
    }
    return {};
}

QString whyOf(PlanService s)
{
    switch (s) {
    case PlanService::Dts:
        return Tr::tr("Databases: schema, full load and continuous replication keep the source "
                      "live until the cutover.");
    case PlanService::Smc:
        return Tr::tr("Servers: block-level replication with incremental runs shortens the final "
                      "sync.");
    case PlanService::Mms:
        return Tr::tr("Data warehouse: table and partition migration to MaxCompute with "
                      "row-count verification.");
    case PlanService::OssImport:
        return Tr::tr("Object storage: bulk import to OSS with incremental rescans and an "
                      "audit.");
    case PlanService::General:
        break;
    }
    return {};
}

void findingsBlock(ReportSection &s, const QList<Finding> &findings)
{
    if (findings.isEmpty()) {
        s.blocks.append(note(Tr::tr("No risky setting found."), ReportTone::Good));
        return;
    }
    ReportTable t = table({Tr::tr("Severity"), Tr::tr("What is risky")}, {0.16, 0.84});
    for (const Finding &f : findings)
        t.rows.append({cell(severityText(f.severity), toneOf(f.severity)), cell(f.text)});
    s.blocks.append(tableBlock(t));
}

void dtsJob(Context &ctx, ReportSection &s, const DtsObservation &d)
{
    const Plan &plan = ctx.plan;
    s.blocks.append(
        heading(Tr::tr("DTS job %1 (%2)").arg(d.name.isEmpty() ? d.jobId : d.name, d.jobId)));
    QList<Finding> findings;
    if (!d.settings) {
        s.blocks.append(note(Tr::tr("The job's settings were not observed; they are assumed to "
                                    "match the plan."),
                             ReportTone::Warning));
        ctx.assumptions.append({Tr::tr("DTS job %1").arg(d.jobId), Tr::tr("Settings not observed"),
                                Tr::tr("Read the job's configuration with the monitor.")});
    } else {
        const DtsJobSettings &st = *d.settings;
        ReportTable t = factTable();
        const ReportCell ev = ctx.evidence(d.meta);
        addFact(t, Tr::tr("Job type"), st.jobType.isEmpty() ? dash() : st.jobType, ev);
        addFact(t, Tr::tr("Source"), st.sourceEngine.isEmpty() ? dash() : st.sourceEngine, ev);
        addFact(t, Tr::tr("Destination"),
                st.destinationEngine.isEmpty() ? dash() : st.destinationEngine, ev);
        if (!st.instanceClass.isEmpty())
            addFact(t, Tr::tr("Instance class"), st.instanceClass, ev);
        addFact(t, Tr::tr("Schema, full, incremental"),
                Tr::tr("%1, %2, %3")
                    .arg(yesNo(st.structureInitialization), yesNo(st.dataInitialization),
                         yesNo(st.dataSynchronization)),
                ev);
        addFact(t, Tr::tr("Full / incremental data check"),
                Tr::tr("%1 / %2").arg(yesNo(st.fullDataCheck), yesNo(st.incDataCheck)), ev);
        addFact(t, Tr::tr("Reverse task"),
                st.reverseJobId.isEmpty() ? Tr::tr("None") : st.reverseJobId, ev,
                st.reverseJobId.isEmpty() ? ReportTone::Warning : ReportTone::Normal);
        s.blocks.append(tableBlock(t));
        if (!st.dataSynchronization && hasPhase(plan, PlanService::Dts, PhaseKind::IncrementalSync))
            findings.append({Severity::Error,
                             Tr::tr("Incremental synchronization is off although the plan has an "
                                    "incremental phase: writes made after the full load are not "
                                    "replicated and the cutover needs downtime.")});
        if (st.reverseJobId.isEmpty() && hasKind(plan, PhaseKind::CutoverDatabase))
            findings.append({Severity::Warning,
                             Tr::tr("No reverse task exists yet: after the database cutover, "
                                    "writes on the target cannot flow back to the source.")});
        if (!st.fullDataCheck && !st.incDataCheck)
            findings.append({Severity::Warning,
                             Tr::tr("Data checks are off: DTS does not compare source and target "
                                    "rows, so only row counts and smoke tests show data loss.")});
        if (!st.structureInitialization && hasPhase(plan, PlanService::Dts, PhaseKind::Schema))
            findings.append({Severity::Info, Tr::tr("The schema is created outside DTS although "
                                                    "the plan has a DTS schema phase.")});
    }
    if (d.precheck) {
        for (const DtsPrecheckFinding &item : d.precheck->items) {
            if (item.skipped)
                continue;
            const bool failed = item.state.compare(u"Failed", Qt::CaseInsensitive) == 0;
            const bool warning = item.state.compare(u"Warning", Qt::CaseInsensitive) == 0;
            if (!failed && !warning)
                continue;
            const QString msg =
                item.message.isEmpty() ? item.name : Tr::tr("%1: %2").arg(item.name, item.message);
            findings.append({failed ? Severity::Error : Severity::Warning,
                             Tr::tr("Precheck item %1").arg(msg)});
        }
    }
    for (const Finding &f : findings) {
        if (f.severity != Severity::Info)
            ctx.derivedRisks.append(
                {f.severity, Tr::tr("DTS job %1").arg(d.jobId), f.text, ctx.evidence(d.meta)});
    }
    findingsBlock(s, findings);
}

void smcJob(Context &ctx, ReportSection &s, const SmcObservation &o)
{
    const Plan &plan = ctx.plan;
    s.blocks.append(
        heading(Tr::tr("SMC job %1 (%2)").arg(o.name.isEmpty() ? o.jobId : o.name, o.jobId)));
    QList<Finding> findings;
    const ReportCell ev = ctx.evidence(o.meta);
    ReportTable t = factTable();
    addFact(t, Tr::tr("Mode"),
            o.job.runOnce ? Tr::tr("Runs once")
                          : Tr::tr("Incremental, every %1 h").arg(o.job.frequencyHours),
            ev);
    if (o.settings) {
        const SmcJobSettings &st = *o.settings;
        addFact(t, Tr::tr("Source server"), st.sourceServer.isEmpty() ? dash() : st.sourceServer,
                ev);
        addFact(t, Tr::tr("Target"),
                st.instanceType.isEmpty() ? st.targetType
                                          : Tr::tr("%1 (%2)").arg(st.targetType, st.instanceType),
                ev);
        addFact(t, Tr::tr("Network"), st.vpc ? Tr::tr("VPC") : Tr::tr("Internet"), ev,
                st.vpc ? ReportTone::Normal : ReportTone::Warning);
        addFact(t, Tr::tr("Images kept"),
                st.maxImagesToKeep > 0 ? QString::number(st.maxImagesToKeep)
                                       : Tr::tr("Not limited"),
                ev);
        if (st.agentOnline)
            addFact(t, Tr::tr("Agent"), *st.agentOnline ? Tr::tr("Online") : Tr::tr("Offline"), ev,
                    *st.agentOnline ? ReportTone::Good : ReportTone::Bad);
        if (!st.vpc)
            findings.append({Severity::Warning,
                             Tr::tr("Replication runs over the Internet: throughput varies and "
                                    "the data leaves private networks (encrypted in transit).")});
        if (st.agentOnline && !*st.agentOnline)
            findings.append({Severity::Error, Tr::tr("The SMC agent on the source server is "
                                                     "offline: no run can start.")});
        if (st.maxImagesToKeep == 1)
            findings.append({Severity::Info, Tr::tr("Only one image is kept: there is no older "
                                                    "restore point if the newest is bad.")});
    } else {
        ctx.assumptions.append({Tr::tr("SMC job %1").arg(o.jobId), Tr::tr("Settings not observed"),
                                Tr::tr("Read the job's configuration with the monitor.")});
    }
    s.blocks.append(tableBlock(t));
    if (o.job.runOnce && hasPhase(plan, PlanService::Smc, PhaseKind::IncrementalSync))
        findings.append({Severity::Error,
                         Tr::tr("The job runs once although the plan has an incremental phase: "
                                "the final sync copies everything changed since the full run.")});
    if (!o.job.runOnce && o.job.frequencyHours > 12)
        findings.append({Severity::Warning,
                         Tr::tr("Runs are %1 h apart: the last run before the cutover may be "
                                "that old and the final sync correspondingly long.")
                             .arg(o.job.frequencyHours)});
    int failed = 0;
    for (const SmcRunObservation &r : o.runs)
        failed += r.failed;
    if (failed > 0)
        findings.append({Severity::Warning,
                         Tr::tr("Runs that failed in the observed history: %1.").arg(failed)});
    for (const Finding &f : findings) {
        if (f.severity != Severity::Info)
            ctx.derivedRisks.append(
                {f.severity, Tr::tr("SMC job %1").arg(o.jobId), f.text, ctx.evidence(o.meta)});
    }
    findingsBlock(s, findings);
}

void mmsJob(Context &ctx, ReportSection &s, const MmsObservation &m)
{
    s.blocks.append(
        heading(Tr::tr("MMS job %1 (%2)").arg(m.name.isEmpty() ? m.jobId : m.name, m.jobId)));
    QList<Finding> findings;
    if (!m.settings) {
        s.blocks.append(note(Tr::tr("The job's settings were not observed; they are assumed to "
                                    "match the plan."),
                             ReportTone::Warning));
        ctx.assumptions.append({Tr::tr("MMS job %1").arg(m.jobId), Tr::tr("Settings not observed"),
                                Tr::tr("Read the job's configuration with the monitor.")});
        findingsBlock(s, findings);
        return;
    }
    const MmsJobSettings &st = *m.settings;
    const ReportCell ev = ctx.evidence(m.meta);
    ReportTable t = factTable();
    addFact(t, Tr::tr("Source"), st.sourceName.isEmpty() ? dash() : st.sourceName, ev);
    addFact(t, Tr::tr("Destination project"),
            st.destinationProject.isEmpty() ? dash() : st.destinationProject, ev);
    addFact(t, Tr::tr("Verification"), yesNo(st.enableVerification), ev,
            st.enableVerification ? ReportTone::Normal : ReportTone::Bad);
    addFact(t, Tr::tr("Incremental"), yesNo(st.increment), ev);
    addFact(t, Tr::tr("Schema only"), yesNo(st.schemaOnly), ev);
    addFact(t, Tr::tr("Tunnel quota"), st.tunnelQuota.isEmpty() ? Tr::tr("Shared") : st.tunnelQuota,
            ev);
    s.blocks.append(tableBlock(t));
    if (!st.enableVerification)
        findings.append(
            {Severity::Error, Tr::tr("Verification is off: MMS does not compare row counts, so the "
                                     "MMS criterion cannot be verified.")});
    if (st.schemaOnly)
        findings.append({Severity::Warning, Tr::tr("The job migrates the schema only: no data "
                                                   "moves.")});
    if (st.tunnelQuota.isEmpty())
        findings.append({Severity::Info, Tr::tr("The shared tunnel quota is used: throughput "
                                                "depends on other users of the project.")});
    for (const Finding &f : findings) {
        if (f.severity != Severity::Info)
            ctx.derivedRisks.append(
                {f.severity, Tr::tr("MMS job %1").arg(m.jobId), f.text, ctx.evidence(m.meta)});
    }
    findingsBlock(s, findings);
}

void ossImport(Context &ctx, ReportSection &s, const OssImportPlan &p)
{
    s.blocks.append(heading(Tr::tr("OSSImport job %1").arg(p.jobName)));
    const ReportCell ev = ctx.evidence(EvidenceLevel::Assumed);
    ReportTable t = factTable();
    addFact(t, Tr::tr("Mode"),
            p.mode == OssImportMode::Distributed
                ? Tr::tr("Distributed, workers: %1").arg(p.workers.size())
                : Tr::tr("Standalone"),
            ev);
    addFact(t, Tr::tr("Source"),
            Tr::tr("%1 %2%3").arg(toId(p.source), p.srcBucket, p.srcPrefix).trimmed(), ev);
    addFact(t, Tr::tr("Destination"),
            Tr::tr("oss://%1/%2 via %3").arg(p.destBucket, p.destPrefix, p.destDomain), ev);
    addFact(
        t, Tr::tr("Incremental rescans"),
        p.incremental
            ? Tr::tr("Every %1").arg(formatDuration(qint64(p.incrementalIntervalSeconds) * 1000))
            : Tr::tr("No"),
        ev);
    addFact(t, Tr::tr("Audit after import"),
            p.auditAfterImport ? Tr::tr("Yes (%1)").arg(toId(p.auditMode)) : Tr::tr("No"), ev);
    addFact(t, Tr::tr("MD5 recorded"), yesNo(p.recordMd5), ev);
    addFact(t, Tr::tr("Server-side encryption"), yesNo(p.serverSideEncryption), ev);
    addFact(t, Tr::tr("Throughput cap per worker"),
            p.workerMaxThroughputKBps > 0 ? Tr::tr("%1 KB/s").arg(p.workerMaxThroughputKBps)
                                          : Tr::tr("Unlimited"),
            ev);
    for (auto it = p.extraJobProperties.cbegin(); it != p.extraJobProperties.cend(); ++it) {
        const bool secret = isSecretKey(it.key().toStdString());
        addFact(t, it.key(),
                secret ? QString::fromLatin1(kMask.data(), qsizetype(kMask.size())) : it.value(),
                ev);
    }
    s.blocks.append(tableBlock(t));
    s.blocks.append(note(Tr::tr("OSSImport is planned, not monitored: these settings come from "
                                "the plan and are assumed to be what runs."),
                         ReportTone::Muted));
    QList<Finding> findings;
    for (const OssImportIssue &i : validate(p))
        findings.append({i.severity, describeIssue(i)});
    if (p.auditAfterImport && p.auditMode == OssImportAuditMode::Simple)
        findings.append({Severity::Warning,
                         Tr::tr("The audit compares sizes only: changed content of equal size "
                                "goes unnoticed.")});
    if (p.skipExistingFiles)
        findings.append({Severity::Warning, Tr::tr("Objects that already exist are skipped "
                                                   "without comparing them.")});
    if (!p.serverSideEncryption)
        findings.append({Severity::Info, Tr::tr("Objects are stored without server-side "
                                                "encryption.")});
    if (p.workerMaxThroughputKBps == 0)
        findings.append({Severity::Info, Tr::tr("Throughput is not capped: the import can "
                                                "saturate a shared network link.")});
    if (!p.incremental && hasPhase(ctx.plan, PlanService::OssImport, PhaseKind::IncrementalSync))
        findings.append(
            {Severity::Warning, Tr::tr("Incremental rescans are off although the plan has an "
                                       "incremental phase: objects changed during the import are "
                                       "missed.")});
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            ctx.derivedRisks.append({f.severity, Tr::tr("OSSImport job %1").arg(p.jobName), f.text,
                                     ctx.evidence(EvidenceLevel::Assumed)});
    }
    findingsBlock(s, findings);
}

} // namespace

ReportSection toolsSection(Context &ctx)
{
    const Plan &plan = ctx.plan;
    ReportSection s;
    s.id = QStringLiteral("tools");
    s.title = Tr::tr("Tool selection and configuration assessment");
    ReportTable tools =
        table({Tr::tr("Service"), Tr::tr("Tool"), Tr::tr("Phases"), Tr::tr("Why this tool")},
              {0.12, 0.22, 0.30, 0.36});
    for (PlanService sv : plan.dataServices()) {
        QStringList phases;
        for (const Phase &p : plan.phases) {
            if (p.service == sv)
                phases.append(phaseTitle(p));
        }
        tools.rows.append(
            {cell(displayName(sv)), cell(toolOf(sv)), cell(phases.join(u"; ")), cell(whyOf(sv))});
    }
    if (tools.rows.isEmpty())
        s.blocks.append(
            note(Tr::tr("The plan has no phase on a data service."), ReportTone::Warning));
    else
        s.blocks.append(tableBlock(tools));

    const PlanObservations obs = plan.observations.value_or(PlanObservations{});
    // Jobs the phases name but the monitor never saw: their configuration is unknown.
    for (const Phase &p : plan.phases) {
        for (const ResourceRef &r : p.resources) {
            const bool dts = r.type == u"dtsJob" && !obs.dtsJob(r.id);
            const bool smc = r.type == u"smcJob" && !obs.smcJob(r.id);
            const bool mms = r.type == u"mmsJob" && !obs.mmsJob(r.id);
            if (!dts && !smc && !mms)
                continue;
            const QString area = Tr::tr("%1 job %2").arg(displayName(r.service), r.id);
            const bool known = std::any_of(ctx.assumptions.cbegin(), ctx.assumptions.cend(),
                                           [&](const Gap &g) { return g.area == area; });
            if (!known)
                ctx.assumptions.append({area,
                                        Tr::tr("Not observed: configuration and progress "
                                               "unknown"),
                                        Tr::tr("Monitor the job and store its observations with "
                                               "the plan.")});
        }
    }
    for (const DtsObservation &d : obs.dts)
        dtsJob(ctx, s, d);
    for (const SmcObservation &o : obs.smc)
        smcJob(ctx, s, o);
    for (const MmsObservation &m : obs.mms)
        mmsJob(ctx, s, m);
    for (const OssImportPlan &p : plan.ossImports)
        ossImport(ctx, s, p);
    return s;
}

} // namespace ferry::model::reportdetail
