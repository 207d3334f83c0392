// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/prerequisites.h"

#include "model/mms.h"
#include "model/showgrants.h"
#include "model/smc.h"
#include "model/sts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Prerequisites)
};

PrerequisiteItem item(const char *key, QString title, CheckState state, QString detail,
                      QString copyText = {})
{
    return {QString::fromLatin1(key), std::move(title), std::move(detail), state,
            std::move(copyText)};
}

constexpr qint64 kDay = 24 * 3600;

QString durationText(qint64 seconds)
{
    if (seconds % kDay == 0)
        return seconds == kDay ? Tr::tr("1 day") : Tr::tr("%1 days").arg(seconds / kDay);
    if (seconds % 3600 == 0)
        return seconds == 3600 ? Tr::tr("1 hour") : Tr::tr("%1 hours").arg(seconds / 3600);
    return Tr::tr("%1 seconds").arg(seconds);
}

bool isOff(const QString &v)
{
    return v.compare(QLatin1String("OFF"), Qt::CaseInsensitive) == 0 || v == QLatin1String("0");
}

} // namespace

bool prerequisitesMet(const QList<PrerequisiteItem> &items, const QSet<QString> &confirmed)
{
    return std::all_of(items.begin(), items.end(), [&confirmed](const PrerequisiteItem &i) {
        switch (i.state) {
        case CheckState::Pass:
        case CheckState::Warning:
            return true;
        case CheckState::ToConfirm:
            return confirmed.contains(i.key);
        case CheckState::Fail:
        case CheckState::Unknown:
            return false;
        }
        return false;
    });
}

// ---- MMS ---------------------------------------------------------------------------------------

QString mmsServiceRoleUser(const QString &accountId)
{
    return QStringLiteral("RAM$%1:role/%2").arg(accountId, QLatin1String(kMmsServiceLinkedRole));
}

QStringList mmsProjectAclStatements(const QString &accountId, const QString &project)
{
    // A RAM role's user name must be quoted with backticks (it contains a slash). The project
    // actions are the ones MMS exercises: it lists and reads the project, creates the tables,
    // runs the jobs that copy data (instances and their resources and functions) and writes.
    const QString user = QLatin1Char('`') + mmsServiceRoleUser(accountId) + QLatin1Char('`');
    return {
        QStringLiteral("use %1;").arg(project),
        QStringLiteral("add user %1;").arg(user),
        QStringLiteral("grant List, Read, Write, CreateTable, CreateInstance, CreateResource, "
                       "CreateFunction on project %1 to user %2;")
            .arg(project, user),
    };
}

QList<PrerequisiteItem> mmsPrerequisites(const MmsPrerequisiteInput &input)
{
    QList<PrerequisiteItem> items;
    const QString role = QLatin1String(kMmsServiceLinkedRole);
    items.append(item("mms.serviceRole", Tr::tr("Service-linked role %1").arg(role),
                      CheckState::ToConfirm,
                      Tr::tr("MMS reaches your data and the target project through the "
                             "service-linked role %1. Ferry cannot see RAM roles: create it in the "
                             "RAM console (Create Service-Linked Role) or let the MaxCompute "
                             "console create it when you add the first data source, then confirm.")
                          .arg(role)));

    QString project = input.project;
    if (project.isEmpty() && input.source)
        project = input.source->dstProject;
    if (project.isEmpty()) {
        items.append(item("mms.quota", Tr::tr("Target project with a Data Transfer quota"),
                          CheckState::Unknown, Tr::tr("Choose the target project first.")));
    } else {
        items.append(item("mms.quota", Tr::tr("Target project with a Data Transfer quota"),
                          CheckState::ToConfirm,
                          Tr::tr("The target project %1 must be bound to a quota of the Data "
                                 "Transfer type; MMS runs its copy jobs in it. Check the project's "
                                 "quotas in the MaxCompute console, then confirm.")
                              .arg(project)));
    }

    if (!input.source) {
        items.append(item("mms.network", Tr::tr("Network connection"), CheckState::Unknown,
                          Tr::tr("Choose the data source first.")));
    } else if (input.source->networkLink.isEmpty()) {
        items.append(item("mms.network", Tr::tr("Network connection"), CheckState::Warning,
                          Tr::tr("The data source %1 names no network connection. Unless the "
                                 "source is reachable from the public internet, add a network "
                                 "connection to its VPC in the MaxCompute console.")
                              .arg(input.source->name)));
    } else {
        items.append(item("mms.network", Tr::tr("Network connection"), CheckState::Pass,
                          Tr::tr("The data source %1 is reached through the network connection %2.")
                              .arg(input.source->name, input.source->networkLink)));
    }

    if (input.source && input.source->agentIsOnline.has_value()) {
        if (*input.source->agentIsOnline)
            items.append(item("mms.agent", Tr::tr("Data source agent"), CheckState::Pass,
                              Tr::tr("The agent of %1 is online.").arg(input.source->name)));
        else
            items.append(item("mms.agent", Tr::tr("Data source agent"), CheckState::Fail,
                              Tr::tr("The agent of %1 is offline: scans and migrations of this "
                                     "source fail until it is back. Start the agent on the "
                                     "source cluster and check its network.")
                                  .arg(input.source->name)));
    }

    const QString aclTitle = Tr::tr("Permissions in the target project");
    if (!input.identity || input.identity->accountId.isEmpty()) {
        items.append(item("mms.acl", aclTitle, CheckState::Unknown,
                          Tr::tr("Waiting for the account id of the credentials.")));
    } else if (project.isEmpty()) {
        items.append(item("mms.acl", aclTitle, CheckState::Unknown,
                          Tr::tr("Choose the target project first.")));
    } else {
        items.append(item(
            "mms.acl", aclTitle, CheckState::ToConfirm,
            Tr::tr("The project owner (or a Super_Administrator) of %1 runs these statements "
                   "once, in the MaxCompute client or DataWorks, so that the role of account %2 "
                   "can create tables and run the copy jobs there. Then confirm.")
                .arg(project, input.identity->accountId),
            mmsProjectAclStatements(input.identity->accountId, project).join(QLatin1Char('\n'))));
    }
    return items;
}

