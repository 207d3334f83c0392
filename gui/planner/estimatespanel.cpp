// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/estimatespanel.h"

#include "gui/planner/estimatetext.h"
#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "model/estimates.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <cstring>

namespace ferry::gui {

namespace {

constexpr double kGB = 1e9;
constexpr int kPhaseRole = Qt::UserRole + 1;

bool is(const char *key, const char *name)
{
    return std::strcmp(key, name) == 0;
}

// Which workload figures the estimate of a phase of this kind and service reads.
QStringList relevantKeys(const model::Phase &p)
{
    using model::PhaseKind;
    using model::PlanService;
    QStringList keys;
    if (p.kind == PhaseKind::Schema) {
        keys = {QStringLiteral("objects")};
    } else if (p.kind == PhaseKind::FullMigration || p.kind == PhaseKind::IncrementalSync) {
        const bool full = p.kind == PhaseKind::FullMigration;
        switch (p.service) {
        case PlanService::Dts:
            keys = full ? QStringList{QStringLiteral("rows"), QStringLiteral("rowsPerSecond")}
                        : QStringList{QStringLiteral("rows"), QStringLiteral("changeRowsPerSecond"),
                                      QStringLiteral("rowsPerSecond")};
            break;
        case PlanService::Smc:
            keys =
                full
                    ? QStringList{QStringLiteral("dataBytes"), QStringLiteral("diskReadMBps"),
                                  QStringLiteral("bandwidthMbps")}
                    : QStringList{QStringLiteral("diskBytes"), QStringLiteral("changedBytesPerRun"),
                                  QStringLiteral("diskReadMBps"), QStringLiteral("bandwidthMbps")};
            break;
        case PlanService::Mms:
            keys = {QStringLiteral("dataBytes"), QStringLiteral("throughputMBps")};
            break;
        case PlanService::OssImport:
            keys = {QStringLiteral("dataBytes"), QStringLiteral("objects"),
                    QStringLiteral("bandwidthMbps")};
            break;
        case PlanService::General:
            keys = full ? QStringList{QStringLiteral("dataBytes"), QStringLiteral("bandwidthMbps")}
                        : QStringList{};
            break;
        }
    }
    keys << QStringLiteral("fixedSeconds");
    return keys;
}

double orZero(const std::optional<qint64> &v, double scale = 1.0)
{
    return v ? double(*v) / scale : 0.0;
}

double orZero(const std::optional<double> &v)
{
    return v.value_or(0.0);
}

std::optional<qint64> integral(double v, double scale = 1.0)
{
    if (v <= 0)
        return std::nullopt;
    return qint64(std::llround(v * scale));
}

std::optional<double> real(double v)
{
    if (v <= 0)
        return std::nullopt;
    return v;
}

} // namespace

EstimatesPanel::EstimatesPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_workloadBox(new QGroupBox(this))
    , m_workloadForm(new QFormLayout)
{
    setObjectName(QStringLiteral("estimatesPanel"));
    m_summary->setObjectName(QStringLiteral("criticalPath"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("estimatesTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAllColumnsShowFocus(true);
    m_table->setHeaderLabels(
        {tr("Phase"), tr("Estimate"), tr("Planned"), tr("Assumptions"), tr("How")});
    m_table->header()->setStretchLastSection(false);
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(1, 115);
    m_table->setColumnWidth(2, 105);
    m_table->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setColumnWidth(4, 200);
    m_table->setUniformRowHeights(true);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_phaseId = item->data(0, kPhaseRole).toString();
        loadWorkload();
    });

    auto *planBox = new QGroupBox(tr("Plan assumptions"), this);
    auto *planForm = new QFormLayout(planBox);
    const QString mbit = tr(" Mbit/s");
    const QString mbs = tr(" MB/s");
    const QString rps = tr(" rows/s");
    addField(planForm, m_planFields, "bandwidthMbps", tr("&Bandwidth:"), mbit, 1e6, 1,
             tr("Network path from the source to Alibaba Cloud."), false);
    addField(planForm, m_planFields, "bandwidthEfficiency", tr("&Efficiency:"), tr(" %"), 100, 0,
             tr("Share of the nominal bandwidth a transfer really achieves."), false);
    addField(planForm, m_planFields, "diskReadMBps", tr("&Disk read:"), mbs, 1e5, 1,
             tr("How fast SMC reads the source servers' disks."), false);
    addField(planForm, m_planFields, "dtsFullRowsPerSecond", tr("DTS &full load:"), rps, 1e8, 0,
             tr("Rows per second DTS copies during the full migration."), false);
    addField(planForm, m_planFields, "dtsApplyRowsPerSecond", tr("DTS &apply:"), rps, 1e8, 0,
             tr("Rows per second DTS applies during incremental sync."), false);
    addField(planForm, m_planFields, "mmsThroughputMBps", tr("&MMS throughput:"), mbs, 1e5, 1,
             tr("MaxCompute Migration Service copy rate."), false);
    addField(planForm, m_planFields, "mmsVerificationFactor", tr("MMS &verification:"), tr(" %"),
             1000, 0, tr("Verification time as a share of the copy time."), false);
    addField(planForm, m_planFields, "secondsPerSchemaObject", tr("Schema per &object:"), tr(" s"),
             3600, 1, tr("Seconds to migrate one table, view or index."), false);
    addField(planForm, m_planFields, "ossImportWorkers", tr("OSSImport &workers:"), QString(), 1000,
             0, tr("Machines running ossimport."), false);
    addField(planForm, m_planFields, "ossImportThreadsPerWorker", tr("&Threads per worker:"),
             QString(), 1000, 0, tr("ossimport's workerTaskThreadNum."), false);
    addField(planForm, m_planFields, "ossImportPerObjectMs", tr("Per-object &overhead:"), tr(" ms"),
             1e5, 1, tr("Request overhead per object."), false);
    addField(planForm, m_planFields, "ossImportWorkerMaxMBps", tr("Worker &cap:"), mbs, 1e5, 1,
             tr("ossimport's workerMaxThroughput per worker; 0 means unlimited."), true);

    m_workloadBox->setLayout(m_workloadForm);
    const QString gb = tr(" GB");
    addField(m_workloadForm, m_workloadFields, "dataBytes", tr("Data &volume:"), gb, 1e7, 1,
             tr("Bytes to copy (SMC: used disk space)."), true);
    addField(m_workloadForm, m_workloadFields, "rows", tr("&Rows:"), QString(), 1e13, 0,
             tr("DTS: rows to load, or the backlog to drain during incremental sync."), true);
    addField(m_workloadForm, m_workloadFields, "objects", tr("Ob&jects:"), QString(), 1e12, 0,
             tr("Schema objects, or objects to import."), true);
    addField(m_workloadForm, m_workloadFields, "diskBytes", tr("Disk &size:"), gb, 1e7, 1,
             tr("SMC: total disk size an incremental run compares."), true);
    addField(m_workloadForm, m_workloadFields, "changedBytesPerRun", tr("C&hanged per run:"), gb,
             1e7, 1, tr("SMC: data changed between incremental runs."), true);
    addField(m_workloadForm, m_workloadFields, "changeRowsPerSecond", tr("Source &changes:"), rps,
             1e8, 1, tr("DTS: rows per second the source writes during the migration."), true);
    addField(m_workloadForm, m_workloadFields, "fixedSeconds", tr("Your &own estimate:"), tr(" h"),
             1e5, 2,
             tr("Hours, for phases Ferry cannot compute (checks, DNS, windows); replaces the "
                "computed estimate."),
             true);
    addField(m_workloadForm, m_workloadFields, "bandwidthMbps", tr("Band&width (this phase):"),
             mbit, 1e6, 1, tr("Replaces the plan's bandwidth for this phase."), true);
    addField(m_workloadForm, m_workloadFields, "diskReadMBps", tr("Disk read (this phase):"), mbs,
             1e5, 1, tr("Replaces the plan's disk read speed for this phase."), true);
    addField(m_workloadForm, m_workloadFields, "rowsPerSecond", tr("Rows/s (this phase):"), rps,
             1e8, 0, tr("Replaces the plan's DTS rate for this phase."), true);
    addField(m_workloadForm, m_workloadFields, "throughputMBps", tr("Throughput (this phase):"),
             mbs, 1e5, 1, tr("Replaces the plan's MMS throughput for this phase."), true);

    auto *forms = new QWidget(this);
    auto *formsLayout = new QVBoxLayout(forms);
    formsLayout->addWidget(m_workloadBox);
    formsLayout->addWidget(planBox);
    formsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(forms->sizeHint().width() + 20);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(&m_document, &PlanDocument::planReset, this, [this] {
        m_phaseId.clear();
        rebuild();
    });
    connect(&m_document, &PlanDocument::planEdited, this, &EstimatesPanel::rebuild);
    connect(&m_document, &PlanDocument::stateChanged, this, &EstimatesPanel::rebuild);
    rebuild();
}

QDoubleSpinBox *EstimatesPanel::addField(QFormLayout *form, QList<Field> &fields, const char *key,
                                         const QString &label, const QString &suffix, double max,
                                         int decimals, const QString &tip, bool optional)
{
    auto *box = new QDoubleSpinBox(this);
    const bool plan = &fields == &m_planFields;
    box->setObjectName((plan ? QStringLiteral("assumption.") : QStringLiteral("workload.")) +
                       QString::fromLatin1(key));
    box->setDecimals(decimals);
    box->setRange(optional ? 0.0 : std::pow(10.0, -decimals), max);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    box->setToolTip(tip);
    if (optional)
        box->setSpecialValueText(tr("not set"));
    form->addRow(label, box);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, key, plan](double v) {
        if (m_loading)
            return;
        if (plan)
            applyPlanFigure(key, v);
        else
            applyWorkload(key, v);
    });
    fields.append({key, box});
    return box;
}

