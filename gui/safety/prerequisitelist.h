// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/prerequisites.h"

#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace ferry::gui {

/// A checklist of prerequisites: a state icon, the title, what Ferry saw or what to do, the
/// statements to copy (if any), and for what Ferry cannot see a "Done" box the person ticks.
/// Ticks survive setItems() for items whose key stays.
class PrerequisiteList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrerequisiteList)

public:
    explicit PrerequisiteList(QWidget *parent = nullptr);

    void setItems(const QList<model::PrerequisiteItem> &items);
    const QList<model::PrerequisiteItem> &items() const { return m_items; }

    QSet<QString> confirmedKeys() const { return m_confirmed; }
    void setConfirmed(const QString &key, bool confirmed);
    /// model::prerequisitesMet over the items and the ticks.
    bool allMet() const;

    /// The translated word for a state ("Met", "Not met", ...).
    static QString stateText(model::CheckState state);

Q_SIGNALS:
    /// allMet() may have changed.
    void metChanged(bool met);

private:
    void rebuild();

    QList<model::PrerequisiteItem> m_items;
    QSet<QString> m_confirmed;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace ferry::gui
