// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace ferry::gui {

/// Says when a wizard page should poll: every `intervalMs` on the session's clock, which runs
/// `timeScale` times faster than real time on the sandbox. Never waits: it only emits due().
class MmsPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsPoller)

public:
    explicit MmsPoller(qint64 intervalMs, QObject *parent = nullptr);

    /// Virtual seconds per real second of the session's clock.
    void setTimeScale(double scale);
    void setInterval(qint64 intervalMs);
    qint64 interval() const { return m_intervalMs; }
    /// The real-time interval of the timer (ms).
    int realInterval() const;
    bool isActive() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void due();

private:
    void apply();

    QTimer *m_timer = nullptr;
    qint64 m_intervalMs = 0;
    double m_scale = 1.0;
};

} // namespace ferry::gui
