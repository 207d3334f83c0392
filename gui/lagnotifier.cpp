// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/lagnotifier.h"

#include "model/jobtablemodel.h"
#include "model/settings.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ferry::gui {

LagNotifier::LagNotifier(model::Settings &settings, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
{}

LagNotifier::~LagNotifier() = default;

bool LagNotifier::lagCrossed(const QString &jobName, double lagMs, bool above, qint64 thresholdMs)
{
    if (!m_settings.lagNotifications())
        return false;
    if (m_window && m_window->window()->isActiveWindow())
        return false; // the person is looking at Ferry: the dashboard already shows it
    if (!m_sink) {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return false;
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")), this);
            m_tray->setToolTip(tr("Ferry"));
            m_tray->show();
        }
    }
    const QString threshold = model::formatLag(double(thresholdMs));
    const QString title = above ? tr("Replication lag over %1").arg(threshold)
                                : tr("Replication lag back under %1").arg(threshold);
    const QString message = tr("%1: the lag is %2.").arg(jobName, model::formatLag(lagMs));
    if (m_sink)
        m_sink(title, message);
    else
        m_tray->showMessage(title, message,
                            above ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    ++m_shown;
    return true;
}

} // namespace ferry::gui
