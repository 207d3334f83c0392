// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace ferry::gui {

/// Adds or edits one phase with every field, and says what to fix before it can be stored.
class PhaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseDialog)

public:
    /// `phase` is the starting point; `isNew` lets the user choose the id.
    PhaseDialog(const model::Plan &plan, const model::Phase &phase, bool isNew,
                QWidget *parent = nullptr);

    /// The phase as entered.
    model::Phase phase() const;
    /// What keeps OK disabled (translated); empty when the phase can be stored.
    QStringList problems() const;

private:
    struct DateField
    {
        QCheckBox *set = nullptr;
        QDateTimeEdit *edit = nullptr;
    };
    DateField addDateField(QFormLayout *form, const QString &label,
                           const std::optional<QDateTime> &value);
    static std::optional<QDateTime> dateOf(const DateField &field);
    void revalidate();

    const model::Plan m_plan; // a copy: the dialog must not see the plan change under it
    model::Phase m_original;
    bool m_isNew;
    QLineEdit *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_owner = nullptr;
    DateField m_plannedStart;
    DateField m_plannedEnd;
    DateField m_actualStart;
    DateField m_actualEnd;
    QListWidget *m_dependencies = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ferry::gui
