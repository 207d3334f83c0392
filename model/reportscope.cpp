// SPDX-License-Identifier: GPL-3.0-or-later
// Section 1: what the plan covers, how strong its evidence is, and the gates at a glance.
#include "model/reportbuilder_p.h"

#include <QCoreApplication>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

// The weakest level among the mandatory criteria: what the report can claim at best.
EvidenceLevel weakestLevel(const Context &ctx, bool *any)
{
    EvidenceLevel weakest = EvidenceLevel::Verified;
    *any = false;
    for (const Gate &g : ctx.plan.gates) {
        for (const CriterionEvaluation &e : ctx.evaluations.value(g.id)) {
            if (!e.mandatory)
                continue;
            *any = true;
            if (int(e.level) > int(weakest))
                weakest = e.level;
        }
    }
    return weakest;
}

} // namespace

ReportSection scopeSection(Context &ctx)
{
    const Plan &plan = ctx.plan;
    ReportSection s;
    s.id = QStringLiteral("scope");
    s.title = Tr::tr("Scope and evidence level");
    if (!plan.description.isEmpty())
        s.blocks.append(paragraph(plan.description));

    ReportTable facts = factTable();
    const ReportCell none = cell(dash(), ReportTone::Muted);
    addFact(facts, Tr::tr("Plan"), plan.name.isEmpty() ? plan.id : plan.name, none);
    addFact(facts, Tr::tr("Plan id"), plan.id, none);
    if (!plan.scenario.isEmpty())
        addFact(facts, Tr::tr("Scenario"), plan.scenario, none);
    QStringList services;
    for (PlanService sv : plan.dataServices())
        services.append(displayName(sv));
    addFact(facts, Tr::tr("Services"), services.isEmpty() ? dash() : services.join(u", "), none);
    addFact(facts, Tr::tr("Phases"),
            Tr::tr("%1 phases, %2 gates, %3 risks")
                .arg(plan.phases.size())
                .arg(plan.gates.size())
                .arg(plan.risks.size()),
            none);
    if (ctx.estimate.criticalPathSeconds > 0)
        addFact(facts, Tr::tr("Critical path estimate"),
                formatDuration(ctx.estimate.criticalPathSeconds * 1000),
                ctx.evidence(EvidenceLevel::Assumed));
    addFact(facts, Tr::tr("Plan last modified"), formatTime(plan.modifiedAt), none);
    const bool observed = plan.observations && !plan.observations->isEmpty();
    if (observed) {
        const PlanObservations &o = *plan.observations;
        addFact(facts, Tr::tr("Monitoring data"),
                Tr::tr("%1 DTS, %2 SMC and %3 MMS jobs observed; from %4")
                    .arg(o.dts.size())
                    .arg(o.smc.size())
                    .arg(o.mms.size())
                    .arg(o.collectedFrom.isEmpty() ? dash() : o.collectedFrom),
                ctx.evidence(EvidenceLevel::Verified, o.collectedAt));
    } else {
        addFact(facts, Tr::tr("Monitoring data"),
                Tr::tr("None: the plan file holds no observations"), none, ReportTone::Warning);
        ctx.assumptions.append({Tr::tr("Whole plan"),
                                Tr::tr("No monitoring data is stored with the plan: every live "
                                       "criterion is unknown."),
                                Tr::tr("Record observations from the monitor into the plan.")});
    }
    addFact(facts, Tr::tr("Criteria judged as of"), formatTime(ctx.asOf), none);
    s.blocks.append(tableBlock(facts));

    s.blocks.append(heading(Tr::tr("Evidence levels")));
    s.blocks.append(paragraph(
        Tr::tr("Every fact in this report carries the level of evidence behind it. Verified facts "
               "were read from the cloud service by the monitor, with the time they were seen. "
               "Attested facts were stated by a named person on a date. Assumed facts have "
               "nothing behind them yet and are listed in the last section.")));
    ReportTable levels =
        table({Tr::tr("Level"), Tr::tr("Meaning"), Tr::tr("Facts")}, {0.18, 0.64, 0.18});
    levels.numericColumns = {2};
    levels.rows.append({cell(displayName(EvidenceLevel::Verified), ReportTone::Good),
                        cell(Tr::tr("Read from the service, with timestamp")),
                        cell(QString::number(ctx.tally.verified))});
    levels.rows.append({cell(displayName(EvidenceLevel::Attested)),
                        cell(Tr::tr("Stated by a named person, with date and note")),
                        cell(QString::number(ctx.tally.attested))});
    levels.rows.append({cell(displayName(EvidenceLevel::Assumed), ReportTone::Warning),
                        cell(Tr::tr("Nothing backs it yet")),
                        cell(QString::number(ctx.tally.assumed))});
    s.blocks.append(tableBlock(levels));

    bool any = false;
    const EvidenceLevel weakest = weakestLevel(ctx, &any);
    if (any) {
        const QString text =
            weakest == EvidenceLevel::Verified
                ? Tr::tr("Every mandatory go/no-go criterion rests on verified data.")
            : weakest == EvidenceLevel::Attested
                ? Tr::tr("The go/no-go conclusions are at most attested: at least one mandatory "
                         "criterion rests on a person's statement rather than observed data.")
                : Tr::tr("The go/no-go conclusions are at most assumed: at least one mandatory "
                         "criterion has no evidence at all. See \"Assumptions and blockers\".");
        s.blocks.append(note(text, weakest == EvidenceLevel::Verified   ? ReportTone::Good
                                   : weakest == EvidenceLevel::Attested ? ReportTone::Normal
                                                                        : ReportTone::Warning));
    }

    if (!plan.gates.isEmpty()) {
        s.blocks.append(heading(Tr::tr("Readiness at a glance")));
        ReportTable glance = table({Tr::tr("Gate"), Tr::tr("Before phase"), Tr::tr("State"),
                                    Tr::tr("GO"), Tr::tr("NO-GO"), Tr::tr("Unknown")},
                                   {0.24, 0.30, 0.12, 0.10, 0.11, 0.13});
        glance.numericColumns = {3, 4, 5};
        for (const Gate &g : plan.gates) {
            const QList<CriterionEvaluation> &ev = ctx.evaluations.value(g.id);
            int go = 0;
            int noGo = 0;
            int unknown = 0;
            for (const CriterionEvaluation &e : ev) {
                go += e.status == CriterionStatus::Go;
                noGo += e.status == CriterionStatus::NoGo;
                unknown += e.status == CriterionStatus::Unknown;
            }
            const Phase *p = plan.phase(g.phaseId);
            const CriterionStatus st = overallStatus(ev);
            glance.rows.append({cell(g.title.isEmpty() ? g.id : g.title),
                                cell(p ? phaseTitle(*p) : g.phaseId),
                                cell(displayName(st), toneOf(st)), cell(QString::number(go)),
                                cell(QString::number(noGo)), cell(QString::number(unknown))});
        }
        s.blocks.append(tableBlock(glance));
    }
    return s;
}

} // namespace ferry::model::reportdetail
