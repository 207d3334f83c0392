// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/settings.h"

#include "model/planrecentfiles.h"

#include <QSettings>

namespace ferry::model {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLogLevel = QStringLiteral("log/level");
const QString kRegion = QStringLiteral("cloud/region");
const QString kProfile = QStringLiteral("cloud/profile");
const QString kTimeScale = QStringLiteral("sandbox/timeScale");
const QString kPollInterval = QStringLiteral("monitor/pollIntervalSeconds");
const QString kStallMinutes = QStringLiteral("monitor/stallThresholdMinutes");
const QString kLagNotify = QStringLiteral("monitor/lagNotifications");
const QString kRecent = QStringLiteral("files/recentPlans");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

const QStringList kLogLevels = {QStringLiteral("trace"), QStringLiteral("debug"),
                                QStringLiteral("info"),  QStringLiteral("warn"),
                                QStringLiteral("error"), QStringLiteral("critical"),
                                QStringLiteral("off")};
} // namespace

Settings::Settings(QSettings &store)
    : m_store(store)
{}

QString Settings::language() const
{
    return m_store.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_store.setValue(kLanguage, language);
}

QString Settings::logLevel() const
{
    const QString level = m_store.value(kLogLevel, QStringLiteral("info")).toString();
    return kLogLevels.contains(level) ? level : QStringLiteral("info");
}

void Settings::setLogLevel(const QString &level)
{
    if (kLogLevels.contains(level))
        m_store.setValue(kLogLevel, level);
}

QString Settings::region() const
{
    return m_store.value(kRegion, QStringLiteral("cn-hangzhou")).toString();
}

void Settings::setRegion(const QString &region)
{
    m_store.setValue(kRegion, region);
}

QString Settings::activeProfile() const
{
    return m_store.value(kProfile).toString();
}

void Settings::setActiveProfile(const QString &name)
{
    m_store.setValue(kProfile, name);
}

double Settings::sandboxTimeScale() const
{
    bool ok = false;
    const double scale = m_store.value(kTimeScale, 60.0).toDouble(&ok);
    // A hand-edited value outside the sane range falls back to the default rather than freezing
    // or racing the sandbox's clock.
    return ok && scale >= 1.0 && scale <= 3600.0 ? scale : 60.0;
}

int Settings::pollIntervalSeconds() const
{
    bool ok = false;
    const int seconds = m_store.value(kPollInterval, 30).toInt(&ok);
    // Faster than every 5 s would spend the API budget; slower than an hour is not monitoring.
    return ok && seconds >= 5 && seconds <= 3600 ? seconds : 30;
}

void Settings::setPollIntervalSeconds(int seconds)
{
    if (seconds >= 5 && seconds <= 3600)
        m_store.setValue(kPollInterval, seconds);
}

int Settings::stallThresholdMinutes() const
{
    bool ok = false;
    const int minutes = m_store.value(kStallMinutes, 15).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 7 * 24 * 60 ? minutes : 15;
}

void Settings::setStallThresholdMinutes(int minutes)
{
    if (minutes >= 1 && minutes <= 7 * 24 * 60)
        m_store.setValue(kStallMinutes, minutes);
}

bool Settings::lagNotifications() const
{
    return m_store.value(kLagNotify, true).toBool();
}

void Settings::setLagNotifications(bool on)
{
    m_store.setValue(kLagNotify, on);
}

void Settings::setSandboxTimeScale(double scale)
{
    m_store.setValue(kTimeScale, scale);
}

// One list logic for recent plans (RecentPlanFiles); this class only persists it.
QStringList Settings::recentPlans() const
{
    RecentPlanFiles recent(maxRecentPlans());
    recent.setFiles(m_store.value(kRecent).toStringList());
    return recent.files();
}

void Settings::addRecentPlan(const QString &path)
{
    RecentPlanFiles recent(maxRecentPlans());
    recent.setFiles(recentPlans());
    recent.add(path);
    m_store.setValue(kRecent, recent.files());
}

void Settings::removeRecentPlan(const QString &path)
{
    RecentPlanFiles recent(maxRecentPlans());
    recent.setFiles(recentPlans());
    recent.remove(path);
    m_store.setValue(kRecent, recent.files());
}

void Settings::clearRecentPlans()
{
    m_store.remove(kRecent);
}

QStringList Settings::pruneRecentPlans()
{
    RecentPlanFiles recent(maxRecentPlans());
    recent.setFiles(recentPlans());
    const QStringList dropped = recent.pruneMissing();
    if (!dropped.isEmpty())
        m_store.setValue(kRecent, recent.files());
    return dropped;
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_store.value(kGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_store.value(kState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_store.setValue(kState, state);
}

void Settings::sync()
{
    m_store.sync();
}

} // namespace ferry::model
