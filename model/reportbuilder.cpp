// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the report from a sanitized plan: evaluates the gates once, lets each section add its
// blocks and its gaps, then masks every string again.
#include "model/reportbuilder_p.h"

#include "model/planfile.h"
#include "model/sanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ferry::model {

namespace {

using namespace reportdetail;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

constexpr QLatin1String kAccessKeyPrefix("LTAI");

// maskText() masks AccessKey IDs it recognises; whatever still carries the prefix (a short or
// oddly delimited fragment) is replaced whole, so the final check never has to refuse.
QString scrub(const QString &text)
{
    QString out = maskText(text);
    if (!out.contains(kAccessKeyPrefix))
        return out;
    static const QRegularExpression word(QStringLiteral("\\S*LTAI\\S*"));
    out.replace(word, QString::fromLatin1(kMask.data(), qsizetype(kMask.size())));
    return out;
}

void scrub(Report &r)
{
    const auto fix = [](QString &s) { s = scrub(s); };
    fix(r.title);
    fix(r.planName);
    fix(r.subtitle);
    fix(r.coverVerdict);
    fix(r.generatedLine);
    fix(r.confidentiality);
    for (auto &f : r.coverFacts) {
        fix(f.first);
        fix(f.second);
    }
    for (ReportSection &s : r.sections) {
        fix(s.title);
        for (ReportBlock &b : s.blocks) {
            fix(b.text);
            for (QString &h : b.table.headers)
                fix(h);
            for (auto &row : b.table.rows) {
                for (ReportCell &c : row)
                    fix(c.text);
            }
            if (b.chart) {
                auto chart = std::make_shared<ReportChart>(*b.chart);
                fix(chart->title);
                fix(chart->xTitle);
                fix(chart->yTitle);
                fix(chart->emptyText);
                for (QString &l : chart->legend)
                    fix(l);
                for (QString &l : chart->lanes)
                    fix(l);
                b.chart = chart;
            }
        }
    }
}

// The first gate whose phase has not ended, in dependency order: the decision ahead.
const Gate *nextGate(const Plan &plan)
{
    for (const QString &id : topologicalOrder(plan)) {
        const Phase *p = plan.phase(id);
        if (!p || p->actualEnd)
            continue;
        for (const Gate &g : plan.gates) {
            if (g.phaseId == id)
                return &g;
        }
    }
    return nullptr;
}

void cover(Report &r, Context &ctx)
{
    const Plan &plan = ctx.plan;
    r.title = Tr::tr("Migration report");
    r.planName = plan.name.isEmpty() ? plan.id : plan.name;
    r.subtitle = plan.scenario.isEmpty()
                     ? Tr::tr("Cutover plan %1").arg(plan.id)
                     : Tr::tr("Cutover plan %1 · scenario %2").arg(plan.id, plan.scenario);
    QStringList services;
    for (PlanService s : plan.dataServices())
        services.append(displayName(s));
    r.coverFacts.append({Tr::tr("Services"), services.isEmpty() ? dash() : services.join(u", ")});
    std::optional<QDateTime> first;
    std::optional<QDateTime> last;
    for (const Phase &p : plan.phases) {
        if (p.plannedStart && (!first || *p.plannedStart < *first))
            first = p.plannedStart;
        if (p.plannedEnd && (!last || *p.plannedEnd > *last))
            last = p.plannedEnd;
    }
    r.coverFacts.append(
        {Tr::tr("Planned window"),
         first && last ? Tr::tr("%1 to %2").arg(formatTime(*first), formatTime(*last)) : dash()});
    const bool observed = plan.observations && !plan.observations->isEmpty();
    r.coverFacts.append({Tr::tr("Criteria judged as of"), formatTime(ctx.asOf)});
    r.coverFacts.append({Tr::tr("Monitoring data"),
                         observed ? Tr::tr("Collected %1 from %2")
                                        .arg(formatTime(plan.observations->collectedAt),
                                             plan.observations->collectedFrom.isEmpty()
                                                 ? dash()
                                                 : plan.observations->collectedFrom)
                                  : Tr::tr("None: this report rests on the plan alone")});
    r.coverFacts.append({Tr::tr("Generated"), formatTime(ctx.generatedAt)});
    r.coverFacts.append({Tr::tr("Evidence"), Tr::tr("%1 verified, %2 attested, %3 assumed")
                                                 .arg(ctx.tally.verified)
                                                 .arg(ctx.tally.attested)
                                                 .arg(ctx.tally.assumed)});
    if (const Gate *g = nextGate(plan)) {
        const QList<CriterionEvaluation> &ev = ctx.evaluations.value(g->id);
        const CriterionStatus st = overallStatus(ev);
        const qsizetype notMet =
            std::count_if(ev.cbegin(), ev.cend(), [](const CriterionEvaluation &e) {
                return e.mandatory && e.status != CriterionStatus::Go;
            });
        const QString gateName = g->title.isEmpty() ? g->id : g->title;
        r.coverVerdict =
            st == CriterionStatus::Go
                ? Tr::tr("Next gate \"%1\": GO, every mandatory criterion is met.").arg(gateName)
                : Tr::tr("Next gate \"%1\": %2; mandatory criteria not met: %3.")
                      .arg(gateName, displayName(st))
                      .arg(notMet);
        r.coverTone = toneOf(st);
    } else {
        r.coverVerdict = Tr::tr("No gate lies ahead in this plan.");
    }
    r.generatedLine = Tr::tr("Generated %1").arg(formatTime(ctx.generatedAt));
    r.confidentiality = Tr::tr("Secrets masked");
}

} // namespace

