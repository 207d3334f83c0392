// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/planfile.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace ferry::model {
class PlanAutosave;
class Settings;
} // namespace ferry::model

namespace ferry::gui {

class PlanDocument;
class PlanPrompts;

/// File handling for the plan document: new, open (read off the GUI thread), the shipped sample,
/// recent plans, save and save as, autosave of unsaved changes and their recovery, and the
/// unsaved-changes question before anything replaces or closes a changed plan. A file that
/// cannot be read is reported and left as it is; a plan holding secret-looking values is not
/// saved, and the error says where they are.
class PlanFileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFileController)

public:
    /// The shipped sample plan in the resources.
    static QString samplePath();

    /// `autosaveDirectory` holds the autosave of untitled plans (a saved plan's autosave sits
    /// next to its file).
    PlanFileController(PlanDocument &document, model::Settings &settings, PlanPrompts &prompts,
                       QString autosaveDirectory, QObject *parent = nullptr);
    ~PlanFileController() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openSampleAction() const { return m_openSample; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    /// Fills `menu` with the recent plans and a Clear Menu entry (call on aboutToShow).
    void fillRecentMenu(QMenu *menu);

    void newPlan();
    /// Asks for a file, then opens it.
    void open();
    /// Reads `path` off the GUI thread; on success asks about unsaved changes and an autosave,
    /// then replaces the document. openFinished() reports the outcome.
    void openFile(const QString &path);
    /// Opens the shipped sample read-only.
    void openSample();
    /// Saves to the plan's file, or asks where for an untitled plan or the sample.
    void save(std::function<void(bool)> done = {});
    void saveAs(std::function<void(bool)> done = {});
    /// Before the window closes: true when nothing needs asking; otherwise asks (save, discard,
    /// cancel), returns false and calls `proceed` once the plan is saved or discarded.
    bool confirmClose(std::function<void()> proceed);
    void clearRecent();

    /// Offers to recover an untitled plan autosaved by an earlier run, if there is one.
    void offerUntitledRecovery();
    QString untitledAutosavePath() const;
    /// The autosave file of the current document (empty for the read-only sample).
    QString autosavePath() const;
    void setAutosaveInterval(std::chrono::milliseconds interval);
    /// Writes a pending autosave now (for tests and before quitting).
    bool autosaveNow();

    /// Where the secret-looking values of a refused save are, one line each in words.
    static QStringList describeSecretLocations(const model::Plan &plan,
                                               const QStringList &pointers);

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &text);
    /// An open that started with openFile()/openSample() ended: `ok` when a plan was opened.
    void openFinished(bool ok);
    /// A plan was opened or created: the window shows the planner.
    void planOpened();

private:
    struct Loaded;
    void startLoad(const QString &path, bool sample);
    void finishLoad(const Loaded &loaded);
    void afterConfirm(std::function<void()> action);
    void writeTo(const QString &path, const std::function<void(bool)> &done);
    void resetAutosave();
    void discardAutosave();
    void updateActions();

    PlanDocument &m_document;
    model::Settings &m_settings;
    PlanPrompts &m_prompts;
    QString m_autosaveDirectory;
    std::chrono::milliseconds m_autosaveInterval = std::chrono::seconds(30);
    std::unique_ptr<model::PlanAutosave> m_autosave;
    quint64 m_generation = 0;
    QString m_lastDirectory;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
};

} // namespace ferry::gui
