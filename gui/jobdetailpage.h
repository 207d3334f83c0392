// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace ferry::cloudapi {
class JobMonitor;
}

namespace ferry::gui {

class DtsDetailPanel;
class MmsDetailPanel;
class SmcDetailPanel;

/// One job in detail: a header (name, service, id, status, phase, health) over the panel of its
/// service. Esc or the back button returns to the dashboard.
class JobDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailPage)

public:
    explicit JobDetailPage(QWidget *parent = nullptr);

    void setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock);
    /// Shows the job with this dashboard key.
    void showJob(const QString &key);
    const QString &jobKey() const { return m_key; }

    DtsDetailPanel *dtsPanel() const { return m_dts; }
    SmcDetailPanel *smcPanel() const { return m_smc; }
    MmsDetailPanel *mmsPanel() const { return m_mms; }

Q_SIGNALS:
    /// The person wants the dashboard back.
    void backRequested();

private:
    void refresh();
    void updateHeader();

    cloudapi::JobMonitor *m_monitor = nullptr;
    QString m_key;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_reason = nullptr;
    QStackedWidget *m_panels = nullptr;
    QLabel *m_gone = nullptr;
    DtsDetailPanel *m_dts = nullptr;
    SmcDetailPanel *m_smc = nullptr;
    MmsDetailPanel *m_mms = nullptr;
};

} // namespace ferry::gui
