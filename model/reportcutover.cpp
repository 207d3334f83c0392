// SPDX-License-Identifier: GPL-3.0-or-later
// Sections 3 and 4: the order of the phases with the go/no-go criteria and their state, the
// decisions taken, and the rollback path of each phase.
#include "model/reportbuilder_p.h"

#include "model/plansequencing.h"

#include <QCoreApplication>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

QString window(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to)
{
    if (!from && !to)
        return dash();
    return Tr::tr("%1 to\n%2")
        .arg(from ? formatStamp(*from) : dash(), to ? formatStamp(*to) : dash());
}

QString estimateText(const Context &ctx, const QString &phaseId)
{
    for (const PhaseEstimate &e : ctx.estimate.phases) {
        if (e.phaseId == phaseId)
            return e.estimate.seconds ? formatDuration(*e.estimate.seconds * 1000) : dash();
    }
    return dash();
}

QString outcomeText(DecisionOutcome o)
{
    switch (o) {
    case DecisionOutcome::Go:
        return Tr::tr("GO");
    case DecisionOutcome::GoWithOverride:
        return Tr::tr("GO with override");
    case DecisionOutcome::NoGo:
        return Tr::tr("NO-GO");
    }
    return {};
}

void gateBlocks(Context &ctx, ReportSection &s, const Gate &g)
{
    const Plan &plan = ctx.plan;
    const Phase *phase = plan.phase(g.phaseId);
    const QString gateName = g.title.isEmpty() ? g.id : g.title;
    s.blocks.append(heading(
        Tr::tr("Gate \"%1\" before %2").arg(gateName, phase ? phaseTitle(*phase) : g.phaseId)));
    const QList<CriterionEvaluation> &ev = ctx.evaluations.value(g.id);
    const CriterionStatus overall = overallStatus(ev);
    s.blocks.append(note(
        Tr::tr("Current state: %1 (judged %2).").arg(displayName(overall), formatTime(ctx.asOf)),
        toneOf(overall)));
    ReportTable t = table({Tr::tr("Criterion"), Tr::tr("Mandatory"), Tr::tr("State"),
                           Tr::tr("Evidence"), Tr::tr("Details")},
                          {0.21, 0.12, 0.10, 0.20, 0.37});
    for (int i = 0; i < g.criteria.size() && i < ev.size(); ++i) {
        const GateCriterion &c = g.criteria.at(i);
        const CriterionEvaluation &e = ev.at(i);
        const QString by = e.attestation ? e.attestation->by : QString();
        t.rows.append({cell(criterionTitle(c)), cell(yesNo(c.mandatory)),
                       cell(displayName(e.status), toneOf(e.status)),
                       ctx.evidence(e.level, e.observedAt, by), cell(describeEvaluation(e))});
        if (c.mandatory && e.status != CriterionStatus::Go)
            ctx.blockers.append(
                {Tr::tr("Gate \"%1\"").arg(gateName),
                 Tr::tr("%1: %2").arg(criterionTitle(c), displayName(e.status)),
                 e.level == EvidenceLevel::Assumed
                     ? Tr::tr("Evidence: an observation from the monitor or a person's "
                              "attestation.")
                     : describeEvaluation(e)});
        if (e.level == EvidenceLevel::Assumed && !c.assumption.isEmpty())
            ctx.assumptions.append({Tr::tr("Gate \"%1\"").arg(gateName),
                                    Tr::tr("%1: %2").arg(criterionTitle(c), c.assumption),
                                    Tr::tr("An observation or an attestation that confirms "
                                           "it.")});
        else if (!c.mandatory && e.level == EvidenceLevel::Assumed)
            ctx.assumptions.append(
                {Tr::tr("Gate \"%1\"").arg(gateName),
                 Tr::tr("%1 (optional): nothing backs it").arg(criterionTitle(c)),
                 Tr::tr("An attestation by the person who checked it.")});
    }
    s.blocks.append(tableBlock(t));
}

} // namespace