void EstimatesPanel::showPhase(const QString &phaseId)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        if (m_table->topLevelItem(i)->data(0, kPhaseRole).toString() == phaseId) {
            m_table->setCurrentItem(m_table->topLevelItem(i));
            return;
        }
    }
}

void EstimatesPanel::rebuild()
{
    const model::Plan &plan = m_document.plan();
    const model::PlanEstimate estimate = model::estimatePlan(plan);
    const QString keep = m_phaseId;
    m_table->clear();
    for (const model::PhaseEstimate &pe : estimate.phases) {
        const model::Phase *phase = plan.phase(pe.phaseId);
        if (!phase)
            continue;
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(0, kPhaseRole, pe.phaseId);
        item->setText(0, phaseLabel(plan, pe.phaseId));
        if (estimate.criticalPath.contains(pe.phaseId)) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(0, tr("On the critical path"));
        }
        const model::EstimateResult &r = pe.estimate;
        item->setText(1, r.seconds ? durationText(*r.seconds) : QStringLiteral("—"));
        if (phase->plannedStart && phase->plannedEnd) {
            const qint64 planned = phase->plannedStart->secsTo(*phase->plannedEnd);
            item->setText(2, durationText(planned));
            if (r.seconds && *r.seconds > planned) {
                item->setForeground(1, QColor(0xbc, 0x4c, 0x00));
                item->setToolTip(1, tr("The estimate is longer than the planned time."));
            }
        }
        if (r.seconds) {
            item->setText(3, formatAssumptions(r));
            item->setToolTip(3, formatAssumptions(r) + QLatin1Char('\n') + formatTerms(r));
        } else {
            item->setText(3, estimateProblemText(r));
            item->setForeground(3, QColor(0x9a, 0x67, 0x00));
        }
        item->setText(4, r.formula.isEmpty() ? QString() : model::describeFormula(r.formula));
        item->setToolTip(4, item->text(4));
    }
    QStringList path;
    for (const QString &id : estimate.criticalPath)
        path << id;
    if (plan.phases.isEmpty())
        m_summary->setText(tr("Add phases to the plan to see how long each should take."));
    else
        m_summary->setText(
            estimate.unestimated.isEmpty()
                ? tr("Critical path: %1 (%2).")
                      .arg(durationText(estimate.criticalPathSeconds),
                           path.join(QStringLiteral(" → ")))
                : tr("Critical path: %1 (%2). Phases without an estimate count as zero: enter "
                     "their workload or your own estimate on the right (%3 left).")
                      .arg(durationText(estimate.criticalPathSeconds),
                           path.join(QStringLiteral(" → ")))
                      .arg(estimate.unestimated.size()));
    m_phaseId = keep;
    if (m_phaseId.isEmpty() && !plan.phases.isEmpty())
        m_phaseId = plan.phases.first().id;
    showPhase(m_phaseId);
    loadPlanFigures();
    loadWorkload();
}

