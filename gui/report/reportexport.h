// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/report/reportlayout.h"
#include "model/plan.h"
#include "model/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTranslator;

namespace ferry::gui {

/// How a report is rendered.
struct ReportRenderOptions
{
    PaperSize paper = PaperSize::A4;
    QString language = QStringLiteral("en"); ///< "en" or "zh_CN"
    QDateTime generatedAt;                   ///< invalid: now
};

/// Why a report was not written.
enum class ReportError
{
    None,
    InvalidPlan,    ///< the plan file could not be read (the message says where and why)
    SecretInOutput, ///< a page still held secret-looking text: nothing was written
    MissingFont,    ///< no font can show the report's language
    CannotWrite,    ///< the output file could not be written
};

/// The outcome of rendering or exporting a report.
struct ReportOutcome
{
    ReportError error = ReportError::None;
    QString message; ///< translated, names the file or option at fault
    int pages = 0;
    qint64 bytes = 0;
    QList<ReportTocEntry> contents;
    QList<QStringList> pageTexts; ///< every string drawn on each page, in order
    bool ok() const { return error == ReportError::None; }
};

/// Lays out and renders a built report as PDF into `pdf`. Before anything is drawn, the text of
/// every page is checked once more: an `LTAI` string or anything the sanitizer would mask aborts
/// with SecretInOutput and leaves `pdf` empty. Needs a QGuiApplication (fonts); reentrant.
ReportOutcome renderReport(const model::Report &report, const ReportRenderOptions &options,
                           QByteArray *pdf);

/// Builds the report of `plan` (sanitized) in the options' language and writes it to `path`
/// atomically: afterwards the file is the complete report, or was not touched.
ReportOutcome exportReport(const model::Plan &plan, const QString &path,
                           const ReportRenderOptions &options);

/// Loads the plan file at `planPath` and exports its report to `outPath`.
ReportOutcome exportReportFile(const QString &planPath, const QString &outPath,
                               const ReportRenderOptions &options);

/// Exports on a worker thread and calls `done` on `context`'s thread when finished (not at all
/// when `context` is gone by then). The report text is built on the calling thread, so the
/// translators in effect there apply; only layout, rendering and writing run on the worker.
void exportReportAsync(const model::Plan &plan, const QString &path,
                       const ReportRenderOptions &options, QObject *context,
                       std::function<void(const ReportOutcome &)> done);

/// "a4" or "letter" (case-insensitive).
std::optional<PaperSize> paperFromString(QStringView text);

/// Makes report text come out in `language` while it lives: installs Ferry's Chinese
/// translation for "zh_CN", and for "en" a translator that answers every text with its English
/// source, so an English report can be made whatever the interface language is.
class ScopedReportLanguage final
{
public:
    explicit ScopedReportLanguage(const QString &language);
    ~ScopedReportLanguage();
    ScopedReportLanguage(const ScopedReportLanguage &) = delete;
    ScopedReportLanguage &operator=(const ScopedReportLanguage &) = delete;
    /// False when the language's translation could not be loaded.
    bool isValid() const { return m_valid; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_valid = true;
};

} // namespace ferry::gui
