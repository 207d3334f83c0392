// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/showgrants.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace ferry::gui {

class PrerequisiteList;

/// The prerequisites of a self-managed MySQL source for DTS. The person pastes the output of
/// SHOW GRANTS for the replication account (Ferry flags SUPER, ALL PRIVILEGES and every other
/// privilege beyond REPLICATION SLAVE and REPLICATION CLIENT, and gives the statements that fix
/// it) and of SHOW GLOBAL VARIABLES (binary log checklist). A password pasted with the grants is
/// masked in the box as soon as it is seen.
class DtsPrerequisitesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsPrerequisitesView)

public:
    explicit DtsPrerequisitesView(QWidget *parent = nullptr);

    /// Whether DTS copies existing data first (binary logs must then be kept 7 days, not 24 h).
    void setWithFullLoad(bool withFullLoad);
    void setGrantsText(const QString &text);
    void setVariablesText(const QString &text);

    const model::ReplicationGrantReport &grantReport() const { return m_report; }
    PrerequisiteList *list() const { return m_list; }
    /// The findings as shown, most severe first.
    QStringList findingTexts() const;
    QPlainTextEdit *grantsEditor() const { return m_grants; }
    QPlainTextEdit *variablesEditor() const { return m_variables; }
    bool allMet() const;

    /// The statement that lists the settings the checklist needs.
    static QString variablesQuery();

Q_SIGNALS:
    void metChanged(bool met);

private:
    void reevaluate();
    void maskPastedSecrets();

    QPlainTextEdit *m_grants = nullptr;
    QPlainTextEdit *m_variables = nullptr;
    QCheckBox *m_fullLoad = nullptr;
    QWidget *m_findings = nullptr;
    QLabel *m_maskedNote = nullptr;
    PrerequisiteList *m_list = nullptr;
    model::ReplicationGrantReport m_report;
};

} // namespace ferry::gui
