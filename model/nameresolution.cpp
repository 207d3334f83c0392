// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/nameresolution.h"

#include "model/dts.h"
#include "model/mms.h"
#include "model/smc.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::NameResolution)
};

bool isSeparator(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace();
}

// Ids sort as numbers when they are numbers (9 before 10), otherwise as text.
bool idLess(const QString &a, const QString &b)
{
    if (a.size() != b.size()) {
        bool aNumber = false;
        bool bNumber = false;
        a.toULongLong(&aNumber);
        b.toULongLong(&bNumber);
        if (aNumber && bNumber)
            return a.size() < b.size();
    }
    return a < b;
}

struct Ranked
{
    NameMatch match;
    qsizetype lengthGap = 0;
};

bool rankedLess(const Ranked &x, const Ranked &y)
{
    if (x.match.kind != y.match.kind)
        return x.match.kind < y.match.kind;
    if (x.match.distance != y.match.distance)
        return x.match.distance < y.match.distance;
    if (x.lengthGap != y.lengthGap)
        return x.lengthGap < y.lengthGap;
    if (x.match.candidate.name != y.match.candidate.name)
        return x.match.candidate.name < y.match.candidate.name;
    return idLess(x.match.candidate.id, y.match.candidate.id);
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(QLatin1String(", "));
}

} // namespace

std::optional<NameCandidate> Resolution::exact() const
{
    if (kind != ResolutionKind::Exact || matches.size() != 1)
        return std::nullopt;
    return matches.first().candidate;
}

