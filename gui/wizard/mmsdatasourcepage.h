// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/mms.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::model {
struct NameCandidate;
}

namespace ferry::gui {

class CopyableTable;
class MaskedConfigView;
class MmsWizard;
class NameResolutionView;

/// Choose the data source: the list with type, region and status, or a typed name resolved to
/// one source (an exact match is used and shown; anything else is listed for the person to pick
/// and confirm). Data sources are created in the MaxCompute console, not through the API:
/// "Create in Console" opens it, Refresh lists again. The chosen source's configuration is shown
/// masked.
class MmsDataSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsDataSourcePage)

public:
    explicit MmsDataSourcePage(MmsWizard &wizard);
    ~MmsDataSourcePage() override;

    void initializePage() override;
    bool isComplete() const override;

    const QList<model::MmsDataSource> &sources() const { return m_sources; }
    /// The chosen source with its (masked) configuration, once loaded.
    const std::optional<model::MmsDataSource> &chosen() const { return m_chosen; }
    /// Whether a list call is in flight.
    bool isLoading() const { return m_listCall.isActive(); }

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *findButton() const { return m_find; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *consoleButton() const { return m_console; }
    QPushButton *useSelectedButton() const { return m_useSelected; }
    NameResolutionView *resolutionView() const { return m_resolution; }
    CopyableTable *sourceTable() const { return m_table; }
    MaskedConfigView *configView() const { return m_config; }

public Q_SLOTS:
    /// Lists the data sources again.
    void refresh();
    /// Resolves the typed name against the listed sources.
    void findTyped();
    /// Opens the MaxCompute console where data sources are created.
    void openConsole();

Q_SIGNALS:
    void sourcesListed();
    void sourceLoaded();

private:
    void fillTable();
    void choose(qint64 sourceId);
    void onTableSelection();

    MmsWizard &m_wizard;
    QList<model::MmsDataSource> m_sources;
    std::optional<model::MmsDataSource> m_chosen;
    cloudapi::CallHandle m_listCall;
    cloudapi::CallHandle m_getCall;
    bool m_filling = false;
    QLineEdit *m_name = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_console = nullptr;
    QPushButton *m_useSelected = nullptr;
    NameResolutionView *m_resolution = nullptr;
    CopyableTable *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chosenLabel = nullptr;
    MaskedConfigView *m_config = nullptr;
};

} // namespace ferry::gui
