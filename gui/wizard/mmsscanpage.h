// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/mms.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ferry::gui {

class MmsPoller;
class MmsWizard;

/// The metadata scan: MMS reads the source's databases, tables and partitions before anything can
/// be chosen. Start, then watch (a poll every 10 s), with progress; Cancel stops watching (MMS
/// has no call to cancel a scan, so it runs on in the service).
class MmsScanPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsScanPage)

public:
    explicit MmsScanPage(MmsWizard &wizard);
    ~MmsScanPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QLineEdit *databaseEdit() const { return m_db; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    MmsPoller *poller() const { return m_poller; }
    const std::optional<model::MmsScan> &lastScan() const { return m_scan; }
    bool isWatching() const;

public Q_SLOTS:
    void startScan();
    /// Stops watching the scan (it keeps running in MMS).
    void cancelWatching();
    /// Asks for the scan's state now.
    void pollNow();

Q_SIGNALS:
    void scanFinished(bool ok);

private:
    void onScan(const model::MmsScan &scan);
    void updateButtons();

    MmsWizard &m_wizard;
    MmsPoller *m_poller = nullptr;
    cloudapi::CallHandle m_call;
    std::optional<model::MmsScan> m_scan;
    QLineEdit *m_db = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace ferry::gui
