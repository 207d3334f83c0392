// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/jobdetailpage.h"

#include "cloudapi/jobmonitor.h"
#include "gui/dtsdetailpanel.h"
#include "gui/jobtabledelegate.h"
#include "gui/mmsdetailpanel.h"
#include "gui/smcdetailpanel.h"
#include "model/jobtablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::gui {

JobDetailPage::JobDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_health(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_panels(new QStackedWidget(this))
    , m_gone(new QLabel(this))
    , m_dts(new DtsDetailPanel(this))
    , m_smc(new SmcDetailPanel(this))
    , m_mms(new MmsDetailPanel(this))
{
    setObjectName(QStringLiteral("jobDetailPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto *header = new QHBoxLayout;
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("← Dashboard"));
    m_back->setToolTip(tr("Back to every job (Esc)"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &JobDetailPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &JobDetailPage::backRequested);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setObjectName(QStringLiteral("detailHealth"));
    m_health->setMargin(3);
    header->addWidget(m_back);
    header->addSpacing(8);
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_subtitle, 1);
    header->addWidget(m_health);
    layout->addLayout(header);

    m_reason->setObjectName(QStringLiteral("detailReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    m_gone->setObjectName(QStringLiteral("detailGone"));
    m_gone->setAlignment(Qt::AlignCenter);
    m_gone->setWordWrap(true);
    m_panels->addWidget(m_dts);
    m_panels->addWidget(m_smc);
    m_panels->addWidget(m_mms);
    m_panels->addWidget(m_gone);
    layout->addWidget(m_panels, 1);
}

void JobDetailPage::setMonitor(cloudapi::JobMonitor *monitor, std::function<qint64()> clock)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_dts->setMonitor(monitor, clock);
    m_smc->setMonitor(monitor, clock);
    m_mms->setMonitor(monitor, clock);
    m_key.clear();
    if (!monitor)
        return;
    connect(monitor, &cloudapi::JobMonitor::serviceUpdated, this, [this](model::JobService s) {
        if (!isVisible())
            return;
        const model::JobRow *row = m_monitor->table()->job(m_key);
        if (!row || row->service == s)
            refresh();
    });
    connect(monitor, &cloudapi::JobMonitor::detailUpdated, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
}

void JobDetailPage::showJob(const QString &key)
{
    m_key = key;
    if (key.startsWith(QLatin1String("dts:"))) {
        m_panels->setCurrentWidget(m_dts);
        m_dts->showJob(key);
    } else if (key.startsWith(QLatin1String("smc:"))) {
        m_panels->setCurrentWidget(m_smc);
        m_smc->showJob(key);
    } else {
        m_panels->setCurrentWidget(m_mms);
        m_mms->showJob(key);
    }
    updateHeader();
}

void JobDetailPage::refresh()
{
    if (m_key.isEmpty() || !m_monitor)
        return;
    if (m_panels->currentWidget() == m_dts)
        m_dts->refresh();
    else if (m_panels->currentWidget() == m_smc)
        m_smc->refresh();
    else if (m_panels->currentWidget() == m_mms)
        m_mms->refresh();
    updateHeader();
}

void JobDetailPage::updateHeader()
{
    const model::JobRow *row = m_monitor ? m_monitor->table()->job(m_key) : nullptr;
    if (!row) {
        m_title->setText(m_key.section(QLatin1Char(':'), -1));
        m_subtitle->clear();
        m_health->clear();
        m_health->setStyleSheet({});
        m_reason->clear();
        m_gone->setText(tr("This job is no longer listed by the service. It may have been "
                           "deleted."));
        if (m_monitor && m_monitor->table()->lastUpdateMs() > 0)
            m_panels->setCurrentWidget(m_gone);
        return;
    }
    if (m_panels->currentWidget() == m_gone) { // listed again (a poll had failed over it)
        showJob(m_key);
        return;
    }
    m_title->setText(row->name);
    QStringList parts = {model::displayName(row->service), row->id, row->status};
    if (!row->phase.isEmpty() && row->phase != row->status)
        parts << row->phase;
    if (row->progressPercent)
        parts << tr("%1 %").arg(QLocale().toString(*row->progressPercent, 'f', 0));
    // The lag history has the newest reading (the open job's detail is polled more often).
    std::optional<double> lag = row->lagMs;
    if (row->service == model::JobService::Dts) {
        if (const auto latest = m_monitor->lagSeries(row->id)->latestFinite();
            latest && latest->t >= row->updatedMs)
            lag = latest->v;
    }
    if (lag)
        parts << tr("lag %1").arg(model::formatLag(*lag));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    const model::JobHealth health = row->health();
    m_health->setText(model::displayName(health));
    m_health->setStyleSheet(
        QStringLiteral("background:%1;color:white;font-weight:bold;border-radius:3px;")
            .arg(healthColor(health).name()));
    QString reason = row->healthReason;
    if (row->stall && row->stall->stalled)
        reason = m_monitor->table()
                     ->data(m_monitor->table()->index(m_monitor->table()->rowOf(m_key), 0),
                            Qt::ToolTipRole)
                     .toString()
                     .section(QLatin1Char('\n'), 1);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

} // namespace ferry::gui
