// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace ferry::model {

/// Ferry's preferences, typed, over a QSettings store that the caller owns and passes in.
/// Holds no secrets: credentials live in the OS keychain or in memory only.
class Settings final
{
public:
    explicit Settings(QSettings &store);

    /// UI language as a locale name ("en", "zh_CN"); empty means the system language.
    QString language() const;
    void setLanguage(const QString &language);

    /// spdlog level name: trace, debug, info, warn, error, critical, off.
    QString logLevel() const;
    void setLogLevel(const QString &level);

    /// Region used for new work, e.g. "cn-hangzhou".
    QString region() const;
    void setRegion(const QString &region);

    /// Name of the Ferry credential profile to use; empty means the default chain.
    QString activeProfile() const;
    void setActiveProfile(const QString &name);

    /// Virtual seconds per real second for the embedded sandbox.
    double sandboxTimeScale() const;
    void setSandboxTimeScale(double scale);

    /// Seconds between two polls of a service's job list while the dashboard is looked at.
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);

    /// Minutes a running job may go without progress before the dashboard flags it as stalled.
    int stallThresholdMinutes() const;
    void setStallThresholdMinutes(int minutes);

    /// Whether a desktop notification tells when a DTS job's lag crosses the threshold while
    /// Ferry is in the background.
    bool lagNotifications() const;
    void setLagNotifications(bool on);

    /// Most recently opened plan files (absolute, clean paths), newest first, without
    /// duplicates, at most maxRecentPlans(); the list logic is RecentPlanFiles'.
    QStringList recentPlans() const;
    /// Puts `path` first.
    void addRecentPlan(const QString &path);
    void removeRecentPlan(const QString &path);
    /// Forgets every recent plan.
    void clearRecentPlans();
    /// Drops entries whose file no longer exists; returns the ones dropped.
    QStringList pruneRecentPlans();
    static int maxRecentPlans() { return 8; }

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /// Writes pending changes to permanent storage.
    void sync();

private:
    QSettings &m_store;
};

} // namespace ferry::model
