// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SMC wizard against an in-process sandbox whose virtual clock the test moves: helpers
// that resolve a server name, page on, answer confirmations and drive the job through virtual
// time (waits run the event loop; the wizard itself never waits).
#include "gui/safety/confirmactiondialog.h"
#include "gui/safety/nameresolutionview.h"
#include "gui/session.h"
#include "gui/wizard/smcjobpoller.h"
#include "gui/wizard/smcsourcepage.h"
#include "gui/wizard/smcwizard.h"

#include "../cloudapi/testsupport_monitor.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPushButton>

#include <functional>
#include <memory>

namespace ferry::test {

struct SmcWizardRig
{
    SandboxRig rig;
    std::unique_ptr<gui::Session> session;
    std::unique_ptr<gui::SmcWizard> wizard;

    bool start()
    {
        if (!rig.start())
            return false;
        gui::ConnectionInfo info;
        info.mode = gui::ConnectionInfo::Mode::Sandbox;
        info.endpoint = rig.server->endpoint();
        info.region = kRegion;
        session = std::make_unique<gui::Session>(rig.makeTransport().release(), info);
        session->setClock(rig.clockFunction());
        return true;
    }

    /// A new wizard (replacing any earlier one), shown, with its server list loaded.
    bool open()
    {
        wizard.reset();
        wizard = std::make_unique<gui::SmcWizard>(session.get());
        // The test moves virtual time and asks for polls itself; the timer only backs it up.
        wizard->setPollInterval(60'000);
        wizard->show();
        return waitFor([this] { return !wizard->sourcePage()->servers().isEmpty(); });
    }

    ~SmcWizardRig()
    {
        wizard.reset();
        session.reset();
    }

    /// Types `name` and resolves it.
    void resolve(const QString &name)
    {
        wizard->sourcePage()->nameEdit()->setText(name);
        wizard->sourcePage()->findButton()->click();
    }

    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *commit() const { return wizard->button(QWizard::CommitButton); }

    /// Presses Next (or the commit button); true when the wizard moved on.
    bool pageOn()
    {
        const int before = wizard->currentId();
        QAbstractButton *b = next()->isVisible() ? next() : commit();
        if (!b->isEnabled())
            return false;
        b->click();
        return wizard->currentId() != before;
    }

    /// Confirms the open confirmation dialog (typing `typed` first when given).
    bool confirm(const QString &typed = {})
    {
        gui::ConfirmActionDialog *d = wizard->confirmDialog();
        if (!d)
            return false;
        if (!typed.isNull())
            d->typedConfirmationEdit()->setText(typed);
        if (!d->canConfirm())
            return false;
        d->confirmButton()->click();
        return true;
    }

    /// Polls the job once and waits for the answer.
    bool pollOnce()
    {
        gui::SmcJobPoller *p = wizard->poller();
        if (!waitFor([p] { return !p->isPolling(); }))
            return false;
        p->pollNow();
        return waitFor([p] { return !p->isPolling(); });
    }

    /// Moves virtual time on by `stepMs` and polls, until `done(job)` or `maxSteps` steps.
    bool driveUntil(const std::function<bool(const model::SmcReplicationJob &)> &done,
                    qint64 stepMs, int maxSteps)
    {
        for (int i = 0; i <= maxSteps; ++i) {
            if (!pollOnce())
                return false;
            const auto &job = wizard->poller()->job();
            if (job && done(*job))
                return true;
            rig.advance(stepMs);
        }
        return false;
    }

    static bool hasStatus(const model::SmcReplicationJob &job, model::SmcJobStatus status)
    {
        return job.status == status;
    }
};

} // namespace ferry::test
