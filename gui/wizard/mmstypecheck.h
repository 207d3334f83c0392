// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ferry::gui {

/// Why a source column type does not convert losslessly to MaxCompute (translated), or an empty
/// string when it does. `sourceType` is the data source type (HIVE, BIGQUERY, DATABRICKS, ...).
/// Follows MaxCompute's data type limits: DECIMAL up to (38,18), no union or geography types.
QString lossyConversion(const QString &sourceType, const QString &columnType);

} // namespace ferry::gui
