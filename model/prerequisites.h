// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mms.h"
#include "model/sts.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry::model {

struct ReplicationGrantReport;
struct SmcSourceServer;

/// The state of one prerequisite.
enum class CheckState
{
    Pass,      ///< Ferry saw that it is met
    Warning,   ///< met, but something deserves attention
    Fail,      ///< Ferry saw that it is not met
    Unknown,   ///< Ferry has nothing to check it against yet
    ToConfirm, ///< Ferry cannot see it: the person confirms it is done
};

/// One prerequisite of a migration, with what Ferry saw and what to do.
struct PrerequisiteItem
{
    QString key;    ///< stable identifier, e.g. "mms.serviceRole"
    QString title;  ///< translated
    QString detail; ///< translated: what Ferry saw, or what to do
    CheckState state = CheckState::Unknown;
    QString copyText; ///< statements or settings to copy, if any (never a secret)
};

/// Whether every item passed or warned, counting ToConfirm items whose key is in `confirmed`.
bool prerequisitesMet(const QList<PrerequisiteItem> &items, const QSet<QString> &confirmed = {});

// ---- MMS ---------------------------------------------------------------------------------------

/// The service-linked role MMS acts through.
inline constexpr char kMmsServiceLinkedRole[] = "AliyunServiceRoleForMaxComputeMMS";

/// The MaxCompute user name of the MMS service-linked role of `accountId`, as MaxCompute's
/// `add user` documents RAM roles: `RAM$<account>:role/<role name>`.
QString mmsServiceRoleUser(const QString &accountId);

/// The statements, run in the target project by its owner or a Super_Administrator, that let the
/// MMS service-linked role create tables and run jobs there: `add user` and `grant ... on project
/// ... to user ...` in MaxCompute's documented ACL syntax.
QStringList mmsProjectAclStatements(const QString &accountId, const QString &project);

/// What the MMS prerequisites are checked against; anything unset is reported as Unknown.
struct MmsPrerequisiteInput
{
    std::optional<CallerIdentity> identity;
    std::optional<MmsDataSource> source;
    QString project; ///< target project; defaults to the data source's dstProject
};

/// The MMS prerequisites: service-linked role, target project bound to a Data Transfer quota,
/// the network connection of the data source, the agent (for Hive), and the project ACL
/// statements.
QList<PrerequisiteItem> mmsPrerequisites(const MmsPrerequisiteInput &input);

// ---- DTS (self-managed MySQL source) -----------------------------------------------------------

/// Server variables as pasted: names lower-cased with `-` read as `_`.
struct MysqlVariables
{
    QMap<QString, QString> values;
    QList<int> unreadLines; ///< 1-based lines that were neither a variable nor decoration
};

/// Reads `SHOW [GLOBAL] VARIABLES` output (table, tab-separated or `\G` layout) or my.cnf lines
/// (`name = value`, `name` alone meaning on).
MysqlVariables parseMysqlVariables(const QString &text);

/// Binary log retention in seconds from binlog_expire_logs_seconds (MySQL 8) or expire_logs_days;
/// 0 = never expires; nullopt = neither variable given.
std::optional<qint64> binlogRetentionSeconds(const MysqlVariables &vars);

/// The binary log settings DTS needs for incremental migration: log_bin ON, binlog_format ROW,
/// binlog_row_image FULL, a non-zero server_id, and retention above 24 hours (incremental only)
/// or at least 7 days (with a full load first).
QList<PrerequisiteItem> binlogChecklist(const MysqlVariables &vars, bool withFullLoad);

/// The replication account as one item: Pass when minimal, Warning with excess, Fail when it
/// cannot replicate; copyText holds the statements that fix it.
PrerequisiteItem replicationAccountItem(const ReplicationGrantReport &report);

// ---- SMC ---------------------------------------------------------------------------------------

/// The SMC source server prerequisites: the agent is installed (the server is registered and
/// reports a version) and online, and no other job is using the server.
QList<PrerequisiteItem> smcSourcePrerequisites(const SmcSourceServer &server);

} // namespace ferry::model
