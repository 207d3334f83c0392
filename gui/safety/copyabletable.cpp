// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/copyabletable.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <map>

namespace ferry::gui {

namespace {

QString shown(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

CopyableTable::CopyableTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
}

QString CopyableTable::selectedText() const
{
    std::map<int, std::map<int, QString>> cells;
    const QList<QTableWidgetItem *> items = selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (!isColumnHidden(item->column()))
            cells[item->row()][item->column()] = item->text();
    }
    if (cells.empty() && currentIndex().isValid())
        cells[currentRow()][currentColumn()] = shown(this, currentRow(), currentColumn());
    QStringList lines;
    for (const auto &[row, columns] : cells) {
        QStringList parts;
        for (const auto &[column, text] : columns)
            parts.append(text);
        lines.append(parts.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CopyableTable::allText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c) {
        if (isColumnHidden(c))
            continue;
        const QTableWidgetItem *h = horizontalHeaderItem(c);
        header.append(h ? h->text() : QString());
    }
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = 0; r < rowCount(); ++r) {
        if (isRowHidden(r))
            continue;
        QStringList parts;
        for (int c = 0; c < columnCount(); ++c) {
            if (!isColumnHidden(c))
                parts.append(shown(this, r, c));
        }
        lines.append(parts.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void CopyableTable::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void CopyableTable::copyAll()
{
    QGuiApplication::clipboard()->setText(allText());
}

void CopyableTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void CopyableTable::contextMenuEvent(QContextMenuEvent *event)
{
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("copyMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(tr("&Copy"), this, &CopyableTable::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selectedItems().isEmpty() || currentIndex().isValid());
    menu->addAction(tr("Copy &all"), this, &CopyableTable::copyAll);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace ferry::gui