// ---- DTS ---------------------------------------------------------------------------------------

MysqlVariables parseMysqlVariables(const QString &text)
{
    MysqlVariables vars;
    static const QRegularExpression decoration(
        QStringLiteral("^(?:\\+[-+]+\\+|\\*+\\s*\\d+\\.\\s*row\\s*\\*+|\\d+\\s+rows?\\s+in\\s+set"
                       "\\b.*|(?:mysql|mariadb)[^>]*>.*|\\[[^\\]]*\\]|[#;].*)$"),
        QRegularExpression::CaseInsensitiveOption);
    auto key = [](QString name) {
        return name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    };
    QString pendingName; // \G layout: "Variable_name: x" then "Value: y"
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || decoration.match(line).hasMatch())
            continue;
        QString name;
        QString value;
        if (line.startsWith(QLatin1Char('|'))) {
            QStringList cells = line.split(QLatin1Char('|'));
            cells.removeFirst();
            if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast();
            if (cells.size() != 2)
                continue;
            name = cells[0];
            value = cells[1];
        } else if (line.contains(QLatin1Char('\t'))) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            name = line.left(tab);
            value = line.mid(tab + 1);
        } else if (line.startsWith(QLatin1String("Variable_name:"), Qt::CaseInsensitive)) {
            pendingName = line.mid(14).trimmed();
            continue;
        } else if (line.startsWith(QLatin1String("Value:"), Qt::CaseInsensitive) &&
                   !pendingName.isEmpty()) {
            name = pendingName;
            value = line.mid(6);
            pendingName.clear();
        } else if (line.contains(QLatin1Char('='))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            name = line.left(eq);
            value = line.mid(eq + 1);
        } else if (QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"))
                       .match(line)
                       .hasMatch()) {
            name = line; // a my.cnf switch written alone, e.g. "log_bin"
            value = QStringLiteral("ON");
        } else {
            vars.unreadLines.append(int(i + 1));
            continue;
        }
        const QString k = key(name);
        if (k == QLatin1String("variable_name"))
            continue; // the column header
        QString v = value.trimmed();
        if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) &&
            v.endsWith(v.front()))
            v = v.mid(1, v.size() - 2);
        vars.values.insert(k, v);
    }
    return vars;
}

std::optional<qint64> binlogRetentionSeconds(const MysqlVariables &vars)
{
    const auto seconds = vars.values.constFind(QStringLiteral("binlog_expire_logs_seconds"));
    const auto days = vars.values.constFind(QStringLiteral("expire_logs_days"));
    bool ok = false;
    if (seconds != vars.values.cend()) {
        const qint64 s = seconds->toLongLong(&ok);
        if (ok && s > 0)
            return s;
    }
    if (days != vars.values.cend()) {
        const double d = days->toDouble(&ok);
        if (ok && d > 0)
            return qint64(d * kDay);
    }
    if (seconds != vars.values.cend() || days != vars.values.cend())
        return 0; // both zero (or unset): binary logs are never purged automatically
    return std::nullopt;
}

