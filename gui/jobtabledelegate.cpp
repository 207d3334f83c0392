// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/jobtabledelegate.h"

#include "model/jobtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace ferry::gui {

using model::JobHealth;
using model::JobTableModel;

QColor healthColor(JobHealth health)
{
    switch (health) {
    case JobHealth::Ok:
        return QColor(0x1a, 0x7f, 0x37);
    case JobHealth::Attention:
        return QColor(0xbf, 0x87, 0x00);
    case JobHealth::Stalled:
        return QColor(0x82, 0x50, 0xdf);
    case JobHealth::Failed:
        return QColor(0xcf, 0x22, 0x2e);
    }
    return QColor(Qt::gray);
}

QColor healthTint(JobHealth health)
{
    QColor c = healthColor(health);
    c.setAlpha(health == JobHealth::Ok ? 0 : 36);
    return c;
}

JobTableDelegate::JobTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void JobTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const auto health = JobHealth(index.data(JobTableModel::HealthRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    if (!selected)
        painter->fillRect(opt.rect, healthTint(health));
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();

    const QVariant progress = index.data(JobTableModel::ProgressRole);
    if (index.column() == JobTableModel::ProgressColumn && progress.isValid()) {
        if (selected)
            style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        QStyleOptionProgressBar bar;
        bar.rect = opt.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qBound(0, int(progress.toDouble() + 0.5), 100);
        bar.text = opt.text;
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        bar.palette = opt.palette;
        bar.fontMetrics = opt.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
        return;
    }
    if (index.column() == JobTableModel::HealthColumn) {
        const int d = std::max(8, opt.fontMetrics.height() / 2);
        const QRect dot(opt.rect.left() + 6, opt.rect.center().y() - d / 2, d, d);
        opt.rect.setLeft(dot.right() + 6);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(healthColor(health));
        painter->drawEllipse(dot);
        painter->restore();
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize JobTableDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == JobTableModel::HealthColumn)
        size.rwidth() += option.fontMetrics.height() / 2 + 12;
    if (index.column() == JobTableModel::ProgressColumn)
        size.setWidth(std::max(
            size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("0000 %")) + 24));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace ferry::gui
