// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/wizardtables.h"

#include <QHeaderView>
#include <QTableWidgetItem>

namespace ferry::gui {

CopyableTable *makeRowTable(const QStringList &headers, const char *objectName, QWidget *parent)
{
    auto *t = new CopyableTable(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *readOnlyCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace ferry::gui
