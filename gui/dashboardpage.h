// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connectioninfo.h"

#include <QWidget>

class QLabel;

namespace ferry::gui {

/// The overview of every migration; until there are any, it says what to do next.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setConnection(const ConnectionInfo &info);

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_connection = nullptr;
};

} // namespace ferry::gui
