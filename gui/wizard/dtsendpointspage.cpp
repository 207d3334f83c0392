// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsendpointspage.h"

#include "gui/session.h"
#include "gui/wizard/dtsendpointform.h"
#include "gui/wizard/dtswizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QLabel *resultLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DtsEndpointsPage::DtsEndpointsPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_source(new DtsEndpointForm(tr("Source database"), this))
    , m_destination(new DtsEndpointForm(tr("Target database"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_sourceResult(resultLabel(QStringLiteral("sourceConnection"), this))
    , m_destinationResult(resultLabel(QStringLiteral("destinationConnection"), this))
    , m_error(resultLabel(QStringLiteral("endpointError"), this))
{
    setTitle(tr("Source and Target"));
    setSubTitle(tr("Where DTS reads from and writes to. Passwords are sent to DTS only and are "
                   "never shown again."));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_destination->typeBox()->setCurrentIndex(
        m_destination->typeBox()->findData(QStringLiteral("RDS")));
    m_error->hide();

    auto *forms = new QHBoxLayout;
    forms->addWidget(m_source);
    forms->addWidget(m_destination);
    auto *results = new QGridLayout;
    results->addWidget(m_sourceResult, 0, 0);
    results->addWidget(m_destinationResult, 0, 1);
    results->setColumnStretch(0, 1);
    results->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addLayout(buttons);
    layout->addLayout(results);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &DtsEndpointsPage::testConnection);
    for (DtsEndpointForm *f : {m_source, m_destination})
        connect(f, &DtsEndpointForm::edited, this, &DtsEndpointsPage::invalidate);
    invalidate();
}

DtsEndpointsPage::~DtsEndpointsPage()
{
    m_call.cancel();
}

void DtsEndpointsPage::invalidate()
{
    m_call.cancel();
    m_passed = false;
    m_test->setEnabled(m_source->isFilled() && m_destination->isFilled());
    m_test->setToolTip(m_test->isEnabled()
                           ? tr("Asks DTS whether it can reach both databases.")
                           : tr("Fill in both endpoints, including the passwords, first."));
    m_sourceResult->setText(tr("Source: not tested yet."));
    m_destinationResult->setText(tr("Target: not tested yet."));
    Q_EMIT completeChanged();
}

void DtsEndpointsPage::testConnection()
{
    Session *session = m_wizard->session();
    if (!session || !m_source->isFilled() || !m_destination->isFilled())
        return;
    const QString region = m_wizard->settings().regionId;
    cloudapi::DtsConnectionParams p;
    p.regionId = region;
    p.source = m_source->params(region);
    p.destination = m_destination->params(region);
    m_error->hide();
    m_test->setEnabled(false);
    m_sourceResult->setText(tr("Source: testing…"));
    m_destinationResult->setText(tr("Target: testing…"));
    m_call = session->dts().describeConnectionStatus(
        p, this, [this](cloudapi::Result<model::DtsConnectionStatus> r) {
            m_test->setEnabled(true);
            if (!r.ok()) {
                m_sourceResult->setText(tr("Source: not tested."));
                m_destinationResult->setText(tr("Target: not tested."));
                m_wizard->showError(r.error(), m_error);
                return;
            }
            showResult(m_sourceResult, r.value().source);
            showResult(m_destinationResult, r.value().destination);
            m_passed = r.value().source.connected && r.value().destination.connected;
            m_wizard->settings().sourceConnected = r.value().source.connected;
            m_wizard->settings().destinationConnected = r.value().destination.connected;
            Q_EMIT completeChanged();
        });
}

void DtsEndpointsPage::showResult(QLabel *label, const model::DtsEndpointConnection &c)
{
    const bool source = label == m_sourceResult;
    QStringList lines;
    if (!c.present)
        lines << (source ? tr("Source: DTS did not report on it.")
                         : tr("Target: DTS did not report on it."));
    else if (c.connected)
        lines << (source ? tr("Source: DTS can connect.") : tr("Target: DTS can connect."));
    else
        lines << (source ? tr("Source: DTS cannot connect.") : tr("Target: DTS cannot connect."));
    for (const model::DtsConnectionTest &t : c.details)
        lines << (t.success ? tr("✓ %1").arg(t.testName.trimmed())
                            : tr("✗ %1").arg(t.testName.trimmed()));
    if (!c.advice.isEmpty())
        lines << tr("Advice: %1").arg(c.advice);
    label->setText(lines.join(QLatin1Char('\n')));
}

bool DtsEndpointsPage::isComplete() const
{
    return m_passed;
}

bool DtsEndpointsPage::validatePage()
{
    DtsWizardSettings &s = m_wizard->settings();
    s.source = m_source->params(s.regionId);
    s.destination = m_destination->params(s.regionId);
    return m_passed;
}

} // namespace ferry::gui
