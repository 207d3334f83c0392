// SPDX-License-Identifier: GPL-3.0-or-later
// Words and numbers of the report: evidence, times, durations, criterion outcomes.
#include "model/reportbuilder_p.h"

#include "model/plantime.h"

#include <QCoreApplication>

#include <cmath>

namespace ferry::model::reportdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::Report)
};

QString timeFact(const CriterionEvaluation &e, QStringView key)
{
    const auto t = parseIsoUtc(e.fact(key));
    return t ? formatTime(*t) : e.fact(key);
}

QString msFact(const CriterionEvaluation &e, QStringView key)
{
    bool ok = false;
    const qint64 v = e.fact(key).toLongLong(&ok);
    return ok ? formatDuration(v) : dash();
}

QString listFact(const CriterionEvaluation &e, QStringView key)
{
    QString v = e.fact(key);
    v.replace(QLatin1Char(','), QLatin1String(", "));
    return v;
}

QString minutes(const QString &value)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    return ok ? formatDuration(v * 60 * 1000) : value;
}

} // namespace

ReportCell Context::evidence(EvidenceLevel level, const std::optional<QDateTime> &at,
                             const QString &by)
{
    ReportCell c;
    c.evidence = level;
    switch (level) {
    case EvidenceLevel::Verified:
        c.tone = ReportTone::Good;
        c.text =
            at && at->isValid() ? Tr::tr("Verified %1").arg(formatTime(*at)) : Tr::tr("Verified");
        break;
    case EvidenceLevel::Attested:
        if (!by.isEmpty() && at && at->isValid())
            c.text = Tr::tr("Attested by %1, %2").arg(by, formatTime(*at));
        else if (!by.isEmpty())
            c.text = Tr::tr("Attested by %1").arg(by);
        else if (at && at->isValid())
            c.text = Tr::tr("Attested %1").arg(formatTime(*at));
        else
            c.text = Tr::tr("Attested");
        break;
    case EvidenceLevel::Assumed:
        c.tone = ReportTone::Warning;
        c.text = Tr::tr("Assumed");
        break;
    }
    return c;
}

ReportCell Context::evidence(const ObservationMeta &meta)
{
    return evidence(meta.level, meta.observedAt, meta.by);
}

ReportBlock heading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    return b;
}

ReportBlock paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock note(const QString &text, ReportTone tone)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Note;
    b.text = text;
    b.tone = tone;
    return b;
}

ReportBlock tableBlock(ReportTable table)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(table);
    return b;
}

ReportTable table(const QStringList &headers, const QList<double> &widths)
{
    ReportTable t;
    t.headers = headers;
    t.widths = widths;
    return t;
}

ReportTable factTable()
{
    ReportTable t;
    t.keyValue = true;
    t.widths = {0.28, 0.44, 0.28};
    return t;
}

void addFact(ReportTable &facts, const QString &label, const QString &value,
             const ReportCell &evidence, ReportTone tone)
{
    facts.rows.append({cell(label), cell(value, tone), evidence});
}

ReportCell cell(const QString &text, ReportTone tone)
{
    return ReportCell{text, tone, std::nullopt};
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return dash();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString formatStamp(const QDateTime &time)
{
    if (!time.isValid())
        return dash();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60) {
        const double sec = double(ms) / 1000.0;
        const bool decimal = sec < 10 && ms % 1000 >= 50 && ms % 1000 < 950;
        return Tr::tr("%1 s").arg(QString::number(sec, 'f', decimal ? 1 : 0));
    }
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    const qint64 rest = s % 60;
    if (d > 0)
        return h > 0 ? Tr::tr("%1 d %2 h").arg(d).arg(h) : Tr::tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? Tr::tr("%1 h %2 min").arg(h).arg(m) : Tr::tr("%1 h").arg(h);
    return rest > 0 ? Tr::tr("%1 min %2 s").arg(m).arg(rest) : Tr::tr("%1 min").arg(m);
}

