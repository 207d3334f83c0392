// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/smctargetpage.h"

#include "gui/wizard/smcsourcepage.h"
#include "gui/wizard/smcwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

SmcTargetPage::SmcTargetPage(SmcWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("smcTargetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("SMC can make a custom image of the server, to create instances from, or "
                   "write the server onto an existing ECS instance, replacing its disks."));
    auto *layout = new QVBoxLayout(this);

    auto *kind = new QGroupBox(tr("Migrate to"), this);
    auto *kindLayout = new QFormLayout(kind);
    m_image = new QRadioButton(tr("A custom &image"), kind);
    m_image->setObjectName(QStringLiteral("smcTargetImage"));
    m_imageName = new QLineEdit(kind);
    m_imageName->setObjectName(QStringLiteral("smcImageName"));
    m_imageName->setPlaceholderText(tr("e.g. web-01-migrated"));
    m_instance = new QRadioButton(tr("An existing ECS i&nstance"), kind);
    m_instance->setObjectName(QStringLiteral("smcTargetInstance"));
    m_instanceId = new QLineEdit(kind);
    m_instanceId->setObjectName(QStringLiteral("smcInstanceId"));
    m_instanceId->setPlaceholderText(tr("e.g. i-bp1abcdef12345678"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_image);
    group->addButton(m_instance);
    m_image->setChecked(true);
    kindLayout->addRow(m_image, m_imageName);
    kindLayout->addRow(m_instance, m_instanceId);
    auto *instanceNote = new QLabel(tr("Everything on the instance's disks is overwritten; the "
                                       "instance must be stopped."),
                                    kind);
    instanceNote->setWordWrap(true);
    kindLayout->addRow(instanceNote);
    layout->addWidget(kind);

    auto *disks = new QGroupBox(tr("Disks"), this);
    auto *diskLayout = new QVBoxLayout(disks);
    auto *systemRow = new QFormLayout;
    m_systemDisk = new QSpinBox(disks);
    m_systemDisk->setObjectName(QStringLiteral("smcSystemDisk"));
    m_systemDisk->setRange(20, 2048);
    m_systemDisk->setSuffix(tr(" GiB"));
    systemRow->addRow(tr("&System disk:"), m_systemDisk);
    diskLayout->addLayout(systemRow);
    m_disks = new QGridLayout;
    diskLayout->addLayout(m_disks);
    m_noDisks = new QLabel(tr("The server has no data disks."), disks);
    diskLayout->addWidget(m_noDisks);
    layout->addWidget(disks);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("smcTargetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QRadioButton *b : {m_image, m_instance})
        connect(b, &QRadioButton::toggled, this, &SmcTargetPage::update);
    for (QLineEdit *e : {m_imageName, m_instanceId})
        connect(e, &QLineEdit::textChanged, this, &SmcTargetPage::update);
    connect(m_systemDisk, &QSpinBox::valueChanged, this, &SmcTargetPage::update);
}

void SmcTargetPage::initializePage()
{
    const auto &server = m_wizard->sourcePage()->chosen();
    if (!server || server->sourceId == m_preparedFor) {
        update();
        return;
    }
    m_preparedFor = server->sourceId;
    if (m_imageName->text().isEmpty())
        m_imageName->setText(tr("%1-migrated").arg(server->name));
    m_systemDisk->setValue(int(std::clamp<qint64>(server->systemDiskSizeGiB, 20, 2048)));
    for (const DiskRow &row : std::as_const(m_diskRows)) {
        delete row.check;
        delete row.size;
    }
    m_diskRows.clear();
    for (const model::SmcDataDisk &d : server->dataDisks) {
        DiskRow row;
        row.index = d.index;
        row.check =
            new QCheckBox(d.path.isEmpty() ? tr("Data disk %1").arg(d.index)
                                           : tr("Data disk %1 (%2)").arg(d.index).arg(d.path),
                          this);
        row.check->setChecked(true);
        row.size = new QSpinBox(this);
        row.size->setRange(20, 32768);
        row.size->setSuffix(tr(" GiB"));
        row.size->setValue(int(std::clamp<qint64>(d.sizeGiB, 20, 32768)));
        const int r = int(m_diskRows.size());
        m_disks->addWidget(row.check, r, 0);
        m_disks->addWidget(row.size, r, 1);
        connect(row.check, &QCheckBox::toggled, row.size, &QSpinBox::setEnabled);
        m_diskRows.append(row);
    }
    m_noDisks->setVisible(m_diskRows.isEmpty());
    update();
}

QList<QCheckBox *> SmcTargetPage::dataDiskChecks() const
{
    QList<QCheckBox *> out;
    for (const DiskRow &row : m_diskRows)
        out.append(row.check);
    return out;
}

QString SmcTargetPage::problem() const
{
    if (m_image->isChecked()) {
        const QString error = smcNameError(m_imageName->text());
        return error.isEmpty() ? QString() : tr("Image name: %1").arg(error);
    }
    static const QRegularExpression instance(QStringLiteral("^i-[0-9a-z]{8,}$"));
    if (!instance.match(m_instanceId->text()).hasMatch())
        return tr("Enter the ID of an ECS instance (i-…) in the region of the job.");
    return {};
}

void SmcTargetPage::update()
{
    m_imageName->setEnabled(m_image->isChecked());
    m_instanceId->setEnabled(m_instance->isChecked());
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

bool SmcTargetPage::isComplete() const
{
    return problem().isEmpty();
}

bool SmcTargetPage::validatePage()
{
    if (!isComplete())
        return false;
    SmcWizardSettings &s = m_wizard->settings();
    s.targetType =
        m_image->isChecked() ? QStringLiteral("Image") : QStringLiteral("TargetInstance");
    s.imageName = m_image->isChecked() ? m_imageName->text() : QString();
    s.instanceId = m_instance->isChecked() ? m_instanceId->text() : QString();
    s.systemDiskSizeGiB = m_systemDisk->value();
    s.dataDisks.clear();
    for (const DiskRow &row : std::as_const(m_diskRows)) {
        if (row.check->isChecked())
            s.dataDisks.append({row.index, row.size->value()});
    }
    return true;
}

} // namespace ferry::gui
