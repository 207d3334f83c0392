// SPDX-License-Identifier: GPL-3.0-or-later
// The observations stored with the sample plan: what the monitor saw on the sandbox at 06:45 on
// the cutover morning (day 10). Generated, not random: the same code gives the same file.
#include "testsupport_plan.h"

#include <QTimeZone>

#include <cmath>

namespace ferry::test {

using namespace ferry::model;

namespace {

// A small deterministic generator, so the sample never changes between builds.
class Lcg
{
public:
    explicit Lcg(quint32 seed)
        : m_state(seed)
    {}
    double next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return double(m_state >> 8) / double(1u << 24);
    }

private:
    quint32 m_state;
};

QList<LagSample> sandboxLag(const QDateTime &from, const QDateTime &to)
{
    Lcg rng(7);
    QList<LagSample> lag;
    for (QDateTime t = from; t <= to; t = t.addSecs(30)) {
        const double minutes = from.secsTo(t) / 60.0;
        double ms = 350 + 900 * rng.next();
        // The nightly batch from 01:20: the lag climbs to about 38 s and drains by 02:00.
        const double batch = minutes - 35;
        if (batch >= 0 && batch < 40)
            ms += batch < 14 ? 2700 * batch : 37800 * std::exp(-(batch - 14) / 5.0);
        // Two short spikes the sandbox produces in some 15-minute windows.
        if (minutes >= 205 && minutes < 206.5)
            ms += 6200;
        if (minutes >= 320 && minutes < 321)
            ms += 5100;
        // The monitor missed four minutes of readings at 03:00 (a network blip).
        if (minutes > 135 && minutes < 139.5)
            continue;
        lag.append({t, qint64(std::llround(ms))});
    }
    return lag;
}

SmcObservation sandboxSmc(const QString &jobId, const QString &name, int offsetMinutes,
                          const QDateTime &now, bool withFailure)
{
    SmcObservation o;
    o.jobId = jobId;
    o.name = name;
    o.meta = {EvidenceLevel::Verified,
              now.addSecs(-60),
              {},
              QStringLiteral("smc:DescribeReplicationJobs")};
    SmcJobSettings st;
    st.sourceServer = name;
    st.targetType = QStringLiteral("Image");
    st.instanceType = QStringLiteral("ecs.g7.xlarge");
    st.vpc = true;
    st.maxImagesToKeep = 3;
    st.agentOnline = true;
    o.settings = st;
    Lcg rng(quint32(11 + offsetMinutes));
    // The full replication, started by hand, then a run every 6 hours.
    const QDateTime fullStart = utc(2, 8, 5 + offsetMinutes);
    o.runs.append({fullStart, fullStart.addSecs(57 * 60), RunTrigger::Manual,
                   QStringLiteral("m-%1-full").arg(name), false});
    int index = 1;
    for (QDateTime t = utc(2, 14, offsetMinutes); t < now; t = t.addSecs(6 * 3600)) {
        const bool failed = withFailure && t == utc(5, 2, offsetMinutes);
        const qint64 seconds = failed ? 95 : qint64(240 + 90 * rng.next());
        o.runs.append(
            {t, t.addSecs(seconds), RunTrigger::Schedule,
             failed ? QString()
                    : QStringLiteral("m-%1-%2").arg(name).arg(index, 3, 10, QLatin1Char('0')),
             failed});
        ++index;
        if (t == utc(9, 14, offsetMinutes)) {
            // A manual run after the application release on day 9.
            const QDateTime manual = utc(9, 16, 30 + offsetMinutes);
            o.runs.append({manual, manual.addSecs(280), RunTrigger::Manual,
                           QStringLiteral("m-%1-manual").arg(name), false});
        }
    }
    o.job.status = QStringLiteral("Waiting");
    o.job.runOnce = false;
    o.job.frequencyHours = 12;
    for (const SmcRunObservation &r : o.runs) {
        if (r.end && !r.failed &&
            (!o.job.lastIncrementalRunEnd || *r.end > *o.job.lastIncrementalRunEnd))
            o.job.lastIncrementalRunEnd = r.end;
    }
    o.job.observedAt = o.meta.observedAt;
    return o;
}

QStringList warehouseTables()
{
    const QStringList domains = {
        QStringLiteral("trade_order"), QStringLiteral("order_item"), QStringLiteral("payment"),
        QStringLiteral("refund"),      QStringLiteral("user"),       QStringLiteral("user_profile"),
        QStringLiteral("sku"),         QStringLiteral("inventory"),  QStringLiteral("coupon"),
        QStringLiteral("cart"),        QStringLiteral("click_log"),  QStringLiteral("search_log"),
        QStringLiteral("shipment"),    QStringLiteral("warehouse"),  QStringLiteral("supplier"),
        QStringLiteral("promotion"),   QStringLiteral("review"),     QStringLiteral("store"),
        QStringLiteral("region"),      QStringLiteral("currency"),   QStringLiteral("campaign"),
        QStringLiteral("session"),     QStringLiteral("device"),     QStringLiteral("invoice"),
        QStringLiteral("settlement"),  QStringLiteral("ledger"),     QStringLiteral("return"),
    };
    const QList<std::pair<QString, QString>> layers = {
        {QStringLiteral("ods"), QStringLiteral("ods")},
        {QStringLiteral("dw"), QStringLiteral("dwd")},
        {QStringLiteral("dw"), QStringLiteral("dws")},
        {QStringLiteral("ads"), QStringLiteral("ads")},
        {QStringLiteral("dim"), QStringLiteral("dim")},
        {QStringLiteral("tmp_etl"), QStringLiteral("tmp")},
    };
    const QStringList suffixes = {QStringLiteral("di"), QStringLiteral("df"), QStringLiteral("hi")};
    QStringList out;
    // 214 tables, as the plan's schema phase counts: every layer and domain, then the history
    // tables of the first domains.
    for (const QString &history : {QString(), QStringLiteral("_hist")}) {
        int i = 0;
        for (const auto &[db, prefix] : layers) {
            for (const QString &d : domains) {
                out.append(QStringLiteral("%1.%2_%3_%4%5")
                               .arg(db, prefix, d, suffixes.at(i++ % 3), history));
                if (out.size() == 214)
                    return out;
            }
        }
    }
    return out;
}

MmsObservation sandboxMms(const QDateTime &now)
{
    MmsObservation m;
    m.jobId = ids::mmsJob;
    m.name = QStringLiteral("archive_full");
    m.status = QStringLiteral("DOING");
    m.meta = {EvidenceLevel::Verified, now.addSecs(-90), {}, QStringLiteral("mms:ListMmsTasks")};
    MmsJobSettings st;
    st.sourceName = QStringLiteral("hive_prod_backup");
    st.destinationProject = QStringLiteral("mc_prod_dw");
    st.enableVerification = true;
    st.partitionsTotal = 5400;
    m.settings = st;
    Lcg rng(23);
    const QStringList tables = warehouseTables();
    // One table fails verification (rows lost in a late partition), the two largest click and
    // search logs are still copying.
    const QString failed = tables.at(10);
    const QStringList running = {tables.at(37), tables.at(38)};
    for (const QString &t : tables) {
        MmsTableCheck c;
        c.table = t;
        const qint64 rows = qint64(std::pow(10.0, 3.0 + 6.0 * rng.next()));
        c.sourceRows = rows;
        if (t == failed) {
            c.status = QStringLiteral("VERIFICATION_FAILED");
            c.targetRows = rows - 752;
            c.passed = false;
        } else if (running.contains(t)) {
            c.status = QStringLiteral("DATA_DOING");
        } else {
            c.status = QStringLiteral("DONE");
            c.targetRows = rows;
            c.passed = true;
        }
        m.tables.append(c);
    }
    m.countsByStatus = {{QStringLiteral("DONE"), int(tables.size()) - 3},
                        {QStringLiteral("VERIFICATION_FAILED"), 1},
                        {QStringLiteral("DATA_DOING"), 2}};
    // Every two hours from the start of the job: tasks move from pending through schema and
    // data to done; the two large click and search logs stay in data until the end.
    const int total = int(tables.size());
    for (QDateTime t = utc(2, 10); t <= now; t = t.addSecs(2 * 3600)) {
        const double h = utc(2, 10).secsTo(t) / 3600.0;
        const double progress = 1.0 / (1.0 + std::exp(-(h - 26.0) / 6.0));
        MmsProgressPoint p;
        p.at = t;
        const int doneOrFailed = std::min(total - 2, int(std::floor(progress * (total - 2))));
        const int failedNow = h >= 50 ? 1 : 0;
        const int schema = h < 6 ? int(total * (1.0 - h / 6.0) * 0.3) : 0;
        const int data = std::max(2, std::min(8 + 2, total - doneOrFailed - schema));
        p.tasks = {std::max(0, total - doneOrFailed - schema - data), schema, data,
                   doneOrFailed - failedNow, failedNow};
        p.partitionsDone = qint64(5400 * std::min(0.97, progress * 0.99));
        m.progress.append(p);
    }
    return m;
}

} // namespace

