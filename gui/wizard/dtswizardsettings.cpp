// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtswizardsettings.h"

namespace ferry::gui {

cloudapi::ConfigureDtsJobParams configureParams(const DtsWizardSettings &s)
{
    cloudapi::ConfigureDtsJobParams p;
    p.regionId = s.regionId;
    p.dtsJobName = s.jobName;
    p.jobType = s.jobType;
    p.structureInitialization = s.structureInitialization;
    p.dataInitialization = s.dataInitialization;
    p.dataSynchronization = s.dataSynchronization;
    p.source = s.source;
    p.destination = s.destination;
    p.dbList = s.dbList;
    return p;
}

cloudapi::CreateDtsInstanceParams createInstanceParams(const DtsWizardSettings &s)
{
    cloudapi::CreateDtsInstanceParams p;
    p.regionId = s.regionId;
    p.payType = QStringLiteral("PostPaid");
    p.jobId = s.dtsJobId;
    p.instanceClass = QStringLiteral("small");
    p.autoStart = true;
    p.quantity = 1;
    return p;
}

cloudapi::DtsJobRef jobRef(const DtsWizardSettings &s)
{
    cloudapi::DtsJobRef r;
    r.regionId = s.regionId;
    r.dtsJobId = s.dtsJobId;
    return r;
}

} // namespace ferry::gui
