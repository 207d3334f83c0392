// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/attestdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::gui {

AttestDialog::AttestDialog(const QString &subject, const QDateTime &now, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_now(now.toUTC())
    , m_by(new QLineEdit(this))
    , m_at(new QDateTimeEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_holds(new QRadioButton(this))
    , m_doesNotHold(new QRadioButton(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("attestDialog"));
    const bool criterion = mode == Mode::Criterion;
    setWindowTitle(criterion ? tr("Attest Criterion") : tr("Mark Preparation Done"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(criterion ? tr("You state, under your name, whether this criterion holds. The "
                                  "statement is shown as \"Attested\" evidence at the gate.\n\n%1")
                                   .arg(subject)
                             : tr("You state, under your name, that this rollback preparation is "
                                  "done.\n\n%1")
                                   .arg(subject));
    m_by->setObjectName(QStringLiteral("attestBy"));
    m_by->setPlaceholderText(tr("Your name, e.g. Ravi Shah (DBA)"));
    m_at->setObjectName(QStringLiteral("attestAt"));
    m_at->setCalendarPopup(true);
    m_at->setTimeSpec(Qt::LocalTime);
    m_at->setDateTime(m_now.toLocalTime());
    m_note->setObjectName(QStringLiteral("attestNote"));
    m_note->setPlaceholderText(criterion ? tr("How you checked it, e.g. \"Restored the 02:00 "
                                              "snapshot; row counts match.\"")
                                         : tr("What you did, e.g. \"TTL lowered to 60 s on all "
                                              "records.\""));
    m_note->setTabChangesFocus(true);
    m_holds->setText(tr("It &holds"));
    m_holds->setObjectName(QStringLiteral("attestHolds"));
    m_holds->setChecked(true);
    m_doesNotHold->setText(tr("It does &not hold"));
    m_doesNotHold->setObjectName(QStringLiteral("attestDoesNotHold"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_by);
    form->addRow(tr("&Date:"), m_at);
    form->addRow(tr("N&ote:"), m_note);
    if (criterion) {
        auto *choice = new QVBoxLayout;
        choice->addWidget(m_holds);
        choice->addWidget(m_doesNotHold);
        form->addRow(tr("Statement:"), choice);
    } else {
        m_holds->hide();
        m_doesNotHold->hide();
    }
    m_problems->setObjectName(QStringLiteral("attestProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#cf222e;"));
    QPushButton *record = m_buttons->addButton(criterion ? tr("&Attest") : tr("&Mark Done"),
                                               QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("attestRecord"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_by, &QLineEdit::textChanged, this, &AttestDialog::revalidate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AttestDialog::revalidate);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &AttestDialog::revalidate);
    resize(520, sizeHint().height());
    revalidate();
}

void AttestDialog::setAttestation(const model::Attestation &a)
{
    m_by->setText(a.by);
    if (a.at.isValid())
        m_at->setDateTime(a.at.toLocalTime());
    m_note->setPlainText(a.note);
    (a.holds ? m_holds : m_doesNotHold)->setChecked(true);
}

model::Attestation AttestDialog::attestation() const
{
    model::Attestation a;
    a.by = m_by->text().trimmed();
    a.at = m_at->dateTime().toUTC();
    a.note = m_note->toPlainText().trimmed();
    a.holds = m_holds->isChecked();
    return a;
}

QStringList AttestDialog::problems() const
{
    QStringList out;
    const model::Attestation a = attestation();
    if (a.by.isEmpty())
        out << tr("Enter your name.");
    if (a.note.isEmpty())
        out << tr("Say how you checked it.");
    // A minute of slack: the clock moved on while the dialog was open.
    if (a.at.isValid() && m_now.isValid() && a.at > m_now.addSecs(60))
        out << tr("The date is in the future; attest what has already been checked.");
    return out;
}

void AttestDialog::revalidate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(list.isEmpty());
    }
}

} // namespace ferry::gui
