// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace ferry::cloudapi {
class JobMonitor;
}

namespace ferry::gui {

class LagChartView;

/// The detail of a DTS job: its lag chart (history from the lag store, live readings appended)
/// and what the service says about its stages, checkpoint and throughput.
class DtsDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsDetailPanel)

public:
    explicit DtsDetailPanel(QWidget *parent = nullptr);

    /// The monitor the panel reads, and the clock "now" is measured by.
    void setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock);
    /// Shows the job with this dashboard key.
    void showJob(const QString &key);
    /// Re-reads the job and its lag.
    void refresh();
    LagChartView *chart() const { return m_chart; }

private:
    QLabel *addFact(const QString &label, const QString &objectName);

    cloudapi::JobMonitor *m_monitor = nullptr;
    std::function<qint64()> m_clock;
    QString m_key;
    LagChartView *m_chart = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_stages = nullptr;
    QLabel *m_checkpoint = nullptr;
    QLabel *m_throughput = nullptr;
    QLabel *m_endpoints = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ferry::gui
