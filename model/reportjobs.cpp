// SPDX-License-Identifier: GPL-3.0-or-later
// Sections 6 and 7: SMC sync history and MMS progress with per-table verification.
#include "model/reportbuilder_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

ReportBlock chartBlock(std::shared_ptr<ReportChart> chart)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = std::move(chart);
    return b;
}

void smcJob(Context &ctx, ReportSection &s, const SmcObservation &o)
{
    s.blocks.append(heading(Tr::tr("SMC job %1").arg(jobTitle(o.name, o.jobId))));
    const ReportCell ev = ctx.evidence(o.meta);
    const QList<ReplicationRun> runs = replicationRuns(o.runs);
    RunSchedule schedule;
    schedule.intervalMs = o.job.runOnce ? 0 : qint64(o.job.frequencyHours) * 3600 * 1000;
    if (o.settings)
        schedule.maxImagesToKeep = o.settings->maxImagesToKeep;
    const qint64 nowMs = ctx.asOf.toMSecsSinceEpoch();

    int scheduled = 0;
    int manual = 0;
    int failed = 0;
    std::optional<QDateTime> lastEnd;
    for (const SmcRunObservation &r : o.runs) {
        scheduled += r.trigger == RunTrigger::Schedule;
        manual += r.trigger == RunTrigger::Manual;
        failed += r.failed;
        if (r.end && !r.failed && (!lastEnd || *r.end > *lastEnd))
            lastEnd = r.end;
    }
    ReportTable t = factTable();
    addFact(t, Tr::tr("Job state"),
            o.job.businessStatus.isEmpty()
                ? o.job.status
                : Tr::tr("%1 (%2)").arg(o.job.status, o.job.businessStatus),
            ev);
    addFact(t, Tr::tr("Schedule"),
            o.job.runOnce ? Tr::tr("Runs once") : Tr::tr("Every %1 h").arg(o.job.frequencyHours),
            ev);
    addFact(t, Tr::tr("Runs observed"),
            Tr::tr("%1: %2 scheduled, %3 manual, %4 failed")
                .arg(o.runs.size())
                .arg(scheduled)
                .arg(manual)
                .arg(failed),
            ev, failed > 0 ? ReportTone::Warning : ReportTone::Normal);
    addFact(t, Tr::tr("Last run ended"), lastEnd ? formatTime(*lastEnd) : dash(), ev);
    if (const auto next = nextScheduledRun(runs, schedule, nowMs))
        addFact(t, Tr::tr("Next scheduled run"),
                formatTime(QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC)), ev);
    addFact(t, Tr::tr("Images kept"),
            schedule.maxImagesToKeep > 0 ? Tr::tr("%1 of at most %2")
                                               .arg(imagesKept(runs, schedule))
                                               .arg(schedule.maxImagesToKeep)
                                         : QString::number(imagesKept(runs, schedule)),
            ev);
    const auto [gate, crit] = criterionFor(ctx.plan, CriterionKind::SmcIncrementalRecent, o.jobId);
    addCriterionFact(ctx, t, gate, crit);
    s.blocks.append(tableBlock(t));

    if (o.runs.isEmpty()) {
        s.blocks.append(
            note(Tr::tr("No run has been observed for this job."), ReportTone::Warning));
        return;
    }
    auto chart = std::make_shared<ReportChart>();
    chart->kind = ReportChart::Kind::SmcRuns;
    chart->title = Tr::tr("Run history of %1").arg(jobTitle(o.name, o.jobId));
    chart->nowMs = nowMs;
    chart->runs = runs;
    chart->schedule = schedule;
    chart->legend = {Tr::tr("Run succeeded"), Tr::tr("Run failed"), Tr::tr("Running"),
                     Tr::tr("Next scheduled run")};
    chart->lanes = {Tr::tr("Scheduled"), Tr::tr("Manual")};
    chart->xTitle = Tr::tr("Time (UTC)");
    chart->emptyText = Tr::tr("No data to draw");
    for (const SmcRunObservation &r : o.runs) {
        if (r.failed)
            chart->failedRunStarts.append(r.start.toMSecsSinceEpoch());
    }
    s.blocks.append(chartBlock(chart));

    ReportTable rt =
        table({Tr::tr("#"), Tr::tr("Started (UTC)"), Tr::tr("Ended (UTC)"), Tr::tr("Duration"),
               Tr::tr("Trigger"), Tr::tr("Image"), Tr::tr("Result")},
              {0.06, 0.19, 0.19, 0.13, 0.12, 0.18, 0.13});
    rt.numericColumns = {0};
    QList<SmcRunObservation> sorted = o.runs;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const SmcRunObservation &a, const SmcRunObservation &b) { return a.start < b.start; });
    int n = 0;
    for (const SmcRunObservation &r : sorted) {
        const bool running = !r.end;
        rt.rows.append(
            {cell(QString::number(++n)), cell(formatStamp(r.start)),
             cell(running ? Tr::tr("Running") : formatStamp(*r.end)),
             cell(running ? dash() : formatDuration(r.start.msecsTo(*r.end))),
             cell(r.trigger == RunTrigger::Manual ? Tr::tr("Manual") : Tr::tr("Scheduled")),
             cell(r.imageId.isEmpty() ? dash() : r.imageId),
             r.failed  ? cell(Tr::tr("Failed"), ReportTone::Bad)
             : running ? cell(Tr::tr("Running"), ReportTone::Normal)
                       : cell(Tr::tr("Succeeded"), ReportTone::Good)});
    }
    s.blocks.append(tableBlock(rt));
}

