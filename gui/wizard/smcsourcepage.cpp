// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcsourcepage.h"

#include "gui/safety/nameresolutionview.h"
#include "gui/safety/smcprerequisitesview.h"
#include "gui/session.h"
#include "gui/wizard/smcwizard.h"
#include "model/wireenum.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum Column
{
    NameColumn,
    IdColumn,
    StateColumn,
    AgentColumn,
    PlatformColumn,
    ColumnCount
};

QString agentText(model::SmcAgentPresence presence)
{
    switch (presence) {
    case model::SmcAgentPresence::Online:
        return SmcSourcePage::tr("Online");
    case model::SmcAgentPresence::Offline:
        return SmcSourcePage::tr("Offline");
    case model::SmcAgentPresence::Unknown:
        break;
    }
    return SmcSourcePage::tr("Unknown");
}

} // namespace

SmcSourcePage::SmcSourcePage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("smcSourcePage"));
    setTitle(tr("Source server"));
    setSubTitle(tr("Choose the server to migrate. SMC copies it through the agent installed on "
                   "it, so the agent must be online."));
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("smcServerTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Source server ID"), tr("State"), tr("Agent"), tr("Platform")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    auto *listRow = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("smcRefreshServers"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("smcServerStatus"));
    m_status->setWordWrap(true);
    listRow->addWidget(m_refresh);
    listRow->addWidget(m_status, 1);
    layout->addLayout(listRow);

    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Or type its &name:"), this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("smcServerName"));
    nameLabel->setBuddy(m_nameEdit);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("smcFindServer"));
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_find);
    layout->addLayout(nameRow);

    m_resolution = new NameResolutionView(this);
    m_resolution->setObjectName(QStringLiteral("smcServerResolution"));
    m_resolution->setObjectKind(NameResolutionView::kindName(ResourceKind::SmcServer));
    m_resolution->hide();
    layout->addWidget(m_resolution, 1);
    m_confirmPick = new QPushButton(tr("&Use the selected server"), this);
    m_confirmPick->setObjectName(QStringLiteral("smcConfirmServer"));
    m_confirmPick->hide();
    m_confirmPick->setEnabled(false);
    layout->addWidget(m_confirmPick, 0, Qt::AlignRight);

    m_chosenLabel = new QLabel(tr("No server chosen yet."), this);
    m_chosenLabel->setObjectName(QStringLiteral("smcChosenServer"));
    m_chosenLabel->setWordWrap(true);
    layout->addWidget(m_chosenLabel);
    m_prerequisites = new SmcPrerequisitesView(this);
    m_prerequisites->hide();
    layout->addWidget(m_prerequisites, 1);
    m_blocked = new QLabel(tr("This server cannot be migrated until every check above passes. "
                              "Fix what it says, then press Refresh."),
                           this);
    m_blocked->setObjectName(QStringLiteral("smcServerBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_blocked->hide();
    layout->addWidget(m_blocked);

    connect(m_refresh, &QPushButton::clicked, this, &SmcSourcePage::refresh);
    connect(m_find, &QPushButton::clicked, this, &SmcSourcePage::resolveTypedName);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &SmcSourcePage::resolveTypedName);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &SmcSourcePage::tableSelectionChanged);
    connect(m_resolution, &NameResolutionView::selectionChanged, this,
            [this] { m_confirmPick->setEnabled(m_resolution->selectedCandidate().has_value()); });
    connect(m_confirmPick, &QPushButton::clicked, this,
            [this] { m_resolution->confirmSelection(); });
    connect(m_resolution, &NameResolutionView::resolved, this,
            [this](const model::NameCandidate &c) { choose(c.id); });
    connect(m_prerequisites, &SmcPrerequisitesView::metChanged, this,
            &SmcSourcePage::completeChanged);
}

SmcSourcePage::~SmcSourcePage()
{
    m_call.cancel();
}

void SmcSourcePage::initializePage()
{
    if (m_servers.isEmpty() && !m_call.isActive())
        refresh();
}

void SmcSourcePage::refresh()
{
    m_call.cancel();
    m_refresh->setEnabled(false);
    m_status->setText(tr("Listing the source servers…"));
    cloudapi::SmcSourceQuery q;
    m_call = m_wizard->session()->smc().fetchAllSourceServers(
        q, this, {}, [this](cloudapi::Result<QList<model::SmcSourceServer>> r) {
            m_refresh->setEnabled(true);
            if (!r.ok()) {
                m_status->setText(m_wizard->reportError(r.error()));
                return;
            }
            m_servers = std::move(r).value();
            m_status->setText(tr("%n source server(s).", nullptr, int(m_servers.size())));
            fillTable();
            if (m_chosen)
                choose(m_chosen->sourceId); // show its state as listed now
        });
}

void SmcSourcePage::fillTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_servers.size()));
    for (int r = 0; r < m_servers.size(); ++r) {
        const model::SmcSourceServer &s = m_servers[r];
        const QStringList cells = {s.name, s.sourceId, model::displayName(s.state),
                                   agentText(model::agentPresence(s)), s.platform};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    m_filling = false;
}

void SmcSourcePage::resolveTypedName()
{
    QList<model::NameCandidate> candidates;
    for (const model::SmcSourceServer &s : std::as_const(m_servers))
        candidates.append(model::nameCandidate(s));
    // A new name means a new question: nothing stays chosen until it is answered.
    m_chosen.reset();
    m_filling = true;
    m_table->clearSelection();
    m_filling = false;
    m_chosenLabel->setText(tr("No server chosen yet."));
    m_prerequisites->hide();
    m_blocked->hide();
    const model::Resolution resolution = model::resolveName(m_nameEdit->text(), candidates);
    m_resolution->show();
    m_confirmPick->setVisible(resolution.needsPick());
    m_confirmPick->setEnabled(false);
    Q_EMIT completeChanged();
    m_resolution->setResolution(resolution); // an exact match is chosen through resolved()
}

void SmcSourcePage::tableSelectionChanged()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row >= 0 && row < m_servers.size())
        choose(m_servers[row].sourceId);
}

void SmcSourcePage::choose(const QString &sourceId)
{
    const auto it =
        std::find_if(m_servers.cbegin(), m_servers.cend(),
                     [&](const model::SmcSourceServer &s) { return s.sourceId == sourceId; });
    if (it == m_servers.cend())
        return;
    m_chosen = *it;
    const int row = int(it - m_servers.cbegin());
    m_filling = true;
    m_table->selectRow(row);
    m_filling = false;
    m_chosenLabel->setText(
        tr("Chosen: %1 (%2), %3.").arg(it->name, it->sourceId, model::displayName(it->state)));
    m_prerequisites->setSourceServer(*it);
    m_prerequisites->show();
    m_blocked->setVisible(!m_prerequisites->allMet());
    Q_EMIT completeChanged();
}

bool SmcSourcePage::isComplete() const
{
    return m_chosen.has_value() && m_prerequisites->allMet();
}

bool SmcSourcePage::validatePage()
{
    if (!isComplete())
        return false;
    SmcWizardSettings &s = m_wizard->settings();
    if (s.sourceId != m_chosen->sourceId) {
        s.sourceId = m_chosen->sourceId;
        s.sourceName = m_chosen->name;
        s.systemDiskSizeGiB = 0; // the target page proposes the new server's disks
        s.dataDisks.clear();
    }
    return true;
}

} // namespace ferry::gui
