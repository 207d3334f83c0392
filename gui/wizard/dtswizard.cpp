// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtswizard.h"

#include "gui/safety/permissionerrordialog.h"
#include "gui/session.h"
#include "gui/wizard/dtsendpointspage.h"
#include "gui/wizard/dtsmodespage.h"
#include "gui/wizard/dtsmonitorpage.h"
#include "gui/wizard/dtsobjectspage.h"
#include "gui/wizard/dtsprecheckpage.h"
#include "gui/wizard/dtsprerequisitespage.h"
#include "gui/wizard/dtsstartpage.h"
#include "gui/wizard/dtsverifypage.h"

#include <QLabel>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ferry::gui {

DtsWizard::DtsWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("Migrate a Database with DTS"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::HaveHelpButton, false);
    if (session)
        m_settings.regionId = session->regionId();

    setPage(PrerequisitesPage, new DtsPrerequisitesPage(this));
    setPage(EndpointsPage, new DtsEndpointsPage(this));
    setPage(ObjectsPage, new DtsObjectsPage(this));
    setPage(ModesPage, new DtsModesPage(this));
    setPage(StartPage, new DtsStartPage(this));
    setPage(PrecheckPage, new DtsPrecheckPage(this));
    setPage(MonitorPage, new DtsMonitorPage(this));
    setPage(VerifyPage, new DtsVerifyPage(this));
    setStartId(PrerequisitesPage);
    setMinimumSize(860, 640);

    connect(m_poll, &QTimer::timeout, this, &DtsWizard::refreshJob);
}

DtsWizard::~DtsWizard()
{
    m_describe.cancel();
}

void DtsWizard::refreshJob()
{
    if (!m_session || m_settings.dtsJobId.isEmpty() || m_describe.isActive())
        return;
    cloudapi::DtsJobQuery q;
    q.regionId = m_settings.regionId;
    q.jobType = m_settings.jobType;
    q.dtsJobIds = {m_settings.dtsJobId};
    const QString wanted = m_settings.dtsJobId;
    m_describe = m_session->dts().describeJobs(
        q, this, [this, wanted](cloudapi::Result<model::Page<model::DtsJob>> r) {
            if (!r.ok() || wanted != m_settings.dtsJobId)
                return; // the next poll tries again; pages show their own call errors
            for (const model::DtsJob &job : r.value().items) {
                if (job.dtsJobId == wanted) {
                    m_job = job;
                    if (m_settings.dtsInstanceId.isEmpty())
                        m_settings.dtsInstanceId = job.dtsInstanceId;
                    Q_EMIT jobChanged();
                    return;
                }
            }
        });
}

void DtsWizard::setJobPolling(int virtualMs)
{
    if (virtualMs <= 0) {
        m_poll->stop();
        return;
    }
    m_poll->start(realInterval(virtualMs));
    refreshJob();
}

bool DtsWizard::isJobPolling() const
{
    return m_poll->isActive();
}

int DtsWizard::realInterval(int virtualMs) const
{
    const double scale = m_session ? m_session->timeScale() : 1.0;
    if (scale <= 1.0)
        return virtualMs;
    return std::max(20, int(std::lround(virtualMs / scale)));
}

ConfirmActionDialog *DtsWizard::confirm(const ConfirmRequest &request,
                                        std::function<void()> onConfirmed)
{
    if (m_confirmation)
        m_confirmation->reject();
    auto *dialog = new ConfirmActionDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmActionDialog::confirmed, this,
            [run = std::move(onConfirmed)] { run(); });
    m_confirmation = dialog;
    dialog->open();
    return dialog;
}

void DtsWizard::showError(const cloudapi::ApiError &error, QLabel *label)
{
    if (error.kind == cloudapi::ErrorKind::Cancelled)
        return;
    if (error.kind == cloudapi::ErrorKind::Permission) {
        auto *dialog = new PermissionErrorDialog(error, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    if (label) {
        label->setText(tr("The call failed: %1").arg(error.summary()));
        label->setVisible(true);
    }
}

} // namespace ferry::gui
