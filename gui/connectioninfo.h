// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace ferry::gui {

/// What Ferry is talking to, for the status bar badge and the dashboard.
struct ConnectionInfo
{
    enum class Mode
    {
        Starting,
        Sandbox,
        Cloud,
        Failed
    };

    Mode mode = Mode::Starting;
    QUrl endpoint;       ///< the sandbox's loopback endpoint, or empty for Alibaba Cloud
    QString credentials; ///< where credentials come from, never the secret itself
    QString region;
    QString error; ///< for Mode::Failed, already translated
};

} // namespace ferry::gui
