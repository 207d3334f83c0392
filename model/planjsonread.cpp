// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the JSON of plans: every member is checked for presence and type, and a problem is
// reported with the JSON pointer of the member.
#include "model/planjson.h"
#include "model/planjsonin.h"

#include "model/plantime.h"

#include <functional>

namespace ferry::model::planjson {

namespace {

using J = nlohmann::ordered_json;
using detail::fail;
using detail::In;

Attestation readAttestation(const In &in)
{
    Attestation a;
    a.by = in.string("by", true);
    a.at = *in.time("at", true);
    a.note = in.string("note");
    a.holds = in.boolean("holds", true);
    return a;
}

CriterionEvaluation readEvaluation(const In &in)
{
    CriterionEvaluation e;
    e.criterionId = in.string("criterionId", true);
    e.kind = in.enumeration("kind", &criterionKindFromString, true, CriterionKind::Manual);
    e.mandatory = in.boolean("mandatory", true);
    e.status = in.enumeration("status", &criterionStatusFromString, true, CriterionStatus::Unknown);
    e.level = in.enumeration("level", &evidenceLevelFromString, true, EvidenceLevel::Assumed);
    e.reason = in.string("reason");
    e.facts = in.list<EvidenceFact>("facts", [](const In &f) {
        return EvidenceFact{f.string("key", true), f.string("value")};
    });
    e.observedAt = in.time("observedAt");
    e.source = in.string("source");
    if (const auto a = in.object("attestation"))
        e.attestation = readAttestation(*a);
    e.evaluatedAt = in.time("evaluatedAt").value_or(QDateTime());
    return e;
}

GoDecision readDecision(const In &in)
{
    GoDecision d;
    d.id = in.string("id", true);
    d.gateId = in.string("gateId", true);
    d.phaseId = in.string("phaseId");
    d.outcome = in.enumeration("outcome", &decisionOutcomeFromString, true, DecisionOutcome::NoGo);
    d.decidedBy = in.string("decidedBy", true);
    d.decidedAt = *in.time("decidedAt", true);
    d.note = in.string("note");
    d.overriddenCriteria = in.strings("overriddenCriteria");
    d.evidence = in.list<CriterionEvaluation>("evidence", &readEvaluation);
    d.digest = in.string("digest");
    return d;
}

PhaseWorkload readWorkload(const In &in)
{
    PhaseWorkload w;
    w.dataBytes = in.optInteger("dataBytes");
    w.rows = in.optInteger("rows");
    w.objects = in.optInteger("objects");
    w.diskBytes = in.optInteger("diskBytes");
    w.changedBytesPerRun = in.optInteger("changedBytesPerRun");
    w.changeRowsPerSecond = in.optNumber("changeRowsPerSecond");
    w.fixedSeconds = in.optInteger("fixedSeconds");
    w.bandwidthMbps = in.optNumber("bandwidthMbps");
    w.diskReadMBps = in.optNumber("diskReadMBps");
    w.rowsPerSecond = in.optNumber("rowsPerSecond");
    w.throughputMBps = in.optNumber("throughputMBps");
    return w;
}

EstimateAssumptions readAssumptions(const In &in)
{
    EstimateAssumptions a;
    a.bandwidthMbps = in.number("bandwidthMbps", a.bandwidthMbps);
    a.bandwidthEfficiency = in.number("bandwidthEfficiency", a.bandwidthEfficiency);
    a.diskReadMBps = in.number("diskReadMBps", a.diskReadMBps);
    a.dtsFullRowsPerSecond = in.number("dtsFullRowsPerSecond", a.dtsFullRowsPerSecond);
    a.dtsApplyRowsPerSecond = in.number("dtsApplyRowsPerSecond", a.dtsApplyRowsPerSecond);
    a.mmsThroughputMBps = in.number("mmsThroughputMBps", a.mmsThroughputMBps);
    a.mmsVerificationFactor = in.number("mmsVerificationFactor", a.mmsVerificationFactor);
    a.secondsPerSchemaObject = in.number("secondsPerSchemaObject", a.secondsPerSchemaObject);
    a.ossImportWorkers = in.integer32("ossImportWorkers", a.ossImportWorkers);
    a.ossImportThreadsPerWorker =
        in.integer32("ossImportThreadsPerWorker", a.ossImportThreadsPerWorker);
    a.ossImportPerObjectMs = in.number("ossImportPerObjectMs", a.ossImportPerObjectMs);
    a.ossImportWorkerMaxMBps = in.number("ossImportWorkerMaxMBps", a.ossImportWorkerMaxMBps);
    return a;
}

Phase readPhase(const In &in)
{
    Phase p;
    p.id = in.string("id", true);
    p.kind = in.enumeration("kind", &phaseKindFromString, true, PhaseKind::Assessment);
    p.service = in.enumeration("service", &planServiceFromString, true, PlanService::General);
    p.title = in.string("title");
    p.owner = in.string("owner");
    p.notes = in.string("notes");
    p.dependsOn = in.strings("dependsOn");
    p.plannedStart = in.time("plannedStart");
    p.plannedEnd = in.time("plannedEnd");
    p.actualStart = in.time("actualStart");
    p.actualEnd = in.time("actualEnd");
    p.resources = in.list<ResourceRef>("resources", [](const In &r) {
        ResourceRef ref;
        ref.service = r.enumeration("service", &planServiceFromString, true, PlanService::General);
        ref.type = r.string("type", true);
        ref.id = r.string("id", true);
        ref.name = r.string("name");
        return ref;
    });
    if (const auto w = in.object("workload"))
        p.workload = readWorkload(*w);
    return p;
}

GateCriterion readCriterion(const In &in)
{
    GateCriterion c;
    c.id = in.string("id", true);
    c.kind = in.enumeration("kind", &criterionKindFromString, true, CriterionKind::Manual);
    c.title = in.string("title");
    c.mandatory = in.boolean("mandatory", true);
    c.resourceId = in.string("resourceId");
    c.lagThresholdMs = in.integer("lagThresholdMs", c.lagThresholdMs);
    c.windowMinutes = in.integer32("windowMinutes", c.windowMinutes);
    c.maxSampleGapSeconds = in.integer32("maxSampleGapSeconds", c.maxSampleGapSeconds);
    c.maxObservationAgeMinutes =
        in.integer32("maxObservationAgeMinutes", c.maxObservationAgeMinutes);
    c.maxRunAgeMinutes = in.integer32("maxRunAgeMinutes", c.maxRunAgeMinutes);
    c.assumption = in.string("assumption");
    if (const auto a = in.object("attestation"))
        c.attestation = readAttestation(*a);
    return c;
}

RollbackPath readRollback(const In &in)
{
    RollbackPath r;
    r.phaseId = in.string("phaseId", true);
    r.pointOfNoReturn = in.boolean("pointOfNoReturn", false);
    r.pointOfNoReturnReason = in.string("pointOfNoReturnReason");
    r.edited = in.boolean("edited", false);
    r.steps = in.list<RollbackStep>("steps", [](const In &s) {
        RollbackStep step;
        step.id = s.string("id", true);
        step.templateId = s.string("templateId");
        step.text = s.string("text");
        step.prepareBeforePhase = s.boolean("prepareBeforePhase", false);
        step.irreversible = s.boolean("irreversible", false);
        if (const auto a = s.object("prepared"))
            step.prepared = readAttestation(*a);
        return step;
    });
    return r;
}

OssImportPlan readOssImport(const In &in)
{
    OssImportPlan p;
    p.id = in.string("id", true);
    p.phaseId = in.string("phaseId");
    p.jobName = in.string("jobName", true);
    p.mode = in.enumeration("mode", &ossImportModeFromString, false, p.mode);
    p.source = in.enumeration("source", &ossImportSourceFromString, true, p.source);
    p.srcDomain = in.string("srcDomain");
    p.srcBucket = in.string("srcBucket");
    p.srcPrefix = in.string("srcPrefix");
    p.srcAppId = in.string("srcAppId");
    p.hdfsPath = in.string("hdfsPath");
    p.httpListFilePath = in.string("httpListFilePath");
    p.httpPrefixColumn = in.string("httpPrefixColumn");
    p.relativePathColumn = in.string("relativePathColumn");
    p.destDomain = in.string("destDomain");
    p.destBucket = in.string("destBucket");
    p.destPrefix = in.string("destPrefix");
    p.incremental = in.boolean("incremental", p.incremental);
    p.incrementalIntervalSeconds =
        in.integer32("incrementalIntervalSeconds", p.incrementalIntervalSeconds);
    p.importSince = in.integer("importSince", p.importSince);
    p.auditAfterImport = in.boolean("auditAfterImport", p.auditAfterImport);
    p.auditMode = in.enumeration("auditMode", &ossImportAuditModeFromString, false, p.auditMode);
    p.recordMd5 = in.boolean("recordMd5", p.recordMd5);
    p.skipExistingFiles = in.boolean("skipExistingFiles", p.skipExistingFiles);
    p.serverSideEncryption = in.boolean("serverSideEncryption", p.serverSideEncryption);
    p.allowSymbolicLink = in.boolean("allowSymbolicLink", p.allowSymbolicLink);
    p.taskObjectCountLimit = in.integer32("taskObjectCountLimit", p.taskObjectCountLimit);
    p.taskObjectSizeLimit = in.integer("taskObjectSizeLimit", p.taskObjectSizeLimit);
    p.scanThreadCount = in.integer32("scanThreadCount", p.scanThreadCount);
    p.maxMultiThreadScanDepth = in.integer32("maxMultiThreadScanDepth", p.maxMultiThreadScanDepth);
    p.workerTaskThreadNum = in.integer32("workerTaskThreadNum", p.workerTaskThreadNum);
    p.workerMaxThroughputKBps = in.integer("workerMaxThroughputKBps", p.workerMaxThroughputKBps);
    const QString heap = in.string("javaHeapMaxSize");
    if (!heap.isEmpty())
        p.javaHeapMaxSize = heap;
    p.workingDir = in.string("workingDir");
    p.workerUser = in.string("workerUser");
    p.sshPort = in.integer32("sshPort", p.sshPort);
    p.workers = in.strings("workers");
    if (const auto extra = in.object("extraJobProperties")) {
        for (auto it = extra->json().begin(); it != extra->json().end(); ++it) {
            if (!it.value().is_string())
                fail(extra->at(it.key().c_str()), "expected a string");
            p.extraJobProperties.insert(QString::fromStdString(it.key()),
                                        QString::fromStdString(it.value().get<std::string>()));
        }
    }
    p.totalBytes = in.optInteger("totalBytes");
    p.objectCount = in.optInteger("objectCount");
    return p;
}

Risk readRisk(const In &in)
{
    Risk r;
    r.id = in.string("id", true);
    r.title = in.string("title", true);
    r.severity = in.enumeration("severity", &severityFromString, false, Severity::Warning);
    r.owner = in.string("owner");
    r.mitigation = in.string("mitigation");
    r.phaseIds = in.strings("phaseIds");
    return r;
}

} // namespace

Plan planFromJson(const nlohmann::ordered_json &json, const QString &base)
{
    const In in(json, base);
    Plan plan;
    plan.id = in.string("id", true);
    plan.name = in.string("name", true);
    plan.description = in.string("description");
    plan.scenario = in.string("scenario");
    plan.createdAt = in.time("createdAt").value_or(QDateTime());
    plan.modifiedAt = in.time("modifiedAt").value_or(QDateTime());
    if (const auto a = in.object("assumptions"))
        plan.assumptions = readAssumptions(*a);
    plan.phases = in.list<Phase>("phases", &readPhase, true);
    plan.gates = in.list<Gate>("gates", [](const In &g) {
        Gate gate;
        gate.id = g.string("id", true);
        gate.phaseId = g.string("phaseId", true);
        gate.title = g.string("title");
        gate.criteria = g.list<GateCriterion>("criteria", &readCriterion);
        return gate;
    });
    plan.rollback = in.list<RollbackPath>("rollback", &readRollback);
    plan.risks = in.list<Risk>("risks", &readRisk);
    plan.ossImports = in.list<OssImportPlan>("ossImports", &readOssImport);
    plan.decisions = in.list<GoDecision>("decisions", &readDecision);
    if (const J *o = in.find("observations"))
        plan.observations = observationsFromJson(*o, in.at("observations"));
    return plan;
}

} // namespace ferry::model::planjson
