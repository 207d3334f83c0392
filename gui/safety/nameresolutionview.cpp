// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/nameresolutionview.h"

#include "gui/safety/copyabletable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

namespace {

enum Column
{
    NameColumn,
    IdColumn,
    TypeColumn,
    RegionColumn,
    StatusColumn,
    CreatedColumn,
    MatchColumn,
    NoteColumn,
    ColumnCount
};

QString createdText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

NameResolutionView::NameResolutionView(QWidget *parent)
    : QWidget(parent)
    , m_kind(tr("resource"))
    , m_message(new QLabel(this))
    , m_table(new CopyableTable(this))
    , m_similar(new QLabel(this))
{
    setObjectName(QStringLiteral("nameResolutionView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("resolutionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);

    m_table->setObjectName(QStringLiteral("resolutionCandidates"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID"), tr("Type"), tr("Region"),
                                        tr("Status"), tr("Created"), tr("Match"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Candidates"));
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &NameResolutionView::selectionChanged);

    m_similar->setObjectName(QStringLiteral("resolutionSimilar"));
    m_similar->setWordWrap(true);
    m_similar->setTextFormat(Qt::PlainText);
    layout->addWidget(m_similar);
    layout->addStretch(1);
    setResolution({});
}

void NameResolutionView::setObjectKind(const QString &kind)
{
    m_kind = kind;
    setResolution(m_resolution);
}

QString NameResolutionView::kindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::DataSource:
        return tr("data source");
    case ResourceKind::MmsJob:
        return tr("migration job");
    case ResourceKind::MmsTask:
        return tr("task");
    case ResourceKind::DtsJob:
        return tr("DTS job");
    case ResourceKind::SmcServer:
        return tr("source server");
    case ResourceKind::SmcJob:
        return tr("replication job");
    }
    return {};
}

QString NameResolutionView::matchText(const model::NameMatch &match)
{
    switch (match.kind) {
    case model::MatchKind::Exact:
        return tr("exact");
    case model::MatchKind::CaseOnly:
        return tr("differs in case");
    case model::MatchKind::Separators:
        return tr("differs in case, _, - or spaces");
    case model::MatchKind::Prefix:
        return tr("starts like it");
    case model::MatchKind::Substring:
        return tr("contains it");
    case model::MatchKind::EditDistance:
        return tr("spelled similarly");
    }
    return {};
}

void NameResolutionView::fillTable(const QList<model::NameMatch> &matches)
{
    m_table->clearSelection();
    m_table->setRowCount(0);
    m_table->setRowCount(int(matches.size()));
    for (int row = 0; row < int(matches.size()); ++row) {
        const model::NameCandidate &c = matches[row].candidate;
        const QStringList cells = {c.name,
                                   c.id,
                                   c.type,
                                   c.region,
                                   c.status,
                                   createdText(c.created),
                                   matchText(matches[row]),
                                   c.note};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    // Columns nobody filled in (e.g. no region for SMC servers) only take room.
    for (int column = 0; column < ColumnCount; ++column) {
        bool empty = column != NameColumn && column != IdColumn;
        for (int row = 0; empty && row < m_table->rowCount(); ++row)
            empty = m_table->item(row, column)->text().isEmpty();
        m_table->setColumnHidden(column, empty && m_table->rowCount() > 0);
    }
    // Nothing is chosen for the person, not even the best match.
    m_table->setCurrentItem(nullptr);
    m_table->clearSelection();
    // As tall as the rows, up to about ten; the rest scrolls.
    const int rows = std::min(10, std::max(1, m_table->rowCount()));
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < rows && row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    m_table->setMaximumHeight(height + m_table->horizontalScrollBar()->sizeHint().height());
}

void NameResolutionView::setResolution(const model::Resolution &resolution)
{
    m_resolution = resolution;
    m_resolved.reset();
    m_similar->clear();
    m_similar->hide();
    const QString typed = resolution.typed;
    switch (resolution.kind) {
    case model::ResolutionKind::Exact: {
        const model::NameCandidate c = resolution.matches.first().candidate;
        m_message->setText(tr("Using the %1 “%2” (id %3).").arg(m_kind, c.name, c.id));
        fillTable(resolution.matches);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->show();
        if (!resolution.similar.isEmpty()) {
            QStringList names;
            for (const model::NameMatch &m : resolution.similar.mid(0, 5))
                names.append(QStringLiteral("“%1” (%2)").arg(m.candidate.name, m.candidate.id));
            m_similar->setText(tr("Not to be confused with: %1").arg(names.join(tr(", "))));
            m_similar->show();
        }
        m_resolved = c;
        Q_EMIT resolved(c);
        return;
    }
    case model::ResolutionKind::None:
        m_message->setText(typed.isEmpty()
                               ? tr("Type the name of the %1.").arg(m_kind)
                               : tr("No %1 is named “%2”, and none has a similar name. Check the "
                                    "name: it must match exactly, including case.")
                                     .arg(m_kind, typed));
        fillTable({});
        m_table->hide();
        return;
    case model::ResolutionKind::Ambiguous:
        m_message->setText(tr("These %1 candidates are all named exactly “%2”. Pick the one "
                              "you mean by what tells them apart, then confirm.")
                               .arg(resolution.matches.size())
                               .arg(typed));
        break;
    case model::ResolutionKind::FuzzyOnly:
        m_message->setText(tr("No %1 is named exactly “%2”. These have similar names; Ferry "
                              "does not choose one for you. Pick the one you mean, then confirm, "
                              "or go back and correct the name.")
                               .arg(m_kind, typed));
        break;
    }
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    fillTable(resolution.matches);
    m_table->show();
}

std::optional<model::NameCandidate> NameResolutionView::selectedCandidate() const
{
    if (!m_resolution.needsPick())
        return std::nullopt;
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_resolution.matches.size())
        return std::nullopt;
    return m_resolution.matches[row].candidate;
}

bool NameResolutionView::confirmSelection()
{
    const std::optional<model::NameCandidate> picked = selectedCandidate();
    if (!picked)
        return false;
    m_resolved = picked;
    Q_EMIT resolved(*picked);
    return true;
}

} // namespace ferry::gui