ReportSection cutoverSection(Context &ctx)
{
    const Plan &plan = ctx.plan;
    ReportSection s;
    s.id = QStringLiteral("cutover");
    s.title = Tr::tr("Cutover sequencing and go/no-go criteria");
    s.blocks.append(paragraph(
        Tr::tr("Phases in the order their dependencies allow. Planned dates and estimates are "
               "the plan's; actual dates were recorded by the phase owners.")));
    ReportTable phases =
        table({Tr::tr("#"), Tr::tr("Phase"), Tr::tr("Service"), Tr::tr("Owner"),
               Tr::tr("Planned (UTC)"), Tr::tr("Actual (UTC)"), Tr::tr("Estimate")},
              {0.04, 0.24, 0.11, 0.15, 0.17, 0.17, 0.12});
    int n = 0;
    for (const QString &id : topologicalOrder(plan)) {
        const Phase *p = plan.phase(id);
        if (!p)
            continue;
        const bool started = p->actualStart.has_value();
        const QString actual =
            started ? window(p->actualStart, p->actualEnd) : Tr::tr("Not started");
        phases.rows.append(
            {cell(QString::number(++n)),
             cell(Tr::tr("%1\n%2").arg(phaseTitle(*p), displayName(p->kind))),
             cell(displayName(p->service)), cell(p->owner.isEmpty() ? dash() : p->owner),
             cell(window(p->plannedStart, p->plannedEnd)),
             cell(actual, started ? (p->actualEnd ? ReportTone::Good : ReportTone::Normal)
                                  : ReportTone::Muted),
             cell(estimateText(ctx, p->id))});
    }
    s.blocks.append(tableBlock(phases));

    const QList<SequencingFinding> findings = checkSequencing(plan);
    s.blocks.append(heading(Tr::tr("Sequencing checks")));
    if (findings.isEmpty()) {
        s.blocks.append(note(Tr::tr("No sequencing problem: every cutover follows its checks, "
                                    "verified backup and data migration; dates respect the "
                                    "dependencies."),
                             ReportTone::Good));
    } else {
        ReportTable t = table({Tr::tr("Severity"), Tr::tr("Finding")}, {0.16, 0.84});
        for (const SequencingFinding &f : findings) {
            t.rows.append(
                {cell(severityText(f.severity), toneOf(f.severity)), cell(describeFinding(f))});
            if (f.severity == Severity::Error)
                ctx.blockers.append({Tr::tr("Sequencing"), describeFinding(f),
                                     Tr::tr("Correct the plan's order or dates.")});
        }
        s.blocks.append(tableBlock(t));
    }

    for (const Gate &g : plan.gates)
        gateBlocks(ctx, s, g);
    if (plan.gates.isEmpty()) {
        s.blocks.append(note(Tr::tr("The plan defines no go/no-go gate."), ReportTone::Warning));
        ctx.blockers.append({Tr::tr("Gates"), Tr::tr("No go/no-go gate is defined"),
                             Tr::tr("Add a gate before each cutover.")});
    }

    s.blocks.append(heading(Tr::tr("Decisions")));
    if (plan.decisions.isEmpty()) {
        s.blocks.append(paragraph(Tr::tr("No go/no-go decision has been recorded yet.")));
    } else {
        ReportTable t = table({Tr::tr("Decided"), Tr::tr("Gate"), Tr::tr("Outcome"), Tr::tr("Note"),
                               Tr::tr("Record digest")},
                              {0.22, 0.16, 0.14, 0.26, 0.22});
        for (const GoDecision &d : plan.decisions) {
            const bool intact = !d.digest.isEmpty() && computeDecisionDigest(d) == d.digest;
            const Gate *g = findGate(plan, d.gateId);
            t.rows.append(
                {ctx.evidence(EvidenceLevel::Attested, d.decidedAt, d.decidedBy),
                 cell(g && !g->title.isEmpty() ? g->title : d.gateId),
                 cell(outcomeText(d.outcome), d.outcome == DecisionOutcome::NoGo ? ReportTone::Bad
                                              : d.outcome == DecisionOutcome::Go
                                                  ? ReportTone::Good
                                                  : ReportTone::Warning),
                 cell(d.note.isEmpty() ? dash() : d.note),
                 cell(intact ? Tr::tr("%1… intact").arg(d.digest.left(16))
                             : Tr::tr("%1… does not match the record").arg(d.digest.left(16)),
                      intact ? ReportTone::Normal : ReportTone::Bad)});
        }
        s.blocks.append(tableBlock(t));
    }
    return s;
}

