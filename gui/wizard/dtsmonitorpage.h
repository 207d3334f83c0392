// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/dts.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ferry::gui {

class ActionGate;
class DtsWizard;

/// Follows the running job on a timer: its phase (schema, full data, incremental), the progress
/// of the current phase and the replication lag, normalised from the unit DTS reported it in.
/// Stopping the job (the cutover) is offered only while the job's state allows it.
class DtsMonitorPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsMonitorPage)

public:
    explicit DtsMonitorPage(DtsWizard *wizard);
    ~DtsMonitorPage() override;

    QLabel *phaseLabel() const { return m_phase; }
    QLabel *lagLabel() const { return m_lag; }
    QLabel *detailLabel() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *stopButton() const { return m_stop; }
    bool isIncremental() const { return m_incremental; }

    /// The phase of `job`, translated.
    static QString phaseText(const model::DtsJob &job);
    /// A lag for people: "850 ms", "3.2 s", "2 min 5 s".
    static QString lagText(qint64 ms);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void update();
    void stopJob();

    DtsWizard *m_wizard;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_lag = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_stop = nullptr;
    ActionGate *m_gate = nullptr;
    bool m_incremental = false;
    bool m_busy = false;
    cloudapi::CallHandle m_call;
};

} // namespace ferry::gui
