// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsparams.h"
#include "model/status.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::gui {

/// Everything the DTS wizard's pages decided, in the form the requests need. The passwords live
/// only here and in the requests built from it; nothing displays or logs them.
struct DtsWizardSettings
{
    QString regionId;

    // Prerequisites (what the person pasted, as judged).
    bool replicationAccountMinimal = false;
    QStringList grantFindings; ///< findings on the replication account, most severe first
    bool binlogReady = false;

    // Endpoints and their connection test.
    cloudapi::DtsEndpointParams source;
    cloudapi::DtsEndpointParams destination;
    bool sourceConnected = false;
    bool destinationConnected = false;

    // Objects and modes.
    QList<cloudapi::DtsDbSelection> dbList;
    bool structureInitialization = true;
    bool dataInitialization = true;
    bool dataSynchronization = true;

    // The job.
    QString jobName;
    bool existingJob = false; ///< the person picked a job that already exists
    model::DtsJobType jobType = model::DtsJobType::Migration;
    QString dtsJobId;
    QString dtsInstanceId;

    // What was seen after the start.
    bool precheckPassed = false;
    int precheckRuns = 0;        ///< runs this wizard started (first run and re-runs)
    QString phase;               ///< last phase shown on the monitor page
    std::optional<qint64> lagMs; ///< last lag, normalised to milliseconds
    QString dataCheck;           ///< the data check verdict shown on the verify page
};

/// ConfigureDtsJob for a new job from `s` (region, name, endpoints, objects, modes).
cloudapi::ConfigureDtsJobParams configureParams(const DtsWizardSettings &s);
/// CreateDtsInstance for the job configured from `s`: pay-as-you-go, started at once (DTS runs
/// the precheck first and goes on only when it passes).
cloudapi::CreateDtsInstanceParams createInstanceParams(const DtsWizardSettings &s);
/// Start/stop reference of the job in `s`.
cloudapi::DtsJobRef jobRef(const DtsWizardSettings &s);

} // namespace ferry::gui
