// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/maskedconfigview.h"

#include "gui/safety/copyabletable.h"
#include "gui/safety/wrapanywheredelegate.h"
#include "model/configdisplay.h"
#include "model/sanitizer.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum Column
{
    GroupColumn,
    NameColumn,
    ValueColumn,
    ColumnCount
};

// The service sends groups as keys ("group.basic"); show the part people read.
QString groupLabel(const QString &group)
{
    if (group == QLatin1String("group.basic"))
        return MaskedConfigView::tr("Basic");
    if (group == QLatin1String("group.advanced"))
        return MaskedConfigView::tr("Advanced");
    if (group == QLatin1String("group.mc"))
        return MaskedConfigView::tr("MaxCompute");
    return group;
}

} // namespace

MaskedConfigView::MaskedConfigView(QWidget *parent)
    : QWidget(parent)
    , m_table(new CopyableTable(this))
{
    setObjectName(QStringLiteral("maskedConfigView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("configTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Setting"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setItemDelegateForColumn(ValueColumn, new WrapAnywhereDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Data source configuration"));
    WrapAnywhereDelegate::keepRowsFitted(m_table);
    layout->addWidget(m_table);
}

void MaskedConfigView::clear()
{
    m_table->setRowCount(0);
}

void MaskedConfigView::setDataSource(const model::MmsDataSource &source)
{
    setConfig(source.config);
}

void MaskedConfigView::setConfig(const QList<model::MmsConfigItem> &items)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(items.size()));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < int(items.size()); ++row) {
        const model::MmsConfigItem &c = items[row];
        const bool secret = model::isSecretConfigItem(c);
        auto *group = new QTableWidgetItem(groupLabel(c.group));
        auto *name = new QTableWidgetItem(c.name.isEmpty() ? c.key : c.name);
        // Descriptions and keys come from the service; mask them too in case one quotes a value.
        name->setToolTip(
            model::maskText(c.desc.isEmpty() ? c.key : c.key + QLatin1String(": ") + c.desc));
        auto *value = new QTableWidgetItem(model::displayedConfigValue(c));
        value->setFont(mono);
        if (secret)
            value->setToolTip(tr("Secret: shown masked and copied masked."));
        m_table->setItem(row, GroupColumn, group);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, ValueColumn, value);
    }
    m_table->resizeRowsToContents();
}

} // namespace ferry::gui
