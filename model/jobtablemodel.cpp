// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jobtablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace ferry::model {

namespace {

qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Worst first when sorted descending: failed, stalled, attention, ok.
int severity(JobHealth health)
{
    return int(health);
}

QString formatTime(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    const QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString formatLag(double ms)
{
    const QLocale locale;
    if (!std::isfinite(ms) || ms < 0)
        return JobTableModel::tr("–");
    if (ms < 1000)
        return JobTableModel::tr("%1 ms").arg(locale.toString(qint64(std::llround(ms))));
    if (ms < 60'000)
        return JobTableModel::tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    const qint64 s = std::llround(ms / 1000.0);
    if (s < 3600)
        return JobTableModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return JobTableModel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_stalls(m_stallConfig)
    , m_clock(systemNow)
{}

JobTableModel::~JobTableModel() = default;

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == LagColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KeyRole:
        return row.key;
    case ServiceRole:
        return int(row.service);
    case HealthRole:
        return int(row.health());
    case SortRole:
        return sortValue(row, index.column());
    case ProgressRole:
        return row.progressPercent ? QVariant(*row.progressPercent) : QVariant();
    case LagRole:
        return row.lagMs ? QVariant(*row.lagMs) : QVariant();
    case StalledSinceRole:
        return row.stall ? QVariant(row.stall->quietSinceMs) : QVariant();
    default:
        return {};
    }
}

QVariant JobTableModel::display(const JobRow &row, int column) const
{
    switch (column) {
    case ServiceColumn:
        return displayName(row.service);
    case NameColumn:
        return row.name;
    case IdColumn:
        return row.id;
    case StatusColumn:
        return row.status;
    case PhaseColumn:
        return row.phase;
    case ProgressColumn:
        if (!row.progressPercent)
            return tr("–");
        return tr("%1 %").arg(QLocale().toString(*row.progressPercent, 'f', 0));
    case LagColumn:
        return row.lagMs ? formatLag(*row.lagMs) : tr("–");
    case UpdatedColumn:
        return row.updatedMs > 0 ? formatTime(row.updatedMs, now()) : tr("–");
    case HealthColumn:
        return displayName(row.health());
    default:
        return {};
    }
}

QVariant JobTableModel::sortValue(const JobRow &row, int column) const
{
    switch (column) {
    case ProgressColumn:
        return row.progressPercent.value_or(-1.0);
    case LagColumn:
        return row.lagMs.value_or(-1.0);
    case UpdatedColumn:
        return row.updatedMs;
    case HealthColumn:
        return severity(row.health());
    case ServiceColumn:
        return int(row.service);
    default:
        return display(row, column).toString().toCaseFolded();
    }
}

QString JobTableModel::toolTip(const JobRow &row) const
{
    QStringList lines;
    lines << tr("%1 job %2 (%3)").arg(displayName(row.service), row.name, row.id);
    if (row.stall && row.stall->stalled) {
        const qint64 since = row.stall->quietSinceMs;
        lines << tr("Stalled: running with no progress since %1 (%2).")
                     .arg(formatTime(since, now()),
                          formatLag(double(std::max<qint64>(0, now() - since))));
    }
    if (!row.healthReason.isEmpty())
        lines << row.healthReason;
    if (!row.errorMessage.isEmpty() && row.errorMessage != row.healthReason)
        lines << row.errorMessage;
    return lines.join(QLatin1Char('\n'));
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case StatusColumn:
        return tr("Status");
    case PhaseColumn:
        return tr("Phase");
    case ProgressColumn:
        return tr("Progress");
    case LagColumn:
        return tr("Lag");
    case UpdatedColumn:
        return tr("Last update");
    case HealthColumn:
        return tr("Health");
    default:
        return {};
    }
}

void JobTableModel::updateService(JobService service, QList<JobRow> rows, qint64 atMs)
{
    m_updated[std::size_t(service)] = atMs;

    QSet<QString> incoming;
    QList<JobRow> fresh;
    fresh.reserve(rows.size());
    QList<QPair<QString, bool>> stallChanges;
    for (JobRow &row : rows) {
        if (incoming.contains(row.key))
            continue;
        incoming.insert(row.key);
        row.service = service;
        const StallDetector::Change change = m_stalls.observe(row.key, row.observation);
        const auto state = m_stalls.state(row.key);
        if (state && state->stalled)
            row.stall = state;
        else
            row.stall.reset();
        if (change == StallDetector::Change::Flagged)
            stallChanges.append({row.key, true});
        else if (change == StallDetector::Change::Cleared)
            stallChanges.append({row.key, false});
        fresh.append(std::move(row));
    }

    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const JobRow &row = m_rows.at(i);
        if (row.service != service || incoming.contains(row.key))
            continue;
        beginRemoveRows({}, i, i);
        m_stalls.forget(row.key);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    reindex();

    QList<JobRow> added;
    for (JobRow &row : fresh) {
        const auto it = m_index.constFind(row.key);
        if (it == m_index.constEnd()) {
            added.append(std::move(row));
            continue;
        }
        m_rows[*it] = std::move(row);
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
        reindex();
    }
    for (const auto &[key, stalled] : stallChanges)
        Q_EMIT stallChanged(key, stalled);
}

qint64 JobTableModel::lastUpdateMs(JobService service) const
{
    return m_updated[std::size_t(service)];
}

qint64 JobTableModel::lastUpdateMs() const
{
    qint64 latest = 0;
    for (qint64 t : m_updated)
        latest = std::max(latest, t);
    return latest;
}

const JobRow *JobTableModel::job(const QString &key) const
{
    const int i = rowOf(key);
    return i < 0 ? nullptr : &m_rows.at(i);
}

int JobTableModel::rowOf(const QString &key) const
{
    return m_index.value(key, -1);
}

void JobTableModel::setStallConfig(const StallConfig &config)
{
    m_stallConfig = config;
    m_stalls = StallTracker(config);
}

void JobTableModel::setClock(std::function<qint64()> nowMs)
{
    m_clock = nowMs ? std::move(nowMs) : std::function<qint64()>(systemNow);
}

void JobTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows.at(i).key, i);
}

qint64 JobTableModel::now() const
{
    return m_clock();
}

} // namespace ferry::model
