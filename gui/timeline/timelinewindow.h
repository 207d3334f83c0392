// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace ferry::gui {

class PlanDocument;
class TimelinePage;

/// The read-only manager timeline of one plan file (`ferry --view PLAN`): the timeline page with
/// File ▸ Close and the View menu's zoom actions, and nothing that edits.
class TimelineWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWindow)

public:
    explicit TimelineWindow(QWidget *parent = nullptr);
    ~TimelineWindow() override;

    /// Reads the plan off the GUI thread and shows it read-only; a file that cannot be read is
    /// explained in the window (and left as it is). openFinished() reports the outcome.
    void openFile(const QString &path);

    PlanDocument &document() const { return *m_document; }
    TimelinePage *page() const { return m_page; }

Q_SIGNALS:
    /// `error` is empty when the plan is shown.
    void openFinished(bool ok, const QString &error);

private:
    PlanDocument *m_document = nullptr;
    TimelinePage *m_page = nullptr;
    quint64 m_generation = 0;
};

} // namespace ferry::gui
