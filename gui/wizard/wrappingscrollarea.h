// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace ferry::gui {

/// A vertical scroll area for a page of word-wrapped text: the content always takes the
/// viewport's width and the height its wrapped lines need at that width (QScrollArea's own
/// widgetResizable mode squeezes it to the viewport instead, so wrapped rows overlap).
class WrappingScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingScrollArea)

public:
    explicit WrappingScrollArea(QWidget *content, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
};

} // namespace ferry::gui
