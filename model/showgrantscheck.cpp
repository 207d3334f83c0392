// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a replication account against the minimum DTS needs: REPLICATION SLAVE and
// REPLICATION CLIENT on *.*, nothing else.
#include "model/showgrants.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::ShowGrants)
};

const QString kReplicationSlave = QStringLiteral("REPLICATION SLAVE");
const QString kReplicationClient = QStringLiteral("REPLICATION CLIENT");
const QString kAll = QStringLiteral("ALL PRIVILEGES");
const QString kUsage = QStringLiteral("USAGE");

// Privileges that let an account administer the server or other accounts.
bool isAdministrative(const QString &p)
{
    static const QStringList critical = {
        kAll,
        QStringLiteral("SUPER"),
        QStringLiteral("FILE"),
        QStringLiteral("SHUTDOWN"),
        QStringLiteral("CREATE USER"),
        QStringLiteral("SYSTEM_USER"),
        QStringLiteral("SET_USER_ID"),
        QStringLiteral("SET_ANY_DEFINER"),
        QStringLiteral("ALLOW_NONEXISTENT_DEFINER"),
    };
    return critical.contains(p) || p.endsWith(QLatin1String("_ADMIN"));
}

// What DTS uses for the schema and full-data stages, so more than replication but expected on a
// migration source.
bool isReadForCopy(const QString &p)
{
    return p == QLatin1String("SELECT") || p == QLatin1String("SHOW VIEW") ||
           p == QLatin1String("SHOW DATABASES");
}

// DTS documents CREATE on *.* for its heartbeat database (`test`), which moves the binary log
// position forward on an idle source.
bool isHeartbeatCreate(const GrantStatement &g, const QString &p)
{
    return p == QLatin1String("CREATE") && g.scope == GrantScope::Global;
}

QString objectText(const GrantStatement &g)
{
    return g.objectType.isEmpty() ? g.object : g.objectType + QLatin1Char(' ') + g.object;
}

GrantFinding excessFinding(const GrantStatement &g, const QString &p)
{
    GrantFinding f;
    f.kind = GrantFindingKind::Excess;
    f.privilege = p;
    f.object = objectText(g);
    f.line = g.line;
    if (p == kAll) {
        f.severity = GrantSeverity::Critical;
        f.message = Tr::tr("ALL PRIVILEGES on %1 gives the account every privilege there, far "
                           "beyond replication.")
                        .arg(f.object);
    } else if (p == QLatin1String("SUPER")) {
        f.severity = GrantSeverity::Critical;
        f.message = Tr::tr("SUPER lets the account change server settings, end other sessions "
                           "and write while the server is read-only; replication does not need "
                           "it.");
    } else if (isAdministrative(p)) {
        f.severity = GrantSeverity::Critical;
        f.message =
            Tr::tr("%1 is an administrative privilege; replication does not need it.").arg(p);
    } else if (isHeartbeatCreate(g, p)) {
        f.severity = GrantSeverity::Info;
        f.message = Tr::tr("CREATE on *.* is more than replication needs; DTS uses it only for "
                           "its heartbeat database, which keeps the binary log position moving.");
    } else if (isReadForCopy(p)) {
        f.severity = GrantSeverity::Info;
        f.message = Tr::tr("%1 on %2 is more than replication needs; DTS uses it only to copy "
                           "schemas and existing data.")
                        .arg(p, f.object);
    } else {
        f.severity = GrantSeverity::Warning;
        f.message = Tr::tr("%1 on %2 is more than replication needs.").arg(p, f.object);
    }
    return f;
}

QString joinAccounts(const QList<MysqlAccount> &accounts)
{
    QStringList parts;
    for (const MysqlAccount &a : accounts)
        parts.append(a.sql());
    return parts.join(QLatin1String(", "));
}

bool concerns(const GrantStatement &g, const MysqlAccount &account)
{
    return g.grantees.contains(account);
}

} // namespace

bool ReplicationGrantReport::isMinimal() const
{
    return hasAccount && std::none_of(findings.begin(), findings.end(), [](const GrantFinding &f) {
               return f.severity != GrantSeverity::Info || f.kind == GrantFindingKind::Missing;
           });
}

bool ReplicationGrantReport::canReplicate() const
{
    return hasAccount && std::none_of(findings.begin(), findings.end(), [](const GrantFinding &f) {
               return f.kind == GrantFindingKind::Missing;
           });
}

QStringList requiredReplicationPrivileges()
{
    return {kReplicationSlave, kReplicationClient};
}

