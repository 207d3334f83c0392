// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mms.h"

#include <QWidget>

namespace ferry::gui {

class CopyableTable;

/// The configuration of an MMS data source (GetMmsDataSource with config) as a table of group,
/// name and value. Values arrive masked by the sanitizer; secret items (passwords, key files,
/// secret key names) are shown as the mask whatever they hold, and there is no way to reveal
/// them. Copy (Ctrl+C, context menu) copies exactly what is shown.
class MaskedConfigView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaskedConfigView)

public:
    explicit MaskedConfigView(QWidget *parent = nullptr);

    /// Shows `items`, keeping the service's order; the raw values are not kept.
    void setConfig(const QList<model::MmsConfigItem> &items);
    /// Shows a data source's configuration (empty when it was fetched without config).
    void setDataSource(const model::MmsDataSource &source);
    void clear();

    CopyableTable *table() const { return m_table; }

private:
    CopyableTable *m_table = nullptr;
};

} // namespace ferry::gui
