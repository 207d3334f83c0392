// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"
#include "model/observationseries.h"
#include "model/plan.h"
#include "model/series.h"
#include "model/seriesprogress.h"
#include "model/seriesruns.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ferry::model {

/// How a cell or note is coloured, so states read at a glance.
enum class ReportTone
{
    Normal,
    Good,
    Bad,
    Warning,
    Muted,
};

/// One cell of a report table.
struct ReportCell
{
    QString text;
    ReportTone tone = ReportTone::Normal;
    std::optional<EvidenceLevel> evidence; ///< set on cells that state a fact's evidence
};

/// A table that may span pages: the header row repeats on every page it continues on.
struct ReportTable
{
    QStringList headers;           ///< empty for a key/value list
    QList<double> widths;          ///< relative column widths, one per column
    QList<QList<ReportCell>> rows; ///< each row has one cell per column
    bool keyValue = false;         ///< facts: first column is a label
    QList<int> numericColumns;     ///< columns whose cells are right-aligned numbers
    int columnCount() const { return int(widths.size()); }
};

/// The data of one chart, self-contained so the renderer needs nothing else.
struct ReportChart
{
    enum class Kind
    {
        Lag,         ///< DTS replication lag with its threshold
        SmcRuns,     ///< SMC run history
        MmsProgress, ///< MMS tasks by phase over time
    };
    Kind kind = Kind::Lag;
    QString title;
    /// Legend labels. Lag: lag, threshold, go band, no readings. SmcRuns: succeeded, failed,
    /// running, next scheduled run. MmsProgress: pending, schema, data, done, failed, then the
    /// partitions line.
    QStringList legend;
    QStringList lanes; ///< SmcRuns: the scheduled and manual lane names
    QString xTitle;    ///< e.g. "Time (UTC)"
    QString yTitle;    ///< e.g. "Lag (s)"
    QString emptyText; ///< shown when there is nothing to draw
    qint64 nowMs = 0;  ///< the report's "as of" time
    // Lag
    Series lagMs;
    qint64 thresholdMs = 5000;
    qint64 windowMs = 10 * 60 * 1000;
    qint64 maxGapMs = 60 * 1000;
    // SMC runs
    QList<ReplicationRun> runs;
    RunSchedule schedule;
    QList<qint64> failedRunStarts; ///< start times of runs that failed
    // MMS progress
    ProgressHistory progress;
};

/// One block of a section, laid out top to bottom.
struct ReportBlock
{
    enum class Kind
    {
        Heading,   ///< a subsection title (listed in the table of contents)
        Paragraph, ///< running text
        Note,      ///< a highlighted remark, coloured by `tone`
        Table,
        Chart,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    ReportTone tone = ReportTone::Normal;
    ReportTable table;
    std::shared_ptr<const ReportChart> chart;
};

/// A numbered section; each starts on a new page.
struct ReportSection
{
    QString id; ///< stable: scope, tools, cutover, rollback, dts, smc, mms, risks, gaps
    QString title;
    QList<ReportBlock> blocks;
};

/// How many facts of the report rest on each level of evidence.
struct EvidenceTally
{
    int verified = 0;
    int attested = 0;
    int assumed = 0;
    /// Counts the evidence cells of `sections` (every row of a fact table states one).
    void add(const QList<ReportSection> &sections);
};

/// The whole report as data: translated, sanitized text plus chart data. The renderer only lays
/// it out.
struct Report
{
    QString title;                                 ///< "Migration report"
    QString planName;                              ///< for the title page and running header
    QString subtitle;                              ///< e.g. the scenario line
    QList<std::pair<QString, QString>> coverFacts; ///< label/value lines on the title page
    QString coverVerdict;                          ///< one-line overall state
    ReportTone coverTone = ReportTone::Normal;
    QString generatedLine; ///< "Generated 2025-03-13 07:00 UTC" for the footer
    QString confidentiality;
    EvidenceTally tally;
    QList<ReportSection> sections;

    /// Every string the report shows, for the final secret check.
    QStringList allText() const;
};

/// What the report is built for.
struct ReportOptions
{
    QDateTime generatedAt; ///< UTC; invalid: now
    QLocale locale = QLocale::c();
};

/// Builds the report from a plan and its observations. The plan is sanitized first and every
/// string of the result is masked again, so no secret can reach the output. Pure apart from the
/// clock when generatedAt is unset.
Report buildReport(const Plan &plan, const ReportOptions &options = {});

/// Where a text shown in a report still looks like a secret: an `LTAI` AccessKey ID prefix or
/// anything the sanitizer would mask. Returns a description of each hit that does not repeat
/// the secret (e.g. "text 12: AccessKey ID"); empty when clean.
QStringList findSecretsInText(const QStringList &texts);

} // namespace ferry::model
