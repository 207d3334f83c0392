// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/plansequencing.h"

#include <QAbstractTableModel>

namespace ferry::gui {

class PlanDocument;

/// The plan's phases as a table, in plan order. Edits are validated (phaseedits) and go through
/// the document; a refused edit changes nothing and says why with editRejected().
class PhaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseTableModel)

public:
    enum Column
    {
        IdColumn,
        KindColumn,
        ServiceColumn,
        TitleColumn,
        OwnerColumn,
        PlannedStartColumn,
        PlannedEndColumn,
        ActualStartColumn,
        ActualEndColumn,
        DependsOnColumn,
        ColumnCount
    };
    enum Role
    {
        PhaseIdRole = Qt::UserRole + 1,
    };

    explicit PhaseTableModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Kind/service take the enum as int, dates a QDateTime (a null variant clears the date),
    /// dependencies their text. Invalid edits are refused and reported.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The sequencing findings to mark on the rows (icon and tooltip on the title).
    void setFindings(const QList<model::SequencingFinding> &findings);

    /// Row of the phase with this id, or -1.
    int rowOf(const QString &phaseId) const;
    QString phaseIdAt(int row) const;

    /// Inserts `phase` at `row` after validating it; false (and editRejected) when invalid.
    bool insertPhase(int row, const model::Phase &phase);
    /// Replaces the phase with the same id after validating it.
    bool replacePhase(const model::Phase &phase);
    /// Removes the phase at `row` and every reference to it (see phaseedits::removePhase).
    bool removePhaseAt(int row);
    /// Moves the phase at `from` to `to`.
    bool movePhase(int from, int to);

Q_SIGNALS:
    /// An edit was refused; `why` says what to fix (translated).
    void editRejected(const QString &why);

private:
    void onPlanEdited();

    PlanDocument &m_document;
    QList<model::SequencingFinding> m_findings;
    bool m_changing = false;
    int m_rows = 0;
};

} // namespace ferry::gui