QString formatCount(const QLocale &locale, qint64 value)
{
    return locale.toString(value);
}

QString formatBytes(const QLocale &locale, qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    double v = double(bytes);
    int unit = 0;
    while (std::abs(v) >= 1000.0 && unit < 5) {
        v /= 1000.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(v, 'f', unit == 0 ? 0 : 1),
                                       QLatin1String(units[unit]));
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString dash()
{
    return QStringLiteral("—");
}

ReportTone toneOf(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Go:
        return ReportTone::Good;
    case CriterionStatus::NoGo:
        return ReportTone::Bad;
    case CriterionStatus::Unknown:
        return ReportTone::Warning;
    }
    return ReportTone::Normal;
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Tr::tr("Info");
    case Severity::Warning:
        return Tr::tr("Warning");
    case Severity::Error:
        return Tr::tr("Critical");
    }
    return {};
}

ReportTone toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return ReportTone::Muted;
    case Severity::Warning:
        return ReportTone::Warning;
    case Severity::Error:
        return ReportTone::Bad;
    }
    return ReportTone::Normal;
}

QString phaseTitle(const Phase &phase)
{
    return phase.title.isEmpty() ? displayName(phase.kind) : phase.title;
}

QString criterionTitle(const GateCriterion &criterion)
{
    return criterion.title.isEmpty() ? displayName(criterion.kind) : criterion.title;
}

