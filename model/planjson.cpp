// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planjson.h"

#include "model/plantime.h"

#include <QCryptographicHash>

#include <functional>

namespace ferry::model::planjson {

namespace {

using J = nlohmann::ordered_json;

std::string str(const QString &q)
{
    return q.toStdString();
}

void put(J &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o[key] = str(v);
}

void put(J &o, const char *key, const std::optional<QDateTime> &v)
{
    if (v && v->isValid())
        o[key] = str(isoUtc(*v));
}

void putTime(J &o, const char *key, const QDateTime &v)
{
    if (v.isValid())
        o[key] = str(isoUtc(v));
}

template<class T>
void put(J &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o[key] = *v;
}

void put(J &o, const char *key, const QStringList &v)
{
    if (v.isEmpty())
        return;
    J a = J::array();
    for (const QString &s : v)
        a.push_back(str(s));
    o[key] = a;
}

J attestationJson(const Attestation &a)
{
    J o = J::object();
    put(o, "by", a.by);
    putTime(o, "at", a.at);
    put(o, "note", a.note);
    o["holds"] = a.holds;
    return o;
}

J evaluationJson(const CriterionEvaluation &e)
{
    J o = J::object();
    put(o, "criterionId", e.criterionId);
    o["kind"] = str(toId(e.kind));
    o["mandatory"] = e.mandatory;
    o["status"] = str(toId(e.status));
    o["level"] = str(toId(e.level));
    put(o, "reason", e.reason);
    J facts = J::array();
    for (const EvidenceFact &f : e.facts)
        facts.push_back(J{{"key", str(f.key)}, {"value", str(f.value)}});
    o["facts"] = facts;
    put(o, "observedAt", e.observedAt);
    put(o, "source", e.source);
    if (e.attestation)
        o["attestation"] = attestationJson(*e.attestation);
    putTime(o, "evaluatedAt", e.evaluatedAt);
    return o;
}

J workloadJson(const PhaseWorkload &w)
{
    J o = J::object();
    put(o, "dataBytes", w.dataBytes);
    put(o, "rows", w.rows);
    put(o, "objects", w.objects);
    put(o, "diskBytes", w.diskBytes);
    put(o, "changedBytesPerRun", w.changedBytesPerRun);
    put(o, "changeRowsPerSecond", w.changeRowsPerSecond);
    put(o, "fixedSeconds", w.fixedSeconds);
    put(o, "bandwidthMbps", w.bandwidthMbps);
    put(o, "diskReadMBps", w.diskReadMBps);
    put(o, "rowsPerSecond", w.rowsPerSecond);
    put(o, "throughputMBps", w.throughputMBps);
    return o;
}

J assumptionsJson(const EstimateAssumptions &a)
{
    return J{{"bandwidthMbps", a.bandwidthMbps},
             {"bandwidthEfficiency", a.bandwidthEfficiency},
             {"diskReadMBps", a.diskReadMBps},
             {"dtsFullRowsPerSecond", a.dtsFullRowsPerSecond},
             {"dtsApplyRowsPerSecond", a.dtsApplyRowsPerSecond},
             {"mmsThroughputMBps", a.mmsThroughputMBps},
             {"mmsVerificationFactor", a.mmsVerificationFactor},
             {"secondsPerSchemaObject", a.secondsPerSchemaObject},
             {"ossImportWorkers", a.ossImportWorkers},
             {"ossImportThreadsPerWorker", a.ossImportThreadsPerWorker},
             {"ossImportPerObjectMs", a.ossImportPerObjectMs},
             {"ossImportWorkerMaxMBps", a.ossImportWorkerMaxMBps}};
}

J phaseJson(const Phase &p)
{
    J o = J::object();
    o["id"] = str(p.id);
    o["kind"] = str(toId(p.kind));
    o["service"] = str(toId(p.service));
    put(o, "title", p.title);
    put(o, "owner", p.owner);
    put(o, "notes", p.notes);
    o["dependsOn"] = J::array();
    for (const QString &d : p.dependsOn)
        o["dependsOn"].push_back(str(d));
    put(o, "plannedStart", p.plannedStart);
    put(o, "plannedEnd", p.plannedEnd);
    put(o, "actualStart", p.actualStart);
    put(o, "actualEnd", p.actualEnd);
    if (!p.resources.isEmpty()) {
        J a = J::array();
        for (const ResourceRef &r : p.resources) {
            J ro{{"service", str(toId(r.service))}, {"type", str(r.type)}, {"id", str(r.id)}};
            put(ro, "name", r.name);
            a.push_back(ro);
        }
        o["resources"] = a;
    }
    J w = workloadJson(p.workload);
    if (!w.empty())
        o["workload"] = w;
    return o;
}

J criterionJson(const GateCriterion &c)
{
    J o = J::object();
    o["id"] = str(c.id);
    o["kind"] = str(toId(c.kind));
    put(o, "title", c.title);
    o["mandatory"] = c.mandatory;
    put(o, "resourceId", c.resourceId);
    o["lagThresholdMs"] = c.lagThresholdMs;
    o["windowMinutes"] = c.windowMinutes;
    o["maxSampleGapSeconds"] = c.maxSampleGapSeconds;
    o["maxObservationAgeMinutes"] = c.maxObservationAgeMinutes;
    o["maxRunAgeMinutes"] = c.maxRunAgeMinutes;
    put(o, "assumption", c.assumption);
    if (c.attestation)
        o["attestation"] = attestationJson(*c.attestation);
    return o;
}

J rollbackJson(const RollbackPath &r)
{
    J o = J::object();
    o["phaseId"] = str(r.phaseId);
    o["pointOfNoReturn"] = r.pointOfNoReturn;
    put(o, "pointOfNoReturnReason", r.pointOfNoReturnReason);
    o["edited"] = r.edited;
    J steps = J::array();
    for (const RollbackStep &s : r.steps) {
        J so = J::object();
        so["id"] = str(s.id);
        put(so, "templateId", s.templateId);
        so["text"] = str(s.text);
        so["prepareBeforePhase"] = s.prepareBeforePhase;
        so["irreversible"] = s.irreversible;
        if (s.prepared)
            so["prepared"] = attestationJson(*s.prepared);
        steps.push_back(so);
    }
    o["steps"] = steps;
    return o;
}

J ossImportJson(const OssImportPlan &p)
{
    J o = J::object();
    o["id"] = str(p.id);
    put(o, "phaseId", p.phaseId);
    o["jobName"] = str(p.jobName);
    o["mode"] = str(toId(p.mode));
    o["source"] = str(toId(p.source));
    put(o, "srcDomain", p.srcDomain);
    put(o, "srcBucket", p.srcBucket);
    put(o, "srcPrefix", p.srcPrefix);
    put(o, "srcAppId", p.srcAppId);
    put(o, "hdfsPath", p.hdfsPath);
    put(o, "httpListFilePath", p.httpListFilePath);
    put(o, "httpPrefixColumn", p.httpPrefixColumn);
    put(o, "relativePathColumn", p.relativePathColumn);
    put(o, "destDomain", p.destDomain);
    put(o, "destBucket", p.destBucket);
    put(o, "destPrefix", p.destPrefix);
    o["incremental"] = p.incremental;
    o["incrementalIntervalSeconds"] = p.incrementalIntervalSeconds;
    o["importSince"] = p.importSince;
    o["auditAfterImport"] = p.auditAfterImport;
    o["auditMode"] = str(toId(p.auditMode));
    o["recordMd5"] = p.recordMd5;
    o["skipExistingFiles"] = p.skipExistingFiles;
    o["serverSideEncryption"] = p.serverSideEncryption;
    o["allowSymbolicLink"] = p.allowSymbolicLink;
    o["taskObjectCountLimit"] = p.taskObjectCountLimit;
    o["taskObjectSizeLimit"] = p.taskObjectSizeLimit;
    o["scanThreadCount"] = p.scanThreadCount;
    o["maxMultiThreadScanDepth"] = p.maxMultiThreadScanDepth;
    o["workerTaskThreadNum"] = p.workerTaskThreadNum;
    o["workerMaxThroughputKBps"] = p.workerMaxThroughputKBps;
    o["javaHeapMaxSize"] = str(p.javaHeapMaxSize);
    put(o, "workingDir", p.workingDir);
    put(o, "workerUser", p.workerUser);
    o["sshPort"] = p.sshPort;
    put(o, "workers", p.workers);
    if (!p.extraJobProperties.isEmpty()) {
        J extra = J::object();
        for (auto it = p.extraJobProperties.cbegin(); it != p.extraJobProperties.cend(); ++it)
            extra[str(it.key())] = str(it.value());
        o["extraJobProperties"] = extra;
    }
    put(o, "totalBytes", p.totalBytes);
    put(o, "objectCount", p.objectCount);
    return o;
}

J riskJson(const Risk &r)
{
    J o = J::object();
    o["id"] = str(r.id);
    o["title"] = str(r.title);
    o["severity"] = str(toId(r.severity));
    put(o, "owner", r.owner);
    put(o, "mitigation", r.mitigation);
    put(o, "phaseIds", r.phaseIds);
    return o;
}

} // namespace

nlohmann::ordered_json toJson(const GoDecision &d)
{
    J o = J::object();
    o["id"] = str(d.id);
    o["gateId"] = str(d.gateId);
    put(o, "phaseId", d.phaseId);
    o["outcome"] = str(toId(d.outcome));
    o["decidedBy"] = str(d.decidedBy);
    putTime(o, "decidedAt", d.decidedAt);
    put(o, "note", d.note);
    put(o, "overriddenCriteria", d.overriddenCriteria);
    J ev = J::array();
    for (const CriterionEvaluation &e : d.evidence)
        ev.push_back(evaluationJson(e));
    o["evidence"] = ev;
    put(o, "digest", d.digest);
    return o;
}

nlohmann::ordered_json toJson(const Plan &plan)
{
    J o = J::object();
    o["id"] = str(plan.id);
    o["name"] = str(plan.name);
    put(o, "description", plan.description);
    put(o, "scenario", plan.scenario);
    putTime(o, "createdAt", plan.createdAt);
    putTime(o, "modifiedAt", plan.modifiedAt);
    o["assumptions"] = assumptionsJson(plan.assumptions);
    const auto array = [](const auto &items, auto fn) {
        J a = J::array();
        for (const auto &x : items)
            a.push_back(fn(x));
        return a;
    };
    o["phases"] = array(plan.phases, &phaseJson);
    o["gates"] = array(plan.gates, [](const Gate &g) {
        J go = J::object();
        go["id"] = str(g.id);
        go["phaseId"] = str(g.phaseId);
        put(go, "title", g.title);
        J cs = J::array();
        for (const GateCriterion &c : g.criteria)
            cs.push_back(criterionJson(c));
        go["criteria"] = cs;
        return go;
    });
    o["rollback"] = array(plan.rollback, &rollbackJson);
    o["risks"] = array(plan.risks, &riskJson);
    o["ossImports"] = array(plan.ossImports, &ossImportJson);
    o["decisions"] = array(plan.decisions, [](const GoDecision &d) { return toJson(d); });
    if (plan.observations && !plan.observations->isEmpty())
        o["observations"] = toJson(*plan.observations);
    return o;
}

} // namespace ferry::model::planjson

namespace ferry::model {

QString computeDecisionDigest(const GoDecision &decision)
{
    GoDecision copy = decision;
    copy.digest.clear();
    // Sorted keys and compact output make the text canonical.
    const nlohmann::json canonical = nlohmann::json::parse(planjson::toJson(copy).dump());
    const std::string text = canonical.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace ferry::model
