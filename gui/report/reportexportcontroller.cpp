// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/reportexportcontroller.h"

#include "gui/planner/plandocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ferry::gui {

namespace {

QString interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

QString suggestedName(const PlanDocument &plan)
{
    QString base = plan.filePath().isEmpty() ? plan.plan().name
                                             : QFileInfo(plan.filePath()).completeBaseName();
    base.remove(QStringLiteral(".ferryplan"));
    base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("migration");
    return base + QStringLiteral("-report.pdf");
}

} // namespace

ReportExportController::ReportExportController(PlanDocument &plan, QWidget *window)
    : QObject(window)
    , m_plan(plan)
    , m_window(window)
    , m_action(new QAction(tr("&Export Report (PDF)…"), this))
{
    m_action->setObjectName(QStringLiteral("exportReportAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_action, &QAction::triggered, this, &ReportExportController::chooseFile);
    connect(&m_plan, &PlanDocument::planReset, this, &ReportExportController::updateAction);
    updateAction();
}

PaperSize ReportExportController::defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter
                                                                      : PaperSize::A4;
}

void ReportExportController::updateAction()
{
    m_action->setEnabled(m_plan.hasPlan() && !m_busy);
    m_action->setToolTip(m_plan.hasPlan()
                             ? tr("Write the open plan's migration report as a PDF")
                             : tr("Open or create a plan first: the report is built from it."));
}

void ReportExportController::chooseFile()
{
    if (!m_plan.hasPlan() || m_busy)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString a4 = tr("PDF report, A4 (*.pdf)");
    const QString letter = tr("PDF report, US Letter (*.pdf)");
    QString folder = m_plan.filePath().isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(m_plan.filePath()).absolutePath();
    auto *dialog = new QFileDialog(m_window, tr("Export Migration Report"),
                                   QDir(folder).filePath(suggestedName(m_plan)));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilters({a4, letter});
    dialog->selectNameFilter(defaultPaper() == PaperSize::Letter ? letter : a4);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, letter](const QString &path) {
        exportTo(path, dialog->selectedNameFilter() == letter ? PaperSize::Letter : PaperSize::A4);
    });
    m_dialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

void ReportExportController::exportTo(const QString &path, PaperSize paper)
{
    if (!m_plan.hasPlan() || m_busy || path.isEmpty())
        return;
    m_busy = true;
    updateAction();
    Q_EMIT statusMessage(tr("Writing the report to %1…").arg(QDir::toNativeSeparators(path)));
    ReportRenderOptions options;
    options.paper = paper;
    options.language = interfaceLanguage();
    exportReportAsync(m_plan.plan(), path, options, this,
                      [this, path](const ReportOutcome &outcome) { done(path, outcome); });
}

void ReportExportController::done(const QString &path, const ReportOutcome &outcome)
{
    m_busy = false;
    updateAction();
    if (outcome.ok()) {
        Q_EMIT statusMessage(tr("Report written to %1 (%n page(s)).", nullptr, outcome.pages)
                                 .arg(QDir::toNativeSeparators(path)));
    } else {
        Q_EMIT statusMessage(tr("The report was not written."));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Report Not Written"),
                                    tr("The report was not written; no file was changed."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("reportErrorBox"));
        box->setInformativeText(outcome.message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT finished(outcome.ok());
}

} // namespace ferry::gui
