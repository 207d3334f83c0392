// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/planner/planprompts.h"
#include "model/gateinputs.h"
#include "model/plan.h"

#include <QDateTime>
#include <QStringList>

namespace ferry::test {

/// The shipped sample plan, read from the application's resources.
model::Plan samplePlan();

/// A UTC time on the sample plan's calendar: day 0 is 2025-03-03 (a Monday).
QDateTime planDay(int day, int hour, int minute = 0);

/// Lag samples every 15 s for `minutes` up to `now`, all at `delayMs`.
QList<model::LagSample> steadyLag(const QDateTime &now, int minutes, qint64 delayMs);

/// Answers the planner's questions at once, as scripted, and records what was asked.
class FakePrompts final : public gui::PlanPrompts
{
public:
    SaveChoice saveChoice = SaveChoice::Cancel;
    bool recoverAnswer = false;
    bool confirmAnswer = true;
    QString openPath;
    QString savePath;
    QString directory;

    int saveAsked = 0;
    int recoverAsked = 0;
    QStringList confirmTexts;
    QStringList errorTitles;
    QStringList errorTexts;
    QStringList errorDetails;

    void askSaveChanges(const QString &name, std::function<void(SaveChoice)> answer) override;
    void askRecoverAutosave(const QString &name, const QDateTime &savedAt,
                            std::function<void(bool)> answer) override;
    void confirm(const QString &title, const QString &text, const QString &accept,
                 std::function<void(bool)> answer) override;
    void chooseFileToOpen(const QString &directory, std::function<void(QString)> answer) override;
    void chooseFileToSave(const QString &suggestedPath,
                          std::function<void(QString)> answer) override;
    void chooseDirectory(const QString &title, const QString &directory,
                         std::function<void(QString)> answer) override;
    void showError(const QString &title, const QString &text, const QString &details) override;
};

} // namespace ferry::test
