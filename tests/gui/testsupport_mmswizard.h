// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the MMS wizard tests: every text a widget tree shows.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTableWidget>
#include <QWidget>

namespace ferry::test {

/// Every text `root` and its children show or hold: labels, buttons, fields, table cells and
/// headers, combo items, tooltips.
inline QStringList allWidgetTexts(const QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(root));
    for (QWidget *w : widgets) {
        out.append(w->toolTip());
        out.append(w->windowTitle());
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out.append(b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out.append(e->text());
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out.append(p->toPlainText());
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out.append(c->itemText(i));
        }
        if (auto *t = qobject_cast<QTableWidget *>(w)) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->horizontalHeaderItem(c))
                    out.append(t->horizontalHeaderItem(c)->text());
            }
            for (int r = 0; r < t->rowCount(); ++r) {
                for (int c = 0; c < t->columnCount(); ++c) {
                    if (const QTableWidgetItem *item = t->item(r, c)) {
                        out.append(item->text());
                        out.append(item->toolTip());
                    }
                }
            }
        }
    }
    out.removeAll(QString());
    return out;
}

} // namespace ferry::test
