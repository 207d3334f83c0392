// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/smc.h"

#include <QWidget>

namespace ferry::gui {

class PrerequisiteList;

/// The SMC source prerequisites (model::smcSourcePrerequisites): the agent is installed and
/// online, as DescribeSourceServers reports it, and the server is not in use by another job.
class SmcPrerequisitesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcPrerequisitesView)

public:
    explicit SmcPrerequisitesView(QWidget *parent = nullptr);

    void setSourceServer(const model::SmcSourceServer &server);
    PrerequisiteList *list() const { return m_list; }
    bool allMet() const;

Q_SIGNALS:
    void metChanged(bool met);

private:
    PrerequisiteList *m_list = nullptr;
};

} // namespace ferry::gui
