// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTreeWidget;

namespace ferry::gui {

class PlanDocument;

/// How long each phase should take, with the figures each number rests on next to it, the
/// plan's critical path, and editors for the plan-wide assumptions (bandwidth, disk I/O, rows per
/// second...) and the selected phase's workload (data volume, rows, objects...).
class EstimatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimatesPanel)

public:
    explicit EstimatesPanel(PlanDocument &document, QWidget *parent = nullptr);

    /// Shows this phase's estimate and workload.
    void showPhase(const QString &phaseId);

private:
    struct Field
    {
        const char *key;
        QDoubleSpinBox *box;
    };
    QDoubleSpinBox *addField(QFormLayout *form, QList<Field> &fields, const char *key,
                             const QString &label, const QString &suffix, double max, int decimals,
                             const QString &tip, bool optional);
    void rebuild();
    void loadPlanFigures();
    void loadWorkload();
    void applyPlanFigure(const char *key, double value);
    void applyWorkload(const char *key, double value);

    PlanDocument &m_document;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_table = nullptr;
    QGroupBox *m_workloadBox = nullptr;
    QFormLayout *m_workloadForm = nullptr;
    QList<Field> m_planFields;
    QList<Field> m_workloadFields;
    QString m_phaseId;
    bool m_loading = false;
};

} // namespace ferry::gui
