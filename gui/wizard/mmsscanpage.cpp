// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsscanpage.h"

#include "cloudapi/mmsclient.h"
#include "gui/wizard/mmspoller.h"
#include "gui/wizard/mmswizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr qint64 kScanPollMs = 10'000;

} // namespace

MmsScanPage::MmsScanPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsScanPage"));
    setTitle(tr("Metadata Scan"));
    setSubTitle(tr("MMS reads the databases, tables and partitions of the source before any can "
                   "be chosen. A scan takes from a minute to a few minutes."));
    m_poller = wizard.makePoller(kScanPollMs, this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_db = new QLineEdit(this);
    m_db->setObjectName(QStringLiteral("scanDatabase"));
    m_db->setPlaceholderText(tr("Every database"));
    form->addRow(tr("&Database to scan:"), m_db);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start Scan"), this);
    m_start->setObjectName(QStringLiteral("startScan"));
    m_cancel = new QPushButton(tr("Stop &Watching"), this);
    m_cancel->setObjectName(QStringLiteral("cancelScan"));
    m_cancel->setToolTip(tr("MMS cannot cancel a scan; Ferry stops following it"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 10000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    layout->addWidget(m_progress);
    m_state = new QLabel(tr("Not started."), this);
    m_state->setObjectName(QStringLiteral("scanState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &MmsScanPage::startScan);
    connect(m_cancel, &QPushButton::clicked, this, &MmsScanPage::cancelWatching);
    connect(m_poller, &MmsPoller::due, this, &MmsScanPage::pollNow);
    updateButtons();
}

MmsScanPage::~MmsScanPage()
{
    m_call.cancel();
}

void MmsScanPage::initializePage()
{
    const MmsWizardSettings &s = m_wizard.settings();
    if (s.scanFinished && !m_scan) {
        m_progress->setValue(10000);
        m_state->setText(
            tr("%1 was scanned before; scan again to see recent changes.").arg(s.sourceName));
    } else if (!m_scan) {
        m_progress->setValue(0);
        m_state->setText(tr("%1 has not been scanned yet.").arg(s.sourceName));
    }
    updateButtons();
}

void MmsScanPage::cleanupPage()
{
    // Going back to choose another source: stop following this one's scan.
    cancelWatching();
}

bool MmsScanPage::isComplete() const
{
    return m_wizard.settings().scanFinished && !isWatching();
}

bool MmsScanPage::isWatching() const
{
    return m_poller->isActive() || m_call.isActive();
}

void MmsScanPage::startScan()
{
    if (!m_wizard.session() || isWatching())
        return;
    MmsWizardSettings &s = m_wizard.settings();
    cloudapi::CreateMmsFetchMetadataJobParams p;
    p.sourceId = s.sourceId;
    p.dbName = m_db->text().trimmed();
    s.scanDbName = p.dbName;
    s.scanFinished = false;
    m_scan.reset();
    m_progress->setValue(0);
    m_state->setText(tr("Starting the scan…"));
    Q_EMIT completeChanged();
    m_call = m_wizard.mms().createFetchMetadataJob(
        p, this, [this](cloudapi::Result<cloudapi::MmsScanCreated> r) {
            if (!r) {
                m_state->setText(m_wizard.reportError(r.error()));
                updateButtons();
                return;
            }
            m_wizard.settings().scanId = r.value().scanId;
            m_state->setText(tr("Scan %1 started.").arg(r.value().scanId));
            m_poller->start();
            updateButtons();
        });
    updateButtons();
}

void MmsScanPage::pollNow()
{
    const MmsWizardSettings &s = m_wizard.settings();
    if (!m_wizard.session() || s.scanId == 0 || m_call.isActive())
        return;
    m_call = m_wizard.mms().getFetchMetadataJob(
        s.sourceId, s.scanId, this, [this](cloudapi::Result<model::MmsScan> r) {
            if (!r) {
                // A failed poll is tried again at the next interval.
                m_state->setText(m_wizard.reportError(r.error()));
                return;
            }
            onScan(r.value());
        });
}

void MmsScanPage::cancelWatching()
{
    const bool was = isWatching();
    m_poller->stop();
    m_call.cancel();
    if (was)
        m_state->setText(tr("Ferry stopped watching scan %1; it keeps running in MMS. Start a "
                            "new scan to follow one again.")
                             .arg(m_wizard.settings().scanId));
    updateButtons();
    Q_EMIT completeChanged();
}

void MmsScanPage::onScan(const model::MmsScan &scan)
{
    m_scan = scan;
    m_progress->setValue(std::clamp(scan.progressBasisPoints, 0, 10000));
    switch (scan.status.value) {
    case model::MmsScanStatus::Done: {
        m_poller->stop();
        m_progress->setValue(10000);
        m_wizard.settings().scanFinished = true;
        if (scan.result)
            m_state->setText(tr("Scan finished: %1 databases, %2 tables, %3 partitions.")
                                 .arg(scan.result->databases)
                                 .arg(scan.result->tables)
                                 .arg(scan.result->partitions));
        else
            m_state->setText(tr("Scan finished."));
        Q_EMIT scanFinished(true);
        break;
    }
    case model::MmsScanStatus::Failed:
        m_poller->stop();
        m_state->setText(tr("The scan failed: %1").arg(scan.errorMsg));
        Q_EMIT scanFinished(false);
        break;
    default:
        m_state->setText(tr("Scanning… (%1)").arg(model::displayName(scan.status)));
        break;
    }
    updateButtons();
    Q_EMIT completeChanged();
}

void MmsScanPage::updateButtons()
{
    const bool watching = isWatching();
    m_start->setEnabled(!watching && m_wizard.settings().sourceId != 0);
    m_cancel->setEnabled(watching);
    m_db->setEnabled(!watching);
}

} // namespace ferry::gui
