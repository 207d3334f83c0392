// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/evidencetext.h"

#include "gui/planner/planformat.h"
#include "model/plantime.h"

#include <QCoreApplication>

#include <array>

namespace ferry::gui {

namespace {

constexpr const char *kContext = "ferry::gui::Evidence";

// Literal context for lupdate; the tables below use the same one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::Evidence)
};

struct Text
{
    const char *key;
    const char *text;
};

// clang-format off
constexpr std::array kReasons{
    Text{"attested.holds", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "A person attests that it holds.")},
    Text{"attested.doesNotHold", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "A person attests that it does not hold.")},
    Text{"observation.stale", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The last observation is too old to decide on.")},
    Text{"precheck.notObserved", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The DTS precheck has not been observed yet.")},
    Text{"precheck.passed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The precheck finished and no item failed.")},
    Text{"precheck.itemsFailed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The precheck finished, but some items failed.")},
    Text{"precheck.failed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The precheck failed.")},
    Text{"precheck.notFinished", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The precheck has not finished.")},
    Text{"precheck.unknownState", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The precheck is in a state Ferry does not know.")},
    Text{"mms.notObserved", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The MMS job's tasks have not been observed yet.")},
    Text{"mms.noTasks", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The MMS job has no tasks.")},
    Text{"mms.tasksFailed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Some MMS tasks failed.")},
    Text{"mms.tasksNotDone", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Not every MMS task is DONE yet.")},
    Text{"mms.verificationFailed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The verification of some tables failed.")},
    Text{"mms.verificationMissing", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Some tables have no verification result yet.")},
    Text{"mms.allDoneVerified", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Every task is DONE and every table passed verification.")},
    Text{"smc.notObserved", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The SMC job has not been observed yet.")},
    Text{"smc.notIncremental", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The SMC job runs once; it has no incremental runs.")},
    Text{"smc.notWaiting", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The SMC job is not Waiting between incremental runs.")},
    Text{"smc.noIncrementalRun", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "No incremental run has finished yet.")},
    Text{"smc.lastRunTooOld", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The last incremental run is older than allowed.")},
    Text{"smc.waitingRecent", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The job is Waiting and its last incremental run is recent.")},
    Text{"privilege.precheckFlagged", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The DTS precheck flagged the account's privileges.")},
    Text{"privilege.notAttested", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Nobody has attested the replication account's privileges yet.")},
    Text{"rollback.missing", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "A cutover has no rollback path.")},
    Text{"rollback.notPrepared", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Rollback preparations are not all done.")},
    Text{"rollback.nothingPrepared", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The rollback path has nothing to prepare.")},
    Text{"rollback.ready", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Every rollback preparation is done and attested.")},
    Text{"lag.noSamples", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "No lag has been observed yet.")},
    Text{"lag.stale", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The lag samples stop before now: the data is stale.")},
    Text{"lag.windowNotCovered", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The samples do not cover the start of the window.")},
    Text{"lag.gap", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "A gap between samples is larger than allowed.")},
    Text{"lag.overThreshold", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Lag reached the threshold within the window.")},
    Text{"lag.invalidSample", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "A lag sample is invalid (negative).")},
    Text{"lag.sustained", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Lag stayed under the threshold for the whole window.")},
    Text{"notAttested", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Nobody has attested this yet.")},
};

constexpr std::array kFacts{
    Text{"dtsJobId", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "DTS job")},
    Text{"mmsJobId", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "MMS job")},
    Text{"smcJobId", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "SMC job")},
    Text{"state", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "State")},
    Text{"status", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Status")},
    Text{"observedAt", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Observed at")},
    Text{"maxObservationAgeMinutes", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Maximum observation age (min)")},
    Text{"items", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Precheck items")},
    Text{"failedItems", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Failed items")},
    Text{"warningItems", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Items with warnings")},
    Text{"tasksTotal", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Tasks")},
    Text{"tasksDone", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Tasks DONE")},
    Text{"tasksFailed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Tasks failed")},
    Text{"tablesVerified", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Tables verified")},
    Text{"verificationFailed", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Verification failed")},
    Text{"verificationMissing", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Verification missing")},
    Text{"frequencyHours", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Runs every (h)")},
    Text{"maxRunAgeMinutes", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Maximum run age (min)")},
    Text{"lastRunEnd", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Last run ended")},
    Text{"lastRunAgeMinutes", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Last run age (min)")},
    Text{"flaggedItems", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Flagged items")},
    Text{"precheckFlagsNothing", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Precheck flags nothing")},
    Text{"phases", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Phases")},
    Text{"preparations", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Preparations")},
    Text{"missingPaths", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Missing rollback paths")},
    Text{"unpreparedSteps", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Unprepared steps")},
    Text{"preparedBy", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Prepared by")},
    Text{"thresholdMs", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Threshold (ms)")},
    Text{"windowStart", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Window start")},
    Text{"windowEnd", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Window end")},
    Text{"maxGapSeconds", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Maximum gap (s)")},
    Text{"samples", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Samples")},
    Text{"latestSampleAt", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Latest sample")},
    Text{"maxDelayMs", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Maximum lag (ms)")},
    Text{"latestDelayMs", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Latest lag (ms)")},
    Text{"largestGapMs", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Largest gap (ms)")},
    Text{"lastViolationAt", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Last time at or over the threshold")},
    Text{"goEarliestAt", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "GO possible at the earliest")},
    Text{"attestedBy", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Attested by")},
    Text{"attestedAt", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Attested at")},
    Text{"note", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Note")},
    Text{"assumption", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Assumption")},
    Text{"attestationInFuture", QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Attestation dated in the future (ignored)")},
};
// clang-format on

template<std::size_t N>
QString lookup(const std::array<Text, N> &table, const QString &key)
{
    for (const Text &t : table) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate(kContext, t.text);
    }
    return key;
}

bool isTimeFact(const QString &key)
{
    return key.endsWith(QLatin1String("At")) || key == QLatin1String("windowStart") ||
           key == QLatin1String("windowEnd") || key == QLatin1String("lastRunEnd") ||
           key == QLatin1String("attestationInFuture");
}

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString criterionName(const model::GateCriterion &criterion)
{
    return criterion.title.trimmed().isEmpty() ? model::displayName(criterion.kind)
                                               : criterion.title;
}

QString reasonText(const QString &reason)
{
    return lookup(kReasons, reason);
}

QString factLabel(const QString &key)
{
    return lookup(kFacts, key);
}

QString factValue(const QString &key, const QString &value)
{
    if (isTimeFact(key)) {
        if (const auto t = model::parseIsoUtc(value))
            return formatDateTime(*t);
    }
    if (value == QLatin1String("true"))
        return translated(QT_TRANSLATE_NOOP("ferry::gui::Evidence", "yes"));
    return value;
}

QString evidenceBadge(const model::CriterionEvaluation &e)
{
    switch (e.level) {
    case model::EvidenceLevel::Verified:
        return e.observedAt ? Tr::tr("Verified · %1").arg(formatDateTime(e.observedAt))
                            : model::displayName(e.level);
    case model::EvidenceLevel::Attested:
        if (e.attestation)
            return Tr::tr("Attested by %1 · %2")
                .arg(e.attestation->by, formatDateTime(e.attestation->at));
        return model::displayName(e.level);
    case model::EvidenceLevel::Assumed:
        break;
    }
    return model::displayName(e.level);
}

QString evidenceSummary(const model::CriterionEvaluation &e)
{
    QString text = reasonText(e.reason);
    if (e.attestation && !e.attestation->note.trimmed().isEmpty())
        text = Tr::tr("%1 Note: %2").arg(text, e.attestation->note.trimmed());
    else if (const QString a = e.fact(u"assumption"); !a.isEmpty())
        text = Tr::tr("%1 Assumed: %2").arg(text, a);
    return text;
}

QString evidenceDetails(const model::CriterionEvaluation &e)
{
    QStringList lines;
    lines << reasonText(e.reason);
    lines << Tr::tr("Evidence: %1").arg(evidenceBadge(e));
    for (const model::EvidenceFact &f : e.facts) {
        if (f.value.isEmpty())
            continue;
        lines << Tr::tr("%1: %2").arg(factLabel(f.key), factValue(f.key, f.value));
    }
    if (!e.source.isEmpty())
        lines << Tr::tr("Source: %1").arg(e.source);
    lines << Tr::tr("Evaluated at %1").arg(formatDateTime(e.evaluatedAt));
    return lines.join(QLatin1Char('\n'));
}

QString outcomeText(model::DecisionOutcome outcome)
{
    switch (outcome) {
    case model::DecisionOutcome::Go:
        return translated(QT_TRANSLATE_NOOP("ferry::gui::Evidence", "GO"));
    case model::DecisionOutcome::GoWithOverride:
        return translated(QT_TRANSLATE_NOOP("ferry::gui::Evidence", "GO with override"));
    case model::DecisionOutcome::NoGo:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("ferry::gui::Evidence", "NO-GO"));
}

QString decideErrorText(const model::DecideResult &r)
{
    switch (r.error) {
    case model::DecideError::None:
        return {};
    case model::DecideError::UnknownGate:
        return translated(
            QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The gate is no longer in the plan."));
    case model::DecideError::MissingDecider:
        return translated(
            QT_TRANSLATE_NOOP("ferry::gui::Evidence", "Enter the name of who decides."));
    case model::DecideError::InvalidTime:
        return translated(
            QT_TRANSLATE_NOOP("ferry::gui::Evidence", "The decision time is not valid."));
    case model::DecideError::MissingEvaluation:
        return Tr::tr("No evaluation for: %1.").arg(r.blockingCriteria.join(QStringLiteral(", ")));
    case model::DecideError::Blocked:
        return Tr::tr("Refused: %1 not GO. A GO needs an override reason.")
            .arg(r.blockingCriteria.join(QStringLiteral(", ")));
    }
    return {};
}

bool acceptsAttestation(model::CriterionKind kind)
{
    return kind != model::CriterionKind::DtsLagSustained &&
           kind != model::CriterionKind::RollbackPathReady;
}

QColor statusColor(model::CriterionStatus status)
{
    switch (status) {
    case model::CriterionStatus::Go:
        return QColor(0x1a, 0x7f, 0x37);
    case model::CriterionStatus::NoGo:
        return QColor(0xcf, 0x22, 0x2e);
    case model::CriterionStatus::Unknown:
        break;
    }
    return QColor(0x6e, 0x77, 0x81);
}

QColor levelColor(model::EvidenceLevel level)
{
    switch (level) {
    case model::EvidenceLevel::Verified:
        return QColor(0x09, 0x69, 0xda);
    case model::EvidenceLevel::Attested:
        return QColor(0x82, 0x50, 0xdf);
    case model::EvidenceLevel::Assumed:
        break;
    }
    return QColor(0x9a, 0x67, 0x00);
}

QColor outcomeColor(model::DecisionOutcome outcome)
{
    switch (outcome) {
    case model::DecisionOutcome::Go:
        return statusColor(model::CriterionStatus::Go);
    case model::DecisionOutcome::GoWithOverride:
        return QColor(0xbc, 0x4c, 0x00);
    case model::DecisionOutcome::NoGo:
        break;
    }
    return statusColor(model::CriterionStatus::NoGo);
}

} // namespace ferry::gui
