// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsdatasourcepage.h"

#include "cloudapi/mmsclient.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/maskedconfigview.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/wizard/mmsprerequisitespage.h"
#include "gui/wizard/mmswizard.h"
#include "model/nameresolution.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum Column
{
    NameColumn,
    IdColumn,
    TypeColumn,
    RegionColumn,
    StatusColumn,
    AgentColumn,
    ScanColumn,
    ColumnCount
};

} // namespace

MmsDataSourcePage::MmsDataSourcePage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsDataSourcePage"));
    setTitle(tr("Data Source"));
    setSubTitle(tr("Choose where the data comes from. Data sources are created in the MaxCompute "
                   "console; refresh the list after creating one."));
    auto *layout = new QVBoxLayout(this);

    auto *findRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Data source &name:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceNameEdit"));
    m_name->setPlaceholderText(tr("Type a name, e.g. hive_prod"));
    nameLabel->setBuddy(m_name);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findSource"));
    findRow->addWidget(nameLabel);
    findRow->addWidget(m_name, 1);
    findRow->addWidget(m_find);
    layout->addLayout(findRow);

    m_resolution = new NameResolutionView(this);
    m_resolution->setObjectKind(NameResolutionView::kindName(ResourceKind::DataSource));
    m_resolution->setVisible(false);
    layout->addWidget(m_resolution);
    m_useSelected = new QPushButton(tr("&Use the Selected Data Source"), this);
    m_useSelected->setObjectName(QStringLiteral("useSelectedSource"));
    m_useSelected->setVisible(false);
    m_useSelected->setEnabled(false);
    layout->addWidget(m_useSelected, 0, Qt::AlignRight);

    m_table = new CopyableTable(this);
    m_table->setObjectName(QStringLiteral("sourceTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID"), tr("Type"), tr("Region"),
                                        tr("Status"), tr("Agent"), tr("Metadata")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sourceStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshSources"));
    m_console = new QPushButton(tr("Create in &Console…"), this);
    m_console->setObjectName(QStringLiteral("createInConsole"));
    m_console->setToolTip(tr("Data sources are created in the MaxCompute console, not by Ferry"));
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_console);
    layout->addLayout(buttons);

    auto *details = new QGroupBox(tr("Chosen data source"), this);
    auto *detailsLayout = new QVBoxLayout(details);
    m_chosenLabel = new QLabel(tr("None yet."), details);
    m_chosenLabel->setObjectName(QStringLiteral("chosenSource"));
    m_chosenLabel->setWordWrap(true);
    detailsLayout->addWidget(m_chosenLabel);
    m_config = new MaskedConfigView(details);
    m_config->setObjectName(QStringLiteral("sourceConfig"));
    detailsLayout->addWidget(m_config, 1);
    layout->addWidget(details, 2);

    connect(m_find, &QPushButton::clicked, this, &MmsDataSourcePage::findTyped);
    connect(m_name, &QLineEdit::returnPressed, this, &MmsDataSourcePage::findTyped);
    connect(m_refresh, &QPushButton::clicked, this, &MmsDataSourcePage::refresh);
    connect(m_console, &QPushButton::clicked, this, &MmsDataSourcePage::openConsole);
    connect(m_resolution, &NameResolutionView::selectionChanged, this,
            [this] { m_useSelected->setEnabled(m_resolution->selectedCandidate().has_value()); });
    connect(m_useSelected, &QPushButton::clicked, this,
            [this] { m_resolution->confirmSelection(); });
    connect(m_resolution, &NameResolutionView::resolved, this,
            [this](const model::NameCandidate &candidate) {
                m_useSelected->setEnabled(false);
                choose(candidate.id.toLongLong());
            });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &MmsDataSourcePage::onTableSelection);
}

MmsDataSourcePage::~MmsDataSourcePage() = default;

void MmsDataSourcePage::initializePage()
{
    if (m_sources.isEmpty() && !m_listCall.isActive())
        refresh();
}

bool MmsDataSourcePage::isComplete() const
{
    return m_chosen.has_value() && m_wizard.settings().sourceId == m_chosen->id;
}

