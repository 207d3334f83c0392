// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/evidence.h"

#include <QCoreApplication>

#include <array>

namespace ferry::model {

namespace {

template<class E>
struct Entry
{
    E value;
    const char *id;
    const char *label;
};

constexpr std::array kKinds{
    Entry<CriterionKind>{CriterionKind::DtsLagSustained, "dtsLagSustained",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "DTS lag under 5 s, sustained")},
    Entry<CriterionKind>{CriterionKind::DtsPrecheckPassed, "dtsPrecheckPassed",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "DTS precheck passed")},
    Entry<CriterionKind>{
        CriterionKind::MmsTasksVerified, "mmsTasksVerified",
        QT_TRANSLATE_NOOP("ferry::model::Gates", "MMS tasks all DONE, verification passed")},
    Entry<CriterionKind>{
        CriterionKind::SmcIncrementalRecent, "smcIncrementalRecent",
        QT_TRANSLATE_NOOP("ferry::model::Gates", "SMC job Waiting, last incremental run recent")},
    Entry<CriterionKind>{CriterionKind::BackupVerified, "backupVerified",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Backup verified")},
    Entry<CriterionKind>{
        CriterionKind::ReplicationUserLeastPrivilege, "replicationUserLeastPrivilege",
        QT_TRANSLATE_NOOP("ferry::model::Gates", "Replication user least-privilege")},
    Entry<CriterionKind>{CriterionKind::RollbackPathReady, "rollbackPathReady",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Rollback path ready")},
    Entry<CriterionKind>{CriterionKind::Manual, "manual",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Manual check")},
};

constexpr std::array kStatuses{
    Entry<CriterionStatus>{CriterionStatus::Go, "go",
                           QT_TRANSLATE_NOOP("ferry::model::Gates", "GO")},
    Entry<CriterionStatus>{CriterionStatus::NoGo, "noGo",
                           QT_TRANSLATE_NOOP("ferry::model::Gates", "NO-GO")},
    Entry<CriterionStatus>{CriterionStatus::Unknown, "unknown",
                           QT_TRANSLATE_NOOP("ferry::model::Gates", "Unknown")},
};

constexpr std::array kLevels{
    Entry<EvidenceLevel>{EvidenceLevel::Verified, "verified",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Verified")},
    Entry<EvidenceLevel>{EvidenceLevel::Attested, "attested",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Attested")},
    Entry<EvidenceLevel>{EvidenceLevel::Assumed, "assumed",
                         QT_TRANSLATE_NOOP("ferry::model::Gates", "Assumed")},
};

constexpr std::array kOutcomes{
    Entry<DecisionOutcome>{DecisionOutcome::Go, "go", nullptr},
    Entry<DecisionOutcome>{DecisionOutcome::GoWithOverride, "goWithOverride", nullptr},
    Entry<DecisionOutcome>{DecisionOutcome::NoGo, "noGo", nullptr},
};

template<class E, std::size_t N>
QString idOf(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QString::fromLatin1(e.id);
    }
    return {};
}

template<class E, std::size_t N>
std::optional<E> fromId(const std::array<Entry<E>, N> &table, QStringView text)
{
    for (const auto &e : table) {
        if (text == QLatin1String(e.id))
            return e.value;
    }
    return std::nullopt;
}

template<class E, std::size_t N>
QString labelOf(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &e : table) {
        if (e.value == value && e.label)
            return QCoreApplication::translate("ferry::model::Gates", e.label);
    }
    return {};
}

} // namespace

QString CriterionEvaluation::fact(QStringView key) const
{
    for (const EvidenceFact &f : facts) {
        if (f.key == key)
            return f.value;
    }
    return {};
}

QString toId(CriterionKind kind)
{
    return idOf(kKinds, kind);
}
QString toId(CriterionStatus status)
{
    return idOf(kStatuses, status);
}
QString toId(EvidenceLevel level)
{
    return idOf(kLevels, level);
}
QString toId(DecisionOutcome outcome)
{
    return idOf(kOutcomes, outcome);
}

std::optional<CriterionKind> criterionKindFromString(QStringView text)
{
    return fromId(kKinds, text);
}
std::optional<CriterionStatus> criterionStatusFromString(QStringView text)
{
    return fromId(kStatuses, text);
}
std::optional<EvidenceLevel> evidenceLevelFromString(QStringView text)
{
    return fromId(kLevels, text);
}
std::optional<DecisionOutcome> decisionOutcomeFromString(QStringView text)
{
    return fromId(kOutcomes, text);
}

QString displayName(CriterionKind kind)
{
    return labelOf(kKinds, kind);
}
QString displayName(CriterionStatus status)
{
    return labelOf(kStatuses, status);
}
QString displayName(EvidenceLevel level)
{
    return labelOf(kLevels, level);
}

bool isComplete(const Attestation &attestation)
{
    return !attestation.by.trimmed().isEmpty() && attestation.at.isValid();
}

} // namespace ferry::model
