// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ferry::gui {

class AttestDialog;
class PlanDocument;

/// How to undo each phase: the generated steps, editable, with what must be prepared before the
/// phase and who prepared it; phases after which there is no way back are marked, the first of
/// them (the plan's point of no return) most clearly.
class RollbackPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackPanel)

public:
    explicit RollbackPanel(PlanDocument &document, QWidget *parent = nullptr);

    /// Shows the path of this phase (selects its first step).
    void showPhase(const QString &phaseId);
    /// Selects a step.
    bool select(const QString &phaseId, const QString &stepId);
    /// Adds a step of the user's own to the selected phase's path and starts editing its text.
    void addStep();
    /// Removes the selected step.
    void removeStep();
    /// Opens the dialog to mark the selected preparation done.
    AttestDialog *markPrepared();
    /// Drops the user's changes to the selected phase's path and regenerates it.
    void restoreGenerated();

private:
    void rebuild();
    void updateButtons();
    void onItemChanged(QTreeWidgetItem *item, int column);
    QString selectedPhaseId() const;
    QString selectedStepId() const;

    PlanDocument &m_document;
    QLabel *m_banner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_prepared = nullptr;
    QPushButton *m_restore = nullptr;
    bool m_rebuilding = false;
};

} // namespace ferry::gui
