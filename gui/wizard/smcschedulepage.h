// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ferry::gui {

class SmcWizard;

/// Step 3: the incremental job: its name, how often SMC syncs the changes (1 hour to 7 days)
/// and how many images it keeps (1 to 10). Values outside the limits are refused with a reason.
class SmcSchedulePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcSchedulePage)

public:
    explicit SmcSchedulePage(SmcWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The interval as entered, in hours.
    int frequencyHours() const;
    /// Every reason the entries are refused (translated); empty when they are acceptable.
    QStringList problems() const;

    QLineEdit *jobNameEdit() const { return m_name; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QComboBox *intervalUnit() const { return m_unit; }
    QSpinBox *imagesSpin() const { return m_images; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void update();

    SmcWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_images = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ferry::gui
