// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/gates.h"

#include "model/plan.h"
#include "model/plantime.h"

#include <QRegularExpression>

#include <algorithm>

namespace ferry::model {

namespace {

void addFact(CriterionEvaluation &e, const char *key, const QString &value)
{
    e.facts.append({QString::fromLatin1(key), value});
}

void addFact(CriterionEvaluation &e, const char *key, qint64 value)
{
    addFact(e, key, QString::number(value));
}

CriterionEvaluation start(const GateCriterion &c, const QDateTime &now)
{
    CriterionEvaluation e;
    e.criterionId = c.id;
    e.kind = c.kind;
    e.mandatory = c.mandatory;
    e.evaluatedAt = now.toUTC();
    return e;
}

// A person's word stands in only where the monitor has nothing to say, and never from the future.
bool applyAttestation(CriterionEvaluation &e, const GateCriterion &c, const QDateTime &now)
{
    if (!c.attestation || !isComplete(*c.attestation))
        return false;
    const Attestation &a = *c.attestation;
    if (now.isValid() && a.at > now) {
        addFact(e, "attestationInFuture", isoUtc(a.at));
        return false;
    }
    e.level = EvidenceLevel::Attested;
    e.status = a.holds ? CriterionStatus::Go : CriterionStatus::NoGo;
    e.reason = a.holds ? QStringLiteral("attested.holds") : QStringLiteral("attested.doesNotHold");
    e.observedAt = a.at.toUTC();
    e.source = QStringLiteral("attestation");
    e.attestation = a;
    addFact(e, "attestedBy", a.by);
    addFact(e, "attestedAt", isoUtc(a.at));
    addFact(e, "note", a.note);
    return true;
}

void assume(CriterionEvaluation &e, const GateCriterion &c, const QString &reason)
{
    e.level = EvidenceLevel::Assumed;
    e.status = CriterionStatus::Unknown;
    e.reason = reason;
    if (!c.assumption.isEmpty())
        addFact(e, "assumption", c.assumption);
}

bool isStale(const QDateTime &observedAt, const QDateTime &now, int maxAgeMinutes)
{
    if (!observedAt.isValid())
        return true;
    return observedAt.secsTo(now) > qint64(maxAgeMinutes) * 60;
}

// Marks `e` as live data and returns false when the observation is too old to decide on.
bool takeLive(CriterionEvaluation &e, const GateCriterion &c, const QDateTime &observedAt,
              const QDateTime &now, const QString &source)
{
    e.level = EvidenceLevel::Verified;
    e.source = source;
    if (observedAt.isValid())
        e.observedAt = observedAt.toUTC();
    addFact(e, "observedAt", isoUtc(observedAt));
    if (isStale(observedAt, now, c.maxObservationAgeMinutes)) {
        e.status = CriterionStatus::Unknown;
        e.reason = QStringLiteral("observation.stale");
        addFact(e, "maxObservationAgeMinutes", c.maxObservationAgeMinutes);
        return false;
    }
    return true;
}

bool stateIs(const QString &state, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) {
        return state.compare(QLatin1String(n), Qt::CaseInsensitive) == 0;
    });
}

CriterionEvaluation evaluatePrecheck(const GateCriterion &c, const GateInputs &in)
{
    CriterionEvaluation e = start(c, in.now);
    addFact(e, "dtsJobId", c.resourceId);
    const auto it = in.prechecks.constFind(c.resourceId);
    if (it == in.prechecks.cend()) {
        if (!applyAttestation(e, c, in.now))
            assume(e, c, QStringLiteral("precheck.notObserved"));
        return e;
    }
    const DtsPrecheckObservation &o = *it;
    addFact(e, "state", o.state);
    if (!takeLive(e, c, o.observedAt, in.now,
                  QStringLiteral("dts:%1 DescribePreCheckStatus").arg(c.resourceId)))
        return e;
    QStringList failed;
    QStringList warnings;
    for (const DtsPrecheckItemObservation &item : o.items) {
        if (item.skipped)
            continue;
        if (stateIs(item.state, {"Failed", "PrecheckFailed"}))
            failed.append(item.name);
        else if (stateIs(item.state, {"Warning"}))
            warnings.append(item.name);
    }
    addFact(e, "items", o.items.size());
    addFact(e, "failedItems", failed.join(QLatin1Char(',')));
    addFact(e, "warningItems", warnings.join(QLatin1Char(',')));
    if (stateIs(o.state, {"Finished", "PreCheckPass", "Success"})) {
        e.status = failed.isEmpty() ? CriterionStatus::Go : CriterionStatus::NoGo;
        e.reason = failed.isEmpty() ? QStringLiteral("precheck.passed")
                                    : QStringLiteral("precheck.itemsFailed");
    } else if (stateIs(o.state, {"Failed", "PrecheckFailed"})) {
        e.status = CriterionStatus::NoGo;
        e.reason = QStringLiteral("precheck.failed");
    } else if (stateIs(o.state, {"NotStarted", "Checking", "Prechecking", "Suspending"})) {
        e.status = CriterionStatus::NoGo;
        e.reason = QStringLiteral("precheck.notFinished");
    } else {
        e.status = CriterionStatus::Unknown;
        e.reason = QStringLiteral("precheck.unknownState");
    }
    return e;
}

