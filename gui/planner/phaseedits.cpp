// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/phaseedits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ferry::gui::phaseedits {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::PhaseEdits)
};

bool before(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b)
{
    return a && b && a->isValid() && b->isValid() && *a < *b;
}
} // namespace

QStringList validatePhase(const model::Plan &plan, const model::Phase &phase, bool isNew)
{
    QStringList problems;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!idPattern.match(phase.id).hasMatch())
        problems << Tr::tr("Enter an id made of letters, digits, '.', '_' or '-'.");
    else if (isNew && plan.phase(phase.id))
        problems << Tr::tr("The id %1 is already used by another phase.").arg(phase.id);
    if (phase.title.trimmed().isEmpty())
        problems << Tr::tr("Enter a title that says what the phase does.");
    if (before(phase.plannedEnd, phase.plannedStart))
        problems << Tr::tr("The planned end is before the planned start.");
    if (before(phase.actualEnd, phase.actualStart))
        problems << Tr::tr("The actual end is before the actual start.");
    if (phase.actualEnd && !phase.actualStart)
        problems << Tr::tr("A phase with an actual end needs an actual start.");
    for (const QString &dep : phase.dependsOn) {
        if (dep == phase.id) {
            problems << Tr::tr("A phase cannot depend on itself.");
        } else if (!plan.phase(dep)) {
            problems << Tr::tr("%1 is not a phase of this plan.").arg(dep);
        } else if (!isNew && model::dependsOn(plan, dep, phase.id)) {
            problems << Tr::tr("%1 already comes after this phase; depending on it would make a "
                               "cycle.")
                            .arg(dep);
        }
    }
    if (phase.dependsOn.size() !=
        QSet<QString>(phase.dependsOn.begin(), phase.dependsOn.end()).size())
        problems << Tr::tr("A dependency is listed twice.");
    return problems;
}

QStringList parseDependencies(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

model::Phase newPhase(const model::Plan &plan, const QString &afterId)
{
    model::Phase p;
    p.id = model::uniqueId(plan, QStringLiteral("phase"));
    if (const model::Phase *prev = plan.phase(afterId)) {
        p.dependsOn = {prev->id};
        p.service = prev->service;
        p.owner = prev->owner;
        if (prev->plannedEnd) {
            p.plannedStart = prev->plannedEnd;
            p.plannedEnd = prev->plannedEnd->addSecs(3600);
        }
    }
    return p;
}

QString removalBlocker(const model::Plan &plan, const QString &phaseId)
{
    for (const model::GoDecision &d : plan.decisions) {
        if (d.phaseId == phaseId)
            return Tr::tr("Phase %1 cannot be removed: its gate has recorded GO/NO-GO decisions, "
                          "and the decision record is kept as it is.")
                .arg(phaseId);
    }
    return {};
}

QStringList removalConsequences(const model::Plan &plan, const QString &phaseId)
{
    QStringList out;
    QStringList dependents;
    for (const model::Phase &p : plan.phases) {
        if (p.dependsOn.contains(phaseId))
            dependents << p.id;
    }
    if (!dependents.isEmpty())
        out << Tr::tr("%n phase(s) no longer depend on it: %1.", nullptr, int(dependents.size()))
                   .arg(dependents.join(QStringLiteral(", ")));
    for (const model::Gate &g : plan.gates) {
        if (g.phaseId == phaseId)
            out << Tr::tr("Its gate \"%1\" and the gate's criteria are removed.").arg(g.title);
    }
    for (const model::OssImportPlan &o : plan.ossImports) {
        if (o.phaseId == phaseId)
            out << Tr::tr("The OSSImport job %1 is kept but no longer linked to a phase.")
                       .arg(o.jobName);
    }
    return out;
}

void removePhase(model::Plan &plan, const QString &phaseId)
{
    plan.phases.removeIf([&](const model::Phase &p) { return p.id == phaseId; });
    for (model::Phase &p : plan.phases)
        p.dependsOn.removeAll(phaseId);
    plan.gates.removeIf([&](const model::Gate &g) { return g.phaseId == phaseId; });
    for (model::Risk &r : plan.risks)
        r.phaseIds.removeAll(phaseId);
    for (model::OssImportPlan &o : plan.ossImports) {
        if (o.phaseId == phaseId)
            o.phaseId.clear();
    }
}

bool movePhase(model::Plan &plan, int from, int to)
{
    if (from < 0 || to < 0 || from >= plan.phases.size() || to >= plan.phases.size())
        return false;
    plan.phases.move(from, to);
    return true;
}

} // namespace ferry::gui::phaseedits
