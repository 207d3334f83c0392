// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/actionchecks.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QAction;

namespace ferry::gui {

/// Keeps actions and buttons enabled only in the states that allow them. Each is bound to a rule
/// over the current resource state (usually a model::checkX call on the selected job); refresh()
/// re-evaluates every rule, so call it whenever that state changes. A disabled control's tooltip
/// (and status tip / accessible description) says why; an enabled one gets its own tooltip back.
///
///     gate->bind(stopButton, [this] {
///         return m_job ? model::checkStop(*m_job) : ActionGate::nothingSelected(tr("a job"));
///     });
class ActionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGate)

public:
    using Rule = std::function<model::ActionCheck()>;

    explicit ActionGate(QObject *parent = nullptr);

    /// Binds `action` to `rule` and applies it now. The tooltip the action has now is what it
    /// shows while enabled.
    void bind(QAction *action, Rule rule);
    /// Binds `button` to `rule` and applies it now.
    void bind(QAbstractButton *button, Rule rule);
    /// Forgets a control (controls destroyed elsewhere are forgotten on their own).
    void unbind(QObject *control);

    /// A refusal for when nothing is selected: "Select <what> first." (`what` translated).
    static model::ActionCheck nothingSelected(const QString &what);

public Q_SLOTS:
    /// Re-evaluates every rule.
    void refresh();

Q_SIGNALS:
    /// Emitted after refresh() applied the rules.
    void refreshed();

private:
    struct Binding
    {
        QPointer<QAction> action;
        QPointer<QAbstractButton> button;
        Rule rule;
        QString enabledToolTip;
    };
    void apply(Binding &binding);

    QList<Binding> m_bindings;
};

} // namespace ferry::gui
