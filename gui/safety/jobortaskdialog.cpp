// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/jobortaskdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

namespace {

QString describe(const model::NameCandidate &c)
{
    QStringList parts{JobOrTaskDialog::tr("id %1").arg(c.id)};
    for (const QString &p : {c.status, c.note}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(JobOrTaskDialog::tr(", "));
}

} // namespace

JobOrTaskDialog::JobOrTaskDialog(const QString &typed, const model::NameCandidate &job,
                                 const model::NameCandidate &task, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("jobOrTaskDialog"));
    setWindowTitle(tr("Job or task?"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("“%1” names both a migration job and a task. An action on "
                                   "the job reaches every one of its tasks; an action on the task "
                                   "reaches that task only. Which do you mean?")
                                    .arg(typed),
                                this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    layout->addWidget(question);

    m_job = new QRadioButton(tr("The &job “%1” (%2)").arg(job.name, describe(job)), this);
    m_job->setObjectName(QStringLiteral("chooseJob"));
    m_task =
        new QRadioButton(tr("The &task of table “%1” (%2)").arg(task.name, describe(task)), this);
    m_task->setObjectName(QStringLiteral("chooseTask"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_job);
    group->addButton(m_task);
    layout->addWidget(m_job);
    layout->addWidget(m_task);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(group, &QButtonGroup::buttonToggled, this,
            [this] { m_ok->setEnabled(choice().has_value()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &JobOrTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

std::optional<model::JobOrTask> JobOrTaskDialog::choice() const
{
    if (m_job->isChecked())
        return model::JobOrTask::Job;
    if (m_task->isChecked())
        return model::JobOrTask::Task;
    return std::nullopt;
}

void JobOrTaskDialog::accept()
{
    const std::optional<model::JobOrTask> c = choice();
    if (!c)
        return;
    QDialog::accept();
    Q_EMIT chosen(*c);
}

} // namespace ferry::gui
