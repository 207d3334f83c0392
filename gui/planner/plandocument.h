// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/gateinputs.h"
#include "model/plan.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ferry::gui {

/// The plan being worked on and where it lives: its file (or none yet), whether it may be
/// edited, whether it has unsaved changes. Every change goes through edit(), so views learn about
/// it from one signal and a read-only plan cannot be changed by any of them.
class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    /// What the plan opened from: a file, the shipped sample (read-only) or nothing yet.
    enum class Origin
    {
        File,
        Untitled,
        Sample,
    };

    using Clock = std::function<QDateTime()>;
    /// The monitor's latest observations; `now` is filled in by the document.
    using InputsSource = std::function<model::GateInputs()>;

    explicit PlanDocument(QObject *parent = nullptr);

    bool hasPlan() const { return m_plan.has_value(); }
    /// The plan; an empty plan when hasPlan() is false.
    const model::Plan &plan() const;

    /// Replaces the document: `path` is empty for untitled plans and the sample.
    void open(model::Plan plan, Origin origin, const QString &path = {}, bool modified = false);
    /// Leaves the document empty.
    void close();

    /// Applies `change` to the plan and brings the rollback paths in line with the phases.
    /// Refused (false, nothing called) when there is no plan or it is read-only.
    bool edit(const std::function<void(model::Plan &)> &change);

    Origin origin() const { return m_origin; }
    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// A viewer (`ferry --view`) or the sample: nothing may change the plan.
    void setReadOnly(bool readOnly);
    bool isModified() const { return m_modified; }
    /// The plan now lives at `path`, as saved.
    void markSaved(const QString &path);
    /// Turns the read-only sample into an untitled plan one can edit and save elsewhere.
    void makeEditableCopy();

    /// The name to show in titles: the file name, else the plan's name, else "Untitled plan".
    QString displayName() const;

    /// The time gates are evaluated at and the timeline calls "now" (UTC).
    QDateTime now() const;
    void setClock(Clock clock);
    /// What gate evaluation reads; without a source, nothing has been observed.
    model::GateInputs gateInputs() const;
    void setInputsSource(InputsSource source);
    /// What the source answers has changed (new observations): gate views evaluate again.
    void notifyInputsChanged();

Q_SIGNALS:
    /// A different plan (or none) is loaded: views rebuild.
    void planReset();
    /// The plan changed through edit().
    void planEdited();
    /// File path, origin, read-only or modified state changed.
    void stateChanged();
    /// The gate inputs changed (see notifyInputsChanged()).
    void inputsChanged();

private:
    std::optional<model::Plan> m_plan;
    Origin m_origin = Origin::Untitled;
    QString m_path;
    bool m_readOnly = false;
    bool m_modified = false;
    Clock m_clock;
    InputsSource m_inputs;
};

} // namespace ferry::gui
