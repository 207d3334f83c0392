// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsprerequisitespage.h"

#include "cloudapi/apierror.h"
#include "gui/safety/mmsprerequisitesview.h"
#include "gui/session.h"
#include "gui/wizard/mmswizard.h"
#include "gui/wizard/wrappingscrollarea.h"
#include "model/mms.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

MmsPrerequisitesPage::MmsPrerequisitesPage(MmsWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mmsPrerequisitesPage"));
    setTitle(tr("Before You Start"));
    setSubTitle(tr("MMS works through a service-linked role in a target project with a Data "
                   "Transfer quota. Checks that need the data source are completed once you "
                   "choose it; you can come back here at any time."));
    auto *layout = new QVBoxLayout(this);
    m_view = new MmsPrerequisitesView(this);
    auto *scroll = new WrappingScrollArea(m_view, this);
    layout->addWidget(scroll, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("prerequisitesError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    connect(m_view, &MmsPrerequisitesView::identityFailed, this,
            [this](const cloudapi::ApiError &error) {
                m_error->setText(
                    tr("Ferry could not read the account id: %1").arg(m_wizard.reportError(error)));
                m_error->setVisible(true);
            });
}

void MmsPrerequisitesPage::setDataSource(const model::MmsDataSource &source)
{
    m_view->setDataSource(source);
}

void MmsPrerequisitesPage::initializePage()
{
    if (!m_identityRequested && m_wizard.session()) {
        m_identityRequested = true;
        m_view->fetchIdentity(m_wizard.session()->sts());
    }
}

} // namespace ferry::gui
