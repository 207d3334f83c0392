// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmspoller.h"

#include <QTimer>

#include <algorithm>

namespace ferry::gui {

MmsPoller::MmsPoller(qint64 intervalMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs)
{
    connect(m_timer, &QTimer::timeout, this, &MmsPoller::due);
    apply();
}

void MmsPoller::setTimeScale(double scale)
{
    m_scale = scale > 0 ? scale : 1.0;
    apply();
}

void MmsPoller::setInterval(qint64 intervalMs)
{
    m_intervalMs = intervalMs;
    apply();
}

int MmsPoller::realInterval() const
{
    // A floor keeps an accelerated clock from turning polling into a busy loop.
    const double real = double(m_intervalMs) / m_scale;
    return int(std::clamp(real, 20.0, double(m_intervalMs)));
}

bool MmsPoller::isActive() const
{
    return m_timer->isActive();
}

void MmsPoller::start()
{
    m_timer->start(realInterval());
}

void MmsPoller::stop()
{
    m_timer->stop();
}

void MmsPoller::apply()
{
    m_timer->setInterval(realInterval());
}

} // namespace ferry::gui
