// SPDX-License-Identifier: GPL-3.0-or-later
// The rendered report: every section in order on the pages the contents name, key values, page
// numbers, paper sizes, Chinese text, no secret in the PDF, no file on bad input, tables that
// repeat their header when they continue, and nothing drawn outside its page.
#include "gui/report/pdftounicode.h"
#include "gui/report/reportexport.h"
#include "gui/report/reportlayout.h"
#include "model/planfile.h"
#include "testsupport_reportplan.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>

using namespace ferry::gui;
using namespace ferry::model;

namespace {

const char kAccessKeyId[] = "LTAI5tQx7Yb2Kd9Wm3Np8Rs4";
const char kPassword[] = "Tr0ub4dor&3";

QString samplePath()
{
    return QStringLiteral(FERRY_SOURCE_DIR "/resources/samples/sandbox-migration.ferryplan.json");
}

Plan samplePlan()
{
    const PlanLoadResult r = loadPlanFile(samplePath());
    if (!r.ok())
        qFatal("sample plan does not load: %s", qPrintable(describePlanFileError(r.error)));
    return *r.plan;
}

ReportRenderOptions renderOptions(const QString &language, PaperSize paper)
{
    ReportRenderOptions o;
    o.language = language;
    o.paper = paper;
    o.generatedAt = QDateTime(QDate(2025, 3, 13), QTime(7, 0), QTimeZone::utc());
    return o;
}

// pdftotext of pages [first, last] (0: all), whitespace collapsed so wrapped cells still match.
QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last > 0 ? last : first);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>")
            .arg(QString::fromUtf8(p.readAllStandardError()));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

// Without any white space: a title wrapped between two CJK characters still matches.
QString compact(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString pdfInfo(const QString &pdf, const char *key)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60'000);
    for (const QString &line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(key)))
            return line.mid(int(qstrlen(key))).trimmed();
    }
    return {};
}

// Inside, edges included; unlike QRectF::contains() this holds for empty rectangles too (an empty
// table cell lays out a line of zero width).
bool inside(const QRectF &outer, const QRectF &inner, double eps = 0.5)
{
    return inner.left() >= outer.left() - eps && inner.right() <= outer.right() + eps &&
           inner.top() >= outer.top() - eps && inner.bottom() <= outer.bottom() + eps;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Plan plantedPlan()
{
    Plan plan = samplePlan();
    const QString ak = QString::fromLatin1(kAccessKeyId);
    const QString pw = QString::fromLatin1(kPassword);
    plan.name += QStringLiteral(" (key %1)").arg(ak);
    plan.description += QStringLiteral(" password=%1").arg(pw);
    plan.phases[4].title = QStringLiteral("Replication as %1").arg(ak);
    plan.risks[0].mitigation = QStringLiteral("token: %1").arg(pw);
    plan.ossImports[0].extraJobProperties.insert(QStringLiteral("srcSecretKey"), pw);
    plan.observations->dts[0].precheck->items[3].message =
        QStringLiteral("login as repl with password=%1 failed").arg(pw);
    plan.observations->smc[0].name = QStringLiteral("erp-04 %1").arg(ak);
    plan.observations->mms[0].tables[0].table = QStringLiteral("ods.%1").arg(ak);
    plan.observations->backup->note = QStringLiteral("AccessKeySecret=%1").arg(pw);
    return plan;
}

struct Expected
{
    QStringList sections;
    QString contents;
    QString pageTwo; // "Page 2 of" in the report's language
};

Expected expected(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return {{QStringLiteral("范围与证据等级"), QStringLiteral("工具选择与配置评估"),
                 QStringLiteral("切换顺序与放行标准"), QStringLiteral("各阶段回滚路径"),
                 QStringLiteral("DTS 延迟监控与备份验证"), QStringLiteral("SMC 同步历史"),
                 QStringLiteral("MMS 进度与校验"), QStringLiteral("风险"),
                 QStringLiteral("假设与阻碍")},
                QStringLiteral("目录"),
                QStringLiteral("第 2 页，共")};
    return {{QStringLiteral("Scope and evidence level"),
             QStringLiteral("Tool selection and configuration assessment"),
             QStringLiteral("Cutover sequencing and go/no-go criteria"),
             QStringLiteral("Rollback path per phase"),
             QStringLiteral("DTS lag monitoring and backup verification"),
             QStringLiteral("SMC sync history"), QStringLiteral("MMS progress and verification"),
             QStringLiteral("Risks"), QStringLiteral("Assumptions and blockers")},
            QStringLiteral("Contents"),
            QStringLiteral("Page 2 of")};
}

} // namespace

