// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace ferry::gui {

/// Read-only monospace text (statements, a policy) with a Copy button that copies it whole.
class CopyableText final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableText)

public:
    explicit CopyableText(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    /// The button's text, e.g. "Copy policy".
    void setCopyLabel(const QString &label);
    /// Most lines shown before the text scrolls.
    void setMaximumLines(int lines);
    QPushButton *copyButton() const { return m_copy; }
    QPlainTextEdit *editor() const { return m_text; }

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    void copied();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    int wrappedLines(int width) const;

    int m_maxLines = 16;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace ferry::gui
