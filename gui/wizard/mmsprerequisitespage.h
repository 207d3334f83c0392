// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace ferry::model {
struct MmsDataSource;
}

namespace ferry::gui {

class MmsPrerequisitesView;
class MmsWizard;

/// What must be in place before MMS can migrate: the service-linked role, the target project's
/// Data Transfer quota, the network connection, and the ADD USER / GRANT statements for the
/// account (id from GetCallerIdentity). The items Ferry cannot see are ticked by the person.
class MmsPrerequisitesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsPrerequisitesPage)

public:
    explicit MmsPrerequisitesPage(MmsWizard &wizard);

    MmsPrerequisitesView *view() const { return m_view; }
    /// Shows the checks that depend on the chosen data source.
    void setDataSource(const model::MmsDataSource &source);

    void initializePage() override;

private:
    MmsWizard &m_wizard;
    MmsPrerequisitesView *m_view = nullptr;
    QLabel *m_error = nullptr;
    bool m_identityRequested = false;
};

} // namespace ferry::gui
