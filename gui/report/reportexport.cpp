// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/reportexport.h"

#include "gui/report/pdftounicode.h"
#include "model/planfile.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTranslator>

namespace ferry::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::Report)
};

// Answers every text with its source: newer translators are asked first, so installing this
// one makes English win over any translation installed before.
class SourceTextTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

ReportOutcome failure(ReportError error, const QString &message)
{
    ReportOutcome o;
    o.error = error;
    o.message = message;
    return o;
}

bool chineseFontAvailable()
{
    return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
}

ReportOutcome render(const model::Report &report, const ReportStyle &style, QByteArray *pdf)
{
    pdf->clear();
    if (style.language.startsWith(QLatin1String("zh")) && !chineseFontAvailable())
        return failure(ReportError::MissingFont,
                       Tr::tr("No font for Chinese text is installed; install Noto Sans CJK SC "
                              "(Debian package fonts-noto-cjk) and try again."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(style.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(int(style.dpi));
    writer.setTitle(style.joined.arg(report.title, report.planName));
    writer.setCreator(QStringLiteral("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));

    ReportLayout layout(style, &writer);
    layout.layout(report);

    ReportOutcome outcome;
    outcome.pages = layout.pageCount();
    outcome.contents = layout.tableOfContents();
    // The last line of defence: whatever the builder did, no page may show a secret.
    for (int i = 0; i < layout.pageCount(); ++i) {
        const QStringList &texts = layout.pageText(i);
        if (!model::findSecretsInText(texts).isEmpty())
            return failure(ReportError::SecretInOutput,
                           Tr::tr("The report was not written: page %1 would show text that "
                                  "looks like a secret.")
                               .arg(i + 1));
        outcome.pageTexts.append(texts);
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return failure(ReportError::CannotWrite, Tr::tr("The PDF could not be started."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        layout.paint(painter, i);
    }
    painter.end();
    buffer.close();
    fixCjkToUnicode(bytes);
    *pdf = bytes;
    outcome.bytes = bytes.size();
    return outcome;
}

ReportOutcome write(const QByteArray &pdf, const QString &path, ReportOutcome outcome)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(ReportError::CannotWrite, Tr::tr("The report could not be written to %1: "
                                                        "%2")
                                                     .arg(path, file.errorString()));
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(ReportError::CannotWrite,
                       Tr::tr("The report could not be written to %1: %2").arg(path, why));
    }
    return outcome;
}

model::ReportOptions modelOptions(const ReportRenderOptions &options)
{
    model::ReportOptions o;
    o.generatedAt = options.generatedAt;
    o.locale = options.language.startsWith(QLatin1String("zh"))
                   ? QLocale(QLocale::Chinese, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    return o;
}

} // namespace

ScopedReportLanguage::ScopedReportLanguage(const QString &language)
{
    if (language.startsWith(QLatin1String("zh"))) {
        m_translator = std::make_unique<QTranslator>();
        m_valid = m_translator->load(QStringLiteral(":/i18n/ferry_zh_CN.qm"));
        if (!m_valid) {
            m_translator.reset();
            return;
        }
    } else {
        m_translator = std::make_unique<SourceTextTranslator>();
    }
    QCoreApplication::installTranslator(m_translator.get());
}

ScopedReportLanguage::~ScopedReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

std::optional<PaperSize> paperFromString(QStringView text)
{
    if (text.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (text.compare(u"letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

ReportOutcome renderReport(const model::Report &report, const ReportRenderOptions &options,
                           QByteArray *pdf)
{
    return render(report, ReportStyle::forReport(options.paper, options.language), pdf);
}

ReportOutcome exportReport(const model::Plan &plan, const QString &path,
                           const ReportRenderOptions &options)
{
    QByteArray pdf;
    ReportOutcome outcome;
    {
        ScopedReportLanguage language(options.language);
        const model::Report report = model::buildReport(plan, modelOptions(options));
        outcome = render(report, ReportStyle::forReport(options.paper, options.language), &pdf);
    }
    if (!outcome.ok())
        return outcome;
    return write(pdf, path, outcome);
}

ReportOutcome exportReportFile(const QString &planPath, const QString &outPath,
                               const ReportRenderOptions &options)
{
    const model::PlanLoadResult loaded = model::loadPlanFile(planPath);
    if (!loaded.ok())
        return failure(ReportError::InvalidPlan, model::describePlanFileError(loaded.error));
    return exportReport(*loaded.plan, outPath, options);
}

void exportReportAsync(const model::Plan &plan, const QString &path,
                       const ReportRenderOptions &options, QObject *context,
                       std::function<void(const ReportOutcome &)> done)
{
    // Words are chosen here, with this thread's translators; the worker only measures and draws.
    model::Report report;
    ReportStyle style;
    {
        ScopedReportLanguage language(options.language);
        report = model::buildReport(plan, modelOptions(options));
        style = ReportStyle::forReport(options.paper, options.language);
    }
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [report = std::move(report), style, path, guard, done = std::move(done)]() {
            QByteArray pdf;
            ReportOutcome outcome = render(report, style, &pdf);
            if (outcome.ok())
                outcome = write(pdf, path, outcome);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, outcome]() {
                    if (guard)
                        done(outcome);
                },
                Qt::QueuedConnection);
        });
}

} // namespace ferry::gui
