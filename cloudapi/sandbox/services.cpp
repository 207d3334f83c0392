// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/services.h"

#include "cloudapi/sandbox/dtsservice.h"
#include "cloudapi/sandbox/mmsservice.h"
#include "cloudapi/sandbox/smcservice.h"
#include "cloudapi/sandbox/stsservice.h"

namespace ferry::sandbox {

std::vector<std::unique_ptr<Service>> makeDefaultServices(const ScenarioOptions &options)
{
    std::vector<std::unique_ptr<Service>> services;
    services.push_back(std::make_unique<MmsService>(options));
    services.push_back(std::make_unique<DtsService>(options));
    services.push_back(std::make_unique<SmcService>(options));
    services.push_back(std::make_unique<StsService>(options));
    return services;
}

} // namespace ferry::sandbox
