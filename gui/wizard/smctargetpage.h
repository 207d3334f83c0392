// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ferry::gui {

class SmcWizard;

/// Step 2: what SMC makes of the server: a custom image (named here), or an existing ECS
/// instance whose disks are replaced; the system disk size and which data disks go along.
class SmcTargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcTargetPage)

public:
    explicit SmcTargetPage(SmcWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Why the target cannot be used as entered (translated), or empty.
    QString problem() const;

    QRadioButton *imageButton() const { return m_image; }
    QRadioButton *instanceButton() const { return m_instance; }
    QLineEdit *imageNameEdit() const { return m_imageName; }
    QLineEdit *instanceIdEdit() const { return m_instanceId; }
    QSpinBox *systemDiskSpin() const { return m_systemDisk; }
    QList<QCheckBox *> dataDiskChecks() const;

private:
    struct DiskRow
    {
        int index = 0;
        QCheckBox *check = nullptr;
        QSpinBox *size = nullptr;
    };
    void update();

    SmcWizard *m_wizard;
    QString m_preparedFor; ///< the source id the disks were laid out for
    QRadioButton *m_image = nullptr;
    QRadioButton *m_instance = nullptr;
    QLineEdit *m_imageName = nullptr;
    QLineEdit *m_instanceId = nullptr;
    QSpinBox *m_systemDisk = nullptr;
    QGridLayout *m_disks = nullptr;
    QLabel *m_noDisks = nullptr;
    QList<DiskRow> m_diskRows;
    QLabel *m_problem = nullptr;
};

} // namespace ferry::gui
