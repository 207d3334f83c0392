// SPDX-License-Identifier: GPL-3.0-or-later
// Sections 8 and 9: the risk register, and what keeps the report from stronger conclusions.
#include "model/reportbuilder_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

int rank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

ReportTable gapTable(const QList<Gap> &gaps, const QString &whatHeader, const QString &needHeader)
{
    ReportTable t = table({Tr::tr("Where"), whatHeader, needHeader}, {0.22, 0.42, 0.36});
    for (const Gap &g : gaps)
        t.rows.append({cell(g.area), cell(g.what), cell(g.needs)});
    return t;
}

QString estimateFigures(const Context &ctx)
{
    const EstimateAssumptions &a = ctx.plan.assumptions;
    const QLocale &l = ctx.locale;
    return Tr::tr("Bandwidth %1 Mbit/s at %2 % efficiency; disk read %3 MB/s; DTS %4 rows/s full "
                  "load and %5 rows/s apply; MMS %6 MB/s plus %7 % for verification; "
                  "ossimport workers: %8, %9 threads each.")
        .arg(l.toString(a.bandwidthMbps, 'f', 0), l.toString(a.bandwidthEfficiency * 100, 'f', 0),
             l.toString(a.diskReadMBps, 'f', 0), l.toString(a.dtsFullRowsPerSecond, 'f', 0),
             l.toString(a.dtsApplyRowsPerSecond, 'f', 0), l.toString(a.mmsThroughputMBps, 'f', 0),
             l.toString(a.mmsVerificationFactor * 100, 'f', 0), QString::number(a.ossImportWorkers),
             QString::number(a.ossImportThreadsPerWorker));
}

} // namespace

ReportSection risksSection(Context &ctx)
{
    const Plan &plan = ctx.plan;
    ReportSection s;
    s.id = QStringLiteral("risks");
    s.title = Tr::tr("Risks");
    s.blocks.append(heading(Tr::tr("Risk register")));
    if (plan.risks.isEmpty()) {
        s.blocks.append(note(Tr::tr("The plan's risk register is empty."), ReportTone::Warning));
    } else {
        ReportTable t = table({Tr::tr("Severity"), Tr::tr("Risk"), Tr::tr("Owner"),
                               Tr::tr("Mitigation"), Tr::tr("Phases"), Tr::tr("Evidence")},
                              {0.11, 0.25, 0.14, 0.24, 0.12, 0.14});
        QList<Risk> risks = plan.risks;
        std::stable_sort(risks.begin(), risks.end(), [](const Risk &a, const Risk &b) {
            return rank(a.severity) < rank(b.severity);
        });
        for (const Risk &r : risks) {
            QStringList phases;
            for (const QString &id : r.phaseIds) {
                const Phase *p = plan.phase(id);
                phases.append(p ? phaseTitle(*p) : id);
            }
            t.rows.append({cell(severityText(r.severity), toneOf(r.severity)), cell(r.title),
                           cell(r.owner.isEmpty() ? dash() : r.owner),
                           cell(r.mitigation.isEmpty() ? Tr::tr("None recorded") : r.mitigation,
                                r.mitigation.isEmpty() ? ReportTone::Warning : ReportTone::Normal),
                           cell(phases.isEmpty() ? dash() : phases.join(u"; ")),
                           r.owner.isEmpty() ? ctx.evidence(EvidenceLevel::Assumed)
                                             : ctx.evidence(EvidenceLevel::Attested, {}, r.owner)});
            if (r.severity == Severity::Error && r.mitigation.isEmpty())
                ctx.blockers.append({Tr::tr("Risk register"),
                                     Tr::tr("Critical risk without mitigation: %1").arg(r.title),
                                     Tr::tr("A mitigation and an owner.")});
        }
        s.blocks.append(tableBlock(t));
    }
    s.blocks.append(heading(Tr::tr("Risks found in the configuration and monitoring")));
    if (ctx.derivedRisks.isEmpty()) {
        s.blocks.append(paragraph(Tr::tr("The observed settings and states raise no further "
                                         "risk.")));
    } else {
        QList<DerivedRisk> risks = ctx.derivedRisks;
        std::stable_sort(risks.begin(), risks.end(),
                         [](const DerivedRisk &a, const DerivedRisk &b) {
                             return rank(a.severity) < rank(b.severity);
                         });
        ReportTable t =
            table({Tr::tr("Severity"), Tr::tr("Where"), Tr::tr("Risk"), Tr::tr("Evidence")},
                  {0.11, 0.20, 0.49, 0.20});
        for (const DerivedRisk &r : risks)
            t.rows.append({cell(severityText(r.severity), toneOf(r.severity)), cell(r.area),
                           cell(r.text), r.evidence});
        s.blocks.append(tableBlock(t));
    }
    return s;
}

ReportSection gapsSection(Context &ctx)
{
    ReportSection s;
    s.id = QStringLiteral("gaps");
    s.title = Tr::tr("Assumptions and blockers");
    s.blocks.append(paragraph(
        Tr::tr("What prevents stronger conclusions. A blocker keeps a mandatory go/no-go "
               "criterion from GO; an assumption is something this report takes on trust.")));
    s.blocks.append(heading(Tr::tr("Blockers")));
    if (ctx.blockers.isEmpty())
        s.blocks.append(note(Tr::tr("Nothing blocks a GO at any gate."), ReportTone::Good));
    else
        s.blocks.append(tableBlock(
            gapTable(ctx.blockers, Tr::tr("What blocks"), Tr::tr("What would resolve it"))));

    QList<Gap> assumptions = ctx.assumptions;
    QStringList unsized;
    for (const PhaseEstimate &e : ctx.estimate.phases) {
        const Phase *p = ctx.plan.phase(e.phaseId);
        if (p && !e.estimate.seconds)
            unsized.append(phaseTitle(*p));
    }
    if (!unsized.isEmpty())
        assumptions.append({Tr::tr("Estimates"),
                            Tr::tr("Phases without a duration estimate (%1): %2")
                                .arg(unsized.size())
                                .arg(unsized.join(u"; ")),
                            Tr::tr("Size each phase's workload, or give a fixed duration.")});
    assumptions.append({Tr::tr("Estimates"), estimateFigures(ctx),
                        Tr::tr("Measure throughput on the real network path and update the "
                               "plan's figures.")});
    s.blocks.append(heading(Tr::tr("Assumptions")));
    s.blocks.append(tableBlock(
        gapTable(assumptions, Tr::tr("What is assumed"), Tr::tr("What would make it evidence"))));
    return s;
}

} // namespace ferry::model::reportdetail
