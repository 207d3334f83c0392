// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace ferry::model {
class Settings;
}

namespace ferry::gui {

class DashboardPage;
class Session;

/// Ferry's main window: a thin shell hosting pages, menus and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(model::Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows what Ferry is connected to (badge in the status bar, summary on the dashboard).
    void setConnection(const ConnectionInfo &info);
    ConnectionInfo connection() const { return m_connection; }
    /// Hands the window the session pages use to reach the services.
    void setSession(Session *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseLanguage(const QString &language);
    void showAbout();
    void openLogFolder();

    model::Settings &m_settings;
    ConnectionInfo m_connection;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_statusText = nullptr;
};

} // namespace ferry::gui
