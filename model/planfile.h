// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ferry::model {

/// The `format` member of every plan file.
inline constexpr char kPlanFileFormat[] = "ferry-plan";
/// The plan file version this build writes and the newest it reads.
inline constexpr int kPlanFileVersion = 1;
/// Files larger than this are refused unread.
inline constexpr qint64 kPlanFileMaxBytes = 64 * 1024 * 1024;

/// Why a plan file could not be read or written.
enum class PlanFileErrorCode
{
    None,
    NotFound,
    CannotRead,
    TooLarge,
    NotJson,        ///< corrupt JSON; offset/line/column say where
    WrongFormat,    ///< JSON, but not a Ferry plan (no "format":"ferry-plan")
    NewerVersion,   ///< written by a newer Ferry; `version` says which
    InvalidContent, ///< a missing or ill-typed member; `pointer` says which
    SecretContent,  ///< refused to save: `pointers` lists the secret-looking values
    CannotWrite,
};

/// A plan file error as data; describePlanFileError() turns it into words.
struct PlanFileError
{
    PlanFileErrorCode code = PlanFileErrorCode::None;
    QString path;
    QString pointer;      ///< JSON pointer of the offending member ("/plan/phases/2/kind")
    QStringList pointers; ///< SecretContent: every offending member
    qint64 offset = -1;   ///< NotJson: byte offset
    int line = 0;         ///< NotJson: 1-based line
    int column = 0;       ///< NotJson: 1-based column (bytes)
    int version = 0;      ///< NewerVersion: the file's version
    QString detail;       ///< plain data: parser message, expected type, OS error
    bool ok() const { return code == PlanFileErrorCode::None; }
};

/// A loaded plan or the reason it could not be loaded.
struct PlanLoadResult
{
    std::optional<Plan> plan;
    PlanFileError error;
    bool ok() const { return plan.has_value(); }
};

/// What to do with secret-looking content on save.
enum class SecretPolicy
{
    Refuse, ///< write nothing and report every offending member
    Mask,   ///< write the file with those values masked (autosave)
};

/// The plan as versioned JSON text (indented, stable member order).
QByteArray serializePlan(const Plan &plan);

/// Parses plan JSON text. Never throws; a bad text gives an error with where and why.
PlanLoadResult parsePlan(const QByteArray &json);

/// Reads a plan file. The file is only read, whatever its content.
PlanLoadResult loadPlanFile(const QString &path);

/// Writes a plan file atomically (QSaveFile): afterwards the file holds either the old or the
/// new plan, never a mix. Secret-looking values are refused or masked per `policy`.
PlanFileError savePlanFile(const QString &path, const Plan &plan,
                           SecretPolicy policy = SecretPolicy::Refuse);

/// JSON pointers of the plan's secret-looking values: entries whose key names a secret, and
/// strings the sanitizer would mask (AccessKey IDs, password=..., token: ...).
QStringList findSecrets(const Plan &plan);

/// The plan with every value findSecrets() reports masked, as savePlanFile() writes it with
/// SecretPolicy::Mask (reports are built from this).
Plan sanitizedPlan(const Plan &plan);

/// The error in words, translated (context "ferry::model::PlanFile").
QString describePlanFileError(const PlanFileError &error);

} // namespace ferry::model
