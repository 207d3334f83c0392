// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/gates.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace ferry::gui {

class PlanDocument;

/// Records GO or NO-GO at a gate. Shows every criterion's evidence as evaluated when the dialog
/// opened (that snapshot is what gets recorded), and asks for the decider's name and the gate id
/// typed as confirmation; a GO while a mandatory criterion is not GO also needs an override
/// reason. The model's decideGo()/decideNoGo() have the last word.
class DecideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecideDialog)

public:
    DecideDialog(PlanDocument &document, const QString &gateId, QWidget *parent = nullptr);

    /// The evaluations shown, which a decision records.
    const QList<model::CriterionEvaluation> &evaluations() const { return m_evaluations; }
    /// Mandatory criteria that are not GO.
    QStringList blockingCriteria() const;
    /// What keeps the record button disabled (translated); empty when it is enabled.
    QStringList problems() const;
    /// Records the decision; false with lastError() when the input or the model refuses it.
    bool record();
    QString lastError() const { return m_lastError; }

private:
    void revalidate();
    bool goChosen() const;

    PlanDocument &m_document;
    QString m_gateId;
    QList<model::CriterionEvaluation> m_evaluations;
    QTreeWidget *m_criteria = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QRadioButton *m_go = nullptr;
    QRadioButton *m_noGo = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_record = nullptr;
    QString m_lastError;
};

} // namespace ferry::gui
