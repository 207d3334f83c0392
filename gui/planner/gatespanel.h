// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ferry::gui {

class AttestDialog;
class DecideDialog;
class PlanDocument;

/// The plan's go/no-go gates with each criterion's live status and evidence (Verified with its
/// time, Attested by whom and when, or Assumed), the decisions recorded so far, and the two
/// things one does at a gate: attest a criterion, decide GO or NO-GO.
class GatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatesPanel)

public:
    explicit GatesPanel(PlanDocument &document, QWidget *parent = nullptr);

    /// Evaluates every gate again at the document's "now".
    void reevaluate();
    /// Selects a criterion (or the gate itself when `criterionId` is empty).
    bool select(const QString &gateId, const QString &criterionId = {});
    /// Opens the attest dialog for the selected criterion; nullptr when it takes no attestation.
    AttestDialog *attestSelected();
    /// Opens the decision dialog for the selected gate; nullptr when none is selected.
    DecideDialog *decideSelected();

private:
    void rebuild();
    void updateButtons();
    QString selectedGateId() const;
    QString selectedCriterionId() const;

    PlanDocument &m_document;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_gates = nullptr;
    QTreeWidget *m_decisions = nullptr;
    QPushButton *m_attest = nullptr;
    QPushButton *m_decide = nullptr;
    QTimer *m_refresh = nullptr;
    QString m_lastAttester;
};

} // namespace ferry::gui
