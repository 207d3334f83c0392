// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planenums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ferry::model {

namespace {

struct KindEntry
{
    PhaseKind kind;
    const char *id;
    const char *label;
};

// Identifiers are the file format; labels are translated at display time.
constexpr std::array kKinds{
    KindEntry{PhaseKind::Assessment, "assessment",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Assessment")},
    KindEntry{PhaseKind::BackupVerification, "backupVerification",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Backup verification")},
    KindEntry{PhaseKind::Schema, "schema",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Schema migration")},
    KindEntry{PhaseKind::FullMigration, "fullMigration",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Full migration")},
    KindEntry{PhaseKind::IncrementalSync, "incrementalSync",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Incremental sync")},
    KindEntry{PhaseKind::PreCutoverChecks, "preCutoverChecks",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Pre-cutover checks")},
    KindEntry{PhaseKind::CutoverDatabase, "cutoverDatabase",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Cutover (database)")},
    KindEntry{PhaseKind::CutoverServers, "cutoverServers",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Cutover (servers)")},
    KindEntry{PhaseKind::CutoverDnsLb, "cutoverDnsLb",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Cutover (DNS/LB)")},
    KindEntry{PhaseKind::PostCutoverVerification, "postCutoverVerification",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Post-cutover verification")},
    KindEntry{PhaseKind::RollbackWindow, "rollbackWindow",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Rollback window")},
    KindEntry{PhaseKind::Decommission, "decommission",
              QT_TRANSLATE_NOOP("ferry::model::Plan", "Decommission")},
};

struct ServiceEntry
{
    PlanService service;
    const char *id;
    const char *label;
};

constexpr std::array kServices{
    ServiceEntry{PlanService::General, "general",
                 QT_TRANSLATE_NOOP("ferry::model::Plan", "General")},
    ServiceEntry{PlanService::Dts, "dts", QT_TRANSLATE_NOOP("ferry::model::Plan", "DTS")},
    ServiceEntry{PlanService::Smc, "smc", QT_TRANSLATE_NOOP("ferry::model::Plan", "SMC")},
    ServiceEntry{PlanService::Mms, "mms", QT_TRANSLATE_NOOP("ferry::model::Plan", "MMS")},
    ServiceEntry{PlanService::OssImport, "ossImport",
                 QT_TRANSLATE_NOOP("ferry::model::Plan", "OSSImport")},
};

constexpr std::array<std::pair<Severity, const char *>, 3> kSeverities{{
    {Severity::Info, "info"},
    {Severity::Warning, "warning"},
    {Severity::Error, "error"},
}};

} // namespace

QList<PhaseKind> allPhaseKinds()
{
    QList<PhaseKind> out;
    for (const auto &e : kKinds)
        out.append(e.kind);
    return out;
}

QList<PlanService> allPlanServices()
{
    QList<PlanService> out;
    for (const auto &e : kServices)
        out.append(e.service);
    return out;
}

QString toId(PhaseKind kind)
{
    for (const auto &e : kKinds) {
        if (e.kind == kind)
            return QString::fromLatin1(e.id);
    }
    return {};
}

QString toId(PlanService service)
{
    for (const auto &e : kServices) {
        if (e.service == service)
            return QString::fromLatin1(e.id);
    }
    return {};
}

QString toId(Severity severity)
{
    for (const auto &[value, id] : kSeverities) {
        if (value == severity)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<PhaseKind> phaseKindFromString(QStringView text)
{
    for (const auto &e : kKinds) {
        if (text == QLatin1String(e.id))
            return e.kind;
    }
    return std::nullopt;
}

std::optional<PlanService> planServiceFromString(QStringView text)
{
    for (const auto &e : kServices) {
        if (text == QLatin1String(e.id))
            return e.service;
    }
    return std::nullopt;
}

std::optional<Severity> severityFromString(QStringView text)
{
    for (const auto &[value, id] : kSeverities) {
        if (text == QLatin1String(id))
            return value;
    }
    return std::nullopt;
}

QString displayName(PhaseKind kind)
{
    for (const auto &e : kKinds) {
        if (e.kind == kind)
            return QCoreApplication::translate("ferry::model::Plan", e.label);
    }
    return {};
}

QString displayName(PlanService service)
{
    for (const auto &e : kServices) {
        if (e.service == service)
            return QCoreApplication::translate("ferry::model::Plan", e.label);
    }
    return {};
}

bool movesData(PhaseKind kind)
{
    return kind == PhaseKind::FullMigration || kind == PhaseKind::IncrementalSync;
}

bool isCutover(PhaseKind kind)
{
    return kind == PhaseKind::CutoverDatabase || kind == PhaseKind::CutoverServers ||
           kind == PhaseKind::CutoverDnsLb;
}

bool isDataService(PlanService service)
{
    return service != PlanService::General;
}

} // namespace ferry::model
