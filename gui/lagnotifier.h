// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace ferry::model {
class Settings;
}

namespace ferry::gui {

/// Tells people who are not looking when a DTS job's replication lag crosses the threshold, up
/// or back down: a desktop notification through the system tray, only while Ferry's window is
/// not the active one, only when the setting allows it, and not at all without a system tray.
class LagNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagNotifier)

public:
    /// `window` is the window whose activity decides (its top-level window is checked).
    LagNotifier(model::Settings &settings, QWidget *window, QObject *parent = nullptr);
    ~LagNotifier() override;

    /// Where notifications go instead of the tray (tests, or another notification service).
    using Sink = std::function<void(const QString &title, const QString &message)>;
    void setSink(Sink sink) { m_sink = std::move(sink); }

    /// A job's lag crossed `thresholdMs`: notifies when the rules allow; returns whether it did.
    bool lagCrossed(const QString &jobName, double lagMs, bool above, qint64 thresholdMs);
    /// Notifications shown so far.
    int shownCount() const { return m_shown; }

private:
    model::Settings &m_settings;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    Sink m_sink;
    int m_shown = 0;
};

} // namespace ferry::gui
