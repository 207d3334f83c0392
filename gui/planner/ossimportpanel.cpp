// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/ossimportpanel.h"

#include "gui/planner/ossimportdialog.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "gui/planner/planprompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString describeSource(const model::OssImportPlan &j)
{
    const QString where =
        j.srcBucket.isEmpty() ? j.srcPrefix : j.srcBucket + QLatin1Char('/') + j.srcPrefix;
    return QStringLiteral("%1 %2").arg(model::toId(j.source), where);
}
} // namespace

OssImportPanel::OssImportPanel(PlanDocument &document, PlanPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add Job…"), this))
    , m_edit(new QPushButton(tr("&Open…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("ossImportPanel"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("ossImportList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Job"), tr("From"), tr("To OSS"), tr("Mode"), tr("Phase"), tr("Data"), tr("Issues")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 190);
    m_list->setColumnWidth(1, 200);
    m_list->setColumnWidth(2, 170);
    m_list->setColumnWidth(3, 90);
    m_list->setColumnWidth(4, 180);
    m_list->setColumnWidth(5, 80);
    m_add->setObjectName(QStringLiteral("ossAddButton"));
    m_add->setToolTip(tr("Plan a move from S3, COS, Azure, a local folder or HDFS to OSS "
                         "(Insert)."));
    m_edit->setToolTip(tr("Open the selected job and its generated files (Enter)."));
    connect(m_add, &QPushButton::clicked, this, [this] { addJob(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &OssImportPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OssImportPanel::updateButtons);
    new QShortcut(
        QKeySequence(Qt::Key_Insert), m_list, this, [this] { addJob(); }, Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_list, this, &OssImportPanel::removeSelected,
                  Qt::WidgetShortcut);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(&m_document, &PlanDocument::planReset, this, &OssImportPanel::rebuild);
    connect(&m_document, &PlanDocument::planEdited, this, &OssImportPanel::rebuild);
    connect(&m_document, &PlanDocument::stateChanged, this, &OssImportPanel::updateButtons);
    rebuild();
}

void OssImportPanel::rebuild()
{
    const QString keep = selectedId();
    const model::Plan &plan = m_document.plan();
    m_list->clear();
    for (const model::OssImportPlan &j : plan.ossImports) {
        const model::OssImportFiles files = model::generateOssImportConfig(j);
        int errors = 0;
        for (const model::OssImportIssue &i : files.issues)
            errors += i.severity == model::Severity::Error ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, j.id);
        item->setText(0, j.jobName);
        item->setText(1, describeSource(j));
        item->setText(2, j.destBucket + QLatin1Char('/') + j.destPrefix);
        item->setText(3, j.mode == model::OssImportMode::Distributed
                             ? tr("distributed, %n worker(s)", nullptr, int(j.workers.size()))
                             : tr("standalone"));
        item->setText(4, j.phaseId.isEmpty() ? tr("(none)") : phaseLabel(plan, j.phaseId));
        item->setText(5, j.totalBytes ? formatBytes(double(*j.totalBytes)) : QStringLiteral("—"));
        item->setText(6, errors > 0 ? tr("%n error(s)", nullptr, errors)
                                    : (files.issues.isEmpty() ? tr("none")
                                                              : tr("%n warning(s)", nullptr,
                                                                   int(files.issues.size()))));
        if (errors > 0)
            item->setForeground(6, QColor(0xcf, 0x22, 0x2e));
        if (j.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_summary->setText(
        plan.ossImports.isEmpty()
            ? tr("No object storage moves are planned. Add a job to move a bucket or folder to "
                 "OSS with ossimport: Ferry checks the settings and writes local_job.cfg or "
                 "job.cfg and sys.properties for you.")
            : tr("Object storage moves with ossimport. Open a job to see and save its generated "
                 "configuration files."));
    updateButtons();
}

QString OssImportPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void OssImportPanel::updateButtons()
{
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    m_add->setEnabled(editable);
    m_edit->setEnabled(!selectedId().isEmpty());
    m_remove->setEnabled(editable && !selectedId().isEmpty());
}

OssImportDialog *OssImportPanel::addJob()
{
    if (!m_add->isEnabled())
        return nullptr;
    model::OssImportPlan job;
    job.id = model::uniqueId(m_document.plan(), QStringLiteral("oss"));
    for (const model::Phase &p : m_document.plan().phases) {
        if (p.service == model::PlanService::OssImport && p.kind == model::PhaseKind::FullMigration)
            job.phaseId = p.id;
    }
    auto *dialog = new OssImportDialog(m_document.plan(), job, m_prompts, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const model::OssImportPlan j = dialog->job();
        m_document.edit([&](model::Plan &plan) { plan.ossImports.append(j); });
    });
    dialog->open();
    return dialog;
}

OssImportDialog *OssImportPanel::editSelected()
{
    const QString id = selectedId();
    const model::OssImportPlan *found = nullptr;
    for (const model::OssImportPlan &j : m_document.plan().ossImports) {
        if (j.id == id)
            found = &j;
    }
    if (!found)
        return nullptr;
    auto *dialog =
        new OssImportDialog(m_document.plan(), *found, m_prompts, m_document.isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const model::OssImportPlan j = dialog->job();
        m_document.edit([&](model::Plan &plan) {
            for (model::OssImportPlan &o : plan.ossImports) {
                if (o.id == id)
                    o = j;
            }
        });
    });
    dialog->open();
    return dialog;
}

void OssImportPanel::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    const QString id = selectedId();
    QString name = id;
    for (const model::OssImportPlan &j : m_document.plan().ossImports) {
        if (j.id == id)
            name = j.jobName;
    }
    m_prompts.confirm(
        tr("Remove OSSImport Job"), tr("Remove the OSSImport job \"%1\" from the plan?").arg(name),
        tr("&Remove"), [this, id](bool yes) {
            if (!yes)
                return;
            m_document.edit([&](model::Plan &plan) {
                plan.ossImports.removeIf([&](const model::OssImportPlan &o) { return o.id == id; });
            });
        });
}

} // namespace ferry::gui
