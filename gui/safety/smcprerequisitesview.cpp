// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/smcprerequisitesview.h"

#include "gui/safety/prerequisitelist.h"
#include "model/prerequisites.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

SmcPrerequisitesView::SmcPrerequisitesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new PrerequisiteList(this))
{
    setObjectName(QStringLiteral("smcPrerequisitesView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("SMC copies a server through the agent installed on it. The "
                                "agent must be installed and connected before a job can run."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    connect(m_list, &PrerequisiteList::metChanged, this, &SmcPrerequisitesView::metChanged);
}

void SmcPrerequisitesView::setSourceServer(const model::SmcSourceServer &server)
{
    m_list->setItems(model::smcSourcePrerequisites(server));
}

bool SmcPrerequisitesView::allMet() const
{
    return m_list->allMet();
}

} // namespace ferry::gui