void EstimatesPanel::loadPlanFigures()
{
    const model::EstimateAssumptions &a = m_document.plan().assumptions;
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    m_loading = true;
    for (const Field &f : std::as_const(m_planFields)) {
        double v = 0;
        if (is(f.key, "bandwidthMbps"))
            v = a.bandwidthMbps;
        else if (is(f.key, "bandwidthEfficiency"))
            v = a.bandwidthEfficiency * 100.0;
        else if (is(f.key, "diskReadMBps"))
            v = a.diskReadMBps;
        else if (is(f.key, "dtsFullRowsPerSecond"))
            v = a.dtsFullRowsPerSecond;
        else if (is(f.key, "dtsApplyRowsPerSecond"))
            v = a.dtsApplyRowsPerSecond;
        else if (is(f.key, "mmsThroughputMBps"))
            v = a.mmsThroughputMBps;
        else if (is(f.key, "mmsVerificationFactor"))
            v = a.mmsVerificationFactor * 100.0;
        else if (is(f.key, "secondsPerSchemaObject"))
            v = a.secondsPerSchemaObject;
        else if (is(f.key, "ossImportWorkers"))
            v = a.ossImportWorkers;
        else if (is(f.key, "ossImportThreadsPerWorker"))
            v = a.ossImportThreadsPerWorker;
        else if (is(f.key, "ossImportPerObjectMs"))
            v = a.ossImportPerObjectMs;
        else if (is(f.key, "ossImportWorkerMaxMBps"))
            v = a.ossImportWorkerMaxMBps;
        f.box->setValue(v);
        f.box->setReadOnly(!editable);
    }
    m_loading = false;
}

