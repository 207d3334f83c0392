// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smcschedulepage.h"

#include "gui/wizard/smcwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry::gui {

SmcSchedulePage::SmcSchedulePage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("smcSchedulePage"));
    setTitle(tr("Incremental synchronization"));
    setSubTitle(tr("After a first full copy, SMC syncs what changed on the server at a fixed "
                   "interval until you complete the migration. Each sync makes an image; the "
                   "oldest are deleted beyond the number kept."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("smcJobName"));
    form->addRow(tr("&Job name:"), m_name);

    auto *intervalRow = new QHBoxLayout;
    // Wider than the limits on purpose: a value out of range is explained, not silently clamped.
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("smcInterval"));
    m_interval->setRange(0, 999);
    m_interval->setValue(12);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("smcIntervalUnit"));
    m_unit->addItem(tr("hours"), 1);
    m_unit->addItem(tr("days"), 24);
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_unit);
    intervalRow->addStretch(1);
    auto *intervalLabel = new QLabel(tr("Sync &every:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, intervalRow);

    m_images = new QSpinBox(this);
    m_images->setObjectName(QStringLiteral("smcImagesKept"));
    m_images->setRange(0, 99);
    m_images->setValue(3);
    form->addRow(tr("&Images to keep:"), m_images);
    layout->addLayout(form);

    auto *limits = new QLabel(tr("SMC accepts an interval from 1 hour to 7 days and keeps 1 to "
                                 "10 images."),
                              this);
    limits->setWordWrap(true);
    layout->addWidget(limits);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("smcScheduleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &SmcSchedulePage::update);
    connect(m_interval, &QSpinBox::valueChanged, this, &SmcSchedulePage::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SmcSchedulePage::update);
    connect(m_images, &QSpinBox::valueChanged, this, &SmcSchedulePage::update);
}

void SmcSchedulePage::initializePage()
{
    if (m_name->text().isEmpty())
        m_name->setText(tr("%1-incremental").arg(m_wizard->settings().sourceName));
    update();
}

int SmcSchedulePage::frequencyHours() const
{
    return m_interval->value() * m_unit->currentData().toInt();
}

QStringList SmcSchedulePage::problems() const
{
    QStringList out;
    if (const QString e = smcNameError(m_name->text()); !e.isEmpty())
        out.append(tr("Job name: %1").arg(e));
    if (const QString e = smcFrequencyError(frequencyHours()); !e.isEmpty())
        out.append(e);
    if (const QString e = smcImagesError(m_images->value()); !e.isEmpty())
        out.append(e);
    return out;
}

void SmcSchedulePage::update()
{
    m_problem->setText(problems().join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool SmcSchedulePage::isComplete() const
{
    return problems().isEmpty();
}

bool SmcSchedulePage::validatePage()
{
    if (!isComplete())
        return false;
    SmcWizardSettings &s = m_wizard->settings();
    s.jobName = m_name->text();
    s.frequencyHours = frequencyHours();
    s.imagesToKeep = m_images->value();
    return true;
}

} // namespace ferry::gui
