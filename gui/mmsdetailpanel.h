// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace ferry::cloudapi {
class JobMonitor;
}

namespace ferry::gui {

class MmsProgressChartView;

/// The detail of an MMS job: task progress over time while the job is open (ListMmsTasks is
/// polled only then) and the tasks counted by status.
class MmsDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsDetailPanel)

public:
    explicit MmsDetailPanel(QWidget *parent = nullptr);

    void setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock);
    void showJob(const QString &key);
    void refresh();
    MmsProgressChartView *chart() const { return m_chart; }
    QTableWidget *taskTable() const { return m_tasks; }

private:
    cloudapi::JobMonitor *m_monitor = nullptr;
    std::function<qint64()> m_clock;
    QString m_key;
    bool m_hasHistory = false;
    MmsProgressChartView *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_tasks = nullptr;
};

} // namespace ferry::gui
