// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/wiredescription.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

/// What a state-changing call is about to do, for ConfirmActionDialog.
struct ConfirmRequest
{
    cloudapi::WireDescription wire; ///< describeWire(...) of the exact parameters to be sent
    QString title;                  ///< e.g. "Stop the job sales-migration"
    QString summary;                ///< plain language: what happens when confirmed
    QStringList warnings;           ///< e.g. "The job starts at once."
    QString confirmText;            ///< the confirm button, e.g. "Stop job"; default "Confirm"
    /// When set, the person must type exactly this (case-sensitive) before confirming, for
    /// actions that cannot be undone (e.g. the job name for an SMC cutover).
    QString typedConfirmation;
};

/// Asks before a create, start, stop, retry, delete or cutover: what will happen, the warnings,
/// and every parameter exactly as it will be sent (secrets masked). Cancel is the default
/// button; with a typed confirmation the confirm button stays disabled until the word matches.
/// Open it with open() or show(); it reports through confirmed() / rejected(), never blocks.
class ConfirmActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmActionDialog)

public:
    explicit ConfirmActionDialog(ConfirmRequest request, QWidget *parent = nullptr);

    const ConfirmRequest &request() const { return m_request; }
    /// Whether the confirm button is enabled (the typed confirmation, if any, matches).
    bool canConfirm() const;
    /// The parameters as shown, one per line (`name<TAB>value<TAB>where`), after the request
    /// line; what "Copy parameters" puts on the clipboard.
    QString parametersText() const;
    /// The value a parameter is shown with: masked when its name is secret, otherwise with any
    /// secret inside it masked (a second line of defence; describeWire already masks).
    static QString displayedValue(const QString &name, const QString &value);

    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *typedConfirmationEdit() const { return m_typed; }
    QTableWidget *parameterTable() const { return m_table; }

    void accept() override;

Q_SIGNALS:
    /// The person confirmed; send the request now.
    void confirmed();

private:
    void updateConfirm();
    void copyParameters();
    QString requestLine() const;

    ConfirmRequest m_request;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ferry::gui