QString normalizedName(const QString &name)
{
    const QString folded = name.toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (!isSeparator(c))
            out.append(c);
    }
    return out;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (limit < 0)
        return 0;
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment table; a row whose minimum passes the limit
    // ends the search early.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                              previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, before[size_t(j - 2)] + 1);
            current[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

int editDistanceLimit(qsizetype length)
{
    if (length < 4)
        return 0;
    if (length < 8)
        return 1;
    return 2;
}

std::optional<NameMatch> matchName(const QString &typed, const NameCandidate &candidate,
                                   const FuzzyOptions &options)
{
    if (typed.isEmpty())
        return std::nullopt;
    NameMatch m;
    m.candidate = candidate;
    if (candidate.name == typed) {
        m.kind = MatchKind::Exact;
        return m;
    }
    if (candidate.name.toCaseFolded() == typed.toCaseFolded()) {
        m.kind = MatchKind::CaseOnly;
        return m;
    }
    const QString t = normalizedName(typed);
    const QString n = normalizedName(candidate.name);
    if (t.isEmpty() || n.isEmpty())
        return std::nullopt;
    if (n == t) {
        m.kind = MatchKind::Separators;
        return m;
    }
    if (t.size() >= options.minAffixLength) {
        if (n.startsWith(t)) {
            m.kind = MatchKind::Prefix;
            return m;
        }
        if (n.contains(t)) {
            m.kind = MatchKind::Substring;
            return m;
        }
    }
    const int limit = editDistanceLimit(t.size());
    if (limit > 0) {
        const int d = editDistance(t, n, limit);
        if (d <= limit) {
            m.kind = MatchKind::EditDistance;
            m.distance = d;
            return m;
        }
    }
    return std::nullopt;
}

Resolution resolveName(const QString &typed, const QList<NameCandidate> &candidates,
                       const FuzzyOptions &options)
{
    Resolution r;
    r.typed = typed;
    QList<NameMatch> exact;
    std::vector<Ranked> approximate;
    const qsizetype typedLength = normalizedName(typed).size();
    for (const NameCandidate &c : candidates) {
        std::optional<NameMatch> m = matchName(typed, c, options);
        if (!m)
            continue;
        if (m->kind == MatchKind::Exact) {
            exact.append(*m);
        } else {
            const qsizetype gap = std::abs(normalizedName(c.name).size() - typedLength);
            approximate.push_back({*m, gap});
        }
    }
    std::stable_sort(approximate.begin(), approximate.end(), rankedLess);
    if (options.maxMatches > 0 && approximate.size() > size_t(options.maxMatches))
        approximate.resize(size_t(options.maxMatches));
    QList<NameMatch> ranked;
    ranked.reserve(qsizetype(approximate.size()));
    for (const Ranked &x : approximate)
        ranked.append(x.match);

    if (exact.size() == 1) {
        r.kind = ResolutionKind::Exact;
        r.matches = exact;
        r.similar = ranked;
    } else if (exact.size() > 1) {
        std::stable_sort(exact.begin(), exact.end(), [](const NameMatch &a, const NameMatch &b) {
            return idLess(a.candidate.id, b.candidate.id);
        });
        r.kind = ResolutionKind::Ambiguous;
        r.matches = exact;
    } else if (!ranked.isEmpty()) {
        r.kind = ResolutionKind::FuzzyOnly;
        r.matches = ranked;
    } else {
        r.kind = ResolutionKind::None;
    }
    return r;
}

NameCandidate nameCandidate(const MmsDataSource &source)
{
    NameCandidate c;
    c.id = QString::number(source.id);
    c.name = source.name;
    c.type = source.type;
    c.region = source.region;
    c.status = source.status.isPresent() ? displayName(source.status) : QString();
    if (source.agentIsOnline.has_value() && !*source.agentIsOnline)
        c.status = c.status.isEmpty() ? Tr::tr("agent offline")
                                      : Tr::tr("%1, agent offline").arg(c.status);
    c.created = source.createTime;
    if (!source.dstProject.isEmpty())
        c.note = Tr::tr("to project %1").arg(source.dstProject);
    return c;
}

NameCandidate nameCandidate(const MmsJob &job)
{
    NameCandidate c;
    c.id = QString::number(job.id);
    c.name = job.name;
    c.type = job.type.isPresent() ? displayName(job.type) : QString();
    c.status = job.status.isPresent() ? displayName(job.status) : QString();
    if (job.stopped)
        c.status = Tr::tr("%1, stopped").arg(c.status);
    c.created = job.createTime;
    c.note = joinNonEmpty(
        {job.sourceName.isEmpty() ? QString() : Tr::tr("data source %1").arg(job.sourceName),
         job.srcDbName.isEmpty() ? QString() : Tr::tr("database %1").arg(job.srcDbName)});
    return c;
}

NameCandidate nameCandidate(const MmsTask &task)
{
    NameCandidate c;
    c.id = QString::number(task.id);
    c.name = task.srcTableName;
    c.type = task.type;
    c.status = task.status.isPresent() ? displayName(task.status) : QString();
    c.created = task.createTime;
    c.note = joinNonEmpty(
        {task.srcDbName.isEmpty() ? QString() : Tr::tr("database %1").arg(task.srcDbName),
         task.jobName.isEmpty() ? Tr::tr("job %1").arg(task.jobId)
                                : Tr::tr("job %1 (%2)").arg(task.jobName).arg(task.jobId)});
    return c;
}

NameCandidate nameCandidate(const DtsJob &job)
{
    NameCandidate c;
    c.id = job.dtsJobId;
    c.name = job.name;
    c.type = job.jobType.isPresent() ? displayName(job.jobType) : QString();
    c.region = job.source.region;
    c.status = job.status.isPresent() ? displayName(job.status) : QString();
    c.created = job.createTime;
    const QString from = job.source.instanceId.isEmpty() ? job.source.ip : job.source.instanceId;
    const QString to =
        job.destination.instanceId.isEmpty() ? job.destination.ip : job.destination.instanceId;
    if (!from.isEmpty() || !to.isEmpty())
        c.note = Tr::tr("%1 to %2").arg(from, to);
    return c;
}

NameCandidate nameCandidate(const SmcSourceServer &server)
{
    NameCandidate c;
    c.id = server.sourceId;
    c.name = server.name;
    c.type = server.platform;
    c.status = server.state.isPresent() ? displayName(server.state) : QString();
    if (agentPresence(server) == SmcAgentPresence::Offline)
        c.status = Tr::tr("%1, agent offline").arg(c.status);
    c.created = server.creationTime;
    if (!server.jobId.isEmpty())
        c.note = Tr::tr("last job %1").arg(server.jobId);
    return c;
}

NameCandidate nameCandidate(const SmcReplicationJob &job)
{
    NameCandidate c;
    c.id = job.jobId;
    c.name = job.name;
    c.type = job.targetType;
    c.region = job.regionId;
    c.status = job.status.isPresent() ? displayName(job.status) : QString();
    c.created = job.creationTime;
    c.note =
        joinNonEmpty({job.sourceId.isEmpty() ? QString() : Tr::tr("source %1").arg(job.sourceId),
                      job.runOnce ? QString() : Tr::tr("incremental")});
    return c;
}

JobOrTask classifyJobOrTask(const QString &typed, const QList<NameCandidate> &jobs,
                            const QList<NameCandidate> &tasks)
{
    const auto names = [&typed](const QList<NameCandidate> &list) {
        return std::any_of(list.begin(), list.end(), [&typed](const NameCandidate &c) {
            return !typed.isEmpty() && (c.id == typed || c.name == typed);
        });
    };
    const bool job = names(jobs);
    const bool task = names(tasks);
    if (job && task)
        return JobOrTask::Both;
    if (job)
        return JobOrTask::Job;
    if (task)
        return JobOrTask::Task;
    return JobOrTask::Neither;
}

} // namespace ferry::model
