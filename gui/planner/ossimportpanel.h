// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ferry::gui {

class OssImportDialog;
class PlanDocument;
class PlanPrompts;

/// The plan's object-storage moves (OSSImport jobs): a list with what each moves where, and the
/// dialog that plans one and generates its configuration files.
class OssImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OssImportPanel)

public:
    OssImportPanel(PlanDocument &document, PlanPrompts &prompts, QWidget *parent = nullptr);

    /// Opens the dialog for a new job; nullptr when the plan is read-only.
    OssImportDialog *addJob();
    /// Opens the dialog for the selected job (read-only for a read-only plan).
    OssImportDialog *editSelected();
    void removeSelected();

private:
    void rebuild();
    void updateButtons();
    QString selectedId() const;

    PlanDocument &m_document;
    PlanPrompts &m_prompts;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ferry::gui