CriterionEvaluation evaluateMms(const GateCriterion &c, const GateInputs &in)
{
    CriterionEvaluation e = start(c, in.now);
    addFact(e, "mmsJobId", c.resourceId);
    const auto it = in.mmsTasks.constFind(c.resourceId);
    if (it == in.mmsTasks.cend()) {
        if (!applyAttestation(e, c, in.now))
            assume(e, c, QStringLiteral("mms.notObserved"));
        return e;
    }
    const MmsTaskObservation &o = *it;
    if (!takeLive(e, c, o.observedAt, in.now,
                  QStringLiteral("mms:%1 ListMmsTasks").arg(c.resourceId)))
        return e;
    int total = 0;
    int done = 0;
    int failed = 0;
    for (auto s = o.countsByStatus.cbegin(); s != o.countsByStatus.cend(); ++s) {
        total += s.value();
        if (s.key() == QLatin1String("DONE"))
            done += s.value();
        else if (s.key().endsWith(QLatin1String("FAILED")))
            failed += s.value();
    }
    QStringList verifyFailed;
    QStringList verifyMissing;
    for (const MmsTableVerification &v : o.verification) {
        if (!v.passed)
            verifyMissing.append(v.table);
        else if (!*v.passed)
            verifyFailed.append(v.table);
    }
    addFact(e, "tasksTotal", total);
    addFact(e, "tasksDone", done);
    addFact(e, "tasksFailed", failed);
    addFact(e, "tablesVerified",
            o.verification.size() - verifyFailed.size() - verifyMissing.size());
    addFact(e, "verificationFailed", verifyFailed.join(QLatin1Char(',')));
    addFact(e, "verificationMissing", verifyMissing.join(QLatin1Char(',')));
    e.status = CriterionStatus::NoGo;
    if (total == 0)
        e.reason = QStringLiteral("mms.noTasks");
    else if (failed > 0)
        e.reason = QStringLiteral("mms.tasksFailed");
    else if (done < total)
        e.reason = QStringLiteral("mms.tasksNotDone");
    else if (!verifyFailed.isEmpty())
        e.reason = QStringLiteral("mms.verificationFailed");
    else if (o.verification.isEmpty() || !verifyMissing.isEmpty())
        e.reason = QStringLiteral("mms.verificationMissing");
    else {
        e.status = CriterionStatus::Go;
        e.reason = QStringLiteral("mms.allDoneVerified");
    }
    return e;
}

