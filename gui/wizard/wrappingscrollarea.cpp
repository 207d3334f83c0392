// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/wrappingscrollarea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>

namespace ferry::gui {

WrappingScrollArea::WrappingScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false);
    setWidget(content);
    content->installEventFilter(this);
}

void WrappingScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool WrappingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout changed (rows added, text replaced): its height may have too.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit();
    return QScrollArea::eventFilter(watched, event);
}

void WrappingScrollArea::fit()
{
    QWidget *content = widget();
    if (!content)
        return;
    // Leave room for the vertical scroll bar when the content will need it.
    int width = viewport()->width();
    int height = content->heightForWidth(width);
    if (height < 0)
        height = content->sizeHint().height();
    if (height > viewport()->height() && !verticalScrollBar()->isVisible()) {
        width = std::max(0, width - verticalScrollBar()->sizeHint().width());
        const int narrower = content->heightForWidth(width);
        if (narrower >= 0)
            height = narrower;
    }
    height = std::max({height, content->minimumSizeHint().height(), viewport()->height()});
    if (content->size() != QSize(width, height))
        content->resize(width, height);
}

} // namespace ferry::gui
