// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/mmsparams.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry::gui {

/// What an MMS job migrates.
enum class MmsGranularity
{
    Database,   ///< a whole database, narrowed by a white list or a black list
    Tables,     ///< the tables chosen while browsing
    Partitions, ///< chosen partitions and/or partition filters of the chosen tables
};

/// Everything the MMS wizard's pages decide, in plain values: the pages fill it, the confirm page
/// turns it into the exact CreateMmsJob parameters, and tests read it.
struct MmsWizardSettings
{
    // Data source
    qint64 sourceId = 0;
    QString sourceName;
    QString sourceType; ///< HIVE, BIGQUERY, ... (the job's taskType)
    QString sourceRegion;
    QString dstProject; ///< the target MaxCompute project

    // Metadata scan
    QString scanDbName; ///< the database scanned; empty for every database
    qint64 scanId = 0;
    bool scanFinished = false;

    // What to migrate
    QString dbName;
    MmsGranularity granularity = MmsGranularity::Tables;
    QStringList tableWhiteList;
    QStringList tableBlackList;
    QStringList tables;
    QList<qint64> partitionIds;
    QMap<QString, QString> partitionFilters; ///< table -> filter expression
    bool schemaMigration = true;
    bool dataMigration = true;
    bool verification = true;
    bool incremental = false;
    QString jobName;

    // The job once created
    qint64 asyncTaskId = 0;
    qint64 jobId = 0;
    bool jobCreated = false;

    /// The CreateMmsJob parameters these settings stand for.
    cloudapi::CreateMmsJobParams createParams() const;
    /// Why the settings cannot make a job yet (translated), empty when they can.
    QString problem() const;
};

} // namespace ferry::gui
