// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/copyabletext.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

CopyableText::CopyableText(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_copy->setAutoDefault(false);
    row->addWidget(m_copy);
    layout->addLayout(row);
    connect(m_copy, &QPushButton::clicked, this, &CopyableText::copy);
}

void CopyableText::setText(const QString &text)
{
    m_text->setPlainText(text);
    fitHeight();
}

void CopyableText::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    fitHeight();
}

void CopyableText::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

// The lines `text()` takes when wrapped at `width` pixels, as the editor wraps it.
int CopyableText::wrappedLines(int width) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    int lines = 0;
    const QStringList paragraphs = text().split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, m_text->font());
        layout.setTextOption(option);
        layout.beginLayout();
        int n = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++n;
        }
        layout.endLayout();
        lines += std::max(1, n);
    }
    return lines;
}

// Tall enough for the text as wrapped at the current width, up to m_maxLines; the rest scrolls.
void CopyableText::fitHeight()
{
    const int margin = int(m_text->document()->documentMargin());
    const int width = std::max(40, m_text->width() - 2 * m_text->frameWidth() - 2 * margin -
                                       m_text->verticalScrollBar()->sizeHint().width());
    const int shown = std::clamp(wrappedLines(width), 1, m_maxLines);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * shown + 2 * m_text->frameWidth() +
                           2 * margin + 4);
}

QString CopyableText::text() const
{
    return m_text->toPlainText();
}

void CopyableText::setCopyLabel(const QString &label)
{
    m_copy->setText(label);
}

void CopyableText::copy()
{
    QGuiApplication::clipboard()->setText(text());
    Q_EMIT copied();
}

} // namespace ferry::gui
