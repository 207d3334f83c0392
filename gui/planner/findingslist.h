// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plansequencing.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ferry::gui {

/// The sequencing findings of the plan, each with its reason in words, worst first; activating
/// one asks to show the phase it is about.
class FindingsList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsList)

public:
    explicit FindingsList(QWidget *parent = nullptr);

    void setFindings(const QList<model::SequencingFinding> &findings, bool hasPhases);
    /// The findings shown, in order (for tests and the report).
    QStringList texts() const;

Q_SIGNALS:
    void phaseActivated(const QString &phaseId);

private:
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace ferry::gui
