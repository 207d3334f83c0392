// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to DtsService: the JSON shapes of DTS jobs at a point in virtual time.

#include "cloudapi/sandbox/dtsstate.h"

namespace ferry::sandbox::dts {

/// A DescribeDtsJobs `DtsJobList[]` item (also the shape of `ReverseJob`).
Json renderListJob(const DtsState &state, const DtsJob &job, VirtualTime now, bool withDbList,
                   bool nested = false);
/// The body fields of DescribeDtsJobDetail (without RequestId/Success/HttpStatusCode).
Json renderDetail(const DtsState &state, const DtsJob &job, VirtualTime now);
/// DescribePreCheckStatus fields for JobCode 01..04, paged and filtered by table name.
Json renderProgress(const DtsState &state, const DtsJob &job, const QString &code,
                    const QString &nameFilter, const emul::Page &page, VirtualTime now);

} // namespace ferry::sandbox::dts
