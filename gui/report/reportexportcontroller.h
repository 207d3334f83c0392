// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/report/reportexport.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ferry::gui {

class PlanDocument;

/// File > Export Report: asks where to write the open plan's PDF report (the file type picks
/// A4 or US Letter), renders it off the GUI thread in the interface language and says how it
/// went. Offered while a plan is open and no export is running.
class ReportExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportController)

public:
    /// `window` parents the file dialog and error messages.
    ReportExportController(PlanDocument &plan, QWidget *window);

    QAction *exportAction() const { return m_action; }
    /// The file dialog while it is open (tests answer it).
    QFileDialog *fileDialog() const { return m_dialog; }
    bool isBusy() const { return m_busy; }

    /// Exports the open plan's report to `path` on `paper`, without asking.
    void exportTo(const QString &path, PaperSize paper);

    /// The paper people around here use: US Letter in the US system of measurement, else A4.
    static PaperSize defaultPaper();

Q_SIGNALS:
    void statusMessage(const QString &text);
    /// An export ended: `written` is false when the file was left untouched.
    void finished(bool written);

private:
    void chooseFile();
    void updateAction();
    void done(const QString &path, const ReportOutcome &outcome);

    PlanDocument &m_plan;
    QWidget *m_window;
    QAction *m_action;
    QPointer<QFileDialog> m_dialog;
    bool m_busy = false;
};

} // namespace ferry::gui
