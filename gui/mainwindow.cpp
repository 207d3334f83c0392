// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/dashboardpage.h"
#include "gui/planner/liveobservations.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planfilecontroller.h"
#include "gui/planner/plannerpage.h"
#include "gui/planner/planprompts.h"
#include "gui/report/reportexportcontroller.h"
#include "gui/session.h"
#include "gui/timeline/timelinepage.h"
#include "gui/wizard/dtswizard.h"
#include "gui/wizard/mmswizard.h"
#include "gui/wizard/smcwizard.h"
#include "model/logging.h"
#include "model/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#include <algorithm>

namespace ferry::gui {

namespace {
QString defaultAutosaveDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("autosave"));
}
} // namespace

MainWindow::MainWindow(model::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ownPrompts(std::make_unique<DialogPlanPrompts>(this))
    , m_prompts(m_ownPrompts.get())
    , m_autosaveDirectory(defaultAutosaveDirectory())
{
    createPages();
}

MainWindow::MainWindow(model::Settings &settings, PlanPrompts &prompts,
                       const QString &autosaveDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_prompts(&prompts)
    , m_autosaveDirectory(autosaveDirectory)
{
    createPages();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_dashboard = new DashboardPage(m_settings, m_pages);
    m_plan = new PlanDocument(this);
    m_files = new PlanFileController(*m_plan, m_settings, *m_prompts, m_autosaveDirectory, this);
    m_reports = new ReportExportController(*m_plan, this);
    m_planner = new PlannerPage(*m_plan, *m_prompts, m_pages);
    m_timeline = new TimelinePage(*m_plan, m_pages);
    m_badge = new QLabel(this);
    m_statusText = new QLabel(this);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")));
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_planner);
    m_pages->addWidget(m_timeline);
    setCentralWidget(m_pages);

    m_badge->setObjectName(QStringLiteral("connectionBadge"));
    m_badge->setMargin(2);
    statusBar()->addPermanentWidget(m_statusText);
    statusBar()->addPermanentWidget(m_badge);
    createMenus();

    connect(m_files, &PlanFileController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_reports, &ReportExportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_files, &PlanFileController::planOpened, this, &MainWindow::showPlanner);
    connect(m_plan, &PlanDocument::stateChanged, this, &MainWindow::updateTitle);
    connect(m_planner, &PlannerPage::newPlanRequested, m_files, &PlanFileController::newPlan);
    connect(m_planner, &PlannerPage::openPlanRequested, m_files, &PlanFileController::open);
    connect(m_planner, &PlannerPage::openSampleRequested, m_files, &PlanFileController::openSample);
    connect(m_planner, &PlannerPage::timelineRequested, this, &MainWindow::showTimeline);
    updateTitle();

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.mainWindowState());
    setConnection({});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addAction(m_files->openSampleAction());
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentPlansMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_files->fillRecentMenu(recent); });
    m_files->fillRecentMenu(recent);
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_reports->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *pages = new QActionGroup(view);
    m_showDashboard = view->addAction(tr("&Dashboard"));
    m_showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showPlanner = view->addAction(tr("&Planner"));
    m_showPlanner->setObjectName(QStringLiteral("showPlannerAction"));
    m_showPlanner->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showTimeline = view->addAction(tr("Manager &Timeline"));
    m_showTimeline->setObjectName(QStringLiteral("showTimelineAction"));
    m_showTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showTimeline->setStatusTip(tr("The plan as a Gantt chart for managers: planned against "
                                    "actual, gates, point of no return, risks."));
    for (QAction *a : {m_showDashboard, m_showPlanner, m_showTimeline}) {
        a->setCheckable(true);
        pages->addAction(a);
    }
    m_showDashboard->setChecked(true);
    connect(m_showDashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_showPlanner, &QAction::triggered, this, &MainWindow::showPlanner);
    connect(m_showTimeline, &QAction::triggered, this, &MainWindow::showTimeline);
    view->addSeparator();
    for (QAction *a : m_timeline->viewActions()) {
        view->addAction(a);
        a->setEnabled(false);
    }

    const QString noSession = tr("Connect to Alibaba Cloud or the sandbox first.");
    m_migrateMms = migrateMenu()->addAction(tr("&MaxCompute Warehouse (MMS)…"));
    m_migrateMms->setObjectName(QStringLiteral("migrateMmsAction"));
    connect(m_migrateMms, &QAction::triggered, this, &MainWindow::openWizard<MmsWizard>);
    m_migrateDts = migrateMenu()->addAction(tr("&Database (DTS)…"));
    m_migrateDts->setObjectName(QStringLiteral("migrateDtsAction"));
    connect(m_migrateDts, &QAction::triggered, this, &MainWindow::openWizard<DtsWizard>);
    m_migrateSmc = migrateMenu()->addAction(tr("&Servers (SMC)…"));
    m_migrateSmc->setObjectName(QStringLiteral("migrateSmcAction"));
    connect(m_migrateSmc, &QAction::triggered, this, &MainWindow::openWizard<SmcWizard>);
    for (QAction *action : {m_migrateMms, m_migrateDts, m_migrateSmc}) {
        action->setEnabled(false);
        action->setToolTip(noSession);
    }

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

    QAction *notify = settings->addAction(tr("&Notify When Replication Lag Crosses 5 s"));
    notify->setCheckable(true);
    notify->setChecked(m_settings.lagNotifications());
    notify->setToolTip(tr("A desktop notification while Ferry is in the background"));
    connect(notify, &QAction::toggled, this, [this](bool on) {
        m_settings.setLagNotifications(on);
        m_settings.sync();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *logs = help->addAction(tr("Open &Log Folder"));
    connect(logs, &QAction::triggered, this, &MainWindow::openLogFolder);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Ferry"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    // Live gates need the monitor's active interval (lag samples close enough together).
    m_dashboard->setMonitorWanted(page == m_planner || page == m_timeline);
    m_showDashboard->setChecked(page == m_dashboard);
    m_showPlanner->setChecked(page == m_planner);
    m_showTimeline->setChecked(page == m_timeline);
    // Zooming means something only where the timeline is.
    for (QAction *a : m_timeline->viewActions())
        a->setEnabled(page == m_timeline);
    if (page == m_timeline)
        m_timeline->gantt()->setFocus();
}

void MainWindow::showDashboard()
{
    showPage(m_dashboard);
}

void MainWindow::showPlanner()
{
    showPage(m_planner);
}

void MainWindow::showTimeline()
{
    showPage(m_timeline);
}

void MainWindow::updateTitle()
{
    if (m_plan->hasPlan()) {
        setWindowTitle(tr("%1[*] — Ferry").arg(m_plan->displayName()));
        setWindowModified(m_plan->isModified());
    } else {
        setWindowTitle(tr("Ferry"));
        setWindowModified(false);
    }
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
    m_session = session;
    m_dashboard->setSession(session);
    delete m_live;
    m_live = nullptr;
    if (session && m_dashboard->monitor()) {
        m_live = new LiveObservations(*m_plan, m_dashboard->monitor(), session->dts(),
                                      session->mms(), session->regionId(), this);
        m_live->start(std::clamp(int(1000.0 / std::max(session->timeScale(), 1.0)), 100, 1000));
    }
    m_migrateMms->setEnabled(session != nullptr);
    m_migrateDts->setEnabled(session != nullptr);
    m_migrateSmc->setEnabled(session != nullptr);
    if (session) {
        m_migrateMms->setToolTip(tr("Migrate a data warehouse to MaxCompute step by step"));
        m_migrateDts->setToolTip(tr("Migrate a MySQL database with Data Transmission "
                                    "Service, step by step."));
        m_migrateSmc->setToolTip(
            tr("Migrate a server to Alibaba Cloud with Server Migration Center"));
    } else {
        const QString noSession = tr("Connect to Alibaba Cloud or the sandbox first.");
        for (QAction *action : {m_migrateMms, m_migrateDts, m_migrateSmc})
            action->setToolTip(noSession);
    }
}

QMenu *MainWindow::migrateMenu()
{
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("migrateMenu")))
        return menu;
    QMenu *menu = menuBar()->addMenu(tr("&Migrate"));
    menu->setObjectName(QStringLiteral("migrateMenu"));
    return menu;
}

template<typename Wizard>
void MainWindow::openWizard()
{
    if (!m_session)
        return;
    auto *wizard = new Wizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    wizard->show();
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
    // A changed plan is saved or discarded first; the question answers later, then closes again.
    if (!m_closeApproved && !m_files->confirmClose([this] {
            m_closeApproved = true;
            // Not from inside this close event: a nested close() would be ignored.
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        })) {
        event->ignore();
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace ferry::gui
