// SPDX-License-Identifier: GPL-3.0-or-later
// Sections 5 to 7: DTS lag and backup verification, SMC run history, MMS progress and per-table
// verification, each from the observations stored with the plan.
#include "model/reportbuilder_p.h"

#include "model/lagsummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

QString percent(const QLocale &locale, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return dash();
    return Tr::tr("%1 %").arg(locale.toString(100.0 * double(part) / double(whole), 'f', 1));
}

void lagJob(Context &ctx, ReportSection &s, const DtsObservation &d)
{
    s.blocks.append(heading(Tr::tr("Lag of DTS job %1").arg(jobTitle(d.name, d.jobId))));
    const auto [gate, crit] = criterionFor(ctx.plan, CriterionKind::DtsLagSustained, d.jobId);
    const qint64 threshold = crit ? crit->lagThresholdMs : kDtsCutoverLagMs;
    const qint64 windowMs = qint64(crit ? crit->windowMinutes : 10) * 60 * 1000;
    const qint64 maxGapMs =
        qint64(crit ? crit->maxSampleGapSeconds : std::max<qint64>(60, 3 * d.pollIntervalSeconds)) *
        1000;
    const ReportCell ev = ctx.evidence(d.meta);
    ReportTable t = factTable();
    if (!d.status.isEmpty())
        addFact(t, Tr::tr("Job state"), d.status, ev);
    addFact(t, Tr::tr("Cutover rule"),
            Tr::tr("Lag under %1 for %2 without a gap over %3")
                .arg(formatDuration(threshold), formatDuration(windowMs), formatDuration(maxGapMs)),
            cell(crit ? Tr::tr("Plan criterion") : Tr::tr("Default rule"), ReportTone::Muted));
    if (d.lag.isEmpty()) {
        s.blocks.append(tableBlock(t));
        s.blocks.append(note(Tr::tr("No lag samples were observed for this job: its lag is "
                                    "unknown."),
                             ReportTone::Warning));
        ctx.assumptions.append({Tr::tr("DTS job %1").arg(d.jobId), Tr::tr("No lag samples"),
                                Tr::tr("Monitor the job's lag and store it with the plan.")});
        return;
    }
    const LagSummary sum = summarizeLag(d.lag, threshold, maxGapMs);
    addFact(t, Tr::tr("Observed"),
            d.pollIntervalSeconds > 0 ? Tr::tr("%1 to %2, %3 samples every %4")
                                            .arg(formatTime(sum.firstAt), formatTime(sum.lastAt),
                                                 formatCount(ctx.locale, sum.samples),
                                                 formatDuration(d.pollIntervalSeconds * 1000))
                                      : Tr::tr("%1 to %2, %3 samples")
                                            .arg(formatTime(sum.firstAt), formatTime(sum.lastAt),
                                                 formatCount(ctx.locale, sum.samples)),
            ev);
    addFact(t, Tr::tr("Time under threshold"),
            Tr::tr("%1 of %2 (%3)")
                .arg(formatDuration(sum.underMs), formatDuration(sum.spanMs),
                     percent(ctx.locale, sum.underMs, sum.spanMs)),
            ev, sum.overMs == 0 && sum.unknownMs == 0 ? ReportTone::Good : ReportTone::Normal);
    addFact(t, Tr::tr("Time at or over threshold"),
            Tr::tr("%1 (%2 readings)")
                .arg(formatDuration(sum.overMs), formatCount(ctx.locale, sum.readingsOver)),
            ev, sum.overMs > 0 ? ReportTone::Warning : ReportTone::Normal);
    if (sum.unknownMs > 0)
        addFact(t, Tr::tr("Time without readings"), formatDuration(sum.unknownMs), ev,
                ReportTone::Warning);
    addFact(t, Tr::tr("Longest stretch under threshold"), formatDuration(sum.longestUnderMs), ev);
    addFact(t, Tr::tr("Maximum lag"),
            Tr::tr("%1 at %2").arg(formatDuration(sum.maxDelayMs), formatTime(sum.maxAt)), ev,
            sum.maxDelayMs >= threshold ? ReportTone::Warning : ReportTone::Normal);
    addFact(t, Tr::tr("Latest lag"),
            Tr::tr("%1 at %2").arg(formatDuration(sum.latestDelayMs), formatTime(sum.lastAt)), ev,
            sum.latestDelayMs < threshold ? ReportTone::Good : ReportTone::Bad);
    addCriterionFact(ctx, t, gate, crit);
    s.blocks.append(tableBlock(t));

    auto chart = std::make_shared<ReportChart>();
    chart->kind = ReportChart::Kind::Lag;
    chart->title = Tr::tr("Replication lag of %1").arg(jobTitle(d.name, d.jobId));
    chart->nowMs = ctx.asOf.toMSecsSinceEpoch();
    chart->lagMs = lagSeries(d.lag);
    chart->thresholdMs = threshold;
    chart->windowMs = windowMs;
    chart->maxGapMs = maxGapMs;
    chart->legend = {Tr::tr("Replication lag"),
                     Tr::tr("Threshold %1").arg(formatDuration(threshold)),
                     Tr::tr("Under threshold for the whole window"), Tr::tr("No readings")};
    chart->xTitle = Tr::tr("Time (UTC)");
    chart->yTitle = Tr::tr("Lag (s)");
    chart->emptyText = Tr::tr("No data to draw");
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = chart;
    s.blocks.append(b);
}

