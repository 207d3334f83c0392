// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/phasedelegate.h"

#include "gui/planner/phasetablemodel.h"
#include "model/planenums.h"

#include <QComboBox>
#include <QDateTimeEdit>

namespace ferry::gui {

namespace {
bool isDate(int column)
{
    return column == PhaseTableModel::PlannedStartColumn ||
           column == PhaseTableModel::PlannedEndColumn ||
           column == PhaseTableModel::ActualStartColumn ||
           column == PhaseTableModel::ActualEndColumn;
}
} // namespace

PhaseDelegate::PhaseDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *PhaseDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case PhaseTableModel::KindColumn: {
        auto *combo = new QComboBox(parent);
        for (model::PhaseKind k : model::allPhaseKinds())
            combo->addItem(model::displayName(k));
        return combo;
    }
    case PhaseTableModel::ServiceColumn: {
        auto *combo = new QComboBox(parent);
        for (model::PlanService s : model::allPlanServices())
            combo->addItem(model::displayName(s));
        return combo;
    }
    default:
        break;
    }
    if (isDate(index.column())) {
        auto *edit = new QDateTimeEdit(parent);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PhaseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime t = index.data(Qt::EditRole).toDateTime();
        edit->setDateTime(t.isValid() ? t : QDateTime::currentDateTime());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PhaseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex());
        return;
    }
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        model->setData(index, edit->dateTime());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ferry::gui
