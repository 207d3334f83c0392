// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/planprompts.h"

#include "gui/planner/planformat.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ferry::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::PlanPrompts)
};

QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    return box;
}
} // namespace

QString planFileFilter()
{
    return Tr::tr("Ferry plans (*.ferryplan.json *.json);;All files (*)");
}

DialogPlanPrompts::DialogPlanPrompts(QWidget *parent)
    : m_parent(parent)
{}

void DialogPlanPrompts::askSaveChanges(const QString &name, std::function<void(SaveChoice)> answer)
{
    QMessageBox *box =
        messageBox(m_parent, QMessageBox::Warning, Tr::tr("Unsaved Changes"),
                   Tr::tr("The plan \"%1\" has changes that are not saved.").arg(name));
    box->setInformativeText(Tr::tr("Save them before you go on?"));
    box->setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Save);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer = std::move(answer)] {
        const QMessageBox::StandardButton b = box->standardButton(box->clickedButton());
        answer(b == QMessageBox::Save      ? SaveChoice::Save
               : b == QMessageBox::Discard ? SaveChoice::Discard
                                           : SaveChoice::Cancel);
    });
    box->open();
}

void DialogPlanPrompts::askRecoverAutosave(const QString &name, const QDateTime &savedAt,
                                           std::function<void(bool)> answer)
{
    QMessageBox *box =
        messageBox(m_parent, QMessageBox::Question, Tr::tr("Recover Unsaved Changes"),
                   Tr::tr("Ferry kept changes to \"%1\" that were not saved (autosaved %2).")
                       .arg(name, formatDateTime(savedAt)));
    box->setInformativeText(Tr::tr("Open the plan with these changes? If you choose the saved "
                                   "file, the autosaved changes are deleted."));
    QPushButton *recover = box->addButton(Tr::tr("&Recover Changes"), QMessageBox::AcceptRole);
    box->addButton(Tr::tr("Open the &Saved File"), QMessageBox::RejectRole);
    box->setDefaultButton(recover);
    QObject::connect(box, &QMessageBox::finished, box, [box, recover, answer = std::move(answer)] {
        answer(box->clickedButton() == recover);
    });
    box->open();
}

void DialogPlanPrompts::confirm(const QString &title, const QString &text, const QString &accept,
                                std::function<void(bool)> answer)
{
    QMessageBox *box = messageBox(m_parent, QMessageBox::Question, title, text);
    QPushButton *yes = box->addButton(accept, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, answer = std::move(answer)] {
        answer(box->clickedButton() == yes);
    });
    box->open();
}

void DialogPlanPrompts::chooseFileToOpen(const QString &directory,
                                         std::function<void(QString)> answer)
{
    auto *dialog = new QFileDialog(m_parent, Tr::tr("Open Plan"), directory, planFileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    QObject::connect(
        dialog, &QFileDialog::finished, dialog, [dialog, answer = std::move(answer)](int result) {
            const QStringList files = dialog->selectedFiles();
            answer(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

void DialogPlanPrompts::chooseFileToSave(const QString &suggestedPath,
                                         std::function<void(QString)> answer)
{
    auto *dialog =
        new QFileDialog(m_parent, Tr::tr("Save Plan As"), suggestedPath, planFileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ferryplan.json"));
    QObject::connect(
        dialog, &QFileDialog::finished, dialog, [dialog, answer = std::move(answer)](int result) {
            const QStringList files = dialog->selectedFiles();
            answer(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

void DialogPlanPrompts::chooseDirectory(const QString &title, const QString &directory,
                                        std::function<void(QString)> answer)
{
    auto *dialog = new QFileDialog(m_parent, title, directory);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(
        dialog, &QFileDialog::finished, dialog, [dialog, answer = std::move(answer)](int result) {
            const QStringList files = dialog->selectedFiles();
            answer(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

void DialogPlanPrompts::showError(const QString &title, const QString &text, const QString &details)
{
    QMessageBox *box = messageBox(m_parent, QMessageBox::Critical, title, text);
    box->setStandardButtons(QMessageBox::Ok);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace ferry::gui
