// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/evidence.h"

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ferry::gui {

/// A person's statement that a criterion holds (or that a rollback preparation is done): who,
/// when, how it was checked. Nothing is recorded without a name and a note, or with a date in the
/// future.
class AttestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttestDialog)

public:
    enum class Mode
    {
        Criterion,   ///< the person may also attest that it does NOT hold
        Preparation, ///< a rollback preparation is done
    };

    /// `subject` names what is attested; `now` is the latest allowed date.
    AttestDialog(const QString &subject, const QDateTime &now, Mode mode,
                 QWidget *parent = nullptr);

    /// Starts from an earlier attestation (to replace it).
    void setAttestation(const model::Attestation &attestation);
    model::Attestation attestation() const;
    /// What keeps OK disabled (translated); empty when the attestation can be recorded.
    QStringList problems() const;

private:
    void revalidate();

    QDateTime m_now;
    QLineEdit *m_by = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QRadioButton *m_holds = nullptr;
    QRadioButton *m_doesNotHold = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ferry::gui
