// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsconfirmpage.h"

#include "cloudapi/mmsclient.h"
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/copyabletable.h"
#include "gui/safety/mmsprerequisitesview.h"
#include "gui/wizard/mmsprerequisitespage.h"
#include "gui/wizard/mmswizard.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QStringList warnings(const MmsWizardSettings &s)
{
    QStringList out = {
        MmsConfirmPage::tr("The job starts as soon as it is created."),
        MmsConfirmPage::tr("Writes to the source tables must stop until the job is done and "
                           "verified; rows written meanwhile may be missed."),
    };
    if (!s.verification)
        out.append(MmsConfirmPage::tr("Verification is off: row counts will not be compared."));
    return out;
}

} // namespace

MmsConfirmPage::MmsConfirmPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsConfirmPage"));
    setTitle(tr("Confirm the Migration Job"));
    setSubTitle(tr("These are exactly the parameters Ferry will send."));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_request = new QLabel(this);
    m_request->setObjectName(QStringLiteral("confirmPageRequest"));
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setWordWrap(true);
    layout->addWidget(m_request);
    m_table = new CopyableTable(this);
    m_table->setObjectName(QStringLiteral("confirmPageParameters"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Sent in")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("confirmPageWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color:#8a4b00;"));
    layout->addWidget(m_warnings);
    auto *row = new QHBoxLayout;
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("createResult"));
    m_result->setWordWrap(true);
    row->addWidget(m_result, 1);
    m_create = new QPushButton(tr("&Create Job…"), this);
    m_create->setObjectName(QStringLiteral("createJob"));
    row->addWidget(m_create);
    layout->addLayout(row);
    connect(m_create, &QPushButton::clicked, this, &MmsConfirmPage::requestCreate);
}

MmsConfirmPage::~MmsConfirmPage()
{
    m_call.cancel();
}

void MmsConfirmPage::initializePage()
{
    const MmsWizardSettings &s = m_wizard.settings();
    m_params = s.createParams();
    m_wire = cloudapi::describeWire(m_params);
    m_request->setText(
        QStringLiteral("%1 %2  (%3, %4)")
            .arg(QString::fromLatin1(m_wire.method), m_wire.path, m_wire.action, m_wire.version));
    const auto where = [this](int index) {
        const int q = int(m_wire.query.size());
        const int f = int(m_wire.form.size());
        if (index < q)
            return tr("query");
        if (index < q + f)
            return tr("form body");
        return tr("JSON body");
    };
    const cloudapi::WireParams params = m_wire.parameters();
    m_table->setRowCount(int(params.size()));
    for (int i = 0; i < params.size(); ++i) {
        const QStringList cells = {
            params.at(i).first,
            ConfirmActionDialog::displayedValue(params.at(i).first, params.at(i).second), where(i)};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_table->resizeRowsToContents();
    QStringList lines = warnings(s);
    if (!m_wizard.prerequisitesPage()->view()->allMet())
        lines.append(tr("Not every prerequisite is confirmed yet; the job fails if one is "
                        "missing."));
    QStringList bulleted;
    for (const QString &line : lines)
        bulleted.append(tr("⚠ %1").arg(line));
    m_warnings->setText(bulleted.join(QLatin1Char('\n')));
    m_create->setEnabled(!s.jobCreated && !m_call.isActive());
}

bool MmsConfirmPage::isComplete() const
{
    return m_wizard.settings().jobCreated;
}

void MmsConfirmPage::requestCreate()
{
    if (m_wizard.settings().jobCreated || m_call.isActive() || m_dialog)
        return;
    ConfirmRequest request;
    request.wire = m_wire;
    request.title = tr("Create the migration job %1").arg(m_params.name);
    const MmsWizardSettings &s = m_wizard.settings();
    request.summary = tr("MMS migrates %1.%2 from %3 to the MaxCompute project %4.")
                          .arg(s.sourceName, s.dbName, s.sourceType, s.dstProject);
    request.warnings = warnings(s);
    request.confirmText = tr("Create Job");
    auto *dialog = new ConfirmActionDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConfirmActionDialog::confirmed, this, &MmsConfirmPage::create);
    dialog->open();
}

void MmsConfirmPage::create()
{
    if (!m_wizard.session() || m_wizard.settings().jobCreated || m_call.isActive())
        return;
    m_create->setEnabled(false);
    m_result->setText(tr("Creating the job…"));
    m_call = m_wizard.mms().createJob(
        m_params, this, [this](cloudapi::Result<cloudapi::MmsJobCreated> r) {
            if (!r) {
                m_result->setText(m_wizard.reportError(r.error()));
                m_create->setEnabled(true);
                return;
            }
            MmsWizardSettings &s = m_wizard.settings();
            s.jobCreated = true;
            s.asyncTaskId = r.value().asyncTaskId.value_or(0);
            s.jobId = r.value().jobId.value_or(0);
            m_result->setText(r.value().recovered
                                  ? tr("The job had already been created (found by its name).")
                                  : tr("Job created."));
            Q_EMIT completeChanged();
            Q_EMIT jobCreated(s.jobId, s.asyncTaskId);
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
}

ConfirmActionDialog *MmsConfirmPage::confirmDialog() const
{
    return m_dialog.data();
}

} // namespace ferry::gui
