// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ferry::gui {

/// Paints a cell as a coloured badge (a rounded chip with the text) when the index carries a
/// colour in BadgeColorRole; other cells are painted as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    static constexpr int BadgeColorRole = Qt::UserRole + 40;

    explicit BadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ferry::gui
