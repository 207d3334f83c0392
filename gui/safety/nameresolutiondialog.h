// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nameresolution.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace ferry::gui {

class NameResolutionView;

/// Asks which resource a typed name means when it is ambiguous or only similar names exist: the
/// candidates in a table, nothing selected, OK disabled until the person picks a row; OK then
/// confirms the pick. Open it with open() or show(); it reports through candidateChosen().
/// (An exact match needs no dialog: show it with NameResolutionView.)
class NameResolutionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameResolutionDialog)

public:
    /// `objectKind`: what is being named, translated, lower case (e.g. tr("data source")).
    NameResolutionDialog(const model::Resolution &resolution, const QString &objectKind,
                         QWidget *parent = nullptr);

    /// The confirmed candidate (after OK), or the exact match.
    std::optional<model::NameCandidate> chosen() const;
    NameResolutionView *view() const { return m_view; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

Q_SIGNALS:
    /// The person picked and confirmed `candidate` (or the name matched it exactly).
    void candidateChosen(const ferry::model::NameCandidate &candidate);

private:
    void updateOk();

    NameResolutionView *m_view = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ferry::gui
