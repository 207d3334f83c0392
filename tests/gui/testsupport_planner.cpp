// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_planner.h"

#include "gui/planner/planfilecontroller.h"
#include "model/planfile.h"

#include <QTest>

namespace ferry::test {

model::Plan samplePlan()
{
    const model::PlanLoadResult r = model::loadPlanFile(gui::PlanFileController::samplePath());
    if (!r.ok())
        qFatal("the sample plan is not in the resources: %s",
               qPrintable(model::describePlanFileError(r.error)));
    return *r.plan;
}

QDateTime planDay(int day, int hour, int minute)
{
    return QDateTime(QDate(2025, 3, 3).addDays(day), QTime(hour, minute), Qt::UTC);
}

QList<model::LagSample> steadyLag(const QDateTime &now, int minutes, qint64 delayMs)
{
    QList<model::LagSample> out;
    for (int s = minutes * 60; s >= 0; s -= 15)
        out.append({now.addSecs(-s), delayMs});
    return out;
}

void FakePrompts::askSaveChanges(const QString &, std::function<void(SaveChoice)> answer)
{
    ++saveAsked;
    answer(saveChoice);
}

void FakePrompts::askRecoverAutosave(const QString &, const QDateTime &,
                                     std::function<void(bool)> answer)
{
    ++recoverAsked;
    answer(recoverAnswer);
}

void FakePrompts::confirm(const QString &, const QString &text, const QString &,
                          std::function<void(bool)> answer)
{
    confirmTexts << text;
    answer(confirmAnswer);
}

void FakePrompts::chooseFileToOpen(const QString &, std::function<void(QString)> answer)
{
    answer(openPath);
}

void FakePrompts::chooseFileToSave(const QString &, std::function<void(QString)> answer)
{
    answer(savePath);
}

void FakePrompts::chooseDirectory(const QString &, const QString &,
                                  std::function<void(QString)> answer)
{
    answer(directory);
}

void FakePrompts::showError(const QString &title, const QString &text, const QString &details)
{
    errorTitles << title;
    errorTexts << text;
    errorDetails << details;
}

} // namespace ferry::test
