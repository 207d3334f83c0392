// SPDX-License-Identifier: GPL-3.0-or-later
// The optional `observations` member of a plan file: what the monitor saw, stored with the plan
// so a report can be made from the file alone. Version 1 readers that predate it ignore nothing
// they need: the member is optional and additive.
#include "model/planjson.h"
#include "model/planjsonin.h"

#include "model/plantime.h"

#include <algorithm>

namespace ferry::model::planjson {

namespace {

using J = nlohmann::ordered_json;
using detail::fail;
using detail::In;

std::string str(const QString &q)
{
    return q.toStdString();
}

void put(J &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o[key] = str(v);
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

J metaJson(const ObservationMeta &m)
{
    J o = J::object();
    o["level"] = str(toId(m.level));
    putTime(o, "observedAt", m.observedAt);
    put(o, "by", m.by);
    put(o, "source", m.source);
    return o;
}

ObservationMeta readMeta(const In &in)
{
    ObservationMeta m;
    m.level = in.enumeration("level", &evidenceLevelFromString, true, EvidenceLevel::Assumed);
    m.observedAt = in.time("observedAt").value_or(QDateTime());
    m.by = in.string("by");
    m.source = in.string("source");
    return m;
}

ObservationMeta metaOf(const In &in)
{
    if (const auto m = in.object("meta"))
        return readMeta(*m);
    fail(in.at("meta"), "required member missing");
}

J lagJson(const QList<LagSample> &lag)
{
    J o = J::object();
    QDateTime origin;
    for (const LagSample &s : lag) {
        if (s.at.isValid()) {
            origin = s.at;
            break;
        }
    }
    o["origin"] = str(isoUtc(origin));
    J points = J::array();
    for (const LagSample &s : lag) {
        if (s.at.isValid())
            points.push_back(J::array({origin.msecsTo(s.at), s.delayMs}));
    }
    o["points"] = points;
    return o;
}

QList<LagSample> readLag(const In &in)
{
    const QDateTime origin = *in.time("origin", true);
    const J *points = in.find("points");
    if (!points || !points->is_array())
        fail(in.at("points"), "expected an array of [offsetMs, delayMs] pairs");
    QList<LagSample> out;
    out.reserve(qsizetype(points->size()));
    int i = 0;
    for (const J &p : *points) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number_integer() ||
            !p[1].is_number_integer())
            fail(in.at("points") + QLatin1Char('/') + QString::number(i),
                 "expected [offsetMs, delayMs] as two integers");
        out.append({origin.addMSecs(p[0].get<qint64>()), p[1].get<qint64>()});
        ++i;
    }
    return out;
}

J dtsJson(const DtsObservation &d)
{
    J o = J::object();
    o["jobId"] = str(d.jobId);
    put(o, "name", d.name);
    put(o, "status", d.status);
    o["meta"] = metaJson(d.meta);
    if (d.settings) {
        const DtsJobSettings &s = *d.settings;
        J so = J::object();
        put(so, "jobType", s.jobType);
        put(so, "sourceEngine", s.sourceEngine);
        put(so, "destinationEngine", s.destinationEngine);
        put(so, "instanceClass", s.instanceClass);
        so["structureInitialization"] = s.structureInitialization;
        so["dataInitialization"] = s.dataInitialization;
        so["dataSynchronization"] = s.dataSynchronization;
        so["fullDataCheck"] = s.fullDataCheck;
        so["incDataCheck"] = s.incDataCheck;
        put(so, "reverseJobId", s.reverseJobId);
        o["settings"] = so;
    }
    if (d.precheck) {
        J po = J::object();
        put(po, "state", d.precheck->state);
        putTime(po, "observedAt", d.precheck->observedAt);
        J items = J::array();
        for (const DtsPrecheckFinding &item : d.precheck->items) {
            J io = J::object();
            io["name"] = str(item.name);
            put(io, "state", item.state);
            put(io, "message", item.message);
            if (item.skipped)
                io["skipped"] = true;
            items.push_back(io);
        }
        po["items"] = items;
        o["precheck"] = po;
    }
    if (d.pollIntervalSeconds > 0)
        o["pollIntervalSeconds"] = d.pollIntervalSeconds;
    if (std::any_of(d.lag.cbegin(), d.lag.cend(),
                    [](const LagSample &s) { return s.at.isValid(); }))
        o["lag"] = lagJson(d.lag);
    return o;
}

DtsObservation readDts(const In &in)
{
    DtsObservation d;
    d.jobId = in.string("jobId", true);
    d.name = in.string("name");
    d.status = in.string("status");
    d.meta = metaOf(in);
    if (const auto s = in.object("settings")) {
        DtsJobSettings st;
        st.jobType = s->string("jobType");
        st.sourceEngine = s->string("sourceEngine");
        st.destinationEngine = s->string("destinationEngine");
        st.instanceClass = s->string("instanceClass");
        st.structureInitialization = s->boolean("structureInitialization", false);
        st.dataInitialization = s->boolean("dataInitialization", false);
        st.dataSynchronization = s->boolean("dataSynchronization", false);
        st.fullDataCheck = s->boolean("fullDataCheck", false);
        st.incDataCheck = s->boolean("incDataCheck", false);
        st.reverseJobId = s->string("reverseJobId");
        d.settings = st;
    }
    if (const auto p = in.object("precheck")) {
        DtsPrecheckObservation pc;
        pc.state = p->string("state");
        pc.observedAt = p->time("observedAt").value_or(QDateTime());
        pc.items = p->list<DtsPrecheckFinding>("items", [](const In &i) {
            DtsPrecheckFinding item;
            item.name = i.string("name", true);
            item.state = i.string("state");
            item.message = i.string("message");
            item.skipped = i.boolean("skipped", false);
            return item;
        });
        d.precheck = pc;
    }
    d.pollIntervalSeconds = in.integer("pollIntervalSeconds", 0);
    if (const auto lag = in.object("lag"))
        d.lag = readLag(*lag);
    return d;
}

QString triggerId(RunTrigger t)
{
    return t == RunTrigger::Manual ? QStringLiteral("manual") : QStringLiteral("schedule");
}

std::optional<RunTrigger> triggerFromString(QStringView s)
{
    if (s == u"manual")
        return RunTrigger::Manual;
    if (s == u"schedule")
        return RunTrigger::Schedule;
    return std::nullopt;
}

J smcJson(const SmcObservation &s)
{
    J o = J::object();
    o["jobId"] = str(s.jobId);
    put(o, "name", s.name);
    o["meta"] = metaJson(s.meta);
    J job = J::object();
    put(job, "status", s.job.status);
    put(job, "businessStatus", s.job.businessStatus);
    job["runOnce"] = s.job.runOnce;
    job["frequencyHours"] = s.job.frequencyHours;
    if (s.job.lastIncrementalRunEnd)
        putTime(job, "lastIncrementalRunEnd", *s.job.lastIncrementalRunEnd);
    putTime(job, "observedAt", s.job.observedAt);
    o["job"] = job;
    if (s.settings) {
        J so = J::object();
        put(so, "sourceServer", s.settings->sourceServer);
        put(so, "targetType", s.settings->targetType);
        put(so, "instanceType", s.settings->instanceType);
        so["vpc"] = s.settings->vpc;
        so["maxImagesToKeep"] = s.settings->maxImagesToKeep;
        put(so, "agentOnline", s.settings->agentOnline);
        o["settings"] = so;
    }
    J runs = J::array();
    for (const SmcRunObservation &r : s.runs) {
        J ro = J::object();
        putTime(ro, "start", r.start);
        if (r.end)
            putTime(ro, "end", *r.end);
        ro["trigger"] = str(triggerId(r.trigger));
        put(ro, "imageId", r.imageId);
        if (r.failed)
            ro["failed"] = true;
        runs.push_back(ro);
    }
    o["runs"] = runs;
    return o;
}

SmcObservation readSmc(const In &in)
{
    SmcObservation s;
    s.jobId = in.string("jobId", true);
    s.name = in.string("name");
    s.meta = metaOf(in);
    if (const auto job = in.object("job")) {
        s.job.status = job->string("status");
        s.job.businessStatus = job->string("businessStatus");
        s.job.runOnce = job->boolean("runOnce", false);
        s.job.frequencyHours = job->integer32("frequencyHours", 0);
        s.job.lastIncrementalRunEnd = job->time("lastIncrementalRunEnd");
        s.job.observedAt = job->time("observedAt").value_or(QDateTime());
    }
    if (const auto st = in.object("settings")) {
        SmcJobSettings set;
        set.sourceServer = st->string("sourceServer");
        set.targetType = st->string("targetType");
        set.instanceType = st->string("instanceType");
        set.vpc = st->boolean("vpc", true);
        set.maxImagesToKeep = st->integer32("maxImagesToKeep", 0);
        if (st->find("agentOnline"))
            set.agentOnline = st->boolean("agentOnline", true);
        s.settings = set;
    }
    s.runs = in.list<SmcRunObservation>("runs", [](const In &r) {
        SmcRunObservation run;
        run.start = *r.time("start", true);
        run.end = r.time("end");
        run.trigger = r.enumeration("trigger", &triggerFromString, false, RunTrigger::Schedule);
        run.imageId = r.string("imageId");
        run.failed = r.boolean("failed", false);
        return run;
    });
    return s;
}

J mmsJson(const MmsObservation &m)
{
    J o = J::object();
    o["jobId"] = str(m.jobId);
    put(o, "name", m.name);
    put(o, "status", m.status);
    o["meta"] = metaJson(m.meta);
    J counts = J::object();
    for (auto it = m.countsByStatus.cbegin(); it != m.countsByStatus.cend(); ++it)
        counts[str(it.key())] = it.value();
    o["taskCounts"] = counts;
    if (m.settings) {
        J so = J::object();
        put(so, "sourceName", m.settings->sourceName);
        put(so, "destinationProject", m.settings->destinationProject);
        so["enableVerification"] = m.settings->enableVerification;
        so["increment"] = m.settings->increment;
        so["schemaOnly"] = m.settings->schemaOnly;
        put(so, "tunnelQuota", m.settings->tunnelQuota);
        so["partitionsTotal"] = m.settings->partitionsTotal;
        o["settings"] = so;
    }
    J tables = J::array();
    for (const MmsTableCheck &t : m.tables) {
        J to = J::object();
        to["table"] = str(t.table);
        put(to, "status", t.status);
        put(to, "sourceRows", t.sourceRows);
        put(to, "targetRows", t.targetRows);
        put(to, "passed", t.passed);
        tables.push_back(to);
    }
    o["tables"] = tables;
    J progress = J::array();
    for (const MmsProgressPoint &p : m.progress) {
        J po = J::object();
        putTime(po, "at", p.at);
        po["tasks"] = J(p.tasks);
        po["partitionsDone"] = p.partitionsDone;
        progress.push_back(po);
    }
    if (!progress.empty())
        o["progress"] = progress;
    return o;
}

MmsObservation readMms(const In &in)
{
    MmsObservation m;
    m.jobId = in.string("jobId", true);
    m.name = in.string("name");
    m.status = in.string("status");
    m.meta = metaOf(in);
    if (const auto counts = in.object("taskCounts")) {
        for (auto it = counts->json().begin(); it != counts->json().end(); ++it) {
            if (!it.value().is_number_integer() || it.value().get<qint64>() < 0 ||
                it.value().get<qint64>() > INT32_MAX)
                fail(counts->at(it.key().c_str()), "expected a task count");
            m.countsByStatus.insert(QString::fromStdString(it.key()), it.value().get<int>());
        }
    }
    if (const auto st = in.object("settings")) {
        MmsJobSettings set;
        set.sourceName = st->string("sourceName");
        set.destinationProject = st->string("destinationProject");
        set.enableVerification = st->boolean("enableVerification", false);
        set.increment = st->boolean("increment", false);
        set.schemaOnly = st->boolean("schemaOnly", false);
        set.tunnelQuota = st->string("tunnelQuota");
        set.partitionsTotal = st->integer("partitionsTotal", 0);
        m.settings = set;
    }
    m.tables = in.list<MmsTableCheck>("tables", [](const In &t) {
        MmsTableCheck c;
        c.table = t.string("table", true);
        c.status = t.string("status");
        c.sourceRows = t.optInteger("sourceRows");
        c.targetRows = t.optInteger("targetRows");
        if (t.find("passed"))
            c.passed = t.boolean("passed", false);
        return c;
    });
    m.progress = in.list<MmsProgressPoint>("progress", [](const In &p) {
        MmsProgressPoint point;
        point.at = *p.time("at", true);
        const J *tasks = p.find("tasks");
        if (!tasks || !tasks->is_array() || tasks->size() != point.tasks.size())
            fail(p.at("tasks"), "expected five task counts (pending, schema, data, done, failed)");
        for (std::size_t i = 0; i < point.tasks.size(); ++i) {
            const J &v = (*tasks)[i];
            if (!v.is_number_integer() || v.get<qint64>() < 0 || v.get<qint64>() > INT32_MAX)
                fail(p.at("tasks") + QLatin1Char('/') + QString::number(i),
                     "expected a task count");
            point.tasks[i] = v.get<int>();
        }
        point.partitionsDone = p.integer("partitionsDone", 0);
        return point;
    });
    return m;
}

} // namespace

