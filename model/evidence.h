// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ferry::model {

/// What a go/no-go criterion checks.
enum class CriterionKind
{
    DtsLagSustained,               ///< DTS replication lag under the threshold for the whole window
    DtsPrecheckPassed,             ///< the DTS precheck finished with no failed item
    MmsTasksVerified,              ///< every MMS task DONE and every table's verification passed
    SmcIncrementalRecent,          ///< SMC job Waiting and its last incremental run recent
    BackupVerified,                ///< a restore of the backup was tested (attested)
    ReplicationUserLeastPrivilege, ///< the replication account holds no more than it needs
    RollbackPathReady,             ///< the rollback path exists and its preparations are done
    Manual,                        ///< any other criterion, attested by a person
};

/// The outcome of one criterion.
enum class CriterionStatus
{
    Go,
    NoGo,
    Unknown, ///< no data, stale or gappy data, or only an assumption
};

/// How strong the evidence behind a status is.
enum class EvidenceLevel
{
    Verified, ///< live data seen by the monitor, with its timestamp
    Attested, ///< stated by a named person, with a date and a note
    Assumed,  ///< nothing backs it
};

/// A person's statement that a criterion holds (or does not), with date and note.
struct Attestation
{
    QString by;        ///< who attests (a name, never a credential)
    QDateTime at;      ///< when, UTC
    QString note;      ///< how it was checked
    bool holds = true; ///< false: the person attests the criterion does NOT hold
};

/// One piece of evidence as plain data: `key` is a stable identifier the GUI translates into a
/// label, `value` is data (numbers, ids, ISO timestamps) and is shown as is.
struct EvidenceFact
{
    QString key;
    QString value;
};

/// The result of evaluating one criterion at one moment.
struct CriterionEvaluation
{
    QString criterionId;
    CriterionKind kind = CriterionKind::Manual;
    bool mandatory = true;
    CriterionStatus status = CriterionStatus::Unknown;
    EvidenceLevel level = EvidenceLevel::Assumed;
    QString reason;                      ///< machine-readable outcome, e.g. "lag.overThreshold"
    QList<EvidenceFact> facts;           ///< the evidence, as plain data
    std::optional<QDateTime> observedAt; ///< when the data was observed (Verified) or attested
    QString source;                      ///< where the data came from, e.g. "dts:dtsj-1 Delay"
    std::optional<Attestation> attestation;
    QDateTime evaluatedAt; ///< when this evaluation ran, UTC

    /// The value of fact `key`, or an empty string.
    QString fact(QStringView key) const;
};

/// What was decided at a gate.
enum class DecisionOutcome
{
    Go,
    GoWithOverride, ///< GO although a mandatory criterion was not Go; carries the reason
    NoGo,
};

/// An immutable record of a gate decision and all the evidence it rested on.
struct GoDecision
{
    QString id; ///< "decision-<n>", unique within the plan
    QString gateId;
    QString phaseId; ///< the phase the gate guards
    DecisionOutcome outcome = DecisionOutcome::NoGo;
    QString decidedBy;
    QDateTime decidedAt;            ///< UTC
    QString note;                   ///< the override reason, or a free note
    QStringList overriddenCriteria; ///< mandatory criteria that were not Go (override only)
    QList<CriterionEvaluation> evidence;
    QString digest; ///< SHA-256 (hex) over the decision and its evidence, for citation
};

/// Stable identifiers used in plan files ("dtsLagSustained", "go", "verified", ...).
QString toId(CriterionKind kind);
QString toId(CriterionStatus status);
QString toId(EvidenceLevel level);
QString toId(DecisionOutcome outcome);
std::optional<CriterionKind> criterionKindFromString(QStringView text);
std::optional<CriterionStatus> criterionStatusFromString(QStringView text);
std::optional<EvidenceLevel> evidenceLevelFromString(QStringView text);
std::optional<DecisionOutcome> decisionOutcomeFromString(QStringView text);

/// Translated display names, context "ferry::model::Gates".
QString displayName(CriterionKind kind);
QString displayName(CriterionStatus status);
QString displayName(EvidenceLevel level);

/// True when the attestation names a person and has a valid date.
bool isComplete(const Attestation &attestation);

/// SHA-256 (lower-case hex) over the canonical JSON of the decision without its digest field;
/// a report cites it, and recomputing it shows the record was not altered.
QString computeDecisionDigest(const GoDecision &decision);

} // namespace ferry::model