QString signedCount(const QLocale &locale, qint64 v)
{
    return v > 0 ? QStringLiteral("+") + locale.toString(v) : locale.toString(v);
}

void mmsJob(Context &ctx, ReportSection &s, const MmsObservation &m)
{
    s.blocks.append(heading(Tr::tr("MMS job %1").arg(jobTitle(m.name, m.jobId))));
    const ReportCell ev = ctx.evidence(m.meta);
    int total = 0;
    int done = 0;
    int failedTasks = 0;
    for (auto it = m.countsByStatus.cbegin(); it != m.countsByStatus.cend(); ++it) {
        total += it.value();
        if (it.key() == u"DONE")
            done += it.value();
        else if (it.key().endsWith(u"FAILED"))
            failedTasks += it.value();
    }
    int passed = 0;
    int failed = 0;
    int pending = 0;
    for (const MmsTableCheck &t : m.tables) {
        if (!t.passed)
            ++pending;
        else if (*t.passed)
            ++passed;
        else
            ++failed;
    }
    ReportTable t = factTable();
    if (!m.status.isEmpty())
        addFact(t, Tr::tr("Job state"), m.status, ev);
    QStringList byStatus;
    for (auto it = m.countsByStatus.cbegin(); it != m.countsByStatus.cend(); ++it)
        byStatus.append(Tr::tr("%1 %2").arg(it.value()).arg(it.key()));
    addFact(t, Tr::tr("Tasks"),
            Tr::tr("%1 of %2 done, %3 failed").arg(done).arg(total).arg(failedTasks) +
                (byStatus.isEmpty() ? QString() : QStringLiteral("\n") + byStatus.join(u", ")),
            ev,
            failedTasks > 0 ? ReportTone::Bad
            : done == total ? ReportTone::Good
                            : ReportTone::Normal);
    addFact(
        t, Tr::tr("Table verification"),
        Tr::tr("%1 passed, %2 failed, %3 not yet verified").arg(passed).arg(failed).arg(pending),
        ev,
        failed > 0    ? ReportTone::Bad
        : pending > 0 ? ReportTone::Warning
                      : ReportTone::Good);
    if (m.settings && m.settings->partitionsTotal > 0 && !m.progress.isEmpty())
        addFact(t, Tr::tr("Partitions"),
                Tr::tr("%1 of %2 done")
                    .arg(formatCount(ctx.locale, m.progress.last().partitionsDone),
                         formatCount(ctx.locale, m.settings->partitionsTotal)),
                ev);
    const auto [gate, crit] = criterionFor(ctx.plan, CriterionKind::MmsTasksVerified, m.jobId);
    addCriterionFact(ctx, t, gate, crit);
    s.blocks.append(tableBlock(t));

    if (!m.progress.isEmpty()) {
        auto chart = std::make_shared<ReportChart>();
        chart->kind = ReportChart::Kind::MmsProgress;
        chart->title = Tr::tr("Tasks of %1 by phase").arg(jobTitle(m.name, m.jobId));
        chart->nowMs = ctx.asOf.toMSecsSinceEpoch();
        chart->progress = progressHistory(m.progress, m.settings ? m.settings->partitionsTotal : 0);
        chart->legend = {
            Tr::tr("Pending"), Tr::tr("Schema"), Tr::tr("Data and verification"),
            Tr::tr("Done"),    Tr::tr("Failed"), Tr::tr("Partitions done (%, right axis)")};
        chart->xTitle = Tr::tr("Time (UTC)");
        chart->yTitle = Tr::tr("Tasks");
        chart->emptyText = Tr::tr("No data to draw");
        s.blocks.append(chartBlock(chart));
    }

    if (m.tables.isEmpty()) {
        s.blocks.append(note(Tr::tr("No per-table verification result has been observed."),
                             ReportTone::Warning));
        ctx.assumptions.append({Tr::tr("MMS job %1").arg(m.jobId),
                                Tr::tr("No per-table verification results"),
                                Tr::tr("Enable verification and monitor the job's tasks.")});
        return;
    }
    s.blocks.append(paragraph(Tr::tr("Row counts as MMS verification reported them, observed %1.")
                                  .arg(formatTime(m.meta.observedAt))));
    ReportTable vt =
        table({Tr::tr("Table"), Tr::tr("Task"), Tr::tr("Source rows"), Tr::tr("Target rows"),
               Tr::tr("Difference"), Tr::tr("Result"), Tr::tr("Evidence")},
              {0.24, 0.18, 0.13, 0.13, 0.12, 0.10, 0.10});
    vt.numericColumns = {2, 3, 4};
    for (const MmsTableCheck &c : m.tables) {
        QString diff = dash();
        if (c.sourceRows && c.targetRows)
            diff = signedCount(ctx.locale, *c.targetRows - *c.sourceRows);
        ReportCell result = !c.passed   ? cell(Tr::tr("Pending"), ReportTone::Warning)
                            : *c.passed ? cell(Tr::tr("Passed"), ReportTone::Good)
                                        : cell(Tr::tr("Failed"), ReportTone::Bad);
        ReportCell evidence =
            c.passed ? ctx.evidence(m.meta.level) : ctx.evidence(EvidenceLevel::Assumed);
        vt.rows.append(
            {cell(c.table), cell(c.status.isEmpty() ? dash() : c.status),
             cell(c.sourceRows ? formatCount(ctx.locale, *c.sourceRows) : dash()),
             cell(c.targetRows ? formatCount(ctx.locale, *c.targetRows) : dash()),
             cell(diff, diff != dash() && diff != QLatin1String("0") ? ReportTone::Bad
                                                                     : ReportTone::Normal),
             result, evidence});
    }
    s.blocks.append(tableBlock(vt));
}

} // namespace

