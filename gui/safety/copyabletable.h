// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace ferry::gui {

/// A read-only table whose Copy (Ctrl+C and the context menu) puts exactly the text shown on the
/// clipboard: the selected cells, tab-separated, one line per row. "Copy all" copies every row
/// with the headers. Nothing but the displayed text is ever copied, so a masked value copies as
/// the mask.
class CopyableTable : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableTable)

public:
    explicit CopyableTable(QWidget *parent = nullptr);

    /// The selected cells as shown (rows in order; cells of a row joined by tabs).
    QString selectedText() const;
    /// Headers and every row as shown.
    QString allText() const;

public Q_SLOTS:
    /// Copies the selection (or the current cell when nothing is selected).
    void copySelection();
    /// Copies every row, with the headers.
    void copyAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace ferry::gui
