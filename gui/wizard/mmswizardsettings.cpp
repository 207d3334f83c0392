// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmswizardsettings.h"

#include <QCoreApplication>

namespace ferry::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::MmsWizardSettings)
};

} // namespace

cloudapi::CreateMmsJobParams MmsWizardSettings::createParams() const
{
    cloudapi::CreateMmsJobParams p;
    p.sourceId = sourceId;
    p.name = jobName;
    p.sourceName = sourceName;
    p.srcDbName = dbName;
    p.dstDbName = dstProject;
    p.taskType = sourceType;
    switch (granularity) {
    case MmsGranularity::Database:
        // The service applies only the black list when both are given: send just one.
        if (!tableBlackList.isEmpty())
            p.tableBlackList = tableBlackList;
        else
            p.tableWhiteList = tableWhiteList;
        break;
    case MmsGranularity::Tables:
        p.tables = tables;
        break;
    case MmsGranularity::Partitions:
        p.tables = tables;
        p.partitions = partitionIds;
        for (auto it = partitionFilters.cbegin(); it != partitionFilters.cend(); ++it) {
            if (!it.value().trimmed().isEmpty())
                p.partitionFilters.insert(it.key(), it.value().trimmed());
        }
        break;
    }
    p.enableSchemaMigration = schemaMigration;
    p.enableDataMigration = dataMigration;
    p.enableVerification = verification;
    p.increment = incremental;
    return p;
}

QString MmsWizardSettings::problem() const
{
    if (sourceId == 0)
        return Tr::tr("Choose a data source.");
    if (dbName.isEmpty())
        return Tr::tr("Choose a source database.");
    if (dstProject.isEmpty())
        return Tr::tr("The data source has no target project; set its mapping in the console.");
    if (jobName.trimmed().isEmpty())
        return Tr::tr("Give the job a name.");
    if (!schemaMigration && !dataMigration)
        return Tr::tr("Migrate the schema, the data or both.");
    switch (granularity) {
    case MmsGranularity::Database:
        if (!tableWhiteList.isEmpty() && !tableBlackList.isEmpty())
            return Tr::tr("Use either a white list or a black list, not both.");
        break;
    case MmsGranularity::Tables:
        if (tables.isEmpty())
            return Tr::tr("Choose at least one table.");
        break;
    case MmsGranularity::Partitions: {
        bool anyFilter = false;
        for (const QString &f : partitionFilters)
            anyFilter = anyFilter || !f.trimmed().isEmpty();
        if (partitionIds.isEmpty() && !anyFilter)
            return Tr::tr("Choose partitions or give a partition filter.");
        break;
    }
    }
    return {};
}

} // namespace ferry::gui
