// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/actiongate.h"

#include <QAbstractButton>
#include <QAction>

namespace ferry::gui {

ActionGate::ActionGate(QObject *parent)
    : QObject(parent)
{}

void ActionGate::bind(QAction *action, Rule rule)
{
    Binding b;
    b.action = action;
    b.rule = std::move(rule);
    b.enabledToolTip = action->toolTip();
    m_bindings.append(std::move(b));
    apply(m_bindings.last());
}

void ActionGate::bind(QAbstractButton *button, Rule rule)
{
    Binding b;
    b.button = button;
    b.rule = std::move(rule);
    b.enabledToolTip = button->toolTip();
    m_bindings.append(std::move(b));
    apply(m_bindings.last());
}

void ActionGate::unbind(QObject *control)
{
    m_bindings.removeIf([control](const Binding &b) {
        return b.action.data() == control || b.button.data() == control;
    });
}

model::ActionCheck ActionGate::nothingSelected(const QString &what)
{
    return model::ActionCheck::deny(tr("Select %1 first.").arg(what));
}

void ActionGate::refresh()
{
    m_bindings.removeIf([](const Binding &b) { return !b.action && !b.button; });
    for (Binding &b : m_bindings)
        apply(b);
    Q_EMIT refreshed();
}

void ActionGate::apply(Binding &b)
{
    const model::ActionCheck check = b.rule ? b.rule() : model::ActionCheck::deny(QString());
    const QString tip = check.allowed ? b.enabledToolTip : check.reason;
    if (b.action) {
        b.action->setEnabled(check.allowed);
        b.action->setToolTip(tip);
        b.action->setStatusTip(tip);
    }
    if (b.button) {
        b.button->setEnabled(check.allowed);
        b.button->setToolTip(tip);
        b.button->setAccessibleDescription(check.allowed ? QString() : check.reason);
    }
}

} // namespace ferry::gui
