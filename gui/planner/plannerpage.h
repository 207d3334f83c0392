// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ferry::gui {

class EstimatesPanel;
class FindingsList;
class GatesPanel;
class OssImportPanel;
class PhaseDialog;
class PhaseTableModel;
class PlanDocument;
class PlanPrompts;
class RollbackPanel;

/// The cutover planner: the plan's phases (edited in place or in a dialog, all from the
/// keyboard) with the sequencing findings beside them, and tabs for the gates, rollback paths,
/// estimates and OSSImport jobs. Without a plan it says how to get one.
class PlannerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannerPage)

public:
    PlannerPage(PlanDocument &document, PlanPrompts &prompts, QWidget *parent = nullptr);
    ~PlannerPage() override;

    PhaseTableModel *phaseModel() const { return m_model; }
    QTableView *phaseTable() const { return m_table; }
    FindingsList *findings() const { return m_findings; }
    GatesPanel *gates() const { return m_gates; }
    RollbackPanel *rollback() const { return m_rollback; }
    EstimatesPanel *estimates() const { return m_estimates; }
    OssImportPanel *ossImports() const { return m_ossImports; }

    QString selectedPhaseId() const;
    void selectPhase(const QString &phaseId);
    /// Opens the dialog to add a phase after the selected one; nullptr when read-only.
    PhaseDialog *addPhase();
    /// Opens the dialog to edit the selected phase; nullptr when nothing is selected.
    PhaseDialog *editSelectedPhase();
    /// Asks to remove the selected phase, listing what else changes.
    void removeSelectedPhase();
    /// Moves the selected phase up (-1) or down (+1) in the plan order.
    void moveSelectedPhase(int delta);
    /// Clears the date in the current cell when it is a date.
    void clearSelectedDate();
    /// The last refused edit, in words; empty after a successful edit.
    QString editError() const;
    /// The page's actions that change the plan (disabled while read-only).
    QList<QAction *> editingActions() const { return m_editActions; }

Q_SIGNALS:
    void newPlanRequested();
    void openPlanRequested();
    void openSampleRequested();
    void timelineRequested();

private:
    QWidget *createEmptyState();
    QWidget *createEditor();
    QAction *addEditAction(const QString &text, const QKeySequence &key, const QString &tip);
    void onReset();
    void onEdited();
    void updateState();
    void showEditError(const QString &text);

    PlanDocument &m_document;
    PlanPrompts &m_prompts;
    PhaseTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_editCopy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_editError = nullptr;
    FindingsList *m_findings = nullptr;
    QTabWidget *m_tabs = nullptr;
    GatesPanel *m_gates = nullptr;
    RollbackPanel *m_rollback = nullptr;
    EstimatesPanel *m_estimates = nullptr;
    OssImportPanel *m_ossImports = nullptr;
    QList<QAction *> m_editActions;
};

} // namespace ferry::gui