CriterionEvaluation evaluateSmc(const GateCriterion &c, const GateInputs &in)
{
    CriterionEvaluation e = start(c, in.now);
    addFact(e, "smcJobId", c.resourceId);
    const auto it = in.smcJobs.constFind(c.resourceId);
    if (it == in.smcJobs.cend()) {
        if (!applyAttestation(e, c, in.now))
            assume(e, c, QStringLiteral("smc.notObserved"));
        return e;
    }
    const SmcJobObservation &o = *it;
    addFact(e, "status", o.status);
    if (!takeLive(e, c, o.observedAt, in.now,
                  QStringLiteral("smc:%1 DescribeReplicationJobs").arg(c.resourceId)))
        return e;
    const int maxAge =
        c.maxRunAgeMinutes > 0 ? c.maxRunAgeMinutes : o.frequencyHours * 60 + kSmcRunGraceMinutes;
    addFact(e, "frequencyHours", o.frequencyHours);
    addFact(e, "maxRunAgeMinutes", maxAge);
    if (o.lastIncrementalRunEnd)
        addFact(e, "lastRunEnd", isoUtc(*o.lastIncrementalRunEnd));
    e.status = CriterionStatus::NoGo;
    if (o.runOnce) {
        e.reason = QStringLiteral("smc.notIncremental");
    } else if (o.status != QLatin1String("Waiting")) {
        e.reason = QStringLiteral("smc.notWaiting");
    } else if (!o.lastIncrementalRunEnd || !o.lastIncrementalRunEnd->isValid()) {
        e.reason = QStringLiteral("smc.noIncrementalRun");
    } else {
        const qint64 ageMinutes = std::max<qint64>(0, o.lastIncrementalRunEnd->secsTo(in.now)) / 60;
        const qint64 ageSeconds = std::max<qint64>(0, o.lastIncrementalRunEnd->secsTo(in.now));
        addFact(e, "lastRunAgeMinutes", ageMinutes);
        if (ageSeconds > qint64(maxAge) * 60) {
            e.reason = QStringLiteral("smc.lastRunTooOld");
        } else {
            e.status = CriterionStatus::Go;
            e.reason = QStringLiteral("smc.waitingRecent");
        }
    }
    return e;
}