void backupBlocks(Context &ctx, ReportSection &s)
{
    s.blocks.append(heading(Tr::tr("Backup verification")));
    const Plan &plan = ctx.plan;
    ReportTable t = factTable();
    const auto &backup = plan.observations ? plan.observations->backup : std::nullopt;
    if (backup) {
        const ReportCell ev = ctx.evidence(backup->meta);
        addFact(t, Tr::tr("State"), displayName(backup->state), ev,
                backup->state == BackupState::Verified ? ReportTone::Good
                : backup->state == BackupState::Failed ? ReportTone::Bad
                                                       : ReportTone::Warning);
        if (!backup->backupId.isEmpty())
            addFact(t, Tr::tr("Backup"), backup->backupId, ev);
        if (!backup->note.isEmpty())
            addFact(t, Tr::tr("How it was checked"), backup->note, ev);
        if (!backup->meta.source.isEmpty())
            addFact(t, Tr::tr("Source"), backup->meta.source, ev);
    }
    for (const Gate &g : plan.gates) {
        for (const GateCriterion &c : g.criteria) {
            if (c.kind == CriterionKind::BackupVerified)
                addCriterionFact(ctx, t, &g, &c);
        }
    }
    if (t.rows.isEmpty()) {
        s.blocks.append(note(Tr::tr("No backup verification is recorded: a rollback would rely "
                                    "on a backup nobody has restored."),
                             ReportTone::Bad));
        ctx.blockers.append({Tr::tr("Backup"), Tr::tr("No restore test recorded"),
                             Tr::tr("Restore the backup to a scratch instance, check it and "
                                    "attest the result.")});
        return;
    }
    s.blocks.append(tableBlock(t));
    if (!backup || backup->state == BackupState::NotTested)
        ctx.assumptions.append({Tr::tr("Backup"), Tr::tr("No restore test observation stored"),
                                Tr::tr("Record the restore test in the plan's observations.")});
}

} // namespace

QString jobTitle(const QString &name, const QString &id)
{
    return name.isEmpty() || name == id ? id : Tr::tr("%1 (%2)").arg(name, id);
}

std::pair<const Gate *, const GateCriterion *> criterionFor(const Plan &plan, CriterionKind kind,
                                                            const QString &resourceId)
{
    for (const Gate &g : plan.gates) {
        for (const GateCriterion &c : g.criteria) {
            if (c.kind == kind && (resourceId.isEmpty() || c.resourceId == resourceId))
                return {&g, &c};
        }
    }
    return {nullptr, nullptr};
}

void addCriterionFact(Context &ctx, ReportTable &t, const Gate *g, const GateCriterion *c)
{
    if (!g || !c)
        return;
    const QList<CriterionEvaluation> ev = ctx.evaluations.value(g->id);
    for (const CriterionEvaluation &e : ev) {
        if (e.criterionId != c->id)
            continue;
        addFact(t, criterionTitle(*c),
                Tr::tr("%1: %2").arg(displayName(e.status), describeEvaluation(e)),
                ctx.evidence(e.level, e.observedAt, e.attestation ? e.attestation->by : QString()),
                toneOf(e.status));
        return;
    }
}

ReportSection dtsSection(Context &ctx)
{
    ReportSection s;
    s.id = QStringLiteral("dts");
    s.title = Tr::tr("DTS lag monitoring and backup verification");
    const PlanObservations obs = ctx.plan.observations.value_or(PlanObservations{});
    s.blocks.append(paragraph(
        Tr::tr("Replication lag of each DTS job as the monitor read it. The database cutover "
               "needs the lag strictly under the threshold for the whole window; the shaded "
               "band marks where that held.")));
    for (const DtsObservation &d : obs.dts)
        lagJob(ctx, s, d);
    for (const Gate &g : ctx.plan.gates) {
        for (const GateCriterion &c : g.criteria) {
            if (c.kind == CriterionKind::DtsLagSustained && !obs.dtsJob(c.resourceId)) {
                s.blocks.append(note(Tr::tr("DTS job %1 is named by the lag criterion but was "
                                            "not observed: its lag is unknown.")
                                         .arg(c.resourceId),
                                     ReportTone::Warning));
            }
        }
    }
    if (obs.dts.isEmpty() && !ctx.plan.dataServices().contains(PlanService::Dts))
        s.blocks.append(paragraph(Tr::tr("The plan has no DTS phase.")));
    backupBlocks(ctx, s);
    return s;
}

} // namespace ferry::model::reportdetail
