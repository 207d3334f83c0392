// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/dashboardpage.h"
#include "gui/session.h"
#include "model/logging.h"
#include "model/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

namespace ferry::gui {

MainWindow::MainWindow(model::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(m_pages))
    , m_badge(new QLabel(this))
    , m_statusText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")));
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);

    m_badge->setObjectName(QStringLiteral("connectionBadge"));
    m_badge->setMargin(2);
    statusBar()->addPermanentWidget(m_statusText);
    statusBar()->addPermanentWidget(m_badge);
    createMenus();

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.mainWindowState());
    setConnection({});
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = m_settings.language();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *logs = help->addAction(tr("Open &Log Folder"));
    connect(logs, &QAction::triggered, this, &MainWindow::openLogFolder);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Ferry"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setConnection(const ConnectionInfo &info)
{
    m_connection = info;
    m_dashboard->setConnection(info);
    QString badge;
    QString style;
    QString status;
    switch (info.mode) {
    case ConnectionInfo::Mode::Starting:
        badge = tr("CONNECTING");
        style = QStringLiteral("background:#6e7781;color:white;");
        status = tr("Starting…");
        break;
    case ConnectionInfo::Mode::Sandbox:
        badge = tr("SANDBOX");
        style = QStringLiteral("background:#bf8700;color:white;");
        status = tr("Local sandbox at %1").arg(info.endpoint.authority());
        break;
    case ConnectionInfo::Mode::Cloud:
        badge = tr("ALIBABA CLOUD");
        style = QStringLiteral("background:#1a7f37;color:white;");
        status = tr("Region %1 · credentials from %2").arg(info.region, info.credentials);
        break;
    case ConnectionInfo::Mode::Failed:
        badge = tr("OFFLINE");
        style = QStringLiteral("background:#cf222e;color:white;");
        status = info.error;
        break;
    }
    m_badge->setText(QStringLiteral(" %1 ").arg(badge));
    m_badge->setStyleSheet(style + QStringLiteral("font-weight:bold;border-radius:3px;"));
    m_badge->setToolTip(status);
    m_statusText->setText(status);
}

void MainWindow::setSession(Session *session)
{
    setConnection(session->connection());
    m_dashboard->setSession(session);
}

void MainWindow::chooseLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    m_settings.sync();
    statusBar()->showMessage(tr("The language changes the next time Ferry starts."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Ferry"),
        tr("<h3>Ferry %1</h3>"
           "<p>Guided, auditable Alibaba Cloud migrations with MaxCompute Migration Service, Data "
           "Transmission Service and Server Migration Center.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(FERRY_VERSION)));
}

void MainWindow::openLogFolder()
{
    const QString path = model::logFilePath();
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("Logging to a file is off; messages go to the terminal."),
                                 8000);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace ferry::gui
