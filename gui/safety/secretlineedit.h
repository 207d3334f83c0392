// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

namespace ferry::gui {

/// The field for a password the person types (e.g. a DTS endpoint password). It always echoes as
/// password dots; copy, cut and drag are off; input methods are told the text is sensitive. A
/// secret that is already stored is never put into the field: setStoredSecret(true) only says one
/// exists, and leaving the field empty keeps it. "Show" reveals only what was typed here, never a
/// stored secret. Never log text() or pass it anywhere but the request parameters (whose
/// descriptions mask it).
class SecretLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    /// Whether a secret is already stored for this field (shown as a placeholder, never loaded).
    void setStoredSecret(bool stored);
    bool hasStoredSecret() const { return m_stored; }
    /// Whether the request should keep the stored secret: one is stored and nothing was typed.
    bool keepsStoredSecret() const { return m_stored && text().isEmpty(); }

    /// Whether the typed text is shown in clear (only while there is typed text).
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updatePlaceholder();

    QAction *m_reveal = nullptr;
    bool m_stored = false;
};

} // namespace ferry::gui