bool mentionsPrivilege(const DtsPrecheckItemObservation &item)
{
    static const QRegularExpression re(QStringLiteral("privilege|permission|grant|\\bsuper\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(item.name).hasMatch() || re.match(item.message).hasMatch();
}

CriterionEvaluation evaluatePrivilege(const GateCriterion &c, const GateInputs &in)
{
    CriterionEvaluation e = start(c, in.now);
    addFact(e, "dtsJobId", c.resourceId);
    // The precheck can prove too much privilege (it flags SUPER and the like) but its silence
    // does not prove least privilege, so a clean precheck still needs a person's word.
    const auto it = in.prechecks.constFind(c.resourceId);
    if (it != in.prechecks.cend() && !isStale(it->observedAt, in.now, c.maxObservationAgeMinutes)) {
        QStringList flagged;
        for (const DtsPrecheckItemObservation &item : it->items) {
            if (!item.skipped && stateIs(item.state, {"Failed", "Warning", "PrecheckFailed"}) &&
                mentionsPrivilege(item))
                flagged.append(item.name);
        }
        if (!flagged.isEmpty()) {
            e.level = EvidenceLevel::Verified;
            e.status = CriterionStatus::NoGo;
            e.reason = QStringLiteral("privilege.precheckFlagged");
            e.source = QStringLiteral("dts:%1 DescribePreCheckStatus").arg(c.resourceId);
            e.observedAt = it->observedAt.toUTC();
            addFact(e, "flaggedItems", flagged.join(QLatin1Char(',')));
            return e;
        }
        addFact(e, "precheckFlagsNothing", QStringLiteral("true"));
    }
    if (!applyAttestation(e, c, in.now))
        assume(e, c, QStringLiteral("privilege.notAttested"));
    return e;
}

CriterionEvaluation evaluateRollbackReady(const Plan &plan, const Gate &gate,
                                          const GateCriterion &c, const QDateTime &now)
{
    CriterionEvaluation e = start(c, now);
    e.source = QStringLiteral("plan:rollback");
    // The gate's own phase and every cutover after it must be undoable before anyone says GO.
    QStringList phases;
    if (plan.phase(gate.phaseId))
        phases.append(gate.phaseId);
    for (const Phase &p : plan.phases) {
        if (isCutover(p.kind) && p.id != gate.phaseId && dependsOn(plan, p.id, gate.phaseId))
            phases.append(p.id);
    }
    QStringList missing;
    QStringList unprepared;
    QStringList preparedBy;
    int preparations = 0;
    std::optional<QDateTime> latest;
    for (const QString &id : phases) {
        const RollbackPath *path = findRollbackPath(plan, id);
        if (!path || path->steps.isEmpty()) {
            missing.append(id);
            continue;
        }
        for (const RollbackStep &s : path->steps) {
            if (!s.prepareBeforePhase)
                continue;
            ++preparations;
            if (!s.prepared || !isComplete(*s.prepared) || !s.prepared->holds ||
                (now.isValid() && s.prepared->at > now)) {
                unprepared.append(id + QLatin1Char('/') + s.id);
                continue;
            }
            preparedBy.append(s.prepared->by);
            if (!latest || s.prepared->at > *latest)
                latest = s.prepared->at.toUTC();
        }
    }
    preparedBy.removeDuplicates();
    addFact(e, "phases", phases.join(QLatin1Char(',')));
    addFact(e, "preparations", preparations);
    addFact(e, "missingPaths", missing.join(QLatin1Char(',')));
    addFact(e, "unpreparedSteps", unprepared.join(QLatin1Char(',')));
    addFact(e, "preparedBy", preparedBy.join(QLatin1Char(',')));
    e.observedAt = latest;
    if (phases.isEmpty() || !missing.isEmpty()) {
        e.level = EvidenceLevel::Verified;
        e.status = CriterionStatus::NoGo;
        e.reason = QStringLiteral("rollback.missing");
    } else if (!unprepared.isEmpty()) {
        e.level = EvidenceLevel::Attested;
        e.status = CriterionStatus::NoGo;
        e.reason = QStringLiteral("rollback.notPrepared");
    } else if (preparations == 0) {
        assume(e, c, QStringLiteral("rollback.nothingPrepared"));
    } else {
        e.level = EvidenceLevel::Attested;
        e.status = CriterionStatus::Go;
        e.reason = QStringLiteral("rollback.ready");
    }
    return e;
}

} // namespace

CriterionEvaluation evaluateLagWindow(const QList<LagSample> &samples, const LagWindowRule &rule,
                                      const QDateTime &now)
{
    CriterionEvaluation e;
    e.kind = CriterionKind::DtsLagSustained;
    e.level = EvidenceLevel::Verified;
    e.evaluatedAt = now.toUTC();
    const QDateTime windowStart = now.addSecs(-rule.windowSeconds);
    addFact(e, "thresholdMs", rule.thresholdMs);
    addFact(e, "windowStart", isoUtc(windowStart));
    addFact(e, "windowEnd", isoUtc(now));
    addFact(e, "maxGapSeconds", rule.maxGapSeconds);

    QList<LagSample> inWindow;
    std::optional<QDateTime> latestSeen;
    for (const LagSample &s : samples) {
        if (!s.at.isValid() || s.at > now)
            continue;
        if (!latestSeen || s.at > *latestSeen)
            latestSeen = s.at;
        if (s.at >= windowStart)
            inWindow.append(s);
    }
    std::stable_sort(inWindow.begin(), inWindow.end(),
                     [](const LagSample &a, const LagSample &b) { return a.at < b.at; });
    addFact(e, "samples", inWindow.size());
    if (latestSeen)
        e.observedAt = latestSeen->toUTC();

    if (inWindow.isEmpty()) {
        e.status = CriterionStatus::Unknown;
        e.level = latestSeen ? EvidenceLevel::Verified : EvidenceLevel::Assumed;
        e.reason = latestSeen ? QStringLiteral("lag.stale") : QStringLiteral("lag.noSamples");
        if (latestSeen)
            addFact(e, "latestSampleAt", isoUtc(*latestSeen));
        return e;
    }

    qint64 maxDelay = inWindow.first().delayMs;
    std::optional<QDateTime> lastViolation;
    bool negative = false;
    for (const LagSample &s : inWindow) {
        maxDelay = std::max(maxDelay, s.delayMs);
        if (s.delayMs < 0)
            negative = true;
        if (s.delayMs >= rule.thresholdMs)
            lastViolation = s.at;
    }
    addFact(e, "maxDelayMs", maxDelay);
    addFact(e, "latestDelayMs", inWindow.last().delayMs);
    addFact(e, "latestSampleAt", isoUtc(inWindow.last().at));

    // Gaps, in ms so the boundary is exact: window start -> first sample, between samples,
    // last sample -> now.
    qint64 largestGapMs = windowStart.msecsTo(inWindow.first().at);
    QString gapKind = QStringLiteral("lag.windowNotCovered");
    for (int i = 1; i < inWindow.size(); ++i) {
        const qint64 g = inWindow.at(i - 1).at.msecsTo(inWindow.at(i).at);
        if (g > largestGapMs) {
            largestGapMs = g;
            gapKind = QStringLiteral("lag.gap");
        }
    }
    const qint64 tailMs = inWindow.last().at.msecsTo(now);
    if (tailMs > largestGapMs) {
        largestGapMs = tailMs;
        gapKind = QStringLiteral("lag.stale");
    }
    addFact(e, "largestGapMs", largestGapMs);

    if (lastViolation) {
        e.status = CriterionStatus::NoGo;
        e.reason = QStringLiteral("lag.overThreshold");
        addFact(e, "lastViolationAt", isoUtc(*lastViolation));
        // The earliest moment the window could be clean again, if no new spike comes.
        addFact(e, "goEarliestAt", isoUtc(lastViolation->addSecs(rule.windowSeconds)));
    } else if (negative) {
        e.status = CriterionStatus::Unknown;
        e.reason = QStringLiteral("lag.invalidSample");
    } else if (largestGapMs > rule.maxGapSeconds * 1000) {
        e.status = CriterionStatus::Unknown;
        e.reason = gapKind;
    } else {
        e.status = CriterionStatus::Go;
        e.reason = QStringLiteral("lag.sustained");
    }
    return e;
}

CriterionEvaluation evaluateCriterion(const Plan &plan, const Gate &gate,
                                      const GateCriterion &criterion, const GateInputs &inputs)
{
    switch (criterion.kind) {
    case CriterionKind::DtsLagSustained: {
        LagWindowRule rule;
        rule.thresholdMs = criterion.lagThresholdMs;
        rule.windowSeconds = qint64(criterion.windowMinutes) * 60;
        rule.maxGapSeconds = criterion.maxSampleGapSeconds;
        CriterionEvaluation e =
            evaluateLagWindow(inputs.lag.value(criterion.resourceId), rule, inputs.now);
        e.criterionId = criterion.id;
        e.mandatory = criterion.mandatory;
        e.source = QStringLiteral("dts:%1 Delay").arg(criterion.resourceId);
        e.facts.prepend({QStringLiteral("dtsJobId"), criterion.resourceId});
        if (e.reason == QLatin1String("lag.noSamples") && !criterion.assumption.isEmpty())
            addFact(e, "assumption", criterion.assumption);
        return e;
    }
    case CriterionKind::DtsPrecheckPassed:
        return evaluatePrecheck(criterion, inputs);
    case CriterionKind::MmsTasksVerified:
        return evaluateMms(criterion, inputs);
    case CriterionKind::SmcIncrementalRecent:
        return evaluateSmc(criterion, inputs);
    case CriterionKind::ReplicationUserLeastPrivilege:
        return evaluatePrivilege(criterion, inputs);
    case CriterionKind::RollbackPathReady:
        return evaluateRollbackReady(plan, gate, criterion, inputs.now);
    case CriterionKind::BackupVerified:
    case CriterionKind::Manual:
        break;
    }
    CriterionEvaluation e = start(criterion, inputs.now);
    if (!applyAttestation(e, criterion, inputs.now))
        assume(e, criterion, QStringLiteral("notAttested"));
    return e;
}

QList<CriterionEvaluation> evaluateGate(const Plan &plan, const Gate &gate,
                                        const GateInputs &inputs)
{
    QList<CriterionEvaluation> out;
    out.reserve(gate.criteria.size());
    for (const GateCriterion &c : gate.criteria)
        out.append(evaluateCriterion(plan, gate, c, inputs));
    return out;
}

CriterionStatus overallStatus(const QList<CriterionEvaluation> &evaluations)
{
    bool unknown = false;
    for (const CriterionEvaluation &e : evaluations) {
        if (!e.mandatory)
            continue;
        if (e.status == CriterionStatus::NoGo)
            return CriterionStatus::NoGo;
        if (e.status == CriterionStatus::Unknown)
            unknown = true;
    }
    return unknown ? CriterionStatus::Unknown : CriterionStatus::Go;
}

const Gate *findGate(const Plan &plan, const QString &gateId)
{
    for (const Gate &g : plan.gates) {
        if (g.id == gateId)
            return &g;
    }
    return nullptr;
}

} // namespace ferry::model
