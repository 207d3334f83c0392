// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/plannerpage.h"

#include "gui/planner/estimatespanel.h"
#include "gui/planner/findingslist.h"
#include "gui/planner/gatespanel.h"
#include "gui/planner/ossimportpanel.h"
#include "gui/planner/phasedelegate.h"
#include "gui/planner/phasedialog.h"
#include "gui/planner/phaseedits.h"
#include "gui/planner/phasetablemodel.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "gui/planner/planprompts.h"
#include "gui/planner/rollbackpanel.h"
#include "model/plansequencing.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::gui {

PlannerPage::~PlannerPage()
{
    // Closing the window moves focus out of the name and description edits while QWidget's
    // destructor runs, after this page's members are gone: their editingFinished must not reach
    // the page (or the document) any more.
    disconnect(m_name, nullptr, this, nullptr);
    disconnect(m_description, nullptr, this, nullptr);
}

PlannerPage::PlannerPage(PlanDocument &document, PlanPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_model(new PhaseTableModel(document, this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("plannerPage"));
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createEditor());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_document, &PlanDocument::planReset, this, &PlannerPage::onReset);
    connect(&m_document, &PlanDocument::planEdited, this, &PlannerPage::onEdited);
    connect(&m_document, &PlanDocument::stateChanged, this, &PlannerPage::updateState);
    connect(m_model, &PhaseTableModel::editRejected, this, &PlannerPage::showEditError);
    onReset();
}

