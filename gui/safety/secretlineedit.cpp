// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/secretlineedit.h"

#include <QAction>
#include <QKeyEvent>
#include <QStyle>

namespace ferry::gui {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setDragEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    m_reveal = addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                         QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show what you typed"));
    m_reveal->setEnabled(false);
    m_reveal->setVisible(false);
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Nothing typed, nothing to show: hide again so a later stored secret is never shown.
        m_reveal->setEnabled(!text.isEmpty());
        m_reveal->setVisible(!text.isEmpty());
        if (text.isEmpty())
            setRevealed(false);
    });
    updatePlaceholder();
}

void SecretLineEdit::setStoredSecret(bool stored)
{
    m_stored = stored;
    clear();
    setRevealed(false);
    updatePlaceholder();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    const bool allowed = revealed && !text().isEmpty();
    setEchoMode(allowed ? QLineEdit::Normal : QLineEdit::Password);
    // In Normal mode QLineEdit would allow copy and drag; keep the secret off the clipboard.
    setContextMenuPolicy(allowed ? Qt::NoContextMenu : Qt::DefaultContextMenu);
    if (m_reveal->isChecked() != allowed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(allowed);
    }
}

void SecretLineEdit::focusOutEvent(QFocusEvent *event)
{
    setRevealed(false);
    QLineEdit::focusOutEvent(event);
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event)
{
    // Even while revealed, the secret does not go to the clipboard.
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::updatePlaceholder()
{
    setPlaceholderText(m_stored ? tr("Saved – type to replace") : QString());
}

} // namespace ferry::gui
