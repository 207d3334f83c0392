// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"

#include "cloudapi/jobmonitor.h"
#include "cloudapi/jobwatcher.h"
#include "gui/charts/chartformat.h"
#include "gui/healthlegend.h"
#include "gui/jobdetailpage.h"
#include "gui/jobtabledelegate.h"
#include "gui/lagnotifier.h"
#include "gui/session.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "model/seriesstore.h"
#include "model/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

DashboardPage::DashboardPage(model::Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_connection(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_notifier(new LagNotifier(settings, this, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_empty = buildEmptyState();
    m_overview = buildOverview();
    m_detail = new JobDetailPage(this);
    connect(m_detail, &JobDetailPage::backRequested, this, &DashboardPage::showOverview);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_detail);
    layout->addWidget(m_stack, 1);

    // Where Ferry is connected and as whom, under every view.
    auto *footer = new QWidget(this);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(16, 4, 16, 8);
    footerLayout->setSpacing(2);
    for (QLabel *label : {m_connection, m_identity}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        footerLayout->addWidget(label);
    }
    m_connection->setObjectName(QStringLiteral("connectionSummary"));
    m_identity->setObjectName(QStringLiteral("identitySummary"));
    layout->addWidget(footer);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_stack->currentWidget() == m_detail)
            showOverview();
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, m_refresh, &QToolButton::click);

    setConnection({});
    updateView();
}

DashboardPage::~DashboardPage()
{
    dropMonitor();
}

QWidget *DashboardPage::buildEmptyState()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 16);
    layout->setSpacing(16);
    m_title = new QLabel(page);
    m_body = new QLabel(page);
    m_scan = new QLabel(page);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("No migrations yet"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setText(
        tr("<p>Ferry watches every MMS, DTS and SMC migration in your account and region here: "
           "status, progress, replication lag and what needs your attention.</p>"
           "<p><b>What to do next</b></p>"
           "<ul>"
           "<li>To try Ferry without an account, keep using the <b>sandbox</b>: a local emulation "
           "of the three services with sample data.</li>"
           "<li>To work with your Alibaba Cloud account, set the environment variables "
           "<tt>ALIBABA_CLOUD_ACCESS_KEY_ID</tt> and <tt>ALIBABA_CLOUD_ACCESS_KEY_SECRET</tt>, or "
           "configure the aliyun CLI (<tt>aliyun configure</tt>), then restart Ferry.</li>"
           "</ul>"));
    m_scan->setObjectName(QStringLiteral("emptyStateScan"));
    m_scan->setWordWrap(true);

    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_scan);
    layout->addStretch(1);
    return page;
}

QWidget *DashboardPage::buildOverview()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 4);
    layout->setSpacing(8);

    auto *toolbar = new QHBoxLayout;
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("jobFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, status or phase (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    m_serviceFilter = new QComboBox(page);
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_serviceFilter->addItem(tr("All services"), -1);
    for (auto s : {model::JobService::Mms, model::JobService::Dts, model::JobService::Smc})
        m_serviceFilter->addItem(model::displayName(s), int(s));

    m_healthFilter = new QComboBox(page);
    m_healthFilter->setObjectName(QStringLiteral("healthFilter"));
    m_healthFilter->addItem(tr("Any health"), -1);
    for (auto h : {model::JobHealth::Ok, model::JobHealth::Attention, model::JobHealth::Stalled,
                   model::JobHealth::Failed})
        m_healthFilter->addItem(model::displayName(h), int(h));

    m_refresh = new QToolButton(page);
    m_refresh->setObjectName(QStringLiteral("refreshNow"));
    m_refresh->setText(tr("Refresh now"));
    m_refresh->setToolTip(tr("Ask every service for fresh data now (F5)"));
    m_lastUpdate = new QLabel(page);
    m_lastUpdate->setObjectName(QStringLiteral("lastUpdate"));

    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_serviceFilter);
    toolbar->addWidget(m_healthFilter);
    toolbar->addWidget(m_refresh);
    toolbar->addStretch(1);
    toolbar->addWidget(m_lastUpdate);
    layout->addLayout(toolbar);

    m_problems = new QLabel(page);
    m_problems->setObjectName(QStringLiteral("pollProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#cf222e;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    m_proxy = new model::JobFilterProxyModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new JobTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    layout->addWidget(new HealthLegend(page));

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &model::JobFilterProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_serviceFilter->currentData().toInt();
        m_proxy->setServiceFilter(v < 0 ? std::nullopt
                                        : std::optional<model::JobService>(model::JobService(v)));
    });
    connect(m_healthFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_healthFilter->currentData().toInt();
        m_proxy->setHealthFilter(v < 0 ? std::nullopt
                                       : std::optional<model::JobHealth>(model::JobHealth(v)));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openJob(index.data(model::JobTableModel::KeyRole).toString());
    });
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->refreshNow();
    });
    return page;
}

