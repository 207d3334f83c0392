// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::model {

/// A MySQL account: user and host, unquoted.
struct MysqlAccount
{
    QString user;
    QString host = QStringLiteral("%");

    /// `'user'@'host'`, quoted for pasting into SQL.
    QString sql() const;
    friend bool operator==(const MysqlAccount &a, const MysqlAccount &b)
    {
        return a.user == b.user && a.host.compare(b.host, Qt::CaseInsensitive) == 0;
    }
};

/// What a GRANT statement applies to.
enum class GrantScope
{
    Global,   ///< ON *.*
    Database, ///< ON db.* (or ON * : the default database)
    Table,    ///< ON db.tbl, with or without column lists
    Routine,  ///< ON FUNCTION / PROCEDURE db.name
    Proxy,    ///< GRANT PROXY ON account
    Role,     ///< GRANT role TO account (MySQL 8 roles)
};

/// One statement of `SHOW GRANTS` output.
struct GrantStatement
{
    int line = 0;        ///< 1-based input line where it starts
    QString text;        ///< the statement, with any password or hash masked
    bool revoke = false; ///< a partial revoke (MySQL 8 `REVOKE ... ON db.* FROM ...`)
    GrantScope scope = GrantScope::Global;
    /// Upper case, single-spaced, synonyms unified: "REPLICATION SLAVE", "BINLOG_ADMIN",
    /// "ALL PRIVILEGES". MariaDB's BINLOG MONITOR reads as REPLICATION CLIENT and MySQL's
    /// REPLICATION REPLICA as REPLICATION SLAVE.
    QStringList privileges;
    QString objectType; ///< TABLE, FUNCTION or PROCEDURE when written before the object
    QString object;     ///< the object as written after ON (without the TABLE/... keyword)
    QString database;   ///< unquoted; empty for global grants
    QString table;      ///< unquoted; empty unless Table or Routine
    QList<MysqlAccount> grantees;
    QList<MysqlAccount> roles; ///< Role: the roles granted
    MysqlAccount proxied;      ///< Proxy: the account that may be proxied
    bool withGrantOption = false;
    bool withAdminOption = false;
};

/// A line or statement that could not be read (the message is translated).
struct GrantParseProblem
{
    int line = 0;
    QString message;
    QString text; ///< the offending text, with any password masked
};

/// Everything read from pasted `SHOW GRANTS` output.
struct ShowGrants
{
    QList<GrantStatement> statements;
    QList<GrantParseProblem> problems;
};

/// Reads `SHOW GRANTS` output as pasted: plain statements, one per line or wrapped over several,
/// with or without `;`, the mysql client's table borders or `\G` layout, prompts and row counts.
/// Understands MySQL 5.7 and 8.0 (dynamic privileges, roles, partial revokes), MariaDB synonyms,
/// quoted identifiers (backticks, single and double quotes with doubled-quote and backslash
/// escapes) and column lists. Passwords and hashes (`IDENTIFIED BY ...`) are masked in every
/// text kept. Never fails: what it cannot read is listed in `problems`.
ShowGrants parseShowGrants(const QString &text);

/// Masks the secret of `IDENTIFIED BY|AS [PASSWORD] '...'` (and any free-text secret).
QString maskGrantSecrets(const QString &text);

/// How much a finding matters.
enum class GrantSeverity
{
    Info,     ///< more than replication needs, but harmless or needed for other DTS stages
    Warning,  ///< more than needed and worth removing, or something Ferry cannot see
    Critical, ///< replication fails, or the account could take over the server
};

/// What a finding is about.
enum class GrantFindingKind
{
    NoGrants,        ///< nothing to check
    Missing,         ///< a required privilege is not granted ON *.*
    Excess,          ///< a privilege beyond what replication needs
    GrantOption,     ///< WITH GRANT OPTION / WITH ADMIN OPTION
    Proxy,           ///< may act as another account
    Role,            ///< a role whose privileges SHOW GRANTS does not show
    SeveralAccounts, ///< grants of more than one account were pasted
    Unreadable,      ///< a line that could not be read
};

/// One thing to tell the person about the replication account.
struct GrantFinding
{
    GrantFindingKind kind = GrantFindingKind::Excess;
    GrantSeverity severity = GrantSeverity::Warning;
    QString privilege; ///< the privilege concerned, if any
    QString object;    ///< where it was granted, e.g. *.*
    int line = 0;      ///< input line, 0 when not tied to one
    QString message;   ///< translated explanation
};

/// The verdict on a replication account: DTS needs exactly REPLICATION SLAVE and REPLICATION
/// CLIENT on *.*; everything else is reported.
struct ReplicationGrantReport
{
    MysqlAccount account; ///< the account checked (the first one in the output)
    bool hasAccount = false;
    QList<GrantFinding> findings; ///< most severe first
    QStringList fixStatements;    ///< REVOKE/GRANT statements that bring the account to the minimum

    /// No Missing finding and no Warning or Critical one: the account is fit and minimal.
    bool isMinimal() const;
    /// The required privileges are all there (excess or not).
    bool canReplicate() const;
};

/// The privileges a DTS replication account needs on *.*.
QStringList requiredReplicationPrivileges();

/// Checks pasted grants against the replication minimum.
ReplicationGrantReport checkReplicationGrants(const ShowGrants &grants);

} // namespace ferry::model
