// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "model/dts.h"
#include "model/nameresolution.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::gui {

class ActionGate;
class DtsWizard;
class NameResolutionView;

/// The job: a typed name is looked up among the existing migration jobs. One exact match is used
/// (and shown); similar or several names are listed and nothing is used until the person picks
/// one and confirms, or chooses to create a new job under the typed name. A new job is configured
/// (ConfigureDtsJob) and then given an instance that starts it (CreateDtsInstance with
/// AutoStart); an existing one is started or stopped only in states that allow it. Every call
/// waits for a confirmation showing its parameters. DTS runs the precheck first.
class DtsStartPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsStartPage)

public:
    explicit DtsStartPage(DtsWizard *wizard);
    ~DtsStartPage() override;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *findButton() const { return m_find; }
    NameResolutionView *resolutionView() const { return m_view; }
    QPushButton *useSelectedButton() const { return m_useSelected; }
    QPushButton *newJobButton() const { return m_newJob; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *statusLabel() const { return m_status; }
    bool isLooking() const { return m_lookup.isActive(); }

    /// Looks the typed name up among the jobs.
    void findJob();

    void initializePage() override;
    bool isComplete() const override;

private:
    enum class Choice
    {
        Undecided,
        NewJob,
        Existing
    };
    void useExisting(const model::NameCandidate &candidate);
    void chooseNewJob();
    void createJob();
    void buyInstance();
    void jobAction(bool start);
    void updateState();

    DtsWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QPushButton *m_find = nullptr;
    NameResolutionView *m_view = nullptr;
    QPushButton *m_useSelected = nullptr;
    QPushButton *m_newJob = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    ActionGate *m_gate = nullptr;
    QList<model::DtsJob> m_jobs;
    Choice m_choice = Choice::Undecided;
    bool m_busy = false;
    bool m_started = false;
    cloudapi::CallHandle m_lookup;
    cloudapi::CallHandle m_call;
};

} // namespace ferry::gui
