// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/mmsprerequisitesview.h"

#include "cloudapi/stsclient.h"
#include "gui/safety/prerequisitelist.h"
#include "model/prerequisites.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

MmsPrerequisitesView::MmsPrerequisitesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new PrerequisiteList(this))
{
    setObjectName(QStringLiteral("mmsPrerequisitesView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Before MMS can migrate, these must be in place. Ferry checks "
                                "what it can see; confirm the rest once it is done."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    connect(m_list, &PrerequisiteList::metChanged, this, &MmsPrerequisitesView::metChanged);
    update();
}

void MmsPrerequisitesView::setIdentity(const model::CallerIdentity &identity)
{
    m_identity = identity;
    update();
}

void MmsPrerequisitesView::setDataSource(const model::MmsDataSource &source)
{
    m_source = source;
    update();
}

void MmsPrerequisitesView::setProject(const QString &project)
{
    m_project = project;
    update();
}

void MmsPrerequisitesView::fetchIdentity(const cloudapi::StsClient &sts)
{
    sts.getCallerIdentity(this, [this](const cloudapi::Result<model::CallerIdentity> &result) {
        if (!result) {
            Q_EMIT identityFailed(result.error());
            return;
        }
        setIdentity(result.value());
    });
}

bool MmsPrerequisitesView::allMet() const
{
    return m_list->allMet();
}

void MmsPrerequisitesView::update()
{
    model::MmsPrerequisiteInput input;
    input.identity = m_identity;
    input.source = m_source;
    input.project = m_project;
    m_list->setItems(model::mmsPrerequisites(input));
}

} // namespace ferry::gui
