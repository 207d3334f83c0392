// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/planenums.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry::model {

struct Plan;

/// A sequencing rule as data: the id findings carry, its severity, and its translatable text
/// (context "ferry::model::Sequencing") with %1.. filled from the finding's params in the order
/// `paramNames` lists them.
struct SequencingRule
{
    const char *id;
    Severity severity;
    const char *text;
    QStringList paramNames;
};

/// One violated rule. `params` holds plain data (phase ids, service ids, ISO dates).
struct SequencingFinding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QStringList phaseIds;
    QMap<QString, QString> params;
};

/// Every rule checkSequencing() applies.
const QList<SequencingRule> &sequencingRules();

/// Checks the plan's order: dependencies exist and form no cycle; every cutover comes after
/// pre-cutover checks; a database cutover after a verified backup and its own data migration;
/// the DNS/LB cutover after the database/servers cutovers and after the migration of every data
/// service in the plan, verified by pre-cutover checks in between; decommission after the
/// rollback window; planned dates respect dependencies. Findings come in a stable order.
QList<SequencingFinding> checkSequencing(const Plan &plan);

/// True when a finding has Error severity.
bool hasErrors(const QList<SequencingFinding> &findings);

/// The finding in words, translated.
QString describeFinding(const SequencingFinding &finding);

} // namespace ferry::model
