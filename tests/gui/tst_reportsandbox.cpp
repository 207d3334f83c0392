// SPDX-License-Identifier: GPL-3.0-or-later
// A report from live data: the in-process sandbox runs its scenario on a virtual clock, the
// typed clients poll it as the monitor would (DTS lag every 30 virtual seconds, the precheck,
// the SMC run history, the MMS tasks and their verification logs), the answers become the
// plan's observations, and the rendered PDF shows exactly what was observed.
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/sandbox/server.h"
#include "cloudapi/sandbox/services.h"
#include "cloudapi/smcclient.h"
#include "cloudapi/transport.h"
#include "gui/report/reportexport.h"
#include "model/gates.h"
#include "model/observe.h"
#include "model/rollback.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace std::chrono_literals;

namespace {

const QString kRegion = QStringLiteral("cn-hangzhou");
// The sandbox scenario's resources (cloudapi/sandbox/SCENARIO.md).
const QString kDtsJob = QStringLiteral("jy6nmqxhlkeiimy");      // sales-sync, Synchronizing
const QString kSmcJob = QStringLiteral("j-uvsz91e85r2oa3e35j"); // erp-04-incremental, Waiting
constexpr qint64 kMmsSource = 2000017;                          // hive_prod_backup
constexpr qint64 kMmsJob = 81;                                  // archive_full, finished

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

// The error of a failed call, for the test log (empty when it succeeded).
template<class T>
QString why(const cloudapi::Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// Waits for the one answer of an asynchronous call.
template<class T>
struct Answer
{
    std::optional<cloudapi::Result<T>> result;
    cloudapi::Callback<T> callback()
    {
        return [this](cloudapi::Result<T> r) { result.emplace(std::move(r)); };
    }
};

model::Phase phase(const char *id, model::PhaseKind kind, model::PlanService service,
                   const char *title, const QStringList &deps,
                   const QList<model::ResourceRef> &resources = {})
{
    model::Phase p;
    p.id = QString::fromLatin1(id);
    p.kind = kind;
    p.service = service;
    p.title = QString::fromLatin1(title);
    p.owner = QStringLiteral("Sandbox operator");
    p.dependsOn = deps;
    p.resources = resources;
    return p;
}

model::GateCriterion criterion(const char *id, model::CriterionKind kind, const QString &resource)
{
    model::GateCriterion c;
    c.id = QString::fromLatin1(id);
    c.kind = kind;
    c.resourceId = resource;
    c.windowMinutes = 10;
    return c;
}

} // namespace

class TestReportSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<sandbox::Server>();
        m_server->addServices(sandbox::makeDefaultServices({}));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        cloudapi::Credentials credentials;
        credentials.accessKeyId = m_server->keyPair().id;
        credentials.accessKeySecret = m_server->keyPair().secret;
        cloudapi::Endpoints endpoints;
        endpoints.setOverride(m_server->endpoint());
        m_transport = std::make_unique<cloudapi::Transport>(
            cloudapi::staticCredentials(credentials), endpoints);
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_server.reset();
    }

    void reportShowsWhatTheMonitorSaw()
    {
        const cloudapi::DtsClient dts(m_transport.get());
        const cloudapi::SmcClient smc(m_transport.get());
        const cloudapi::MmsClient mms(m_transport.get(), kRegion);
        QObject context;
        const auto virtualNow = [this]() {
            return QDateTime::fromMSecsSinceEpoch(
                m_server->clock().now().time_since_epoch().count(), Qt::UTC);
        };

        // DTS: the job, then its lag every 30 virtual seconds for 40 minutes.
        model::DtsObservation dtsObs;
        for (int poll = 0; poll <= 80; ++poll) {
            if (poll > 0)
                m_server->clock().advance(30s);
            const QDateTime at = virtualNow();
            Answer<model::DtsJob> job;
            cloudapi::DtsJobDetailQuery detail;
            detail.regionId = kRegion;
            detail.dtsJobId = kDtsJob;
            dts.describeJobDetail(detail, &context, job.callback());
            QTRY_VERIFY_WITH_TIMEOUT(job.result.has_value(), 15'000);
            QVERIFY2(job.result->ok(), qPrintable(why(*job.result)));
            if (poll == 0)
                dtsObs = model::observeDtsJob(job.result->value(), at);
            model::recordLag(dtsObs, job.result->value(), at);
        }
        QCOMPARE(dtsObs.name, QStringLiteral("sales-sync"));
        QCOMPARE(dtsObs.lag.size(), 81);
        dtsObs.pollIntervalSeconds = 30;
        Answer<model::DtsPrecheckStatus> pre;
        cloudapi::DtsPrecheckQuery precheck;
        precheck.regionId = kRegion;
        precheck.dtsJobId = kDtsJob;
        dts.describePrecheckStatus(precheck, &context, pre.callback());
        QTRY_VERIFY_WITH_TIMEOUT(pre.result.has_value(), 15'000);
        QVERIFY2(pre.result->ok(), qPrintable(why(*pre.result)));
        dtsObs.precheck = model::observePrecheck(pre.result->value(), virtualNow());

        // SMC: the incremental job with its run history.
        cloudapi::SmcJobQuery smcQuery;
        smcQuery.regionId = kRegion;
        smcQuery.jobIds = {kSmcJob};
        Answer<model::Page<model::SmcReplicationJob>> smcJobs;
        smc.describeReplicationJobs(smcQuery, &context, smcJobs.callback());
        QTRY_VERIFY_WITH_TIMEOUT(smcJobs.result.has_value(), 15'000);
        QVERIFY2(smcJobs.result->ok(), qPrintable(why(*smcJobs.result)));
        QCOMPARE(smcJobs.result->value().items.size(), 1);
        const model::SmcReplicationJob smcJob = smcJobs.result->value().items.first();
        QVERIFY(!smcJob.runs.isEmpty());
        const model::SmcObservation smcObs =
            model::observeSmcJob(smcJob, virtualNow(), QStringLiteral("erp-04"), true);

        // MMS: the finished job, its tasks and their verification logs.
        Answer<model::MmsJob> mmsJob;
        mms.getJob({kMmsSource, kMmsJob}, &context, mmsJob.callback());
        QTRY_VERIFY_WITH_TIMEOUT(mmsJob.result.has_value(), 15'000);
        QVERIFY2(mmsJob.result->ok(), qPrintable(why(*mmsJob.result)));
        cloudapi::MmsTaskQuery taskQuery;
        taskQuery.sourceId = kMmsSource;
        taskQuery.jobId = kMmsJob;
        Answer<QList<model::MmsTask>> tasks;
        mms.fetchAllTasks(taskQuery, &context, {}, tasks.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tasks.result.has_value(), 15'000);
        QVERIFY2(tasks.result->ok(), qPrintable(why(*tasks.result)));
        QVERIFY(!tasks.result->value().isEmpty());
        QHash<qint64, QList<model::MmsTaskLog>> logs;
        for (const model::MmsTask &t : tasks.result->value()) {
            Answer<QList<model::MmsTaskLog>> log;
            mms.listTaskLogs({kMmsSource, t.id}, &context, log.callback());
            QTRY_VERIFY_WITH_TIMEOUT(log.result.has_value(), 15'000);
            QVERIFY2(log.result->ok(), qPrintable(why(*log.result)));
            logs.insert(t.id, log.result->value());
        }
        const model::MmsObservation mmsObs =
            model::observeMmsJob(mmsJob.result->value(), tasks.result->value(), logs, virtualNow());
        QVERIFY(std::any_of(mmsObs.tables.cbegin(), mmsObs.tables.cend(),
                            [](const model::MmsTableCheck &c) {
                                return c.sourceRows && c.targetRows && c.passed;
                            }));

        // The plan those resources belong to, with what was observed.
        model::Plan plan;
        plan.id = QStringLiteral("plan-sandbox-live");
        plan.name = QStringLiteral("Sales platform on the sandbox");
        plan.scenario = QStringLiteral("sandbox");
        const QList<model::ResourceRef> dtsRes = {
            {model::PlanService::Dts, QStringLiteral("dtsJob"), kDtsJob, dtsObs.name}};
        const QList<model::ResourceRef> smcRes = {
            {model::PlanService::Smc, QStringLiteral("smcJob"), kSmcJob, smcObs.name}};
        const QList<model::ResourceRef> mmsRes = {{model::PlanService::Mms,
                                                   QStringLiteral("mmsJob"),
                                                   QString::number(kMmsJob), mmsObs.name}};
        using K = model::PhaseKind;
        using S = model::PlanService;
        plan.phases = {
            phase("assess", K::Assessment, S::General, "Inventory", {}),
            phase("backup", K::BackupVerification, S::General, "Restore test", {"assess"}),
            phase("dts-incr", K::IncrementalSync, S::Dts, "Sales replication", {"backup"}, dtsRes),
            phase("smc-incr", K::IncrementalSync, S::Smc, "ERP incremental runs", {"assess"},
                  smcRes),
            phase("mms-full", K::FullMigration, S::Mms, "Archive warehouse", {"assess"}, mmsRes),
            phase("checks", K::PreCutoverChecks, S::General, "Go/no-go",
                  {"dts-incr", "smc-incr", "mms-full", "backup"}),
            phase("cut-db", K::CutoverDatabase, S::Dts, "Switch the sales database", {"checks"}),
            phase("cut-srv", K::CutoverServers, S::Smc, "Switch the ERP server", {"cut-db"}),
        };
        model::Gate db;
        db.id = QStringLiteral("gate-db");
        db.phaseId = QStringLiteral("cut-db");
        db.title = QStringLiteral("Sales database");
        db.criteria = {
            criterion("lag", model::CriterionKind::DtsLagSustained, kDtsJob),
            criterion("pre", model::CriterionKind::DtsPrecheckPassed, kDtsJob),
            criterion("mms", model::CriterionKind::MmsTasksVerified, QString::number(kMmsJob))};
        model::Gate srv;
        srv.id = QStringLiteral("gate-srv");
        srv.phaseId = QStringLiteral("cut-srv");
        srv.title = QStringLiteral("ERP server");
        srv.criteria = {criterion("smc", model::CriterionKind::SmcIncrementalRecent, kSmcJob)};
        plan.gates = {db, srv};
        model::generateRollbackPaths(plan);
        model::PlanObservations obs;
        obs.collectedAt = virtualNow();
        obs.collectedFrom = QStringLiteral("sandbox");
        obs.dts = {dtsObs};
        obs.smc = {smcObs};
        obs.mms = {mmsObs};
        plan.observations = obs;

        // What the gates make of it, evaluated here independently of the report.
        const model::GateInputs inputs = model::toGateInputs(obs, obs.collectedAt);
        const auto dbEval = model::evaluateGate(plan, db, inputs);
        const auto srvEval = model::evaluateGate(plan, srv, inputs);
        QCOMPARE(dbEval.at(0).level, model::EvidenceLevel::Verified);

        const QString out = m_dir.filePath(QStringLiteral("sandbox.pdf"));
        gui::ReportRenderOptions options;
        const gui::ReportOutcome o = gui::exportReport(plan, out, options);
        QVERIFY2(o.ok(), qPrintable(o.message));
        const QString text = pdfText(out);
        QVERIFY(!text.isEmpty());
        for (const QString &s :
             {QStringLiteral("Sales platform on the sandbox"), QStringLiteral("sales-sync"),
              kDtsJob, kSmcJob, QStringLiteral("erp-04"), mmsObs.name,
              QStringLiteral("81 samples every 30 s"), QStringLiteral("Lag under 5 s for 10 min"),
              QStringLiteral("Scope and evidence level"),
              QStringLiteral("Assumptions and blockers")})
            QVERIFY2(text.contains(s), qPrintable(s));
        // Each run SMC reported is counted, and each table MMS verified is listed.
        QStringList drawn;
        for (const QStringList &page : o.pageTexts)
            drawn << page;
        const auto after = [&drawn](const QString &label, qsizetype offset) {
            const qsizetype at = drawn.indexOf(label);
            return at >= 0 && at + offset < drawn.size() ? drawn.at(at + offset) : QString();
        };
        QVERIFY2(after(QStringLiteral("Runs observed"), 1)
                     .startsWith(QStringLiteral("%1:").arg(smcJob.runs.size())),
                 qPrintable(after(QStringLiteral("Runs observed"), 1)));
        // Long names wrap inside their cell: compare without the line breaks.
        const QString compact = QString(text).remove(QLatin1Char(' '));
        for (const model::MmsTableCheck &c : mmsObs.tables)
            QVERIFY2(compact.contains(c.table), qPrintable(c.table));
        // The states the report prints are the gates' own, with their evidence.
        const QString lagTitle = model::displayName(model::CriterionKind::DtsLagSustained);
        QCOMPARE(after(lagTitle, 2), model::displayName(dbEval.at(0).status));
        QVERIFY(after(lagTitle, 3).startsWith(QStringLiteral("Verified ")));
        const QString smcTitle = model::displayName(model::CriterionKind::SmcIncrementalRecent);
        QCOMPARE(after(smcTitle, 2), model::displayName(srvEval.at(0).status));
        QVERIFY(text.contains(lagTitle.left(12)) && text.contains(smcTitle.left(12)));
        // The sandbox's AccessKey pair never reaches the report.
        QVERIFY(!text.contains(m_server->keyPair().id));
        QVERIFY(!text.contains(m_server->keyPair().secret));
        QVERIFY(!text.contains(QLatin1String("LTAI")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<cloudapi::Transport> m_transport;
};

QTEST_MAIN(TestReportSandbox)

#include "tst_reportsandbox.moc"
