// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualclock.h"

#include <QDateTime>

namespace ferry::sandbox {

namespace {

VirtualTime realNow()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

} // namespace

VirtualClock::VirtualClock(double scale)
    : VirtualClock(realNow(), scale)
{}

VirtualClock::VirtualClock(VirtualTime start, double scale)
    : m_base(start)
    , m_realBase(Steady::now())
    , m_scale(scale > 0 ? scale : 0)
{}

VirtualTime VirtualClock::nowLocked(Steady::time_point realNow) const
{
    const std::chrono::duration<double, std::milli> elapsed = realNow - m_realBase;
    return m_base + std::chrono::milliseconds(static_cast<std::int64_t>(elapsed.count() * m_scale));
}

VirtualTime VirtualClock::now() const
{
    std::lock_guard lock(m_mutex);
    return nowLocked(Steady::now());
}

void VirtualClock::advance(std::chrono::milliseconds ms)
{
    if (ms.count() <= 0)
        return;
    std::lock_guard lock(m_mutex);
    m_base += ms;
}

void VirtualClock::setScale(double scale)
{
    std::lock_guard lock(m_mutex);
    const auto real = Steady::now();
    m_base = nowLocked(real);
    m_realBase = real;
    m_scale = scale > 0 ? scale : 0;
}

double VirtualClock::scale() const
{
    std::lock_guard lock(m_mutex);
    return m_scale;
}

void VirtualClock::setNow(VirtualTime time)
{
    std::lock_guard lock(m_mutex);
    m_base = time;
    m_realBase = Steady::now();
}

std::string toIsoString(VirtualTime time)
{
    return QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count(), Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .toStdString();
}

} // namespace ferry::sandbox