ReportSection smcSection(Context &ctx)
{
    ReportSection s;
    s.id = QStringLiteral("smc");
    s.title = Tr::tr("SMC sync history");
    const PlanObservations obs = ctx.plan.observations.value_or(PlanObservations{});
    s.blocks.append(paragraph(Tr::tr("Runs of each SMC replication job: the full replication "
                                     "first, then the incremental runs that keep the image "
                                     "close to the source until the final sync.")));
    for (const SmcObservation &o : obs.smc)
        smcJob(ctx, s, o);
    if (obs.smc.isEmpty())
        s.blocks.append(note(ctx.plan.dataServices().contains(PlanService::Smc)
                                 ? Tr::tr("No SMC job was observed: the run history is unknown.")
                                 : Tr::tr("The plan has no SMC phase."),
                             ReportTone::Muted));
    return s;
}

ReportSection mmsSection(Context &ctx)
{
    ReportSection s;
    s.id = QStringLiteral("mms");
    s.title = Tr::tr("MMS progress and verification");
    const PlanObservations obs = ctx.plan.observations.value_or(PlanObservations{});
    s.blocks.append(paragraph(Tr::tr("Tasks of each MMS job by phase over time, and the "
                                     "verification of every table: MMS compares the row counts "
                                     "of source and target.")));
    for (const MmsObservation &m : obs.mms)
        mmsJob(ctx, s, m);
    if (obs.mms.isEmpty())
        s.blocks.append(note(ctx.plan.dataServices().contains(PlanService::Mms)
                                 ? Tr::tr("No MMS job was observed: progress and verification are "
                                          "unknown.")
                                 : Tr::tr("The plan has no MMS phase."),
                             ReportTone::Muted));
    return s;
}

} // namespace ferry::model::reportdetail
