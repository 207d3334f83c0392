// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/nameresolution.h"
#include "model/smc.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class NameResolutionView;
class SmcPrerequisitesView;
class SmcWizard;

/// Step 1: the source server. The servers SMC knows, with their state and whether the agent is
/// online; a row picked in the list, or a typed name resolved with NameResolutionView (an exact
/// match is used and shown, anything else is picked and confirmed, never chosen on its own).
/// A server whose agent is offline blocks the wizard, with what to do (SmcPrerequisitesView).
class SmcSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmcSourcePage)

public:
    explicit SmcSourcePage(SmcWizard *wizard);
    ~SmcSourcePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Lists the source servers again (DescribeSourceServers, every page).
    void refresh();
    /// Resolves the typed name against the servers listed.
    void resolveTypedName();
    /// The server chosen (a list row, an exact name or a confirmed pick).
    const std::optional<model::SmcSourceServer> &chosen() const { return m_chosen; }
    const QList<model::SmcSourceServer> &servers() const { return m_servers; }
    bool isLoading() const { return m_call.isActive(); }

    QTableWidget *serverTable() const { return m_table; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *findButton() const { return m_find; }
    NameResolutionView *resolutionView() const { return m_resolution; }
    QPushButton *confirmPickButton() const { return m_confirmPick; }
    SmcPrerequisitesView *prerequisitesView() const { return m_prerequisites; }
    QLabel *blockedLabel() const { return m_blocked; }

private:
    void fillTable();
    void choose(const QString &sourceId);
    void tableSelectionChanged();

    SmcWizard *m_wizard;
    QList<model::SmcSourceServer> m_servers;
    std::optional<model::SmcSourceServer> m_chosen;
    cloudapi::CallHandle m_call;
    QTableWidget *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_find = nullptr;
    NameResolutionView *m_resolution = nullptr;
    QPushButton *m_confirmPick = nullptr;
    QLabel *m_chosenLabel = nullptr;
    SmcPrerequisitesView *m_prerequisites = nullptr;
    QLabel *m_blocked = nullptr;
    bool m_filling = false;
};

} // namespace ferry::gui
