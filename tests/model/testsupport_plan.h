// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QString>

namespace ferry::test {

/// A UTC time on the sample plan's calendar: day 0 is 2025-03-03 (a Monday).
QDateTime utc(int day, int hour, int minute = 0, int second = 0);

/// The realistic plan the shipped sample is made from: DTS (MySQL orders database), SMC (two
/// app servers), MMS (Hive warehouse hive_prod), OSSImport (S3 media bucket), with phases,
/// owners, dates, gates, rollback paths and risks. It has no sequencing errors.
model::Plan makeSandboxPlan();

/// What the monitor saw on the sandbox at 06:45 on the cutover morning (day 10): six hours of
/// DTS lag with the nightly batch spike, the SMC job's run history, the MMS job's tasks and
/// per-table verification, and the attested restore test. Stored in the sample plan.
model::PlanObservations sandboxObservations();

/// Ids used by makeSandboxPlan(), so tests read as the plan does.
namespace ids {
inline const QString dtsJob = QStringLiteral("jy6nmqxhlkeiimy");      ///< sales-sync
inline const QString smcJob = QStringLiteral("j-uvsz91e85r2oa3e35j"); ///< erp-04-incremental
inline const QString mmsJob = QStringLiteral("81");                   ///< archive_full
} // namespace ids

/// Observations as the monitor would see them on the sandbox right before the database
/// cutover, with every live criterion of makeSandboxPlan() passing at `now`: 20 minutes of lag
/// samples every 15 s around 800 ms, precheck Finished with one warning, the MMS job's tasks
/// all DONE and verified, the SMC job Waiting after a run 40 minutes ago.
model::GateInputs healthyInputs(const QDateTime &now);

/// Attests every rollback preparation step of the plan (by "Release manager", at `at`), and
/// the manual criteria of its gates, so every gate of makeSandboxPlan() can reach GO.
void prepareEverything(model::Plan &plan, const QDateTime &at);

/// The phase with this id; fails the test (QVERIFY-style) by returning a dummy when absent.
model::Phase &phase(model::Plan &plan, const QString &id);

} // namespace ferry::test
