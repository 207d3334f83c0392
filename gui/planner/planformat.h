// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QColor>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ferry::gui {

/// A UTC time shown in local time in the user's locale ("Mar 13, 2025 07:00"); "—" when unset.
QString formatDateTime(const std::optional<QDateTime> &utc);
/// The same time as exact ISO 8601 UTC, for tooltips and records.
QString formatIsoUtc(const std::optional<QDateTime> &utc);
/// A duration in words that fit a cell: "3 d 4 h", "2 h 15 min", "45 s".
QString durationText(qint64 seconds);
/// Decimal data size, as the estimates use it: "240 GB", "3.2 TB".
QString formatBytes(double bytes);
/// A number in the user's locale with at most `decimals` decimals, trailing zeros dropped.
QString numberText(double value, int decimals = 2);

/// "Title (id)", or the id alone for a phase without a title or an unknown id.
QString phaseLabel(const model::Plan &plan, const QString &phaseId);

/// A colour per service for bars and chips (General is grey).
QColor serviceColor(model::PlanService service);

} // namespace ferry::gui