ReplicationGrantReport checkReplicationGrants(const ShowGrants &grants)
{
    ReplicationGrantReport report;
    for (const GrantParseProblem &p : grants.problems) {
        GrantFinding f;
        f.kind = GrantFindingKind::Unreadable;
        f.severity = GrantSeverity::Warning;
        f.line = p.line;
        f.message = Tr::tr("Line %1 could not be read: %2").arg(p.line).arg(p.message);
        report.findings.append(f);
    }

    QList<MysqlAccount> accounts;
    for (const GrantStatement &g : grants.statements) {
        for (const MysqlAccount &a : g.grantees) {
            if (!accounts.contains(a))
                accounts.append(a);
        }
    }
    if (accounts.isEmpty()) {
        GrantFinding f;
        f.kind = GrantFindingKind::NoGrants;
        f.severity = GrantSeverity::Critical;
        f.message = Tr::tr("No GRANT statement was found. Paste the output of SHOW GRANTS FOR "
                           "the replication account.");
        report.findings.prepend(f);
        return report;
    }
    report.account = accounts.first();
    report.hasAccount = true;
    if (accounts.size() > 1) {
        GrantFinding f;
        f.kind = GrantFindingKind::SeveralAccounts;
        f.severity = GrantSeverity::Warning;
        f.message = Tr::tr("The output holds grants of several accounts (%1); only %2 was checked.")
                        .arg(joinAccounts(accounts), report.account.sql());
        report.findings.append(f);
    }

    const QString account = report.account.sql();
    QStringList globalGranted;
    bool revokeAll = false;
    for (const GrantStatement &g : grants.statements) {
        if (g.revoke || !concerns(g, report.account))
            continue;
        QStringList excess;
        switch (g.scope) {
        case GrantScope::Role: {
            for (const MysqlAccount &role : g.roles) {
                GrantFinding f;
                f.kind = GrantFindingKind::Role;
                f.severity = GrantSeverity::Warning;
                f.privilege = role.sql();
                f.line = g.line;
                f.message = Tr::tr("The account has the role %1; SHOW GRANTS does not show what "
                                   "the role allows. Paste the output of SHOW GRANTS FOR %2 "
                                   "USING %1 to check it too.")
                                .arg(role.sql(), account);
                report.findings.append(f);
            }
            report.fixStatements.append(
                QStringLiteral("REVOKE %1 FROM %2;").arg(joinAccounts(g.roles), account));
            if (g.withAdminOption) {
                GrantFinding f;
                f.kind = GrantFindingKind::GrantOption;
                f.severity = GrantSeverity::Critical;
                f.line = g.line;
                f.message = Tr::tr("WITH ADMIN OPTION lets the account grant %1 to others.")
                                .arg(joinAccounts(g.roles));
                report.findings.append(f);
            }
            continue;
        }
        case GrantScope::Proxy: {
            GrantFinding f;
            f.kind = GrantFindingKind::Proxy;
            f.severity = GrantSeverity::Critical;
            f.privilege = QStringLiteral("PROXY");
            f.object = g.proxied.sql();
            f.line = g.line;
            f.message = Tr::tr("PROXY lets the account act as %1.").arg(g.proxied.sql());
            report.findings.append(f);
            report.fixStatements.append(
                QStringLiteral("REVOKE PROXY ON %1 FROM %2;").arg(g.proxied.sql(), account));
            break;
        }
        default:
            for (const QString &p : g.privileges) {
                if (p == kUsage)
                    continue;
                const bool required = p == kReplicationSlave || p == kReplicationClient;
                if (g.scope == GrantScope::Global) {
                    globalGranted.append(p);
                    if (required)
                        continue;
                } else if (required) {
                    continue; // has no effect below *.*; reported as missing if not global
                }
                report.findings.append(excessFinding(g, p));
                if (p == kAll)
                    revokeAll = true;
                excess.append(p);
            }
            if (!excess.isEmpty())
                report.fixStatements.append(
                    QStringLiteral("REVOKE %1 ON %2 FROM %3;")
                        .arg(excess.join(QLatin1String(", ")), objectText(g), account));
            break;
        }
        if (g.withGrantOption) {
            GrantFinding f;
            f.kind = GrantFindingKind::GrantOption;
            f.severity = GrantSeverity::Critical;
            f.privilege = QStringLiteral("GRANT OPTION");
            f.object = objectText(g);
            f.line = g.line;
            f.message = Tr::tr("WITH GRANT OPTION on %1 lets the account give its privileges to "
                               "others.")
                            .arg(f.object);
            report.findings.append(f);
            // Revoking PROXY takes its grant option with it.
            if (g.scope != GrantScope::Proxy)
                report.fixStatements.append(QStringLiteral("REVOKE GRANT OPTION ON %1 FROM %2;")
                                                .arg(objectText(g), account));
        }
    }

    bool missing = false;
    if (!globalGranted.contains(kAll)) {
        for (const QString &p : requiredReplicationPrivileges()) {
            if (globalGranted.contains(p))
                continue;
            missing = true;
            GrantFinding f;
            f.kind = GrantFindingKind::Missing;
            f.severity = GrantSeverity::Critical;
            f.privilege = p;
            f.object = QStringLiteral("*.*");
            f.message = Tr::tr("%1 is not granted ON *.*; DTS cannot read the binary log "
                               "without it.")
                            .arg(p);
            report.findings.append(f);
        }
    }
    if (missing || revokeAll)
        report.fixStatements.append(
            QStringLiteral("GRANT %1 ON *.* TO %2;")
                .arg(requiredReplicationPrivileges().join(QLatin1String(", ")), account));

    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const GrantFinding &a, const GrantFinding &b) {
                         return int(a.severity) > int(b.severity);
                     });
    return report;
}

} // namespace ferry::model
