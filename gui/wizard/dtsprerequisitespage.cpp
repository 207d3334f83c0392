// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsprerequisitespage.h"

#include "gui/safety/dtsprerequisitesview.h"
#include "gui/wizard/dtswizard.h"
#include "gui/wizard/wrappingscrollarea.h"
#include "model/showgrants.h"

#include <QVBoxLayout>

namespace ferry::gui {

DtsPrerequisitesPage::DtsPrerequisitesPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_view(new DtsPrerequisitesView)
{
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("Check the replication account and the binary log of a self-managed MySQL "
                   "source before DTS reads from it."));
    auto *scroll = new WrappingScrollArea(m_view, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

bool DtsPrerequisitesPage::validatePage()
{
    DtsWizardSettings &s = m_wizard->settings();
    s.replicationAccountMinimal = m_view->grantReport().isMinimal();
    s.grantFindings.clear();
    for (const model::GrantFinding &f : m_view->grantReport().findings)
        s.grantFindings.append(f.message);
    s.binlogReady = m_view->allMet();
    return true;
}

} // namespace ferry::gui
