// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcwizardsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::gui {

QString smcFrequencyError(int hours)
{
    if (hours < kSmcMinFrequencyHours)
        return QCoreApplication::translate("ferry::gui::SmcWizardSettings",
                                           "The interval must be at least 1 hour.");
    if (hours > kSmcMaxFrequencyHours)
        return QCoreApplication::translate("ferry::gui::SmcWizardSettings",
                                           "The interval must be at most 7 days (168 hours).");
    return {};
}

QString smcImagesError(int images)
{
    if (images < kSmcMinImagesToKeep || images > kSmcMaxImagesToKeep)
        return QCoreApplication::translate("ferry::gui::SmcWizardSettings",
                                           "Keep between 1 and 10 images.");
    return {};
}

QString smcNameError(const QString &name)
{
    // SMC's documented rule for Name and ImageName.
    static const QRegularExpression pattern(QStringLiteral(R"(^\p{L}[\p{L}\d:_\-.]{1,127}$)"));
    if (name.isEmpty())
        return QCoreApplication::translate("ferry::gui::SmcWizardSettings", "Enter a name.");
    if (!pattern.match(name).hasMatch() || name.startsWith(QLatin1String("http")))
        return QCoreApplication::translate(
            "ferry::gui::SmcWizardSettings",
            "Use 2 to 128 letters, digits, colons, underscores, hyphens or periods, "
            "starting with a letter (not http).");
    return {};
}

cloudapi::CreateReplicationJobParams smcCreateParams(const SmcWizardSettings &s,
                                                     const QString &regionId)
{
    cloudapi::CreateReplicationJobParams p;
    p.regionId = regionId;
    p.sourceId = s.sourceId;
    p.name = s.jobName;
    p.targetType = s.targetType;
    if (s.targetType == QLatin1String("TargetInstance"))
        p.instanceId = s.instanceId;
    else
        p.imageName = s.imageName;
    if (s.systemDiskSizeGiB > 0)
        p.systemDiskSizeGiB = s.systemDiskSizeGiB;
    for (const SmcWizardDataDisk &d : s.dataDisks) {
        cloudapi::SmcDataDiskParams disk;
        disk.index = d.index;
        disk.sizeGiB = d.sizeGiB;
        p.dataDisks.append(disk);
    }
    p.runOnce = false;
    p.frequencyHours = s.frequencyHours;
    p.maxNumberOfImageToKeep = s.imagesToKeep;
    p.clientToken = s.clientToken;
    return p;
}

} // namespace ferry::gui