QWidget *PlannerPage::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("plannerEmptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(16);
    auto *title = new QLabel(tr("No plan open"), page);
    title->setObjectName(QStringLiteral("plannerEmptyTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *body = new QLabel(page);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setText(tr("<p>A cutover plan lists the phases of a migration in order (assessment, "
                     "backup check, full and incremental migration, checks, cutovers, rollback "
                     "window, decommission), the go/no-go gates before each cutover, how to roll "
                     "each phase back and how long each should take.</p>"
                     "<p><b>What to do next</b></p><ul>"
                     "<li>Open the <b>sample plan</b> to see a complete migration of a shop "
                     "platform: database with DTS, servers with SMC, a Hive warehouse with MMS "
                     "and a media bucket with OSSImport.</li>"
                     "<li>Start a <b>new plan</b> (Ctrl+N), or open one from a file "
                     "(Ctrl+O).</li></ul>"));
    auto *buttons = new QHBoxLayout;
    auto *sample = new QPushButton(tr("Open &Sample Plan"), page);
    sample->setObjectName(QStringLiteral("emptyOpenSample"));
    auto *fresh = new QPushButton(tr("&New Plan"), page);
    auto *open = new QPushButton(tr("&Open Plan…"), page);
    connect(sample, &QPushButton::clicked, this, &PlannerPage::openSampleRequested);
    connect(fresh, &QPushButton::clicked, this, &PlannerPage::newPlanRequested);
    connect(open, &QPushButton::clicked, this, &PlannerPage::openPlanRequested);
    buttons->addWidget(sample);
    buttons->addWidget(fresh);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

QAction *PlannerPage::addEditAction(const QString &text, const QKeySequence &key,
                                    const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    m_table->addAction(action);
    m_editActions << action;
    return action;
}

QWidget *PlannerPage::createEditor()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("plannerEditor"));

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("planName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setFrame(false);
    m_name->setPlaceholderText(tr("Name of the plan"));
    m_name->setToolTip(tr("The plan's name, shown in the timeline and the report."));
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("planDescription"));
    m_description->setPlaceholderText(tr("What this migration moves, and in which order"));
    m_description->setFrame(false);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        if (name != m_document.plan().name)
            m_document.edit([&](model::Plan &plan) { plan.name = name; });
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_description->text().trimmed();
        if (text != m_document.plan().description)
            m_document.edit([&](model::Plan &plan) { plan.description = text; });
    });
    auto *timeline = new QPushButton(tr("Manager &Timeline"), page);
    timeline->setToolTip(tr("The plan as a Gantt chart of planned against actual dates, with "
                            "gates, the point of no return and the risks (Ctrl+3)."));
    connect(timeline, &QPushButton::clicked, this, &PlannerPage::timelineRequested);
    auto *titleRow = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_name);
    titles->addWidget(m_description);
    titleRow->addLayout(titles, 1);
    titleRow->addWidget(timeline, 0, Qt::AlignTop);

    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#ddf4ff;color:#0a3069;padding:6px;"
                                           "border:1px solid #54aeff;border-radius:3px;"));
    m_editCopy = new QPushButton(tr("&Edit a Copy"), page);
    m_editCopy->setObjectName(QStringLiteral("editCopyButton"));
    m_editCopy->setToolTip(tr("Make an untitled copy of this plan that you can change and save "
                              "under a name of your own."));
    connect(m_editCopy, &QPushButton::clicked, this, [this] { m_document.makeEditableCopy(); });
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_editCopy);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("phaseTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PhaseDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(PhaseTableModel::IdColumn, 95);
    m_table->setColumnWidth(PhaseTableModel::KindColumn, 150);
    m_table->setColumnWidth(PhaseTableModel::ServiceColumn, 75);
    m_table->setColumnWidth(PhaseTableModel::TitleColumn, 250);
    m_table->setColumnWidth(PhaseTableModel::OwnerColumn, 170);
    for (int c = PhaseTableModel::PlannedStartColumn; c <= PhaseTableModel::ActualEndColumn; ++c)
        m_table->setColumnWidth(c, 125);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("F2 edits a cell, Enter opens the phase, Insert adds a phase, Delete "
                           "removes it, Ctrl+Up/Down moves it."));
    connect(m_table, &QTableView::activated, this, [this] { editSelectedPhase(); });

    QAction *add = addEditAction(tr("&Add Phase…"), QKeySequence(Qt::Key_Insert),
                                 tr("Add a phase after the selected one (Insert)."));
    add->setObjectName(QStringLiteral("addPhaseAction"));
    connect(add, &QAction::triggered, this, [this] { addPhase(); });
    auto *edit = new QAction(tr("&Edit Phase…"), this);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->setToolTip(tr("Edit every field of the selected phase (Enter or Ctrl+E)."));
    edit->setObjectName(QStringLiteral("editPhaseAction"));
    m_table->addAction(edit);
    connect(edit, &QAction::triggered, this, [this] { editSelectedPhase(); });
    QAction *remove = addEditAction(tr("&Remove Phase"), QKeySequence::Delete,
                                    tr("Remove the selected phase (Delete)."));
    remove->setObjectName(QStringLiteral("removePhaseAction"));
    connect(remove, &QAction::triggered, this, &PlannerPage::removeSelectedPhase);
    QAction *up = addEditAction(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                                tr("Move the selected phase up in the plan order (Ctrl+Up)."));
    up->setObjectName(QStringLiteral("movePhaseUpAction"));
    connect(up, &QAction::triggered, this, [this] { moveSelectedPhase(-1); });
    QAction *down = addEditAction(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                                  tr("Move the selected phase down in the plan order "
                                     "(Ctrl+Down)."));
    down->setObjectName(QStringLiteral("movePhaseDownAction"));
    connect(down, &QAction::triggered, this, [this] { moveSelectedPhase(1); });
    QAction *clear = addEditAction(tr("&Clear Date"), QKeySequence(Qt::Key_Backspace),
                                   tr("Clear the selected date (Backspace)."));
    clear->setObjectName(QStringLiteral("clearDateAction"));
    connect(clear, &QAction::triggered, this, &PlannerPage::clearSelectedDate);

    auto *toolbar = new QHBoxLayout;
    auto *phasesTitle = new QLabel(tr("<b>Phases</b>"), page);
    toolbar->addWidget(phasesTitle);
    toolbar->addSpacing(8);
    for (QAction *a : {add, edit, remove, up, down}) {
        auto *button = new QToolButton(page);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        toolbar->addWidget(button);
    }
    toolbar->addStretch(1);

    m_editError = new QLabel(page);
    m_editError->setObjectName(QStringLiteral("phaseEditError"));
    m_editError->setWordWrap(true);
    m_editError->setStyleSheet(QStringLiteral("color:#cf222e;"));
    m_editError->hide();

    auto *phasesBox = new QWidget(page);
    auto *phasesLayout = new QVBoxLayout(phasesBox);
    phasesLayout->setContentsMargins(0, 0, 0, 0);
    phasesLayout->addLayout(toolbar);
    phasesLayout->addWidget(m_table, 1);
    phasesLayout->addWidget(m_editError);

    m_findings = new FindingsList(page);
    connect(m_findings, &FindingsList::phaseActivated, this, &PlannerPage::selectPhase);

    auto *top = new QSplitter(Qt::Horizontal, page);
    top->addWidget(phasesBox);
    top->addWidget(m_findings);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setSizes({900, 340});

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("plannerTabs"));
    m_gates = new GatesPanel(m_document, m_tabs);
    m_rollback = new RollbackPanel(m_document, m_tabs);
    m_estimates = new EstimatesPanel(m_document, m_tabs);
    m_ossImports = new OssImportPanel(m_document, m_prompts, m_tabs);
    m_tabs->addTab(m_gates, tr("&Gates"));
    m_tabs->addTab(m_rollback, tr("&Rollback"));
    m_tabs->addTab(m_estimates, tr("E&stimates"));
    m_tabs->addTab(m_ossImports, tr("Object Storage (OSS&Import)"));

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedPhaseId();
        if (id.isEmpty())
            return;
        m_rollback->showPhase(id);
        m_estimates->showPhase(id);
    });

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(titleRow);
    layout->addLayout(bannerRow);
    layout->addWidget(split, 1);
    return page;
}