ReportSection rollbackSection(Context &ctx)
{
    const Plan &plan = ctx.plan;
    ReportSection s;
    s.id = QStringLiteral("rollback");
    s.title = Tr::tr("Rollback path per phase");
    if (const auto first = firstPointOfNoReturn(plan)) {
        const Phase *p = plan.phase(*first);
        s.blocks.append(note(Tr::tr("The first point of no return is \"%1\": up to it, every "
                                    "phase can be undone.")
                                 .arg(p ? phaseTitle(*p) : *first),
                             ReportTone::Warning));
    }
    s.blocks.append(paragraph(Tr::tr("How each phase is undone, in the order of the plan. Steps "
                                     "marked \"before the phase\" are preparations: until someone "
                                     "attests them, the rollback they enable is assumed.")));
    ReportTable t = table(
        {Tr::tr("Phase"), Tr::tr("Step"), Tr::tr("When"), Tr::tr("Prepared"), Tr::tr("Evidence")},
        {0.21, 0.39, 0.13, 0.11, 0.16});
    for (const QString &id : topologicalOrder(plan)) {
        const Phase *p = plan.phase(id);
        if (!p)
            continue;
        const QString phaseCell = Tr::tr("%1\n%2").arg(phaseTitle(*p), displayName(p->kind));
        const RollbackPath *path = findRollbackPath(plan, id);
        if (!path || path->steps.isEmpty()) {
            t.rows.append({cell(phaseCell),
                           cell(Tr::tr("No rollback path is defined for this "
                                       "phase."),
                                ReportTone::Bad),
                           cell(dash()), cell(dash()), ctx.evidence(EvidenceLevel::Assumed)});
            ctx.blockers.append({phaseTitle(*p), Tr::tr("No rollback path"),
                                 Tr::tr("Generate or write the phase's rollback steps.")});
            continue;
        }
        bool first = true;
        for (const RollbackStep &step : path->steps) {
            QString when =
                step.prepareBeforePhase ? Tr::tr("Before the phase") : Tr::tr("On rollback");
            if (step.irreversible)
                when = Tr::tr("Irreversible");
            ReportCell prepared = cell(dash(), ReportTone::Muted);
            ReportCell evidence = cell(dash(), ReportTone::Muted);
            if (step.prepareBeforePhase) {
                const bool done =
                    step.prepared && isComplete(*step.prepared) && step.prepared->holds;
                prepared = done ? cell(Tr::tr("Done"), ReportTone::Good)
                                : cell(Tr::tr("Not attested"), ReportTone::Warning);
                evidence = done ? ctx.evidence(EvidenceLevel::Attested, step.prepared->at,
                                               step.prepared->by)
                                : ctx.evidence(EvidenceLevel::Assumed);
                if (done && !step.prepared->note.isEmpty())
                    evidence.text += QLatin1Char('\n') + step.prepared->note;
            }
            t.rows.append({cell(first ? phaseCell : QString()), cell(displayText(step)),
                           cell(when, step.irreversible ? ReportTone::Bad : ReportTone::Normal),
                           prepared, evidence});
            first = false;
        }
        if (path->pointOfNoReturn)
            t.rows.append({cell(QString()),
                           cell(Tr::tr("Point of no return: %1")
                                    .arg(describePointOfNoReturn(path->pointOfNoReturnReason)),
                                ReportTone::Bad),
                           cell(Tr::tr("After the phase"), ReportTone::Bad), cell(dash()),
                           cell(dash())});
    }
    s.blocks.append(tableBlock(t));
    return s;
}

} // namespace ferry::model::reportdetail
