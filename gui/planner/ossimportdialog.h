// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ossimport.h"
#include "model/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ferry::gui {

class PlanPrompts;

/// Plans an object-storage move to OSS with ossimport: source, destination, job and worker
/// settings on the left, the generated local_job.cfg/job.cfg, sys.properties and workers files on
/// the right, regenerated on every change, with the issues the model finds. Credentials are never
/// asked for: the files carry placeholders to fill in on the machine that runs ossimport.
class OssImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OssImportDialog)

public:
    /// Edits `job`; `plan` provides the phases it can be linked to. `prompts` asks for the
    /// folder to save the files in (not owned).
    OssImportDialog(const model::Plan &plan, const model::OssImportPlan &job, PlanPrompts &prompts,
                    bool readOnly, QWidget *parent = nullptr);

    /// The job as entered.
    model::OssImportPlan job() const;
    /// The files generated from job().
    model::OssImportFiles files() const { return m_files; }
    /// Writes the generated files into `directory` (atomically each); false with a message in
    /// the dialog when there are errors or a file cannot be written.
    bool saveFilesTo(const QString &directory);

private:
    void buildSourceTab(QTabWidget *tabs);
    void buildDestinationTab(QTabWidget *tabs);
    void buildJobTab(QTabWidget *tabs);
    void buildWorkersTab(QTabWidget *tabs);
    void regenerate();
    void updateVisibility();

    model::OssImportPlan m_original;
    PlanPrompts &m_prompts;
    model::OssImportFiles m_files;

    QLineEdit *m_jobName = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_source = nullptr;
    QFormLayout *m_sourceForm = nullptr;
    QLineEdit *m_srcDomain = nullptr;
    QLineEdit *m_srcBucket = nullptr;
    QLineEdit *m_srcPrefix = nullptr;
    QLineEdit *m_srcAppId = nullptr;
    QLineEdit *m_hdfsPath = nullptr;
    QLineEdit *m_httpListFile = nullptr;
    QLineEdit *m_httpPrefixColumn = nullptr;
    QLineEdit *m_relativePathColumn = nullptr;
    QLineEdit *m_destDomain = nullptr;
    QLineEdit *m_destBucket = nullptr;
    QLineEdit *m_destPrefix = nullptr;
    QCheckBox *m_incremental = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_audit = nullptr;
    QComboBox *m_auditMode = nullptr;
    QCheckBox *m_recordMd5 = nullptr;
    QCheckBox *m_skipExisting = nullptr;
    QCheckBox *m_sse = nullptr;
    QCheckBox *m_symlinks = nullptr;
    QSpinBox *m_taskObjects = nullptr;
    QDoubleSpinBox *m_taskSizeMB = nullptr;
    QSpinBox *m_scanThreads = nullptr;
    QSpinBox *m_scanDepth = nullptr;
    QSpinBox *m_workerThreads = nullptr;
    QSpinBox *m_workerMaxKBps = nullptr;
    QLineEdit *m_javaHeap = nullptr;
    QDoubleSpinBox *m_totalGB = nullptr;
    QDoubleSpinBox *m_objectCount = nullptr;
    QFormLayout *m_workersForm = nullptr;
    QLineEdit *m_workingDir = nullptr;
    QLineEdit *m_workerUser = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QPlainTextEdit *m_workers = nullptr;

    QListWidget *m_issues = nullptr;
    QTabWidget *m_preview = nullptr;
    QPlainTextEdit *m_jobText = nullptr;
    QPlainTextEdit *m_sysText = nullptr;
    QPlainTextEdit *m_workersText = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveFiles = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ferry::gui
