// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/safety/copyabletable.h"

#include <QStringList>

class QTableWidgetItem;

namespace ferry::gui {

/// A read-only table of records for a wizard page: whole rows, one at a time, no row numbers,
/// the last column stretched; its text can be copied (CopyableTable).
CopyableTable *makeRowTable(const QStringList &headers, const char *objectName, QWidget *parent);

/// A cell that can be selected and copied but not edited.
QTableWidgetItem *readOnlyCell(const QString &text);

} // namespace ferry::gui