nlohmann::ordered_json toJson(const PlanObservations &obs)
{
    J o = J::object();
    putTime(o, "collectedAt", obs.collectedAt);
    put(o, "collectedFrom", obs.collectedFrom);
    J dts = J::array();
    for (const DtsObservation &d : obs.dts)
        dts.push_back(dtsJson(d));
    o["dts"] = dts;
    J smc = J::array();
    for (const SmcObservation &s : obs.smc)
        smc.push_back(smcJson(s));
    o["smc"] = smc;
    J mms = J::array();
    for (const MmsObservation &m : obs.mms)
        mms.push_back(mmsJson(m));
    o["mms"] = mms;
    if (obs.backup) {
        J b = J::object();
        b["state"] = str(toId(obs.backup->state));
        put(b, "backupId", obs.backup->backupId);
        put(b, "note", obs.backup->note);
        b["meta"] = metaJson(obs.backup->meta);
        o["backup"] = b;
    }
    return o;
}

PlanObservations observationsFromJson(const nlohmann::ordered_json &json, const QString &base)
{
    const In in(json, base);
    PlanObservations obs;
    obs.collectedAt = in.time("collectedAt").value_or(QDateTime());
    obs.collectedFrom = in.string("collectedFrom");
    obs.dts = in.list<DtsObservation>("dts", &readDts);
    obs.smc = in.list<SmcObservation>("smc", &readSmc);
    obs.mms = in.list<MmsObservation>("mms", &readMms);
    if (const auto b = in.object("backup")) {
        BackupObservation backup;
        backup.state =
            b->enumeration("state", &backupStateFromString, true, BackupState::NotTested);
        backup.backupId = b->string("backupId");
        backup.note = b->string("note");
        backup.meta = metaOf(*b);
        obs.backup = backup;
    }
    return obs;
}

} // namespace ferry::model::planjson
