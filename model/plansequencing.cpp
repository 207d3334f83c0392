// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plansequencing.h"

#include "model/plan.h"
#include "model/plantime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace ferry::model {

namespace {

using Params = QMap<QString, QString>;

void add(QList<SequencingFinding> &out, const char *ruleId, QStringList phases, Params params = {})
{
    SequencingFinding f;
    f.ruleId = QString::fromLatin1(ruleId);
    f.phaseIds = std::move(phases);
    f.params = std::move(params);
    for (const SequencingRule &r : sequencingRules()) {
        if (f.ruleId == QLatin1String(r.id))
            f.severity = r.severity;
    }
    out.append(f);
}

void checkIds(const Plan &plan, QList<SequencingFinding> &out)
{
    QSet<QString> seen;
    QSet<QString> known;
    for (const Phase &p : plan.phases)
        known.insert(p.id);
    for (const Phase &p : plan.phases) {
        if (seen.contains(p.id))
            add(out, "phase.duplicateId", {p.id});
        seen.insert(p.id);
        for (const QString &d : p.dependsOn) {
            if (d == p.id)
                add(out, "dependency.self", {p.id});
            else if (!known.contains(d))
                add(out, "dependency.unknown", {p.id}, {{QStringLiteral("dependency"), d}});
        }
        if (p.owner.trimmed().isEmpty())
            add(out, "phase.noOwner", {p.id});
    }
    for (const Gate &g : plan.gates) {
        if (!plan.phase(g.phaseId))
            add(out, "gate.unknownPhase", {},
                {{QStringLiteral("gate"), g.id}, {QStringLiteral("phase"), g.phaseId}});
    }
}

// Tarjan's strongly connected components; every component of two or more phases is a cycle.
void checkCycles(const Plan &plan, QList<SequencingFinding> &out)
{
    QHash<QString, int> index;
    QHash<QString, int> low;
    QSet<QString> onStack;
    QStringList stack;
    int counter = 0;
    std::function<void(const Phase &)> visit = [&](const Phase &p) {
        index.insert(p.id, counter);
        low.insert(p.id, counter);
        ++counter;
        stack.append(p.id);
        onStack.insert(p.id);
        for (const QString &d : p.dependsOn) {
            const Phase *q = plan.phase(d);
            if (!q || q->id == p.id)
                continue;
            if (!index.contains(q->id)) {
                visit(*q);
                low[p.id] = std::min(low.value(p.id), low.value(q->id));
            } else if (onStack.contains(q->id)) {
                low[p.id] = std::min(low.value(p.id), index.value(q->id));
            }
        }
        if (low.value(p.id) == index.value(p.id)) {
            QStringList component;
            QString id;
            do {
                id = stack.takeLast();
                onStack.remove(id);
                component.prepend(id);
            } while (id != p.id);
            if (component.size() > 1) {
                QStringList ordered; // plan order reads better than stack order
                for (const Phase &x : plan.phases) {
                    if (component.contains(x.id) && !ordered.contains(x.id))
                        ordered.append(x.id);
                }
                add(out, "dependency.cycle", ordered);
            }
        }
    };
    for (const Phase &p : plan.phases) {
        if (!index.contains(p.id))
            visit(p);
    }
}

QList<const Phase *> phasesWhere(const Plan &plan, const std::function<bool(const Phase &)> &pred)
{
    QList<const Phase *> out;
    for (const Phase &p : plan.phases) {
        if (pred(p))
            out.append(&p);
    }
    return out;
}

void checkCutovers(const Plan &plan, QList<SequencingFinding> &out)
{
    const auto checks =
        phasesWhere(plan, [](const Phase &p) { return p.kind == PhaseKind::PreCutoverChecks; });
    const auto backups =
        phasesWhere(plan, [](const Phase &p) { return p.kind == PhaseKind::BackupVerification; });
    const auto migrations = phasesWhere(
        plan, [](const Phase &p) { return movesData(p.kind) && isDataService(p.service); });
    const auto earlyCutovers = phasesWhere(plan, [](const Phase &p) {
        return p.kind == PhaseKind::CutoverDatabase || p.kind == PhaseKind::CutoverServers;
    });

    for (const Phase &c : plan.phases) {
        if (!isCutover(c.kind))
            continue;
        const QStringList deps = transitiveDependencies(plan, c.id);
        const auto reaches = [&](const Phase *p) { return deps.contains(p->id); };

        if (std::none_of(checks.begin(), checks.end(), reaches))
            add(out, "cutover.beforePreChecks", {c.id});

        bool gated = false;
        for (const Gate &g : plan.gates)
            gated = gated || g.phaseId == c.id;
        if (!gated)
            add(out, "cutover.withoutGate", {c.id});

        const RollbackPath *path = findRollbackPath(plan, c.id);
        if (!path || path->steps.isEmpty())
            add(out, "cutover.withoutRollbackPath", {c.id});

        if (c.kind == PhaseKind::CutoverDatabase &&
            std::none_of(backups.begin(), backups.end(), reaches))
            add(out, "cutover.databaseWithoutBackup", {c.id});

        if (c.kind != PhaseKind::CutoverDnsLb) {
            // A database or server cutover needs its own service's data moved first.
            for (const Phase *m : migrations) {
                if (m->service == c.service && !reaches(m))
                    add(out, "cutover.beforeDataMigrated", {c.id, m->id},
                        {{QStringLiteral("service"), toId(m->service)}});
            }
            continue;
        }

        for (const Phase *e : earlyCutovers) {
            if (!reaches(e))
                add(out, "cutover.dnsBeforeDatabase", {c.id, e->id});
        }
        for (const Phase *m : migrations) {
            const Params params{{QStringLiteral("service"), toId(m->service)}};
            if (!reaches(m)) {
                add(out, "cutover.dnsBeforeDataMigrated", {c.id, m->id}, params);
                continue;
            }
            // Verified means a pre-cutover check that itself comes after the migration.
            const bool verified = std::any_of(checks.begin(), checks.end(), [&](const Phase *k) {
                return reaches(k) && dependsOn(plan, k->id, m->id);
            });
            if (!verified)
                add(out, "cutover.dnsBeforeDataVerified", {c.id, m->id}, params);
        }
    }
}

void checkDecommission(const Plan &plan, QList<SequencingFinding> &out)
{
    const auto windows =
        phasesWhere(plan, [](const Phase &p) { return p.kind == PhaseKind::RollbackWindow; });
    for (const Phase &d : plan.phases) {
        if (d.kind != PhaseKind::Decommission)
            continue;
        const QStringList deps = transitiveDependencies(plan, d.id);
        bool after = false;
        for (const Phase *w : windows) {
            if (!deps.contains(w->id))
                continue;
            after = true;
            if (d.plannedStart && w->plannedEnd && *d.plannedStart < *w->plannedEnd)
                add(out, "decommission.beforeRollbackWindowEnds", {d.id, w->id},
                    {{QStringLiteral("start"), isoUtc(*d.plannedStart)},
                     {QStringLiteral("windowEnd"), isoUtc(*w->plannedEnd)}});
        }
        if (!after)
            add(out, "decommission.beforeRollbackWindow", {d.id});
    }
}

void checkDates(const Plan &plan, QList<SequencingFinding> &out)
{
    for (const Phase &p : plan.phases) {
        if (p.plannedStart && p.plannedEnd && *p.plannedEnd < *p.plannedStart)
            add(out, "dates.endBeforeStart", {p.id},
                {{QStringLiteral("start"), isoUtc(*p.plannedStart)},
                 {QStringLiteral("end"), isoUtc(*p.plannedEnd)}});
        for (const QString &id : p.dependsOn) {
            const Phase *d = plan.phase(id);
            if (!d || d->id == p.id)
                continue;
            if (p.plannedStart && d->plannedEnd && *p.plannedStart < *d->plannedEnd)
                add(out, "dates.startBeforeDependencyEnds", {p.id, d->id},
                    {{QStringLiteral("start"), isoUtc(*p.plannedStart)},
                     {QStringLiteral("dependencyEnd"), isoUtc(*d->plannedEnd)}});
            if (p.actualStart && d->actualEnd && *p.actualStart < *d->actualEnd)
                add(out, "dates.actualStartBeforeDependencyEnds", {p.id, d->id},
                    {{QStringLiteral("start"), isoUtc(*p.actualStart)},
                     {QStringLiteral("dependencyEnd"), isoUtc(*d->actualEnd)}});
            if (p.actualStart && !d->actualEnd)
                add(out, "dates.startedBeforeDependencyEnded", {p.id, d->id});
        }
    }
}

} // namespace