void MmsDataSourcePage::refresh()
{
    if (!m_wizard.session())
        return;
    m_listCall.cancel();
    m_status->setText(tr("Listing data sources…"));
    m_refresh->setEnabled(false);
    m_listCall = m_wizard.mms().fetchAllDataSources(
        {}, this, {}, [this](cloudapi::Result<QList<model::MmsDataSource>> r) {
            m_refresh->setEnabled(true);
            if (!r) {
                m_status->setText(m_wizard.reportError(r.error()));
                return;
            }
            m_sources = std::move(r).value();
            m_status->setText(tr("%n data source(s).", nullptr, int(m_sources.size())));
            fillTable();
            Q_EMIT sourcesListed();
        });
}

void MmsDataSourcePage::fillTable()
{
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_sources.size()));
    for (int row = 0; row < m_sources.size(); ++row) {
        const model::MmsDataSource &s = m_sources.at(row);
        QString agent = tr("n/a");
        if (s.agentIsOnline)
            agent = *s.agentIsOnline ? tr("online") : tr("offline");
        const QString scan =
            s.scanStatus.isPresent() ? model::displayName(s.scanStatus) : tr("not scanned");
        const QStringList cells = {s.name,   QString::number(s.id),        s.type,
                                   s.region, model::displayName(s.status), agent,
                                   scan};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(row, c, item);
        }
        if (m_chosen && m_chosen->id == s.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
}

void MmsDataSourcePage::findTyped()
{
    const QString typed = m_name->text();
    if (typed.trimmed().isEmpty())
        return;
    QList<model::NameCandidate> candidates;
    for (const model::MmsDataSource &s : std::as_const(m_sources))
        candidates.append(model::nameCandidate(s));
    m_resolution->setVisible(true);
    const model::Resolution resolution = model::resolveName(typed, candidates);
    m_useSelected->setVisible(resolution.needsPick());
    m_useSelected->setEnabled(false);
    // An exact match emits resolved() from here.
    m_resolution->setResolution(resolution);
}

void MmsDataSourcePage::openConsole()
{
    QDesktopServices::openUrl(MmsWizard::consoleUrl(m_wizard.consoleRegion()));
}

void MmsDataSourcePage::onTableSelection()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    if (!m_chosen || m_chosen->id != id)
        choose(id);
}

void MmsDataSourcePage::choose(qint64 sourceId)
{
    const auto it = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                 [sourceId](const auto &s) { return s.id == sourceId; });
    if (it == m_sources.cend())
        return;
    MmsWizardSettings &s = m_wizard.settings();
    if (s.sourceId != sourceId) {
        // Everything chosen for another source no longer applies.
        const MmsWizardSettings fresh;
        s = fresh;
    }
    s.sourceId = it->id;
    s.sourceName = it->name;
    s.sourceType = it->type;
    s.sourceRegion = it->region;
    s.dstProject = it->dstProject;
    s.scanFinished = it->scanStatus == model::MmsScanStatus::Done;
    m_chosen = *it;
    m_chosenLabel->setText(
        tr("%1 (ID %2, %3, %4)").arg(it->name).arg(it->id).arg(it->type, it->region));
    m_config->clear();
    m_wizard.prerequisitesPage()->setDataSource(*it);
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong() == sourceId)
            m_table->selectRow(row);
    }
    m_filling = false;
    Q_EMIT completeChanged();

    m_getCall.cancel();
    const QString lang = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                          : QStringLiteral("en_US");
    m_getCall = m_wizard.mms().getDataSource(
        sourceId, true, lang, this, [this, sourceId](cloudapi::Result<model::MmsDataSource> r) {
            if (!r) {
                m_status->setText(m_wizard.reportError(r.error()));
                return;
            }
            if (!m_chosen || m_chosen->id != sourceId)
                return;
            model::MmsDataSource full = std::move(r).value();
            m_config->setDataSource(full);
            // Only what the page shows is kept: the configuration's values are not.
            full.config.clear();
            if (full.dstProject.isEmpty())
                full.dstProject = m_chosen->dstProject;
            m_chosen = full;
            m_wizard.settings().dstProject = full.dstProject;
            m_wizard.prerequisitesPage()->setDataSource(full);
            Q_EMIT sourceLoaded();
        });
}

} // namespace ferry::gui
