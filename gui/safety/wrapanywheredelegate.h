// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace ferry::gui {

/// Paints cell text wrapped at any character, never elided, so long values without spaces
/// (JSON, ids, URLs) are shown whole. Row heights follow the column width of `view`.
class WrapAnywhereDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapAnywhereDelegate)

public:
    explicit WrapAnywhereDelegate(QTableView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Keeps the rows of `view` as tall as their wrapped text when columns change width.
    static void keepRowsFitted(QTableView *view);

private:
    QTableView *m_view;
};

} // namespace ferry::gui