void DashboardPage::setConnection(const ConnectionInfo &info)
{
    switch (info.mode) {
    case ConnectionInfo::Mode::Starting:
        m_connection->setText(tr("Connecting…"));
        break;
    case ConnectionInfo::Mode::Sandbox:
        m_connection->setText(tr("Connected to the sandbox at %1. Its data is generated locally "
                                 "and nothing you do here touches a real account.")
                                  .arg(info.endpoint.toDisplayString()));
        break;
    case ConnectionInfo::Mode::Cloud:
        m_connection->setText(tr("Connected to Alibaba Cloud, region %1, with credentials from %2.")
                                  .arg(info.region, info.credentials));
        break;
    case ConnectionInfo::Mode::Failed:
        m_connection->setText(tr("Not connected: %1").arg(info.error));
        break;
    }
}

void DashboardPage::setSession(Session *session)
{
    dropMonitor();
    m_session = session;
    setConnection(session->connection());
    m_identity->setText(tr("Checking the identity behind the credentials…"));
    session->sts().getCallerIdentity(
        this, [this](const cloudapi::Result<model::CallerIdentity> &result) {
            if (!result) {
                m_identity->setText(
                    tr("The credentials were not accepted: %1").arg(result.error().explanation()));
                return;
            }
            const model::CallerIdentity &who = result.value();
            m_identity->setText(tr("Signed in as %1 (account %2).")
                                    .arg(who.arn.isEmpty() ? who.userId : who.arn, who.accountId));
        });

    m_monitor = new cloudapi::JobMonitor(session->mms(), session->dts(), session->smc(),
                                         session->regionId(), this);
    m_monitor->setClock(session->clock());
    if (!session->lagHistoryDirectory().isEmpty()) {
        m_store = std::make_unique<model::SeriesStore>(session->lagHistoryDirectory());
        m_monitor->setLagStore(m_store.get());
    }
    applySettings();
    // The monitor's clients send through the session's transport: it must go first.
    connect(session, &QObject::destroyed, this, &DashboardPage::dropMonitor);
    m_proxy->setSourceModel(m_monitor->table());
    m_table->sortByColumn(model::JobTableModel::HealthColumn, Qt::DescendingOrder);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(model::JobTableModel::NameColumn, QHeaderView::Stretch);
    m_detail->setMonitor(m_monitor, session->clock());

    connect(m_monitor, &cloudapi::JobMonitor::serviceUpdated, this,
            [this](model::JobService service) {
                m_problemsByService.remove(int(service));
                updateView();
                updateStatus();
            });
    connect(m_monitor, &cloudapi::JobMonitor::serviceFailed, this, &DashboardPage::onServiceFailed);
    connect(m_monitor, &cloudapi::JobMonitor::lagCrossed, this,
            [this](const QString &, const QString &name, double lagMs, bool above) {
                m_notifier->lagCrossed(name, lagMs, above, m_monitor->config().lagThresholdMs);
            });
    connect(m_monitor->table(), &QAbstractItemModel::rowsInserted, this, [this] {
        // Fit the columns to the first jobs; later the person's widths are kept.
        if (!m_columnsFitted)
            fitColumns();
    });

    const double scale = session->timeScale();
    const int tickMs = std::clamp(int(1000.0 / std::max(scale, 1.0)), 100, 1000);
    updateActivity();
    m_monitor->start(tickMs);
    updateView();
    updateStatus();
}

void DashboardPage::fitColumns()
{
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    // Room for values that arrive later than the first rows: long lags, progress bars, dates.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto atLeast = [&](int column, const QString &sample) {
        const int width = fm.horizontalAdvance(sample) + 24;
        if (m_table->columnWidth(column) < width)
            m_table->setColumnWidth(column, width);
    };
    atLeast(model::JobTableModel::LagColumn, model::formatLag(3'599'000));
    atLeast(model::JobTableModel::ProgressColumn, tr("%1 %").arg(100) + QStringLiteral("MM"));
    atLeast(model::JobTableModel::UpdatedColumn, QStringLiteral("2026-12-31 23:59"));
    atLeast(model::JobTableModel::HealthColumn,
            model::displayName(model::JobHealth::Attention) + QStringLiteral("MM"));
}

