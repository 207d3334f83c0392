// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"

#include <QWidget>

#include <QPointer>

class QLabel;

namespace ferry::gui {

class Session;

/// The overview of every migration; until there are any, it says what to do next.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setConnection(const ConnectionInfo &info);
    /// Connects the page to a session: it confirms the identity behind the credentials.
    void setSession(Session *session);

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_identity = nullptr;
    QPointer<Session> m_session;
};

} // namespace ferry::gui
