// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace ferry::gui {

class DtsPrerequisitesView;
class DtsWizard;

/// What a self-managed MySQL source needs before DTS can migrate from it: a replication account
/// with only REPLICATION SLAVE and REPLICATION CLIENT (checked from pasted SHOW GRANTS, excess
/// flagged) and the binary log settings. Advisory: the precheck has the last word.
class DtsPrerequisitesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsPrerequisitesPage)

public:
    explicit DtsPrerequisitesPage(DtsWizard *wizard);

    DtsPrerequisitesView *view() const { return m_view; }
    bool validatePage() override;

private:
    DtsWizard *m_wizard;
    DtsPrerequisitesView *m_view = nullptr;
};

} // namespace ferry::gui
