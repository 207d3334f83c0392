// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ferry::model {

struct MmsDataSource;
struct MmsJob;
struct MmsTask;
struct DtsJob;
struct SmcSourceServer;
struct SmcReplicationJob;

/// Something a person can name: a data source, job, task, DTS job, SMC server or SMC job, with
/// what tells it apart from others of a similar name. Attributes are display text.
struct NameCandidate
{
    QString id;   ///< the service's id, as text (2000015, jy6nmqxhlkeiimy, s-bp1...)
    QString name; ///< the name as the service spells it
    QString type;
    QString region;
    QString status; ///< translated display name of the state
    QDateTime created;
    QString note; ///< anything else that tells it apart (e.g. the job a task belongs to)
};

/// How a typed name matched a candidate, best first. Only Exact may be used without asking.
enum class MatchKind
{
    Exact,        ///< byte-identical name (case-sensitive, nothing normalised)
    CaseOnly,     ///< identical ignoring case (Unicode case folding)
    Separators,   ///< identical ignoring case and every `_`, `-` and whitespace
    Prefix,       ///< the normalised name starts with the normalised typed text
    Substring,    ///< the normalised name contains the normalised typed text
    EditDistance, ///< the normalised forms are a small edit distance apart
};

/// One candidate and how it matched.
struct NameMatch
{
    NameCandidate candidate;
    MatchKind kind = MatchKind::Exact;
    int distance = 0; ///< edit distance of the normalised forms (EditDistance only; else 0)
};

/// What a typed name resolves to.
enum class ResolutionKind
{
    Exact,     ///< exactly one candidate has exactly this name: use it (and show it)
    None,      ///< nothing matches, not even approximately
    Ambiguous, ///< several candidates have exactly this name: the person picks one
    FuzzyOnly, ///< no exact name, only approximate ones: the person picks one, never automatic
};

/// The outcome of resolving a typed name against a list of candidates.
struct Resolution
{
    ResolutionKind kind = ResolutionKind::None;
    QString typed;
    /// Exact: the one match. Ambiguous: every exact match, by id. FuzzyOnly: the approximate
    /// matches, best first. None: empty.
    QList<NameMatch> matches;
    /// Exact only: other candidates whose names come close, best first, so a page can say
    /// "also similar: ...". Never used instead of the exact match.
    QList<NameMatch> similar;

    /// Whether the person has to pick (Ambiguous or FuzzyOnly).
    bool needsPick() const
    {
        return kind == ResolutionKind::Ambiguous || kind == ResolutionKind::FuzzyOnly;
    }
    /// The candidate to use without asking: set only for Exact.
    std::optional<NameCandidate> exact() const;
};

/// Limits of the approximate matching.
struct FuzzyOptions
{
    /// Shortest normalised typed text for prefix and substring matches.
    int minAffixLength = 2;
    /// Most approximate matches returned (the best ones); 0 = all.
    int maxMatches = 50;
};

/// Resolves `typed` against `candidates`. Exact means byte-identical: `typed` is not trimmed or
/// case-folded. Approximate matches (CaseOnly ... EditDistance) are ranked by kind, then edit
/// distance, then closeness of length, then name and id; they are offered, never chosen.
Resolution resolveName(const QString &typed, const QList<NameCandidate> &candidates,
                       const FuzzyOptions &options = {});

/// The form approximate matching compares: Unicode case folding, with every `_`, `-` and
/// whitespace character removed.
QString normalizedName(const QString &name);

/// Optimal string alignment distance (insertions, deletions, substitutions, adjacent
/// transpositions) between `a` and `b`, or `limit + 1` once it is certain to exceed `limit`.
int editDistance(QStringView a, QStringView b, int limit);

/// Largest edit distance accepted for a normalised typed text of `length` characters: none below
/// 4 characters (too many short names are one edit apart), 1 up to 7, 2 from 8.
int editDistanceLimit(qsizetype length);

/// How one candidate name matches `typed`, if at all.
std::optional<NameMatch> matchName(const QString &typed, const NameCandidate &candidate,
                                   const FuzzyOptions &options = {});

// What tells resources apart, for each kind a person may name.

/// An MMS data source (type, region, agent status, created).
NameCandidate nameCandidate(const MmsDataSource &source);
/// An MMS job (job type, status, data source in the note).
NameCandidate nameCandidate(const MmsJob &job);
/// An MMS task, named by its source table (db and job in the note).
NameCandidate nameCandidate(const MmsTask &task);
/// A DTS job (job type, source region, status).
NameCandidate nameCandidate(const DtsJob &job);
/// An SMC source server (platform, state).
NameCandidate nameCandidate(const SmcSourceServer &server);
/// An SMC replication job (target type, region, status).
NameCandidate nameCandidate(const SmcReplicationJob &job);

/// What a typed id or name refers to when it could be a job or a task.
enum class JobOrTask
{
    Neither,
    Job,
    Task,
    Both, ///< it names a job and a task: the person must say which
};

/// Whether `typed` is exactly the id or the name of one of `jobs` and/or one of `tasks`.
JobOrTask classifyJobOrTask(const QString &typed, const QList<NameCandidate> &jobs,
                            const QList<NameCandidate> &tasks);

} // namespace ferry::model