QList<PrerequisiteItem> binlogChecklist(const MysqlVariables &vars, bool withFullLoad)
{
    QList<PrerequisiteItem> items;
    const auto value = [&vars](const char *name) -> std::optional<QString> {
        const auto it = vars.values.constFind(QString::fromLatin1(name));
        if (it == vars.values.cend())
            return std::nullopt;
        return *it;
    };
    const QString notGiven = Tr::tr("Not in the pasted output. Run SHOW GLOBAL VARIABLES LIKE "
                                    "'%1'; and paste the result.");

    const std::optional<QString> logBin = value("log_bin");
    const QString logBinFix = QStringLiteral("[mysqld]\nlog_bin = mysql-bin\nserver_id = 2");
    if (!logBin)
        items.append(item("dts.logBin", Tr::tr("Binary log enabled (log_bin)"), CheckState::Unknown,
                          notGiven.arg(QLatin1String("log_bin"))));
    else if (isOff(*logBin) || logBin->isEmpty())
        items.append(item("dts.logBin", Tr::tr("Binary log enabled (log_bin)"), CheckState::Fail,
                          Tr::tr("log_bin is %1. Enable it in the [mysqld] section of my.cnf and "
                                 "restart MySQL.")
                              .arg(logBin->isEmpty() ? QStringLiteral("''") : *logBin),
                          logBinFix));
    else
        items.append(item("dts.logBin", Tr::tr("Binary log enabled (log_bin)"), CheckState::Pass,
                          Tr::tr("log_bin is %1.").arg(*logBin)));

    const auto exact = [&](const char *key, const char *var, const QString &title,
                           const char *wanted) {
        const std::optional<QString> v = value(var);
        const QString name = QString::fromLatin1(var);
        const QString want = QString::fromLatin1(wanted);
        if (!v)
            items.append(item(key, title, CheckState::Unknown, notGiven.arg(name)));
        else if (v->compare(want, Qt::CaseInsensitive) == 0)
            items.append(item(key, title, CheckState::Pass, Tr::tr("%1 is %2.").arg(name, *v)));
        else
            items.append(
                item(key, title, CheckState::Fail,
                     Tr::tr("%1 is %2; DTS needs %3. Set it now and in my.cnf so that it "
                            "survives a restart; sessions already open keep the old value.")
                         .arg(name, v->isEmpty() ? QStringLiteral("''") : *v, want),
                     QStringLiteral("SET GLOBAL %1 = '%2';\n-- my.cnf, [mysqld]:\n%1 = %2")
                         .arg(name, want)));
    };
    exact("dts.binlogFormat", "binlog_format", Tr::tr("Row-based binary log (binlog_format)"),
          "ROW");
    exact("dts.binlogRowImage", "binlog_row_image", Tr::tr("Full row images (binlog_row_image)"),
          "FULL");

    const std::optional<QString> serverId = value("server_id");
    const QString serverTitle = Tr::tr("Server id (server_id)");
    bool idOk = false;
    const qulonglong id = serverId ? serverId->toULongLong(&idOk) : 0;
    if (!serverId)
        items.append(item("dts.serverId", serverTitle, CheckState::Unknown,
                          notGiven.arg(QLatin1String("server_id"))));
    else if (!idOk || id == 0)
        items.append(item("dts.serverId", serverTitle, CheckState::Fail,
                          Tr::tr("server_id is %1; it must be a number above 0, unique among the "
                                 "servers that replicate with this one.")
                              .arg(*serverId),
                          QStringLiteral("SET GLOBAL server_id = 2;\n-- my.cnf, [mysqld]:\n"
                                         "server_id = 2")));
    else
        items.append(item("dts.serverId", serverTitle, CheckState::Pass,
                          Tr::tr("server_id is %1.").arg(id)));

    const qint64 needed = withFullLoad ? 7 * kDay : kDay;
    const QString retentionTitle = Tr::tr("Binary log retention");
    const QString need = withFullLoad
                             ? Tr::tr("With a full load first, DTS needs at least 7 days.")
                             : Tr::tr("For incremental migration alone, DTS needs more than 24 "
                                      "hours.");
    const std::optional<qint64> retention = binlogRetentionSeconds(vars);
    const bool enough = retention && (*retention == 0 ||
                                      (withFullLoad ? *retention >= needed : *retention > needed));
    if (!retention)
        items.append(item("dts.retention", retentionTitle, CheckState::Unknown,
                          notGiven.arg(QLatin1String("binlog_expire_logs_seconds")) +
                              QLatin1Char(' ') + need));
    else if (*retention == 0)
        items.append(item("dts.retention", retentionTitle, CheckState::Warning,
                          Tr::tr("Binary logs are never purged automatically; watch the disk.")));
    else if (enough)
        items.append(
            item("dts.retention", retentionTitle, CheckState::Pass,
                 Tr::tr("Binary logs are kept for %1. %2").arg(durationText(*retention), need)));
    else
        items.append(
            item("dts.retention", retentionTitle, CheckState::Fail,
                 Tr::tr("Binary logs are kept for %1. %2").arg(durationText(*retention), need),
                 // Seven days satisfies both cases.
                 QStringLiteral("SET GLOBAL binlog_expire_logs_seconds = 604800;  -- MySQL 8\n"
                                "SET GLOBAL expire_logs_days = 7;  -- MySQL 5.7")));
    return items;
}