void EstimatesPanel::loadWorkload()
{
    const model::Phase *p = m_document.plan().phase(m_phaseId);
    const bool editable = m_document.hasPlan() && !m_document.isReadOnly();
    m_workloadBox->setTitle(p ? tr("Workload of %1").arg(phaseLabel(m_document.plan(), p->id))
                              : tr("Workload"));
    m_workloadBox->setEnabled(p != nullptr);
    const QStringList relevant = p ? relevantKeys(*p) : QStringList();
    m_loading = true;
    for (const Field &f : std::as_const(m_workloadFields)) {
        double v = 0;
        if (p) {
            const model::PhaseWorkload &w = p->workload;
            if (is(f.key, "dataBytes"))
                v = orZero(w.dataBytes, kGB);
            else if (is(f.key, "rows"))
                v = orZero(w.rows);
            else if (is(f.key, "objects"))
                v = orZero(w.objects);
            else if (is(f.key, "diskBytes"))
                v = orZero(w.diskBytes, kGB);
            else if (is(f.key, "changedBytesPerRun"))
                v = orZero(w.changedBytesPerRun, kGB);
            else if (is(f.key, "changeRowsPerSecond"))
                v = orZero(w.changeRowsPerSecond);
            else if (is(f.key, "fixedSeconds"))
                v = orZero(w.fixedSeconds, 3600.0);
            else if (is(f.key, "bandwidthMbps"))
                v = orZero(w.bandwidthMbps);
            else if (is(f.key, "diskReadMBps"))
                v = orZero(w.diskReadMBps);
            else if (is(f.key, "rowsPerSecond"))
                v = orZero(w.rowsPerSecond);
            else if (is(f.key, "throughputMBps"))
                v = orZero(w.throughputMBps);
        }
        f.box->setValue(v);
        f.box->setReadOnly(!editable);
        m_workloadForm->setRowVisible(f.box, relevant.contains(QLatin1String(f.key)));
    }
    m_loading = false;
}

void EstimatesPanel::applyPlanFigure(const char *key, double v)
{
    m_document.edit([&](model::Plan &plan) {
        model::EstimateAssumptions &a = plan.assumptions;
        if (is(key, "bandwidthMbps"))
            a.bandwidthMbps = v;
        else if (is(key, "bandwidthEfficiency"))
            a.bandwidthEfficiency = v / 100.0;
        else if (is(key, "diskReadMBps"))
            a.diskReadMBps = v;
        else if (is(key, "dtsFullRowsPerSecond"))
            a.dtsFullRowsPerSecond = v;
        else if (is(key, "dtsApplyRowsPerSecond"))
            a.dtsApplyRowsPerSecond = v;
        else if (is(key, "mmsThroughputMBps"))
            a.mmsThroughputMBps = v;
        else if (is(key, "mmsVerificationFactor"))
            a.mmsVerificationFactor = v / 100.0;
        else if (is(key, "secondsPerSchemaObject"))
            a.secondsPerSchemaObject = v;
        else if (is(key, "ossImportWorkers"))
            a.ossImportWorkers = int(v);
        else if (is(key, "ossImportThreadsPerWorker"))
            a.ossImportThreadsPerWorker = int(v);
        else if (is(key, "ossImportPerObjectMs"))
            a.ossImportPerObjectMs = v;
        else if (is(key, "ossImportWorkerMaxMBps"))
            a.ossImportWorkerMaxMBps = v;
    });
}

void EstimatesPanel::applyWorkload(const char *key, double v)
{
    const QString id = m_phaseId;
    m_document.edit([&](model::Plan &plan) {
        model::Phase *p = plan.phase(id);
        if (!p)
            return;
        model::PhaseWorkload &w = p->workload;
        if (is(key, "dataBytes"))
            w.dataBytes = integral(v, kGB);
        else if (is(key, "rows"))
            w.rows = integral(v);
        else if (is(key, "objects"))
            w.objects = integral(v);
        else if (is(key, "diskBytes"))
            w.diskBytes = integral(v, kGB);
        else if (is(key, "changedBytesPerRun"))
            w.changedBytesPerRun = integral(v, kGB);
        else if (is(key, "changeRowsPerSecond"))
            w.changeRowsPerSecond = real(v);
        else if (is(key, "fixedSeconds"))
            w.fixedSeconds = integral(v, 3600.0);
        else if (is(key, "bandwidthMbps"))
            w.bandwidthMbps = real(v);
        else if (is(key, "diskReadMBps"))
            w.diskReadMBps = real(v);
        else if (is(key, "rowsPerSecond"))
            w.rowsPerSecond = real(v);
        else if (is(key, "throughputMBps"))
            w.throughputMBps = real(v);
    });
}

} // namespace ferry::gui
