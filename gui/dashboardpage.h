// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"
#include "model/jobrow.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ferry::cloudapi {
class JobMonitor;
struct ApiError;
} // namespace ferry::cloudapi
namespace ferry::model {
class JobFilterProxyModel;
class SeriesStore;
class Settings;
} // namespace ferry::model

namespace ferry::gui {

class JobDetailPage;
class LagNotifier;
class Session;

/// The overview of every migration: a table of every MMS, DTS and SMC job of the account and
/// region (status, phase, progress, lag, last update, health), filterable and sortable, and the
/// detail of one job. Until there are any jobs it says what to do next.
///
/// Keyboard: Ctrl+F filters, Enter opens the selected job, Esc goes back, F5 refreshes.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(model::Settings &settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setConnection(const ConnectionInfo &info);
    /// Connects the page to a session: it confirms the identity behind the credentials and
    /// starts watching every job.
    void setSession(Session *session);
    /// Applies the monitoring settings (poll interval, stall threshold).
    void applySettings();

    /// Opens the job with this dashboard key.
    void openJob(const QString &key);
    /// Shows every job again.
    void showOverview();

    cloudapi::JobMonitor *monitor() const { return m_monitor; }
    /// Another page shows what the monitor reads (live gates): poll at the active interval
    /// even while the dashboard is hidden.
    void setMonitorWanted(bool wanted);
    QTableView *jobTable() const { return m_table; }
    model::JobFilterProxyModel *jobFilter() const { return m_proxy; }
    JobDetailPage *detailPage() const { return m_detail; }
    LagNotifier *lagNotifier() const { return m_notifier; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildEmptyState();
    QWidget *buildOverview();
    void updateView();
    void updateStatus();
    void updateActivity();
    void onServiceFailed(model::JobService service, const cloudapi::ApiError &error);
    void dropMonitor();
    void fitColumns();

    model::Settings &m_settings;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_overview = nullptr;
    JobDetailPage *m_detail = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_scan = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_identity = nullptr;

    QLineEdit *m_filter = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QComboBox *m_healthFilter = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_lastUpdate = nullptr;
    QLabel *m_problems = nullptr;
    QTableView *m_table = nullptr;
    model::JobFilterProxyModel *m_proxy = nullptr;

    QPointer<Session> m_session;
    cloudapi::JobMonitor *m_monitor = nullptr;
    std::unique_ptr<model::SeriesStore> m_store;
    LagNotifier *m_notifier = nullptr;
    QHash<int, QString> m_problemsByService;
    QPointer<QWidget> m_watchedWindow;
    bool m_columnsFitted = false;
    bool m_monitorWanted = false;
};

} // namespace ferry::gui
