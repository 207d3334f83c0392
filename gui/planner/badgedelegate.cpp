// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/badgedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ferry::gui {

namespace {
constexpr int kPadX = 8;
constexpr int kMargin = 3;
} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariant colorData = index.data(BadgeColorRole);
    if (!colorData.canConvert<QColor>() || !colorData.value<QColor>().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = colorData.value<QColor>();
    const QFontMetrics fm(opt.font);
    const int available = opt.rect.width() - 2 * kMargin;
    const QString shown = fm.elidedText(text, Qt::ElideRight, available - 2 * kPadX);
    const int width = std::min(available, fm.horizontalAdvance(shown) + 2 * kPadX);
    const int height = std::min(opt.rect.height() - 2, fm.height() + 4);
    const QRectF chip(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2.0 + 0.5, width,
                      height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(36);
    // An opaque chip first: the badge stays readable on a selected (coloured) row.
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(color.darker(115));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, shown);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(BadgeColorRole).canConvert<QColor>())
        size.setWidth(size.width() + 2 * kPadX + 2 * kMargin);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace ferry::gui