PrerequisiteItem replicationAccountItem(const ReplicationGrantReport &report)
{
    const QString title = Tr::tr("Replication account");
    const QString fix = report.fixStatements.join(QLatin1Char('\n'));
    if (!report.hasAccount)
        return item("dts.account", title, CheckState::Unknown,
                    Tr::tr("Paste the output of SHOW GRANTS FOR the account DTS will use."));
    if (!report.canReplicate())
        return item("dts.account", title, CheckState::Fail,
                    Tr::tr("%1 lacks privileges DTS needs to read the binary log.")
                        .arg(report.account.sql()),
                    fix);
    if (!report.isMinimal())
        return item("dts.account", title, CheckState::Warning,
                    Tr::tr("%1 can replicate but holds more privileges than it needs.")
                        .arg(report.account.sql()),
                    fix);
    return item(
        "dts.account", title, CheckState::Pass,
        Tr::tr("%1 holds what replication needs and nothing risky.").arg(report.account.sql()),
        fix);
}

// ---- SMC ---------------------------------------------------------------------------------------

QList<PrerequisiteItem> smcSourcePrerequisites(const SmcSourceServer &server)
{
    QList<PrerequisiteItem> items;
    const QString name = server.name.isEmpty() ? server.sourceId : server.name;
    if (server.agentVersion.isEmpty())
        items.append(item("smc.agentInstalled", Tr::tr("SMC agent installed"), CheckState::Pass,
                          Tr::tr("%1 is registered with SMC (the agent did not report its "
                                 "version).")
                              .arg(name)));
    else
        items.append(item(
            "smc.agentInstalled", Tr::tr("SMC agent installed"), CheckState::Pass,
            Tr::tr("%1 is registered with SMC; agent version %2.").arg(name, server.agentVersion)));

    switch (agentPresence(server)) {
    case SmcAgentPresence::Online:
        items.append(item("smc.agentOnline", Tr::tr("SMC agent online"), CheckState::Pass,
                          Tr::tr("The agent on %1 is connected.").arg(name)));
        break;
    case SmcAgentPresence::Offline:
        items.append(item("smc.agentOnline", Tr::tr("SMC agent online"), CheckState::Fail,
                          Tr::tr("The agent on %1 is offline (%2). Start the SMC client on the "
                                 "server and check that it can reach SMC; replication cannot "
                                 "start before it reconnects.")
                              .arg(name, server.errorCode.isEmpty() ? displayName(server.state)
                                                                    : server.errorCode)));
        break;
    case SmcAgentPresence::Unknown:
        items.append(item("smc.agentOnline", Tr::tr("SMC agent online"), CheckState::Unknown,
                          Tr::tr("SMC reports the state of %1 as %2; Ferry cannot tell whether "
                                 "the agent is connected.")
                              .arg(name, displayName(server.state))));
        break;
    }

    if (server.state == SmcSourceState::InUse)
        items.append(
            item("smc.free", Tr::tr("Server not in use by another job"), CheckState::Warning,
                 Tr::tr("%1 is in use by job %2; a new job for it is refused until that "
                        "job ends or is deleted.")
                     .arg(name, server.jobId.isEmpty() ? QStringLiteral("?") : server.jobId)));
    else if (server.state == SmcSourceState::Deleting)
        items.append(item("smc.free", Tr::tr("Server not in use by another job"), CheckState::Fail,
                          Tr::tr("%1 is being deleted.").arg(name)));
    return items;
}

} // namespace ferry::model
