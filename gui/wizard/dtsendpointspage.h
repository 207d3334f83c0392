// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/dts.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace ferry::gui {

class DtsEndpointForm;
class DtsWizard;

/// The source and target endpoints, and a connection test (DescribeConnectionStatus) that must
/// pass for both before the wizard goes on. The test runs asynchronously; editing an endpoint
/// voids it.
class DtsEndpointsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsEndpointsPage)

public:
    explicit DtsEndpointsPage(DtsWizard *wizard);
    ~DtsEndpointsPage() override;

    DtsEndpointForm *sourceForm() const { return m_source; }
    DtsEndpointForm *destinationForm() const { return m_destination; }
    QPushButton *testButton() const { return m_test; }
    QLabel *sourceResult() const { return m_sourceResult; }
    QLabel *destinationResult() const { return m_destinationResult; }
    bool isTesting() const { return m_call.isActive(); }

    /// Runs the connection test.
    void testConnection();

    bool isComplete() const override;
    bool validatePage() override;

private:
    void invalidate();
    void showResult(QLabel *label, const model::DtsEndpointConnection &c);

    DtsWizard *m_wizard;
    DtsEndpointForm *m_source = nullptr;
    DtsEndpointForm *m_destination = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_sourceResult = nullptr;
    QLabel *m_destinationResult = nullptr;
    QLabel *m_error = nullptr;
    cloudapi::CallHandle m_call;
    bool m_passed = false;
};

} // namespace ferry::gui
