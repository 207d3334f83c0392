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

class SmcRunsChartView;

/// The detail of an SMC replication job: its run history and schedule (from the job list, no
/// extra call), the next run, the images kept and the target.
class SmcDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcDetailPanel)

public:
    explicit SmcDetailPanel(QWidget *parent = nullptr);

    void setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock);
    void showJob(const QString &key);
    void refresh();
    SmcRunsChartView *chart() const { return m_chart; }

private:
    QLabel *addFact(const QString &label, const QString &objectName);

    cloudapi::JobMonitor *m_monitor = nullptr;
    std::function<qint64()> m_clock;
    QString m_key;
    QString m_fingerprint;
    SmcRunsChartView *m_chart = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_images = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ferry::gui
