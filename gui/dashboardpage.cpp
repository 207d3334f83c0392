// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"

#include "gui/session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_identity(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(16);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("No migrations yet"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setText(
        tr("<p>Ferry watches every MMS, DTS and SMC migration in your account and region here: "
           "status, progress, replication lag and what needs your attention.</p>"
           "<p><b>What to do next</b></p>"
           "<ul>"
           "<li>To try Ferry without an account, keep using the <b>sandbox</b>: a local emulation "
           "of the three services with sample data.</li>"
           "<li>To work with your Alibaba Cloud account, set the environment variables "
           "<tt>ALIBABA_CLOUD_ACCESS_KEY_ID</tt> and <tt>ALIBABA_CLOUD_ACCESS_KEY_SECRET</tt>, or "
           "configure the aliyun CLI (<tt>aliyun configure</tt>), then restart Ferry.</li>"
           "</ul>"));

    m_connection->setWordWrap(true);
    m_connection->setObjectName(QStringLiteral("connectionSummary"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_connection);
    m_identity->setWordWrap(true);
    m_identity->setObjectName(QStringLiteral("identitySummary"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_identity);
    layout->addStretch(1);
    setConnection({});
}

void DashboardPage::setConnection(const ConnectionInfo &info)
{
    switch (info.mode) {
    case ConnectionInfo::Mode::Starting:
        m_connection->setText(tr("Connecting…"));
        break;
    case ConnectionInfo::Mode::Sandbox:
        m_connection->setText(tr("Connected to the sandbox at %1. Its data is generated locally "
                                 "and nothing you do here touches a real account.")
                                  .arg(info.endpoint.toDisplayString()));
        break;
    case ConnectionInfo::Mode::Cloud:
        m_connection->setText(tr("Connected to Alibaba Cloud, region %1, with credentials from %2.")
                                  .arg(info.region, info.credentials));
        break;
    case ConnectionInfo::Mode::Failed:
        m_connection->setText(tr("Not connected: %1").arg(info.error));
        break;
    }
}

void DashboardPage::setSession(Session *session)
{
    m_session = session;
    setConnection(session->connection());
    m_identity->setText(tr("Checking the identity behind the credentials…"));
    session->sts().getCallerIdentity(
        this, [this](const cloudapi::Result<model::CallerIdentity> &result) {
            if (!result) {
                m_identity->setText(
                    tr("The credentials were not accepted: %1").arg(result.error().explanation()));
                return;
            }
            const model::CallerIdentity &who = result.value();
            m_identity->setText(tr("Signed in as %1 (account %2).")
                                    .arg(who.arn.isEmpty() ? who.userId : who.arn, who.accountId));
        });
}

} // namespace ferry::gui
