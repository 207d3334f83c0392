// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"

#include <QHash>
#include <QSet>

namespace ferry::model {

const Phase *Plan::phase(const QString &phaseId) const
{
    for (const Phase &p : phases) {
        if (p.id == phaseId)
            return &p;
    }
    return nullptr;
}

Phase *Plan::phase(const QString &phaseId)
{
    for (Phase &p : phases) {
        if (p.id == phaseId)
            return &p;
    }
    return nullptr;
}

QList<PlanService> Plan::dataServices() const
{
    QList<PlanService> out;
    for (PlanService s : allPlanServices()) {
        if (!isDataService(s))
            continue;
        for (const Phase &p : phases) {
            if (p.service == s) {
                out.append(s);
                break;
            }
        }
    }
    return out;
}

QStringList transitiveDependencies(const Plan &plan, const QString &phaseId)
{
    QStringList out;
    QSet<QString> seen;
    QStringList stack;
    if (const Phase *start = plan.phase(phaseId))
        stack = start->dependsOn;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.append(id);
        if (const Phase *p = plan.phase(id))
            stack.append(p->dependsOn);
    }
    return out;
}

bool dependsOn(const Plan &plan, const QString &phaseId, const QString &otherId)
{
    return transitiveDependencies(plan, phaseId).contains(otherId);
}

QStringList topologicalOrder(const Plan &plan)
{
    // Kahn's algorithm, always taking the earliest ready phase in plan order so the result is
    // stable and follows the author's order where dependencies allow.
    QHash<QString, int> pending;
    QSet<QString> known;
    for (const Phase &p : plan.phases)
        known.insert(p.id);
    QSet<QString> broken; // depends on an unknown id
    for (const Phase &p : plan.phases) {
        int n = 0;
        for (const QString &d : p.dependsOn) {
            if (!known.contains(d))
                broken.insert(p.id);
            else
                ++n;
        }
        pending.insert(p.id, n);
    }
    QStringList order;
    QSet<QString> done;
    bool progress = true;
    while (progress) {
        progress = false;
        for (const Phase &p : plan.phases) {
            if (done.contains(p.id) || broken.contains(p.id) || pending.value(p.id) != 0)
                continue;
            done.insert(p.id);
            order.append(p.id);
            for (const Phase &q : plan.phases) {
                if (q.dependsOn.contains(p.id))
                    pending[q.id] -= int(q.dependsOn.count(p.id));
            }
            progress = true;
            break;
        }
    }
    for (const Phase &p : plan.phases) {
        if (!done.contains(p.id))
            order.append(p.id);
    }
    return order;
}

QString uniqueId(const Plan &plan, const QString &prefix)
{
    QSet<QString> used;
    used.insert(plan.id);
    for (const Phase &p : plan.phases)
        used.insert(p.id);
    for (const Gate &g : plan.gates) {
        used.insert(g.id);
        for (const GateCriterion &c : g.criteria)
            used.insert(c.id);
    }
    for (const RollbackPath &r : plan.rollback) {
        for (const RollbackStep &s : r.steps)
            used.insert(s.id);
    }
    for (const Risk &r : plan.risks)
        used.insert(r.id);
    for (const GoDecision &d : plan.decisions)
        used.insert(d.id);
    for (const OssImportPlan &o : plan.ossImports)
        used.insert(o.id);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QLatin1Char('-') + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace ferry::model