QString describeEvaluation(const CriterionEvaluation &e)
{
    const QString r = e.reason;
    QString text;
    if (r == u"attested.holds") {
        text = Tr::tr("Attested as holding: %1").arg(e.fact(u"note"));
    } else if (r == u"attested.doesNotHold") {
        text = Tr::tr("Attested as NOT holding: %1").arg(e.fact(u"note"));
    } else if (r == u"notAttested") {
        text = Tr::tr("Nobody has attested it yet.");
    } else if (r == u"observation.stale") {
        text = Tr::tr("The last observation (%1) is older than %2.")
                   .arg(timeFact(e, u"observedAt"), minutes(e.fact(u"maxObservationAgeMinutes")));
    } else if (r == u"precheck.passed") {
        text =
            Tr::tr("Precheck %1: %2 items, none failed.").arg(e.fact(u"state"), e.fact(u"items"));
        if (!e.fact(u"warningItems").isEmpty())
            text += QLatin1Char(' ') + Tr::tr("Warnings: %1.").arg(listFact(e, u"warningItems"));
    } else if (r == u"precheck.itemsFailed") {
        text = Tr::tr("Precheck items failed: %1.").arg(listFact(e, u"failedItems"));
    } else if (r == u"precheck.failed") {
        text = Tr::tr("The precheck failed (%1).").arg(listFact(e, u"failedItems"));
    } else if (r == u"precheck.notFinished") {
        text = Tr::tr("The precheck has not finished (state %1).").arg(e.fact(u"state"));
    } else if (r == u"precheck.unknownState") {
        text = Tr::tr("Unknown precheck state %1.").arg(e.fact(u"state"));
    } else if (r == u"precheck.notObserved" || r == u"mms.notObserved" || r == u"smc.notObserved") {
        text = Tr::tr("Not observed: no monitoring data in the plan.");
    } else if (r == u"mms.noTasks") {
        text = Tr::tr("The MMS job has no tasks.");
    } else if (r == u"mms.tasksFailed") {
        text = Tr::tr("%1 of %2 tasks failed.").arg(e.fact(u"tasksFailed"), e.fact(u"tasksTotal"));
    } else if (r == u"mms.tasksNotDone") {
        text = Tr::tr("%1 of %2 tasks done.").arg(e.fact(u"tasksDone"), e.fact(u"tasksTotal"));
    } else if (r == u"mms.verificationFailed") {
        text = Tr::tr("Verification failed for: %1.").arg(listFact(e, u"verificationFailed"));
    } else if (r == u"mms.verificationMissing") {
        text = e.fact(u"verificationMissing").isEmpty()
                   ? Tr::tr("No per-table verification result was reported.")
                   : Tr::tr("No verification result yet for: %1.")
                         .arg(listFact(e, u"verificationMissing"));
    } else if (r == u"mms.allDoneVerified") {
        text = Tr::tr("All %1 tasks done; %2 tables verified.")
                   .arg(e.fact(u"tasksTotal"), e.fact(u"tablesVerified"));
    } else if (r == u"smc.notIncremental") {
        text = Tr::tr("The job runs once: there are no incremental runs.");
    } else if (r == u"smc.notWaiting") {
        text = Tr::tr("The job is %1, not Waiting.").arg(e.fact(u"status"));
    } else if (r == u"smc.noIncrementalRun") {
        text = Tr::tr("No incremental run has finished yet.");
    } else if (r == u"smc.lastRunTooOld" || r == u"smc.waitingRecent") {
        const QString age = minutes(e.fact(u"lastRunAgeMinutes"));
        const QString allowed = minutes(e.fact(u"maxRunAgeMinutes"));
        text = r == u"smc.waitingRecent"
                   ? Tr::tr("Waiting; the last run ended %1 ago (at %2; allowed: %3).")
                         .arg(age, timeFact(e, u"lastRunEnd"), allowed)
                   : Tr::tr("The last run ended %1 ago (at %2), more than the allowed %3.")
                         .arg(age, timeFact(e, u"lastRunEnd"), allowed);
    } else if (r == u"privilege.precheckFlagged") {
        text = Tr::tr("The precheck flagged privileges: %1.").arg(listFact(e, u"flaggedItems"));
    } else if (r == u"privilege.notAttested") {
        text = Tr::tr("A clean precheck cannot prove least privilege, and nobody has attested "
                      "it.");
    } else if (r == u"rollback.missing") {
        text = Tr::tr("No rollback path for: %1.").arg(listFact(e, u"missingPaths"));
    } else if (r == u"rollback.notPrepared") {
        text = Tr::tr("Preparation steps not attested: %1.").arg(listFact(e, u"unpreparedSteps"));
    } else if (r == u"rollback.nothingPrepared") {
        text = Tr::tr("The rollback path has no preparation step that could be attested.");
    } else if (r == u"rollback.ready") {
        text = Tr::tr("All %1 preparation steps attested by %2.")
                   .arg(e.fact(u"preparations"), listFact(e, u"preparedBy"));
    } else if (r == u"lag.noSamples") {
        text = Tr::tr("No lag samples.");
    } else if (r == u"lag.stale") {
        text = Tr::tr("The samples stop before the end of the window; the latest is from %1.")
                   .arg(timeFact(e, u"latestSampleAt"));
    } else if (r == u"lag.overThreshold") {
        text = Tr::tr("Lag reached %1 (threshold %2), last at %3; GO possible from %4 if it "
                      "stays under.")
                   .arg(msFact(e, u"maxDelayMs"), msFact(e, u"thresholdMs"),
                        timeFact(e, u"lastViolationAt"), timeFact(e, u"goEarliestAt"));
    } else if (r == u"lag.invalidSample") {
        text = Tr::tr("A negative lag sample makes the series unreliable.");
    } else if (r == u"lag.gap" || r == u"lag.windowNotCovered") {
        text = Tr::tr("The samples leave a gap of %1 in the window (allowed: %2 s).")
                   .arg(msFact(e, u"largestGapMs"), e.fact(u"maxGapSeconds"));
    } else if (r == u"lag.sustained") {
        text = Tr::tr("%1 samples from %2 to %3, all under %4 (maximum %5).")
                   .arg(e.fact(u"samples"), timeFact(e, u"windowStart"), timeFact(e, u"windowEnd"),
                        msFact(e, u"thresholdMs"), msFact(e, u"maxDelayMs"));
    } else {
        text = r;
    }
    const QString assumption = e.fact(u"assumption");
    if (!assumption.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("Assumption: %1").arg(assumption);
    return text;
}

} // namespace ferry::model::reportdetail
