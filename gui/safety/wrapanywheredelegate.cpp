// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/wrapanywheredelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>

#include <algorithm>

namespace ferry::gui {

namespace {

constexpr int kMargin = 4;
constexpr int kFlags = Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

} // namespace

WrapAnywhereDelegate::WrapAnywhereDelegate(QTableView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

void WrapAnywhereDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2), kFlags,
                      text);
    painter->restore();
}

QSize WrapAnywhereDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = std::max(40, m_view->columnWidth(index.column()) - 2 * kMargin);
    const QRect bounds =
        QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20), kFlags, opt.text);
    return {bounds.width() + 2 * kMargin, bounds.height() + kMargin};
}

void WrapAnywhereDelegate::keepRowsFitted(QTableView *view)
{
    // Queued: while the header is still laying out its sections, the new widths are not final.
    QObject::connect(
        view->horizontalHeader(), &QHeaderView::sectionResized, view,
        [view] { view->resizeRowsToContents(); }, Qt::QueuedConnection);
}

} // namespace ferry::gui
