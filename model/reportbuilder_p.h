// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that build the sections of a report. Internal to model/.

#include "model/estimates.h"
#include "model/gates.h"
#include "model/report.h"

#include <QHash>

#include <optional>

namespace ferry::model::reportdetail {

/// A gap in what the report can conclude: a blocker stops a GO, an assumption weakens a
/// conclusion without stopping it.
struct Gap
{
    QString area;  ///< where (a gate, a job, the estimates)
    QString what;  ///< what is missing or assumed
    QString needs; ///< what would turn it into evidence
};

/// A risky setting or state found in the observations, for the risk register.
struct DerivedRisk
{
    Severity severity = Severity::Warning;
    QString area;
    QString text;
    ReportCell evidence;
};

/// What every section builder reads and adds to.
struct Context
{
    Context(const Plan &p, const QLocale &l)
        : plan(p)
        , locale(l)
    {}

    const Plan &plan;
    QLocale locale;
    QDateTime generatedAt; ///< UTC
    QDateTime asOf;        ///< the moment criteria are judged at, UTC
    GateInputs inputs;
    QHash<QString, QList<CriterionEvaluation>> evaluations; ///< by gate id
    PlanEstimate estimate;
    EvidenceTally tally; ///< of the whole report, once the other sections exist
    QList<Gap> blockers;
    QList<Gap> assumptions;
    QList<DerivedRisk> derivedRisks;

    /// An evidence cell: "Verified 2025-03-13 06:45 UTC", "Attested by X, <date>", "Assumed".
    ReportCell evidence(EvidenceLevel level, const std::optional<QDateTime> &at = {},
                        const QString &by = {});
    /// The evidence cell of an observation.
    ReportCell evidence(const ObservationMeta &meta);
};

// Block helpers.
ReportBlock heading(const QString &text);
ReportBlock paragraph(const QString &text);
ReportBlock note(const QString &text, ReportTone tone);
ReportBlock tableBlock(ReportTable table);
/// A table with a header row and relative column widths.
ReportTable table(const QStringList &headers, const QList<double> &widths);
/// A label / value / evidence fact list.
ReportTable factTable();
void addFact(ReportTable &facts, const QString &label, const QString &value,
             const ReportCell &evidence, ReportTone tone = ReportTone::Normal);
ReportCell cell(const QString &text, ReportTone tone = ReportTone::Normal);

// Formatting.
/// "2025-03-13 06:45 UTC"; "—" when invalid.
QString formatTime(const QDateTime &time);
/// "2025-03-13 06:45" (UTC, for table columns whose header says so); "—" when invalid.
QString formatStamp(const QDateTime &time);
/// "3 h 10 min", "45 s", "850 ms", "2 d 4 h" (two largest units).
QString formatDuration(qint64 ms);
/// A count with the locale's grouping.
QString formatCount(const QLocale &locale, qint64 value);
/// Bytes in decimal units ("1.8 TB").
QString formatBytes(const QLocale &locale, qint64 bytes);
/// "Yes" / "No".
QString yesNo(bool value);
/// "—" for a missing value.
QString dash();
/// The tone of a criterion state.
ReportTone toneOf(CriterionStatus status);
/// Severity in words and its tone.
QString severityText(Severity severity);
ReportTone toneOf(Severity severity);
/// The phase's title, or its kind's name when it has none.
QString phaseTitle(const Phase &phase);
/// A criterion's title, or its kind's name.
QString criterionTitle(const GateCriterion &criterion);
/// What an evaluation found, in words, with its key facts.
QString describeEvaluation(const CriterionEvaluation &evaluation);

/// The first criterion of this kind on this resource (any resource when empty), with its gate.
std::pair<const Gate *, const GateCriterion *> criterionFor(const Plan &plan, CriterionKind kind,
                                                            const QString &resourceId);
/// A fact row with the criterion's current state, details and evidence.
void addCriterionFact(Context &ctx, ReportTable &t, const Gate *g, const GateCriterion *c);
/// "name (id)", or the id alone.
QString jobTitle(const QString &name, const QString &id);

// Sections.
ReportSection scopeSection(Context &ctx);
ReportSection toolsSection(Context &ctx);
ReportSection cutoverSection(Context &ctx);
ReportSection rollbackSection(Context &ctx);
ReportSection dtsSection(Context &ctx);
ReportSection smcSection(Context &ctx);
ReportSection mmsSection(Context &ctx);
ReportSection risksSection(Context &ctx);
ReportSection gapsSection(Context &ctx);

} // namespace ferry::model::reportdetail