const QList<SequencingRule> &sequencingRules()
{
    static const QList<SequencingRule> rules{
        {"phase.duplicateId",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing", "Phase id %1 is used more than once."),
         {QStringLiteral("phase0")}},
        {"dependency.self",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing", "Phase %1 depends on itself."),
         {QStringLiteral("phase0")}},
        {"dependency.unknown",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phase %1 depends on %2, which is not a phase of this plan."),
         {QStringLiteral("phase0"), QStringLiteral("dependency")}},
        {"dependency.cycle",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phases %1 depend on each other in a cycle; none of them can start."),
         {QStringLiteral("phases")}},
        {"gate.unknownPhase",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Gate %1 guards phase %2, which is not a phase of this plan."),
         {QStringLiteral("gate"), QStringLiteral("phase")}},
        {"cutover.beforePreChecks",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Cutover %1 does not come after any pre-cutover checks."),
         {QStringLiteral("phase0")}},
        {"cutover.databaseWithoutBackup",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Database cutover %1 does not come after a backup verification: "
                           "without a tested restore there is no way back from a bad cutover."),
         {QStringLiteral("phase0")}},
        {"cutover.beforeDataMigrated",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Cutover %1 does not come after %2, the %3 data migration it "
                           "switches to."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("service")}},
        {"cutover.dnsBeforeDatabase",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "DNS/LB cutover %1 does not come after cutover %2: the database and "
                           "servers are switched first, DNS/LB last."),
         {QStringLiteral("phase0"), QStringLiteral("phase1")}},
        {"cutover.dnsBeforeDataMigrated",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "DNS/LB cutover %1 does not come after %2 (%3): traffic would move "
                           "before the data has been migrated."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("service")}},
        {"cutover.dnsBeforeDataVerified",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "DNS/LB cutover %1 comes after %2 (%3) but no pre-cutover check "
                           "verifies that migration in between."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("service")}},
        {"cutover.withoutGate",
         Severity::Warning,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing", "Cutover %1 has no go/no-go gate."),
         {QStringLiteral("phase0")}},
        {"cutover.withoutRollbackPath",
         Severity::Warning,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing", "Cutover %1 has no rollback path."),
         {QStringLiteral("phase0")}},
        {"decommission.beforeRollbackWindow",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Decommission %1 does not come after a rollback window: the sources "
                           "would be gone while a rollback may still be needed."),
         {QStringLiteral("phase0")}},
        {"decommission.beforeRollbackWindowEnds",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Decommission %1 is planned to start at %3, before rollback window %2 "
                           "ends at %4."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("start"),
          QStringLiteral("windowEnd")}},
        {"dates.endBeforeStart",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phase %1 is planned to end (%3) before it starts (%2)."),
         {QStringLiteral("phase0"), QStringLiteral("start"), QStringLiteral("end")}},
        {"dates.startBeforeDependencyEnds",
         Severity::Error,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phase %1 is planned to start at %3, before its dependency %2 ends at "
                           "%4."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("start"),
          QStringLiteral("dependencyEnd")}},
        {"dates.actualStartBeforeDependencyEnds",
         Severity::Warning,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phase %1 started at %3, before its dependency %2 ended at %4."),
         {QStringLiteral("phase0"), QStringLiteral("phase1"), QStringLiteral("start"),
          QStringLiteral("dependencyEnd")}},
        {"dates.startedBeforeDependencyEnded",
         Severity::Warning,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing",
                           "Phase %1 has started but its dependency %2 has not ended."),
         {QStringLiteral("phase0"), QStringLiteral("phase1")}},
        {"phase.noOwner",
         Severity::Warning,
         QT_TRANSLATE_NOOP("ferry::model::Sequencing", "Phase %1 has no owner."),
         {QStringLiteral("phase0")}},
    };
    return rules;
}

QList<SequencingFinding> checkSequencing(const Plan &plan)
{
    QList<SequencingFinding> out;
    checkIds(plan, out);
    checkCycles(plan, out);
    checkCutovers(plan, out);
    checkDecommission(plan, out);
    checkDates(plan, out);
    return out;
}

bool hasErrors(const QList<SequencingFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const SequencingFinding &f) { return f.severity == Severity::Error; });
}

QString describeFinding(const SequencingFinding &finding)
{
    for (const SequencingRule &r : sequencingRules()) {
        if (finding.ruleId != QLatin1String(r.id))
            continue;
        QString text = QCoreApplication::translate("ferry::model::Sequencing", r.text);
        for (const QString &name : r.paramNames) {
            if (name == QLatin1String("phases"))
                text = text.arg(finding.phaseIds.join(QStringLiteral(", ")));
            else if (name.startsWith(QLatin1String("phase")) && name.size() == 6 &&
                     name.at(5).isDigit())
                text = text.arg(finding.phaseIds.value(name.at(5).digitValue()));
            else
                text = text.arg(finding.params.value(name));
        }
        return text;
    }
    return finding.ruleId;
}

} // namespace ferry::model