void EvidenceTally::add(const QList<ReportSection> &sections)
{
    for (const ReportSection &s : sections) {
        for (const ReportBlock &b : s.blocks) {
            for (const auto &row : b.table.rows) {
                for (const ReportCell &c : row) {
                    if (!c.evidence)
                        continue;
                    verified += *c.evidence == EvidenceLevel::Verified;
                    attested += *c.evidence == EvidenceLevel::Attested;
                    assumed += *c.evidence == EvidenceLevel::Assumed;
                }
            }
        }
    }
}

QStringList Report::allText() const
{
    QStringList out{title, planName, subtitle, coverVerdict, generatedLine, confidentiality};
    for (const auto &f : coverFacts)
        out << f.first << f.second;
    for (const ReportSection &s : sections) {
        out << s.title;
        for (const ReportBlock &b : s.blocks) {
            if (!b.text.isEmpty())
                out << b.text;
            out << b.table.headers;
            for (const auto &row : b.table.rows) {
                for (const ReportCell &c : row)
                    out << c.text;
            }
            if (b.chart)
                out << b.chart->title << b.chart->legend << b.chart->lanes << b.chart->xTitle
                    << b.chart->yTitle << b.chart->emptyText;
        }
    }
    return out;
}

Report buildReport(const Plan &original, const ReportOptions &options)
{
    const Plan plan = sanitizedPlan(original);
    Context ctx{plan, options.locale};
    ctx.generatedAt =
        (options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc())
            .toUTC();
    const bool observed = plan.observations && !plan.observations->isEmpty();
    ctx.asOf = observed && plan.observations->collectedAt.isValid()
                   ? plan.observations->collectedAt.toUTC()
                   : ctx.generatedAt;
    ctx.inputs = observed ? toGateInputs(*plan.observations, ctx.asOf) : GateInputs{};
    ctx.inputs.now = ctx.asOf;
    for (const Gate &g : plan.gates)
        ctx.evaluations.insert(g.id, evaluateGate(plan, g, ctx.inputs));
    ctx.estimate = estimatePlan(plan);

    Report r;
    // Built in the order their inputs exist: the scope section counts the evidence of the
    // others, and the gaps section collects what the others could not conclude.
    QList<ReportSection> body;
    body.append(toolsSection(ctx));
    body.append(cutoverSection(ctx));
    body.append(rollbackSection(ctx));
    body.append(dtsSection(ctx));
    body.append(smcSection(ctx));
    body.append(mmsSection(ctx));
    body.append(risksSection(ctx));
    {
        // A dry run counts the scope section's own facts, so the tally it shows is complete.
        Context probe = ctx;
        ctx.tally.add({scopeSection(probe)});
        ctx.tally.add(body);
    }
    r.sections.append(scopeSection(ctx));
    r.sections.append(body);
    r.sections.append(gapsSection(ctx));
    cover(r, ctx);
    r.tally = ctx.tally;
    scrub(r);
    return r;
}

QStringList findSecretsInText(const QStringList &texts)
{
    QStringList hits;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &t = texts.at(i);
        if (t.contains(kAccessKeyPrefix))
            hits.append(QStringLiteral("text %1: AccessKey ID prefix").arg(i));
        else if (maskText(t) != t)
            hits.append(QStringLiteral("text %1: secret-looking value").arg(i));
    }
    return hits;
}

} // namespace ferry::model
