// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobrow.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ferry::gui {

/// The colour that stands for a health (the legend and the health dot).
QColor healthColor(model::JobHealth health);
/// A light tint of it for the background of a row.
QColor healthTint(model::JobHealth health);

/// Paints the job table: rows tinted by health, a progress bar in the progress column and a
/// coloured dot before the health name.
class JobTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableDelegate)

public:
    explicit JobTableDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ferry::gui
