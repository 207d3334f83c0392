// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QWidget;

namespace ferry::gui {

/// The questions the planner asks the user, answered through callbacks so nothing waits in a
/// nested event loop: the real implementation opens window-modal dialogs, tests answer at once.
class PlanPrompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel,
    };

    PlanPrompts() = default;
    virtual ~PlanPrompts() = default;
    PlanPrompts(const PlanPrompts &) = delete;
    PlanPrompts &operator=(const PlanPrompts &) = delete;

    /// The plan `name` has unsaved changes: save, discard or cancel what was about to happen?
    virtual void askSaveChanges(const QString &name, std::function<void(SaveChoice)> answer) = 0;
    /// An autosave of `name` from `savedAt` is newer than the file: recover it?
    virtual void askRecoverAutosave(const QString &name, const QDateTime &savedAt,
                                    std::function<void(bool)> answer) = 0;
    /// A yes/no question about something that cannot be undone; `accept` labels the yes button.
    virtual void confirm(const QString &title, const QString &text, const QString &accept,
                         std::function<void(bool)> answer) = 0;
    /// The plan file to open, starting in `directory`; an empty path when cancelled.
    virtual void chooseFileToOpen(const QString &directory,
                                  std::function<void(QString)> answer) = 0;
    /// Where to save, starting from `suggestedPath`; an empty path when cancelled.
    virtual void chooseFileToSave(const QString &suggestedPath,
                                  std::function<void(QString)> answer) = 0;
    /// A folder, starting in `directory`; an empty path when cancelled.
    virtual void chooseDirectory(const QString &title, const QString &directory,
                                 std::function<void(QString)> answer) = 0;
    /// Something went wrong; `details` may list where.
    virtual void showError(const QString &title, const QString &text,
                           const QString &details = {}) = 0;
};

/// PlanPrompts with window-modal message boxes and file dialogs opened with open().
class DialogPlanPrompts final : public PlanPrompts
{
public:
    /// Dialogs are children of `parent` and vanish with it (their callbacks then never run).
    explicit DialogPlanPrompts(QWidget *parent);

    void askSaveChanges(const QString &name, std::function<void(SaveChoice)> answer) override;
    void askRecoverAutosave(const QString &name, const QDateTime &savedAt,
                            std::function<void(bool)> answer) override;
    void confirm(const QString &title, const QString &text, const QString &accept,
                 std::function<void(bool)> answer) override;
    void chooseFileToOpen(const QString &directory, std::function<void(QString)> answer) override;
    void chooseFileToSave(const QString &suggestedPath,
                          std::function<void(QString)> answer) override;
    void chooseDirectory(const QString &title, const QString &directory,
                         std::function<void(QString)> answer) override;
    void showError(const QString &title, const QString &text, const QString &details) override;

private:
    QWidget *m_parent;
};

/// The file name filter of plan files, translated.
QString planFileFilter();

} // namespace ferry::gui
