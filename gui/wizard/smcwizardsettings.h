// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/smcparams.h"

#include <QList>
#include <QString>

namespace ferry::gui {

/// A data disk of the source server that the target will carry.
struct SmcWizardDataDisk
{
    int index = 1;   ///< 1..16, as the source server numbers it
    int sizeGiB = 0; ///< 20..32768
};

/// What the SMC migration wizard's pages chose, in plain values: the source, the target, the
/// incremental schedule, and what was sent. Pages fill it; tests read it.
struct SmcWizardSettings
{
    // Source server
    QString sourceId;
    QString sourceName;

    // Target
    QString targetType = QStringLiteral("Image"); ///< Image or TargetInstance
    QString imageName;                            ///< Image only
    QString instanceId;                           ///< TargetInstance only
    int systemDiskSizeGiB = 0;                    ///< 20..2048
    QList<SmcWizardDataDisk> dataDisks;

    // Incremental settings
    QString jobName;
    int frequencyHours = 12; ///< 1..168
    int imagesToKeep = 3;    ///< 1..10

    // What was sent
    QString clientToken; ///< fixed once the create page is first shown
    QString jobId;       ///< set when CreateReplicationJob answered
    bool started = false;
    int manualSyncs = 0;
    bool cutOverSent = false;
};

/// Limits of the incremental settings (CreateReplicationJob with RunOnce=false).
inline constexpr int kSmcMinFrequencyHours = 1;
inline constexpr int kSmcMaxFrequencyHours = 168;
inline constexpr int kSmcMinImagesToKeep = 1;
inline constexpr int kSmcMaxImagesToKeep = 10;

/// Why an interval is refused (translated), or empty when 1 h to 7 days.
QString smcFrequencyError(int hours);
/// Why a number of kept images is refused (translated), or empty when 1 to 10.
QString smcImagesError(int images);
/// Why a job or image name is refused (translated): 2-128 letters, digits, `:`, `_`, `-` or
/// `.`, starting with a letter, not starting with http. Empty when acceptable.
QString smcNameError(const QString &name);

/// The CreateReplicationJob parameters the settings stand for: an incremental job (RunOnce false)
/// carrying settings.clientToken.
cloudapi::CreateReplicationJobParams smcCreateParams(const SmcWizardSettings &settings,
                                                     const QString &regionId);

} // namespace ferry::gui