void PlannerPage::onReset()
{
    m_stack->setCurrentIndex(m_document.hasPlan() ? 1 : 0);
    m_editError->hide();
    onEdited();
    if (m_document.hasPlan() && !m_document.plan().phases.isEmpty())
        selectPhase(m_document.plan().phases.first().id);
    updateState();
}

void PlannerPage::onEdited()
{
    const model::Plan &plan = m_document.plan();
    const QList<model::SequencingFinding> findings = model::checkSequencing(plan);
    m_model->setFindings(findings);
    m_findings->setFindings(findings, !plan.phases.isEmpty());
    if (!m_name->hasFocus())
        m_name->setText(plan.name);
    if (!m_description->hasFocus()) {
        m_description->setText(plan.description);
        m_description->setCursorPosition(0); // long descriptions show their beginning
        m_description->setToolTip(plan.description);
    }
    m_editError->hide();
}

void PlannerPage::updateState()
{
    const bool readOnly = m_document.isReadOnly();
    const bool sample = m_document.origin() == PlanDocument::Origin::Sample;
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_banner->setVisible(readOnly);
    m_editCopy->setVisible(readOnly && sample);
    m_banner->setText(sample ? tr("This is the sample plan, opened read-only. To change it, edit "
                                  "a copy and save it under a name of your own.")
                             : tr("This plan is open read-only."));
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(!readOnly && m_document.hasPlan());
}

void PlannerPage::showEditError(const QString &text)
{
    m_editError->setText(text);
    m_editError->show();
}

QString PlannerPage::editError() const
{
    return m_editError->isHidden() ? QString() : m_editError->text();
}

QString PlannerPage::selectedPhaseId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->phaseIdAt(index.row()) : QString();
}

void PlannerPage::selectPhase(const QString &phaseId)
{
    const int row = m_model->rowOf(phaseId);
    if (row < 0)
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_model->index(row, column));
}

PhaseDialog *PlannerPage::addPhase()
{
    if (m_document.isReadOnly() || !m_document.hasPlan())
        return nullptr;
    const QString after = selectedPhaseId();
    const int row = after.isEmpty() ? m_model->rowCount() : m_model->rowOf(after) + 1;
    auto *dialog = new PhaseDialog(m_document.plan(),
                                   phaseedits::newPhase(m_document.plan(), after), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const model::Phase p = dialog->phase();
        if (m_model->insertPhase(row, p))
            selectPhase(p.id);
    });
    dialog->open();
    return dialog;
}

PhaseDialog *PlannerPage::editSelectedPhase()
{
    const model::Phase *p = m_document.plan().phase(selectedPhaseId());
    if (!p || m_document.isReadOnly())
        return nullptr;
    auto *dialog = new PhaseDialog(m_document.plan(), *p, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const model::Phase edited = dialog->phase();
        m_model->replacePhase(edited);
        selectPhase(edited.id);
    });
    dialog->open();
    return dialog;
}

void PlannerPage::removeSelectedPhase()
{
    const QString id = selectedPhaseId();
    if (id.isEmpty() || m_document.isReadOnly())
        return;
    if (const QString blocker = phaseedits::removalBlocker(m_document.plan(), id);
        !blocker.isEmpty()) {
        showEditError(blocker);
        return;
    }
    QString text = tr("Remove the phase %1?").arg(phaseLabel(m_document.plan(), id));
    const QStringList more = phaseedits::removalConsequences(m_document.plan(), id);
    if (!more.isEmpty())
        text += QLatin1String("\n\n") + more.join(QLatin1Char('\n'));
    m_prompts.confirm(tr("Remove Phase"), text, tr("&Remove"), [this, id](bool yes) {
        const int row = m_model->rowOf(id);
        if (!yes || row < 0)
            return;
        m_model->removePhaseAt(row);
        const int next = std::min(row, m_model->rowCount() - 1);
        if (next >= 0)
            selectPhase(m_model->phaseIdAt(next));
    });
}

void PlannerPage::moveSelectedPhase(int delta)
{
    const QString id = selectedPhaseId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (m_model->movePhase(row, row + delta))
        selectPhase(id);
}

void PlannerPage::clearSelectedDate()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.column() < PhaseTableModel::PlannedStartColumn ||
        index.column() > PhaseTableModel::ActualEndColumn)
        return;
    m_model->setData(index, QVariant());
}

} // namespace ferry::gui
