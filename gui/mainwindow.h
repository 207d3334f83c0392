// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ferry::model {
class Settings;
}

namespace ferry::gui {

class DashboardPage;
class LiveObservations;
class PlanDocument;
class PlanFileController;
class PlanPrompts;
class PlannerPage;
class ReportExportController;
class TimelinePage;
class Session;

/// Ferry's main window: a thin shell hosting pages, menus and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(model::Settings &settings, QWidget *parent = nullptr);
    /// With the questions answered by `prompts` (not owned) and untitled plans autosaved in
    /// `autosaveDirectory`.
    MainWindow(model::Settings &settings, PlanPrompts &prompts, const QString &autosaveDirectory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument &planDocument() const { return *m_plan; }
    PlanFileController *planFiles() const { return m_files; }
    ReportExportController *reports() const { return m_reports; }
    PlannerPage *planner() const { return m_planner; }
    /// What feeds the planner's gates from the monitor; nullptr without a session.
    LiveObservations *liveObservations() const { return m_live; }
    TimelinePage *timeline() const { return m_timeline; }
    /// Shows the dashboard, the planner or the manager timeline.
    void showDashboard();
    void showPlanner();
    void showTimeline();

    /// Shows what Ferry is connected to (badge in the status bar, summary on the dashboard).
    void setConnection(const ConnectionInfo &info);
    ConnectionInfo connection() const { return m_connection; }
    /// Hands the window the session pages use to reach the services.
    void setSession(Session *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void showPage(QWidget *page);
    void updateTitle();
    void chooseLanguage(const QString &language);
    void showAbout();
    void openLogFolder();
    /// The top-level Migrate menu (created on first use, shared by every service's entry).
    QMenu *migrateMenu();
    /// Opens a migration wizard of type Wizard on the current session, non-modal.
    template<typename Wizard>
    void openWizard();

    model::Settings &m_settings;
    std::unique_ptr<PlanPrompts> m_ownPrompts;
    PlanPrompts *m_prompts = nullptr;
    QString m_autosaveDirectory;
    ConnectionInfo m_connection;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    PlanDocument *m_plan = nullptr;
    PlanFileController *m_files = nullptr;
    ReportExportController *m_reports = nullptr;
    PlannerPage *m_planner = nullptr;
    TimelinePage *m_timeline = nullptr;
    QAction *m_showDashboard = nullptr;
    QAction *m_showPlanner = nullptr;
    QAction *m_showTimeline = nullptr;
    QAction *m_migrateSmc = nullptr;
    QPointer<Session> m_session;
    bool m_closeApproved = false;
    LiveObservations *m_live = nullptr;
    QAction *m_migrateMms = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_statusText = nullptr;
    QAction *m_migrateDts = nullptr;
};

} // namespace ferry::gui