void DashboardPage::dropMonitor()
{
    if (!m_monitor)
        return;
    m_detail->setMonitor(nullptr, {});
    m_proxy->setSourceModel(nullptr);
    delete m_monitor;
    m_monitor = nullptr;
    m_store.reset();
    m_columnsFitted = false;
}

void DashboardPage::applySettings()
{
    if (!m_monitor)
        return;
    cloudapi::MonitorConfig config = m_monitor->config();
    const qint64 interval = qint64(m_settings.pollIntervalSeconds()) * 1000;
    config.listTiming.activeIntervalMs = interval;
    config.listTiming.idleIntervalMs = std::max<qint64>(300'000, 10 * interval);
    config.listTiming.maxBackoffMs =
        std::max<qint64>(600'000, 2 * config.listTiming.idleIntervalMs);
    // The open job is what someone watches closely: its detail is polled twice as often.
    config.detailTiming = config.listTiming;
    config.detailTiming.activeIntervalMs = std::max<qint64>(5000, interval / 2);
    config.discoveryIntervalMs = std::max<qint64>(300'000, interval);
    config.stall.thresholdMs = qint64(m_settings.stallThresholdMinutes()) * 60'000;
    m_monitor->setConfig(config);
}

void DashboardPage::onServiceFailed(model::JobService service, const cloudapi::ApiError &error)
{
    QString text = tr("%1: %2").arg(model::displayName(service), error.explanation());
    if (error.kind == cloudapi::ErrorKind::Throttled)
        text = tr("%1 asks Ferry to slow down; polling less often for a while.")
                   .arg(model::displayName(service));
    m_problemsByService.insert(int(service), text);
    updateStatus();
}

void DashboardPage::updateView()
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_detail)
        return;
    const int rows = m_monitor ? m_monitor->table()->rowCount() : 0;
    if (rows > 0) {
        m_stack->setCurrentWidget(m_overview);
        return;
    }
    m_stack->setCurrentWidget(m_empty);
    if (!m_monitor) {
        m_scan->clear();
        return;
    }
    const model::JobTableModel *table = m_monitor->table();
    const bool allLooked = table->lastUpdateMs(model::JobService::Mms) > 0 &&
                           table->lastUpdateMs(model::JobService::Dts) > 0 &&
                           table->lastUpdateMs(model::JobService::Smc) > 0;
    const QString region = m_session ? m_session->regionId() : QString();
    m_scan->setText(allLooked ? tr("There are no MMS, DTS or SMC jobs in region %1 yet. New jobs "
                                   "appear here within a few minutes.")
                                    .arg(region)
                              : tr("Looking for MMS, DTS and SMC jobs in region %1…").arg(region));
}

void DashboardPage::updateStatus()
{
    if (!m_monitor)
        return;
    const qint64 last = m_monitor->table()->lastUpdateMs();
    const qint64 now = m_monitor->now();
    m_lastUpdate->setText(last > 0 ? tr("Updated %1").arg(formatMoment(last, now))
                                   : tr("Not updated yet"));
    QStringList problems;
    for (auto it = m_problemsByService.cbegin(); it != m_problemsByService.cend(); ++it)
        problems << it.value();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void DashboardPage::openJob(const QString &key)
{
    if (!m_monitor || key.isEmpty())
        return;
    m_monitor->openDetail(key);
    m_detail->showJob(key);
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void DashboardPage::showOverview()
{
    if (m_monitor)
        m_monitor->closeDetail();
    const QString key = m_detail->jobKey();
    m_stack->setCurrentWidget(m_overview);
    updateView();
    if (m_monitor) {
        const int sourceRow = m_monitor->table()->rowOf(key);
        if (sourceRow >= 0) {
            const QModelIndex index =
                m_proxy->mapFromSource(m_monitor->table()->index(sourceRow, 0));
            if (index.isValid())
                m_table->setCurrentIndex(index);
        }
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updateActivity();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActivity();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updateActivity();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::updateActivity()
{
    if (!m_monitor)
        return;
    // Nobody looks at a hidden page or a minimised window: poll at the idle interval then.
    m_monitor->setActive((isVisible() || m_monitorWanted) && !window()->isMinimized());
}

void DashboardPage::setMonitorWanted(bool wanted)
{
    m_monitorWanted = wanted;
    updateActivity();
}

} // namespace ferry::gui
