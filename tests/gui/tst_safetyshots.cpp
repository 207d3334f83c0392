// SPDX-License-Identifier: GPL-3.0-or-later
// Every safety dialog and view, laid out offscreen in English and in Chinese: no label or button
// is cut off, and in Chinese the texts are translated. With FERRY_SHOTS_DIR set, each is also
// saved as a PNG for people to look at.
#include "cloudapi/dtsclient.h"
#include "cloudapi/mmsclient.h"
#include "cloudapi/smcclient.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/dtsprerequisitesview.h"
#include "gui/safety/jobortaskdialog.h"
#include "gui/safety/maskedconfigview.h"
#include "gui/safety/mmsprerequisitesview.h"
#include "gui/safety/nameresolutiondialog.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/safety/permissionerrordialog.h"
#include "gui/safety/secretlineedit.h"
#include "gui/safety/smcprerequisitesview.h"
#include "testsupport_layout.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace ferry;
using ferry::test::clipped;
using ferry::test::hasCjk;

namespace {

model::NameCandidate source(const char *id, const char *name, const char *region,
                            const char *status)
{
    model::NameCandidate c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromLatin1(name);
    c.type = QStringLiteral("HIVE");
    c.region = QString::fromLatin1(region);
    c.status = QString::fromUtf8(status);
    c.created = QDateTime(QDate(2025, 11, 3), QTime(9, 30), Qt::UTC);
    return c;
}

QList<model::NameCandidate> sources()
{
    return {source("2000015", "hive_prod", "cn-shanghai", "Started"),
            source("2000016", "hive-prod", "cn-hangzhou", "Started"),
            source("2000017", "hive_prod_backup", "cn-shanghai", "Started"),
            source("2000018", "Hive-Prod-EU", "eu-central-1", "Started, agent offline")};
}

cloudapi::CreateMmsJobParams createJob()
{
    cloudapi::CreateMmsJobParams p;
    p.sourceId = 2000015;
    p.name = QStringLiteral("dw-full-2026");
    p.srcDbName = QStringLiteral("dw");
    p.dstDbName = QStringLiteral("mc_prod_dw");
    p.taskType = QStringLiteral("HIVE");
    p.tables = {QStringLiteral("dwd_trade_order_di"), QStringLiteral("dim_user_profile")};
    p.partitionFilters = {{QStringLiteral("dwd_trade_order_di"),
                           QStringLiteral("ds >= '20260101' and ds < '20260201'")}};
    p.enableVerification = true;
    return p;
}

QList<model::MmsConfigItem> hiveConfig()
{
    auto item = [](const char *group, const char *key, const char *name, const char *type,
                   const char *value) {
        model::MmsConfigItem c;
        c.group = QString::fromLatin1(group);
        c.key = QString::fromLatin1(key);
        c.name = QString::fromLatin1(name);
        c.type = QString::fromLatin1(type);
        c.value = QString::fromLatin1(value);
        return c;
    };
    return {item("group.basic", "hive.metastore.urls", "Hive metastore URL", "string",
                 "thrift://10.61.3.12:9083"),
            item("group.basic", "hive.jdbc.url", "Hive JDBC URL", "string",
                 "jdbc:hive2://10.61.3.12:10000/default"),
            item("group.basic", "hive.jdbc.username", "Hive JDBC user", "string", "mma_reader"),
            item("group.basic", "hive.jdbc.password", "Hive JDBC password", "password", "********"),
            item("group.advanced", "hive.job.settings", "Hive job settings", "map",
                 R"({"hive.execution.engine":"mr","mapreduce.map.memory.mb":"8192"})"),
            item("group.mc", "mc.auth.access.id", "AccessKey ID", "string", "********"),
            item("group.mc", "mc.auth.access.key", "AccessKey secret", "password", "********"),
            item("group.mc", "mc.default.project", "Default project", "string", "mc_prod_dw")};
}

struct Shot
{
    const char *name;
    std::function<QWidget *()> make;
    QSize size;
};

QList<Shot> shots()
{
    return {
        {"name-resolution-fuzzy",
         [] {
             return new gui::NameResolutionDialog(
                 model::resolveName(QStringLiteral("Hive_Prod"), sources()),
                 gui::NameResolutionView::kindName(gui::ResourceKind::DataSource));
         },
         {820, 360}},
        {"name-resolution-exact",
         [] {
             auto *view = new gui::NameResolutionView;
             view->setObjectKind(gui::NameResolutionView::kindName(gui::ResourceKind::DataSource));
             view->setResolution(model::resolveName(QStringLiteral("hive_prod"), sources()));
             return view;
         },
         {820, 200}},
        {"name-resolution-none",
         [] {
             return new gui::NameResolutionDialog(
                 model::resolveName(QStringLiteral("oracle_erp"), sources()),
                 gui::NameResolutionView::kindName(gui::ResourceKind::DataSource));
         },
         {620, 200}},
        {"confirm-create-mms-job",
         [] {
             gui::ConfirmRequest r;
             r.wire = cloudapi::describeWire(createJob());
             r.title = QStringLiteral("Create the migration job dw-full-2026");
             r.summary = QStringLiteral("MMS copies 2 tables of hive_prod.dw to mc_prod_dw.");
             r.warnings = {QStringLiteral("The job starts at once."),
                           QStringLiteral("Writes to the source tables must stop until the "
                                          "verification has finished.")};
             r.confirmText = QStringLiteral("Create job");
             return new gui::ConfirmActionDialog(r);
         },
         {760, 560}},
        {"confirm-smc-cutover",
         [] {
             gui::ConfirmRequest r;
             r.wire = cloudapi::describeWire(
                 cloudapi::CutOverParams{QStringLiteral("j-uvsz91e85r2oa3e35j"), true});
             r.title = QStringLiteral("Cut over erp-04-incremental");
             r.warnings = {QStringLiteral("The job never runs again.")};
             r.typedConfirmation = QStringLiteral("erp-04-incremental");
             return new gui::ConfirmActionDialog(r);
         },
         {640, 440}},
        {"permission-error",
         [] {
             cloudapi::ApiError e;
             e.kind = cloudapi::ErrorKind::Permission;
             e.httpStatus = 403;
             e.code = QStringLiteral("Forbidden.RAM");
             e.message = QStringLiteral("User not authorized to operate on the specified "
                                        "resource.");
             e.requestId = QStringLiteral("8F2A0C3D-1B2E-4F5A-9C8D-7E6F5A4B3C2D");
             e.action = QStringLiteral("CreateMmsJob");
             e.ramActions = {QStringLiteral("odps:CreateMmsJob"),
                             QStringLiteral("odps:GetMmsAsyncTask")};
             return new gui::PermissionErrorDialog(e);
         },
         {600, 520}},
        {"masked-config",
         [] {
             auto *view = new gui::MaskedConfigView;
             view->setConfig(hiveConfig());
             return view;
         },
         {720, 330}},
        {"secret-line-edit",
         [] {
             auto *w = new QWidget;
             auto *form = new QFormLayout(w);
             auto *typed = new gui::SecretLineEdit(w);
             typed->setText(QStringLiteral("typed-here"));
             auto *stored = new gui::SecretLineEdit(w);
             stored->setStoredSecret(true);
             // Labels of the page that will hold the fields (not translated here).
             auto *typedLabel = new QLabel(QStringLiteral("Source password"), w);
             auto *storedLabel = new QLabel(QStringLiteral("Destination password"), w);
             typedLabel->setObjectName(QStringLiteral("supplied"));
             storedLabel->setObjectName(QStringLiteral("supplied"));
             form->addRow(typedLabel, typed);
             form->addRow(storedLabel, stored);
             return w;
         },
         {460, 90}},
        {"job-or-task",
         [] {
             model::NameCandidate job;
             job.id = QStringLiteral("82");
             job.name = QStringLiteral("orders");
             job.status = QStringLiteral("Running");
             model::NameCandidate task = job;
             task.id = QStringLiteral("4001");
             task.note = QStringLiteral("job archive_full (81)");
             return new gui::JobOrTaskDialog(QStringLiteral("orders"), job, task);
         },
         {560, 200}},
        {"mms-prerequisites",
         [] {
             auto *view = new gui::MmsPrerequisitesView;
             model::MmsDataSource s;
             s.id = 2000015;
             s.name = QStringLiteral("hive_prod");
             s.dstProject = QStringLiteral("mc_prod_dw");
             s.networkLink = QStringLiteral("vpc-uf6prod01");
             s.agentIsOnline = true;
             model::CallerIdentity id;
             id.accountId = QStringLiteral("1234567890123456");
             view->setDataSource(s);
             view->setIdentity(id);
             return view;
         },
         {760, 760}},
        {"dts-prerequisites",
         [] {
             auto *view = new gui::DtsPrerequisitesView;
             view->setGrantsText(QStringLiteral(
                 "GRANT SUPER, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `dts`@`%`\n"
                 "GRANT SELECT ON `inventory`.* TO `dts`@`%`"));
             view->setVariablesText(QStringLiteral("log_bin\tON\nbinlog_format\tMIXED\n"
                                                   "binlog_row_image\tFULL\nserver_id\t1\n"
                                                   "binlog_expire_logs_seconds\t86400\n"));
             auto *scroll = new QScrollArea;
             scroll->setWidgetResizable(true);
             scroll->setWidget(view);
             return scroll;
         },
         {760, 1500}},
        {"smc-prerequisites",
         [] {
             auto *view = new gui::SmcPrerequisitesView;
             model::SmcSourceServer s;
             s.sourceId = QStringLiteral("s-bp1bat03e4g7i0l3n6p9");
             s.name = QStringLiteral("batch-03");
             s.agentVersion = QStringLiteral("2.8.3");
             s.state = model::SmcSourceState::Unavailable;
             s.errorCode = QStringLiteral("SourceServer.Offline");
             view->setSourceServer(s);
             return view;
         },
         {640, 260}},
    };
}

} // namespace

class TestSafetyShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void layout_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("index");
        const QList<Shot> all = shots();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (int i = 0; i < all.size(); ++i)
                QTest::addRow("%s %s", qPrintable(language), all[i].name) << language << i;
        }
    }

    void layout()
    {
        QFETCH(QString, language);
        QFETCH(int, index);
        QTranslator ferry;
        QTranslator qt;
        const bool chinese = language == QLatin1String("zh_CN");
        QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale::c());
        if (chinese) {
            QVERIFY(ferry.load(QStringLiteral(":/i18n/ferry_zh_CN.qm")));
            QCoreApplication::installTranslator(&ferry);
            if (qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                        QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
        }
        const Shot shot = shots().at(index);
        std::unique_ptr<QWidget> widget(shot.make());
        widget->resize(shot.size);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QCoreApplication::processEvents();

        const QStringList cut = clipped(widget.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

        if (chinese) {
            // Ferry's own texts are translated (data and parameters stay as they are).
            QStringList untranslated;
            for (QLabel *label : widget->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
                    continue;
                const QString name = label->objectName();
                if (name == QLatin1String("confirmRequestLine") ||
                    name == QLatin1String("confirmTitle") ||
                    name == QLatin1String("confirmSummary") ||
                    name == QLatin1String("permissionDetails") ||
                    name == QLatin1String("supplied") ||
                    label->parent()->objectName() == QLatin1String("confirmWarning"))
                    continue; // the request itself, or text the test supplied
                if (!hasCjk(label->text()))
                    untranslated.append(label->text());
            }
            QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        }

        const QByteArray dir = qgetenv("FERRY_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            const QString file =
                QStringLiteral("%1/%2-%3.png")
                    .arg(QString::fromLocal8Bit(dir), QString::fromLatin1(shot.name), language);
            QVERIFY(widget->grab().save(file));
        }
        QCoreApplication::removeTranslator(&ferry);
        QCoreApplication::removeTranslator(&qt);
    }
};

QTEST_MAIN(TestSafetyShots)
#include "tst_safetyshots.moc"