PlanObservations sandboxObservations()
{
    const QDateTime now = utc(10, 6, 45);
    PlanObservations obs;
    obs.collectedAt = now;
    obs.collectedFrom = QStringLiteral("sandbox");

    DtsObservation d;
    d.jobId = ids::dtsJob;
    d.name = QStringLiteral("sales-sync");
    d.status = QStringLiteral("Synchronizing");
    d.meta = {EvidenceLevel::Verified, now, {}, QStringLiteral("dts:DescribeDtsJobDetail")};
    DtsJobSettings st;
    st.jobType = QStringLiteral("SYNC");
    st.sourceEngine = QStringLiteral("MySQL (RDS rm-bp1sales0prod01)");
    st.destinationEngine = QStringLiteral("PolarDB for MySQL");
    st.instanceClass = QStringLiteral("medium");
    st.structureInitialization = true;
    st.dataInitialization = true;
    st.dataSynchronization = true;
    st.fullDataCheck = true;
    d.settings = st;
    DtsPrecheckObservation pre;
    pre.state = QStringLiteral("Finished");
    pre.observedAt = now.addSecs(-120);
    pre.items = {
        {QStringLiteral("CHECK_CONN_SRC"), QStringLiteral("Success"), {}, false},
        {QStringLiteral("CHECK_CONN_DEST"), QStringLiteral("Success"), {}, false},
        {QStringLiteral("CHECK_SRC_BINLOG_FORMAT"), QStringLiteral("Success"), {}, false},
        {QStringLiteral("CHECK_SRC_BINLOG_RETENTION"), QStringLiteral("Warning"),
         QStringLiteral("binlog_expire_logs_seconds is 86400; keep binlogs for at least 7 days"),
         false},
        {QStringLiteral("CHECK_TABLE_PRIMARY_KEY"), QStringLiteral("Warning"),
         QStringLiteral("sales.audit_log has no primary key"), false},
        {QStringLiteral("CHECK_DEST_SPACE"), QStringLiteral("Success"), {}, false},
    };
    d.precheck = pre;
    d.pollIntervalSeconds = 30;
    d.lag = sandboxLag(utc(10, 0, 45), now);
    obs.dts = {d};

    obs.smc = {sandboxSmc(ids::smcJob, QStringLiteral("erp-04-incremental"), 0, now, false)};
    obs.mms = {sandboxMms(now)};

    BackupObservation backup;
    backup.state = BackupState::Verified;
    backup.backupId = QStringLiteral("orders-prod snapshot 2025-03-05 02:00");
    backup.note = QStringLiteral("Restored to a scratch instance; row counts of orders and "
                                 "order_items match.");
    backup.meta = {EvidenceLevel::Attested, utc(2, 15, 40), QStringLiteral("Ravi Shah"),
                   QStringLiteral("restore test log")};
    obs.backup = backup;
    return obs;
}

} // namespace ferry::test
