// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to ferry_cloudapi: MaxCompute MMS (ROA 2022-01-04) requests and responses, as pure
// functions so they can be tested without a network.

#include "cloudapi/mmsparams.h"
#include "cloudapi/request.h"
#include "cloudapi/result.h"
#include "model/mms.h"

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi::wire {

inline constexpr const char *kMmsVersion = "2022-01-04";

// Builders. `regionId` selects the regional MaxCompute endpoint.
ApiRequest buildListMmsDataSources(const QString &regionId, const MmsDataSourceQuery &q);
ApiRequest buildGetMmsDataSource(const QString &regionId, qint64 sourceId,
                                 std::optional<bool> withConfig, const QString &lang);
ApiRequest buildCreateMmsFetchMetadataJob(const QString &regionId,
                                          const CreateMmsFetchMetadataJobParams &p);
ApiRequest buildGetMmsFetchMetadataJob(const QString &regionId, qint64 sourceId, qint64 scanId);
ApiRequest buildListMmsDbs(const QString &regionId, const MmsDbQuery &q);
ApiRequest buildGetMmsDb(const QString &regionId, qint64 sourceId, qint64 dbId);
ApiRequest buildListMmsTables(const QString &regionId, const MmsTableQuery &q);
ApiRequest buildGetMmsTable(const QString &regionId, qint64 sourceId, qint64 tableId);
ApiRequest buildListMmsPartitions(const QString &regionId, const MmsPartitionQuery &q);
ApiRequest buildCreateMmsJob(const QString &regionId, const CreateMmsJobParams &p);
ApiRequest buildListMmsJobs(const QString &regionId, const MmsJobQuery &q);
ApiRequest buildGetMmsJob(const QString &regionId, const MmsJobRef &job);
/// StopMmsJob, StartMmsJob, RetryMmsJob or DeleteMmsJob (all POST).
ApiRequest buildMmsJobAction(const QString &regionId, MmsJobAction action, const MmsJobRef &job);
ApiRequest buildListMmsTasks(const QString &regionId, const MmsTaskQuery &q);
ApiRequest buildGetMmsTask(const QString &regionId, const MmsTaskRef &task);
ApiRequest buildListMmsTaskLogs(const QString &regionId, const MmsTaskRef &task);
ApiRequest buildRetryMmsTask(const QString &regionId, const MmsTaskRef &task);
ApiRequest buildGetMmsAsyncTask(const QString &regionId, qint64 sourceId, qint64 asyncTaskId);

// Parsers of the whole body ({"requestId":..., "data":...}).
Result<model::Page<model::MmsDataSource>> parseMmsDataSourcePage(const nlohmann::json &body);
Result<model::MmsDataSource> parseMmsDataSource(const nlohmann::json &body);
Result<MmsScanCreated> parseMmsScanCreated(const nlohmann::json &body);
Result<model::MmsScan> parseMmsScan(const nlohmann::json &body);
Result<model::Page<model::MmsDb>> parseMmsDbPage(const nlohmann::json &body);
Result<model::MmsDb> parseMmsDb(const nlohmann::json &body);
Result<model::Page<model::MmsTable>> parseMmsTablePage(const nlohmann::json &body);
Result<model::MmsTable> parseMmsTable(const nlohmann::json &body);
Result<model::Page<model::MmsPartition>> parseMmsPartitionPage(const nlohmann::json &body);
Result<MmsJobCreated> parseMmsJobCreated(const nlohmann::json &body);
Result<model::Page<model::MmsJob>> parseMmsJobPage(const nlohmann::json &body);
Result<model::MmsJob> parseMmsJob(const nlohmann::json &body);
/// Stop/Start/Retry/Delete answer `data` = the job id.
Result<Done> parseMmsAck(const nlohmann::json &body);
Result<model::Page<model::MmsTask>> parseMmsTaskPage(const nlohmann::json &body);
Result<model::MmsTask> parseMmsTask(const nlohmann::json &body);
Result<QList<model::MmsTaskLog>> parseMmsTaskLogs(const nlohmann::json &body);
Result<model::MmsAsyncTask> parseMmsAsyncTask(const nlohmann::json &body);

} // namespace ferry::cloudapi::wire
