// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/jobwatcher.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

namespace ferry::cloudapi {

namespace {
qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

JobWatcher::JobWatcher(QObject *parent)
    : QObject(parent)
    , m_clock(systemNow)
{
    connect(&m_timer, &QTimer::timeout, this, &JobWatcher::tick);
}

JobWatcher::~JobWatcher()
{
    m_call.cancel();
}

void JobWatcher::setClock(std::function<qint64()> nowMs)
{
    m_clock = nowMs ? std::move(nowMs) : std::function<qint64()>(systemNow);
}

qint64 JobWatcher::now() const
{
    return m_clock();
}

void JobWatcher::setTiming(const PollTiming &timing)
{
    m_schedule.setTiming(timing);
}

void JobWatcher::setActive(bool active)
{
    m_schedule.setActive(active);
}

void JobWatcher::start(int tickMs)
{
    m_timer.start(std::max(10, tickMs));
    tick();
}

void JobWatcher::stop()
{
    m_timer.stop();
}

void JobWatcher::tick()
{
    const qint64 t = now();
    if (m_schedule.isInFlight()) {
        if (t >= m_schedule.lastStartMs() + m_schedule.intervalMs())
            ++m_busyTicks;
        return;
    }
    if (!m_schedule.isDue(t) || !m_schedule.start(t))
        return;
    ++m_polls;
    Q_EMIT pollStarted();
    poll();
}

void JobWatcher::refreshNow()
{
    refreshRequested();
    m_schedule.requestNow();
    tick();
}

void JobWatcher::finishPoll(const std::optional<ApiError> &error)
{
    if (!m_schedule.isInFlight())
        return;
    m_call = CallHandle();
    const qint64 t = now();
    if (!error) {
        m_lastError.reset();
        m_lastSuccess = t;
        m_schedule.finish(t, PollOutcome::Ok);
        Q_EMIT pollSucceeded(t);
        return;
    }
    m_lastError = error;
    const bool throttled = error->kind == ErrorKind::Throttled;
    m_schedule.finish(t, throttled ? PollOutcome::Throttled : PollOutcome::Failed);
    spdlog::warn("{}: poll failed: {}{}", error->action.toStdString(),
                 error->summary().toStdString(), throttled ? " (backing off)" : "");
    Q_EMIT pollFailed(*error);
}

} // namespace ferry::cloudapi