Q_DECLARE_METATYPE(ferry::gui::PaperSize)

class TestReportRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed: run scripts/setup");
        QVERIFY(m_dir.isValid());
    }

    void sample_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("en A4") << "en" << PaperSize::A4 << "595 x 842 pts (A4)";
        QTest::newRow("en Letter") << "en" << PaperSize::Letter << "612 x 792 pts (letter)";
        QTest::newRow("zh_CN A4") << "zh_CN" << PaperSize::A4 << "595 x 842 pts (A4)";
        QTest::newRow("zh_CN Letter") << "zh_CN" << PaperSize::Letter << "612 x 792 pts (letter)";
    }

    void sample()
    {
        QFETCH(QString, language);
        QFETCH(PaperSize, paper);
        QFETCH(QString, pageSize);
        const QString out = m_dir.filePath(QStringLiteral("sample-%1-%2.pdf")
                                               .arg(language)
                                               .arg(paper == PaperSize::A4 ? "a4" : "letter"));
        const ReportOutcome o = exportReportFile(samplePath(), out, renderOptions(language, paper));
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY(o.pages >= 15);
        QCOMPARE(pdfInfo(out, "Page size:"), pageSize);
        QCOMPARE(pdfInfo(out, "Pages:"), QString::number(o.pages));

        // Sections in order, each on the page the contents give it.
        const Expected want = expected(language);
        QStringList sectionTitles;
        int lastPage = 0;
        for (const ReportTocEntry &e : o.contents) {
            if (e.level != 1)
                continue;
            sectionTitles << e.title;
            QVERIFY(e.page > lastPage);
            lastPage = e.page;
            const QString page = pdfText(out, e.page);
            QVERIFY2(
                compact(page).contains(compact(e.title)),
                qPrintable(e.title + QStringLiteral(" not on page ") + QString::number(e.page)));
        }
        QCOMPARE(sectionTitles, want.sections);
        // Subsections too: the contents are right about every page.
        for (const ReportTocEntry &e : o.contents) {
            if (e.level == 2)
                QVERIFY2(compact(pdfText(out, e.page)).contains(compact(e.title)),
                         qPrintable(e.title));
        }
        const QString contents = pdfText(out, 2);
        QVERIFY(contents.contains(want.contents));
        QVERIFY(contents.contains(want.pageTwo + QStringLiteral(" %1").arg(o.pages)));

        const QString all = pdfText(out);
        for (const char *value :
             {"Shop platform to Alibaba Cloud (sandbox)", "Switch the orders database",
              "2025-03-13 06:45 UTC", "jy6nmqxhlkeiimy", "j-uvsz91e85r2oa3e35j",
              "ods.ods_click_log_df", "-752", "archive_full", "SYNC", "shop_media_s3_to_oss",
              "sales.audit_log"})
            QVERIFY2(all.contains(QString::fromUtf8(value)), value);
        if (language == QLatin1String("en")) {
            for (const char *value :
                 {"NO-GO", "Verified 2025-03-13 06:45 UTC", "Attested by Ravi Shah",
                  "Lag under 5 s for 15 min", "Time under threshold", "33: 31 scheduled, 2 manual",
                  "211 passed, 1 failed, 2 not yet verified",
                  "create and precheck the DTS reverse task", "Point of no return"})
                QVERIFY2(all.contains(QString::fromUtf8(value)), value);
        }
    }

    void languagesDoNotLeak()
    {
        // A Chinese report, then an English one in the same process: the second is English.
        const QString zh = m_dir.filePath(QStringLiteral("first-zh.pdf"));
        const QString en = m_dir.filePath(QStringLiteral("then-en.pdf"));
        QVERIFY(exportReportFile(samplePath(), zh,
                                 renderOptions(QStringLiteral("zh_CN"), PaperSize::A4))
                    .ok());
        QVERIFY(
            exportReportFile(samplePath(), en, renderOptions(QStringLiteral("en"), PaperSize::A4))
                .ok());
        const QString text = pdfText(en);
        QVERIFY(text.contains(QStringLiteral("Scope and evidence level")));
        QVERIFY(!text.contains(QStringLiteral("范围与证据等级")));
        QVERIFY(pdfText(zh).contains(QStringLiteral("范围与证据等级")));
    }

    void noSecretInThePdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void noSecretInThePdf()
    {
        QFETCH(QString, language);
        const Plan plan = plantedPlan();
        QVERIFY(findSecrets(plan).size() >= 9);
        const QString out = m_dir.filePath(QStringLiteral("planted-%1.pdf").arg(language));
        const ReportOutcome o = exportReport(plan, out, renderOptions(language, PaperSize::A4));
        QVERIFY2(o.ok(), qPrintable(o.message));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("********")));
        QVERIFY(!text.contains(QLatin1String("LTAI")));
        QVERIFY(!text.contains(QLatin1String(kPassword)));
        QVERIFY(!text.contains(QLatin1String("Qx7Yb2Kd9")));
        const QByteArray bytes = readAll(out);
        QVERIFY(!bytes.contains(kAccessKeyId));
        QVERIFY(!bytes.contains(kPassword));
        for (const QStringList &page : o.pageTexts)
            QVERIFY(findSecretsInText(page).isEmpty());
    }

    void secretTextIsNeverRendered()
    {
        // A report that bypassed the builder's masking still never reaches the PDF.
        Report report = buildReport(samplePlan(), {});
        report.sections[3].blocks.append(
            ReportBlock{ReportBlock::Kind::Paragraph,
                        QStringLiteral("fallback key %1").arg(QLatin1String(kAccessKeyId)),
                        ReportTone::Normal,
                        {},
                        nullptr});
        QByteArray pdf("stale");
        const ReportOutcome o =
            renderReport(report, renderOptions(QStringLiteral("en"), PaperSize::A4), &pdf);
        QCOMPARE(o.error, ReportError::SecretInOutput);
        QVERIFY(pdf.isEmpty());
        QVERIFY(!o.message.contains(QLatin1String(kAccessKeyId)));
        QVERIFY(o.message.contains(QStringLiteral("page")));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("corrupt JSON")
            << QByteArray("{\"format\": \"ferry-plan\", \"vers") << QStringLiteral("damaged");
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"ferry-plan\", \"version\": 7, \"plan\": {}}")
            << QStringLiteral("newer Ferry");
        QTest::newRow("not a plan")
            << QByteArray("{\"hello\": 1}") << QStringLiteral("not a Ferry plan");
        QTest::newRow("bad observations")
            << readAll(samplePath()).replace("\"collectedAt\": \"", "\"collectedAt\": \"soon")
            << QStringLiteral("/plan/observations/collectedAt");
    }

    void badInputWritesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString plan = m_dir.filePath(QStringLiteral("bad.ferryplan.json"));
        QFile f(plan);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("bad-%1.pdf")
                                               .arg(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('-')));
        const ReportOutcome o =
            exportReportFile(plan, out, renderOptions(QStringLiteral("en"), PaperSize::A4));
        QCOMPARE(o.error, ReportError::InvalidPlan);
        QVERIFY2(o.message.contains(says), qPrintable(o.message));
        QVERIFY(o.message.contains(plan));
        QVERIFY(!QFileInfo::exists(out));
        // An existing report is left as it was.
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
        old.close();
        QVERIFY(
            !exportReportFile(plan, out, renderOptions(QStringLiteral("en"), PaperSize::A4)).ok());
        QCOMPARE(readAll(out), QByteArray("previous report"));
        QVERIFY(!exportReportFile(m_dir.filePath(QStringLiteral("missing.json")), out,
                                  renderOptions(QStringLiteral("en"), PaperSize::A4))
                     .ok());
    }

    void unwritableOutput()
    {
        // A path under a regular file cannot be created, even by root.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-directory"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString out = blocker + QStringLiteral("/report.pdf");
        const ReportOutcome o =
            exportReportFile(samplePath(), out, renderOptions(QStringLiteral("en"), PaperSize::A4));
        QCOMPARE(o.error, ReportError::CannotWrite);
        QVERIFY(o.message.contains(out));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(
            QDir(m_dir.path())
                .entryList({QStringLiteral("*.tmp"), QStringLiteral("report.pdf.*")}, QDir::Files),
            QStringList());
    }

    void largeReportRepeatsTableHeaders()
    {
        const Plan plan = ferry::test::makeLargePlan(4);
        const QString out = m_dir.filePath(QStringLiteral("large.pdf"));
        const ReportOutcome o =
            exportReport(plan, out, renderOptions(QStringLiteral("en"), PaperSize::A4));
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY2(o.pages >= 50, qPrintable(QString::number(o.pages)));
        QCOMPARE(pdfInfo(out, "Pages:"), QString::number(o.pages));
        // Every page that continues an MMS verification table starts with its header row.
        const QStringList header = {QStringLiteral("Table"),       QStringLiteral("Task"),
                                    QStringLiteral("Source rows"), QStringLiteral("Target rows"),
                                    QStringLiteral("Difference"),  QStringLiteral("Result"),
                                    QStringLiteral("Evidence")};
        const QRegularExpression row(QStringLiteral("^dw\\.wave\\d_table_\\d{4}$"));
        int continued = 0;
        for (int i = 0; i < o.pageTexts.size(); ++i) {
            const QStringList &texts = o.pageTexts.at(i);
            const qsizetype firstRow = texts.indexOf(row);
            if (firstRow < 0)
                continue;
            QVERIFY2(firstRow >= header.size() &&
                         texts.mid(firstRow - header.size(), header.size()) == header,
                     qPrintable(QStringLiteral("page %1").arg(i + 1)));
            if (firstRow == header.size()) {
                ++continued;
                const QString page = pdfText(out, i + 1);
                QVERIFY(page.contains(QStringLiteral("Source rows Target rows")) ||
                        page.contains(QStringLiteral("Source rows")));
            }
        }
        QVERIFY2(continued >= 12, qPrintable(QString::number(continued)));
        QVERIFY(pdfText(out, o.pages).contains(QStringLiteral("Page %1 of %1").arg(o.pages)));
    }

    void nothingOutsideThePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<PaperSize>("paper");
        QTest::newRow("en A4") << "en" << PaperSize::A4;
        QTest::newRow("zh_CN Letter") << "zh_CN" << PaperSize::Letter;
    }

    void nothingOutsideThePage()
    {
        QFETCH(QString, language);
        QFETCH(PaperSize, paper);
        ScopedReportLanguage scoped(language);
        const Report report = buildReport(ferry::test::makeLargePlan(2), {});
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        ReportLayout layout(ReportStyle::forReport(paper, language), &writer);
        layout.layout(report);
        const QRectF pageRect = layout.pageRect();
        const QRectF body = layout.bodyRect();
        const double eps = 0.5;
        for (int i = 0; i < layout.pageCount(); ++i) {
            const auto &page = layout.page(i);
            for (const ReportLayout::Item &item : page.items) {
                const QString where = QStringLiteral("page %1").arg(i + 1);
                switch (item.kind) {
                case ReportLayout::Item::Kind::Text: {
                    const double top = item.origin.y() - item.firstTop;
                    for (int l = item.first; l < item.last; ++l) {
                        const QTextLine line = item.layout->lineAt(l);
                        const QRectF r(item.origin.x() + line.x(), top + line.y(),
                                       line.naturalTextWidth(), line.height());
                        QVERIFY2(inside(pageRect, r), qPrintable(where));
                        // Body text stays between the running header and footer: a line is
                        // the header (above the body), the footer (below it) or inside it.
                        const bool header = r.bottom() <= body.top() + eps;
                        const bool footer = r.top() >= body.bottom() - eps;
                        if (page.furniture && !header && !footer)
                            QVERIFY2(inside(body, r), qPrintable(where + QStringLiteral(": ") +
                                                                 item.layout->text()));
                    }
                    break;
                }
                case ReportLayout::Item::Kind::Rect:
                    QVERIFY2(inside(pageRect, item.rect), qPrintable(where));
                    if (page.furniture)
                        QVERIFY2(item.rect.bottom() <= body.bottom() + eps, qPrintable(where));
                    break;
                case ReportLayout::Item::Kind::Chart:
                    QVERIFY2(inside(body, item.rect), qPrintable(where));
                    break;
                case ReportLayout::Item::Kind::Line:
                    QVERIFY2(inside(pageRect, QRectF(item.line.p1(), item.line.p2()).normalized()),
                             qPrintable(where));
                    break;
                }
            }
        }
    }

    void radicalsBecomeIdeographs()
    {
        // Destinations change (Kangxi U+2F2F, supplement U+2EDB); sources, other code points and
        // compressed maps do not; the length stays.
        QByteArray pdf = "%PDF-1.4\n5 0 obj\n<< /Type /Font /ToUnicode 7 0 R >>\nendobj\n"
                         "7 0 obj\n<< /Length 120 >>\nstream\n"
                         "2 beginbfchar\n<2F2F> <2F2F>\n<0041> <0041>\nendbfchar\n"
                         "1 beginbfrange\n<2EDB> <2EDC> [<2EDB> <5DE5>]\nendbfrange\n"
                         "endstream\nendobj\n"
                         "8 0 obj\n<< /Length 20 /Filter /FlateDecode /ToUnicode 9 0 R >>\nendobj\n"
                         "9 0 obj\n<< /Filter /FlateDecode >>\nstream\n<2F2F> <2F2F>\nendstream\n"
                         "endobj\n";
        const qsizetype size = pdf.size();
        QCOMPARE(fixCjkToUnicode(pdf), 2);
        QCOMPARE(pdf.size(), size);
        QVERIFY(pdf.contains("<2F2F> <5DE5>\n<0041> <0041>"));
        QVERIFY(pdf.contains("<2EDB> <2EDC> [<98CE> <5DE5>]"));
        QVERIFY(pdf.contains("stream\n<2F2F> <2F2F>\nendstream")); // compressed: left alone
        QCOMPARE(fixCjkToUnicode(pdf), 0);
    }

    void exportsOffTheGuiThread()
    {
        const QString out = m_dir.filePath(QStringLiteral("async.pdf"));
        QObject context;
        std::optional<ReportOutcome> result;
        exportReportAsync(samplePlan(), out, renderOptions(QStringLiteral("en"), PaperSize::A4),
                          &context, [&result](const ReportOutcome &o) { result = o; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        QVERIFY2(result->ok(), qPrintable(result->message));
        QVERIFY(pdfText(out).contains(QStringLiteral("Scope and evidence level")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportRender)

#include "tst_report.moc"
