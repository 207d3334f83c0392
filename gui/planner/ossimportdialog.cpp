// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/ossimportdialog.h"

#include "gui/planner/planformat.h"
#include "gui/planner/planprompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ferry::gui {

namespace {

QString sourceName(model::OssImportSource s)
{
    using S = model::OssImportSource;
    switch (s) {
    case S::Local:
        return OssImportDialog::tr("Local directory");
    case S::Oss:
        return OssImportDialog::tr("Alibaba Cloud OSS");
    case S::Qiniu:
        return OssImportDialog::tr("Qiniu Kodo");
    case S::Bos:
        return OssImportDialog::tr("Baidu BOS");
    case S::Ks3:
        return OssImportDialog::tr("Kingsoft KS3");
    case S::S3:
        return OssImportDialog::tr("Amazon S3");
    case S::Youpai:
        return OssImportDialog::tr("UPYUN");
    case S::Http:
        return OssImportDialog::tr("HTTP list of URLs");
    case S::Cos:
        return OssImportDialog::tr("Tencent COS");
    case S::Azure:
        return OssImportDialog::tr("Azure Blob Storage");
    case S::Hdfs:
        return OssImportDialog::tr("HDFS (through a local mount)");
    }
    return {};
}

const QList<model::OssImportSource> &sources()
{
    using S = model::OssImportSource;
    static const QList<S> all{S::S3,  S::Oss,    S::Cos,  S::Azure, S::Qiniu, S::Bos,
                              S::Ks3, S::Youpai, S::Http, S::Local, S::Hdfs};
    return all;
}

QPlainTextEdit *previewEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

} // namespace

OssImportDialog::OssImportDialog(const model::Plan &plan, const model::OssImportPlan &job,
                                 PlanPrompts &prompts, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_original(job)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("ossImportDialog"));
    setWindowTitle(tr("OSSImport Job"));

    m_jobName = new QLineEdit(job.jobName, this);
    m_jobName->setObjectName(QStringLiteral("ossJobName"));
    m_phase = new QComboBox(this);
    m_phase->addItem(tr("(no phase)"), QString());
    for (const model::Phase &p : plan.phases)
        m_phase->addItem(phaseLabel(plan, p.id), p.id);
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(job.phaseId)));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("ossMode"));
    m_mode->addItem(tr("Standalone (one machine, local_job.cfg)"));
    m_mode->addItem(tr("Distributed (master and workers, job.cfg)"));
    m_mode->setCurrentIndex(job.mode == model::OssImportMode::Distributed ? 1 : 0);
    auto *top = new QFormLayout;
    top->addRow(tr("&Job name:"), m_jobName);
    top->addRow(tr("&Phase:"), m_phase);
    top->addRow(tr("&Mode:"), m_mode);

    auto *tabs = new QTabWidget(this);
    buildSourceTab(tabs);
    buildDestinationTab(tabs);
    buildJobTab(tabs);
    buildWorkersTab(tabs);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(tabs, 1);

    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("ossIssues"));
    m_issues->setWordWrap(true);
    m_issues->setMaximumHeight(100);
    m_preview = new QTabWidget(this);
    m_jobText = previewEdit(this, QStringLiteral("ossJobText"));
    m_sysText = previewEdit(this, QStringLiteral("ossSysText"));
    m_workersText = previewEdit(this, QStringLiteral("ossWorkersText"));
    m_preview->addTab(m_jobText, QStringLiteral("local_job.cfg"));
    m_preview->addTab(m_sysText, QStringLiteral("sys.properties"));
    m_preview->addTab(m_workersText, QStringLiteral("workers"));
    auto *placeholderNote = new QLabel(
        tr("Credentials are written as placeholders such as %1: fill them in on the machine that "
           "runs ossimport. Ferry never stores them.")
            .arg(QString::fromLatin1(model::kOssPlaceholderDestSecretKey)),
        this);
    placeholderNote->setWordWrap(true);
    placeholderNote->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ossStatus"));
    m_status->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Issues</b>"), this));
    rightLayout->addWidget(m_issues);
    rightLayout->addWidget(new QLabel(tr("<b>Generated files</b>"), this));
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(placeholderNote);
    rightLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 660});

    m_buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_saveFiles = m_buttons->addButton(tr("&Save Files…"), QDialogButtonBox::ActionRole);
    m_saveFiles->setObjectName(QStringLiteral("ossSaveFiles"));
    m_saveFiles->setToolTip(tr("Write the generated files into a folder, e.g. ossimport's conf "
                               "folder."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveFiles, &QPushButton::clicked, this, [this] {
        m_prompts.chooseDirectory(tr("Save ossimport Files"), QDir::homePath(),
                                  [this](const QString &dir) {
                                      if (!dir.isEmpty())
                                          saveFilesTo(dir);
                                  });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    // Every field regenerates the preview.
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &OssImportDialog::regenerate);
    for (QComboBox *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::currentIndexChanged, this, &OssImportDialog::regenerate);
    for (QCheckBox *c : findChildren<QCheckBox *>())
        connect(c, &QCheckBox::toggled, this, &OssImportDialog::regenerate);
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &OssImportDialog::regenerate);
    for (QDoubleSpinBox *s : findChildren<QDoubleSpinBox *>())
        connect(s, &QDoubleSpinBox::valueChanged, this, &OssImportDialog::regenerate);
    connect(m_workers, &QPlainTextEdit::textChanged, this, &OssImportDialog::regenerate);
    if (readOnly) {
        for (QWidget *w : left->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                qobject_cast<QPlainTextEdit *>(w))
                w->setEnabled(false);
        }
    }
    resize(1100, 720);
    regenerate();
}

void OssImportDialog::buildSourceTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    m_sourceForm = new QFormLayout(page);
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("ossSource"));
    for (model::OssImportSource s : sources())
        m_source->addItem(sourceName(s));
    m_source->setCurrentIndex(int(sources().indexOf(m_original.source)));
    m_srcDomain = new QLineEdit(m_original.srcDomain, page);
    m_srcDomain->setObjectName(QStringLiteral("ossSrcDomain"));
    m_srcDomain->setPlaceholderText(QStringLiteral("http://s3.us-east-1.amazonaws.com"));
    m_srcBucket = new QLineEdit(m_original.srcBucket, page);
    m_srcBucket->setObjectName(QStringLiteral("ossSrcBucket"));
    m_srcPrefix = new QLineEdit(m_original.srcPrefix, page);
    m_srcPrefix->setObjectName(QStringLiteral("ossSrcPrefix"));
    m_srcAppId = new QLineEdit(m_original.srcAppId, page);
    m_hdfsPath = new QLineEdit(m_original.hdfsPath, page);
    m_hdfsPath->setPlaceholderText(QStringLiteral("/warehouse/media"));
    m_httpListFile = new QLineEdit(m_original.httpListFilePath, page);
    m_httpPrefixColumn = new QLineEdit(m_original.httpPrefixColumn, page);
    m_relativePathColumn = new QLineEdit(m_original.relativePathColumn, page);
    m_sourceForm->addRow(tr("&Source:"), m_source);
    m_sourceForm->addRow(tr("Source &endpoint:"), m_srcDomain);
    m_sourceForm->addRow(tr("Source &bucket:"), m_srcBucket);
    m_sourceForm->addRow(tr("Source &prefix:"), m_srcPrefix);
    m_sourceForm->addRow(tr("COS &AppId:"), m_srcAppId);
    m_sourceForm->addRow(tr("&HDFS directory:"), m_hdfsPath);
    m_sourceForm->addRow(tr("URL &list file:"), m_httpListFile);
    m_sourceForm->addRow(tr("Prefi&x column:"), m_httpPrefixColumn);
    m_sourceForm->addRow(tr("&Relative path column:"), m_relativePathColumn);
    m_srcPrefix->setToolTip(tr("Local and HDFS sources: the absolute directory (the HDFS mount "
                               "point), ending in \"/\"."));
    tabs->addTab(page, tr("Source"));
}

void OssImportDialog::buildDestinationTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *form = new QFormLayout(page);
    m_destDomain = new QLineEdit(m_original.destDomain, page);
    m_destDomain->setObjectName(QStringLiteral("ossDestDomain"));
    m_destDomain->setPlaceholderText(
        QStringLiteral("http://oss-cn-hangzhou-internal.aliyuncs.com"));
    m_destDomain->setToolTip(tr("The OSS endpoint without the bucket; use the internal endpoint "
                                "when ossimport runs on ECS in the same region."));
    m_destBucket = new QLineEdit(m_original.destBucket, page);
    m_destBucket->setObjectName(QStringLiteral("ossDestBucket"));
    m_destPrefix = new QLineEdit(m_original.destPrefix, page);
    m_destPrefix->setObjectName(QStringLiteral("ossDestPrefix"));
    m_destPrefix->setToolTip(tr("Where the objects land in the bucket; no leading \"/\", a "
                                "trailing \"/\"."));
    form->addRow(tr("OSS &endpoint:"), m_destDomain);
    form->addRow(tr("OSS &bucket:"), m_destBucket);
    form->addRow(tr("OSS &prefix:"), m_destPrefix);
    tabs->addTab(page, tr("Destination"));
}

void OssImportDialog::buildJobTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    auto *form = new QFormLayout(page);
    m_incremental = new QCheckBox(tr("Rescan for new and changed objects"), page);
    m_incremental->setChecked(m_original.incremental);
    m_interval = spin(page, 900, 30 * 86400, tr(" s"));
    m_interval->setValue(m_original.incrementalIntervalSeconds);
    m_audit = new QCheckBox(tr("Check every object after the import"), page);
    m_audit->setChecked(m_original.auditAfterImport);
    m_auditMode = new QComboBox(page);
    m_auditMode->addItems(
        {tr("Simple (size)"), tr("General (size, time, headers)"), tr("Detailed (content)")});
    m_auditMode->setCurrentIndex(int(m_original.auditMode));
    m_recordMd5 = new QCheckBox(tr("Record an MD5 checksum on each object"), page);
    m_recordMd5->setChecked(m_original.recordMd5);
    m_skipExisting = new QCheckBox(tr("Skip objects that already exist"), page);
    m_skipExisting->setChecked(m_original.skipExistingFiles);
    m_sse = new QCheckBox(tr("Server-side encryption"), page);
    m_sse->setChecked(m_original.serverSideEncryption);
    m_symlinks = new QCheckBox(tr("Follow symbolic links"), page);
    m_symlinks->setChecked(m_original.allowSymbolicLink);
    m_taskObjects = spin(page, 1, 50000);
    m_taskObjects->setValue(m_original.taskObjectCountLimit);
    m_taskSizeMB = new QDoubleSpinBox(page);
    m_taskSizeMB->setRange(1, 1e7);
    m_taskSizeMB->setDecimals(0);
    m_taskSizeMB->setSuffix(tr(" MB"));
    m_taskSizeMB->setValue(double(m_original.taskObjectSizeLimit) / 1e6);
    m_scanThreads = spin(page, 1, 32);
    m_scanThreads->setValue(m_original.scanThreadCount);
    m_scanDepth = spin(page, 1, 16);
    m_scanDepth->setValue(m_original.maxMultiThreadScanDepth);
    m_workerThreads = spin(page, 1, 1000);
    m_workerThreads->setValue(m_original.workerTaskThreadNum);
    m_workerMaxKBps = spin(page, 0, 100000000, tr(" KB/s"));
    m_workerMaxKBps->setSpecialValueText(tr("unlimited"));
    m_workerMaxKBps->setValue(int(std::min<qint64>(m_original.workerMaxThroughputKBps, 100000000)));
    m_javaHeap = new QLineEdit(m_original.javaHeapMaxSize, page);
    m_totalGB = new QDoubleSpinBox(page);
    m_totalGB->setRange(0, 1e7);
    m_totalGB->setDecimals(1);
    m_totalGB->setSuffix(tr(" GB"));
    m_totalGB->setSpecialValueText(tr("not set"));
    m_totalGB->setValue(m_original.totalBytes ? double(*m_original.totalBytes) / 1e9 : 0);
    m_objectCount = new QDoubleSpinBox(page);
    m_objectCount->setRange(0, 1e12);
    m_objectCount->setDecimals(0);
    m_objectCount->setSpecialValueText(tr("not set"));
    m_objectCount->setValue(m_original.objectCount ? double(*m_original.objectCount) : 0);
    form->addRow(tr("Incremental:"), m_incremental);
    form->addRow(tr("Rescan &interval:"), m_interval);
    form->addRow(tr("Audit:"), m_audit);
    form->addRow(tr("Audit &mode:"), m_auditMode);
    form->addRow(QString(), m_recordMd5);
    form->addRow(QString(), m_skipExisting);
    form->addRow(QString(), m_sse);
    form->addRow(QString(), m_symlinks);
    form->addRow(tr("Objects per &task:"), m_taskObjects);
    form->addRow(tr("Bytes per task:"), m_taskSizeMB);
    form->addRow(tr("Scan t&hreads:"), m_scanThreads);
    form->addRow(tr("Scan &depth:"), m_scanDepth);
    form->addRow(tr("Threads per &worker:"), m_workerThreads);
    form->addRow(tr("Worker &cap:"), m_workerMaxKBps);
    form->addRow(tr("&Java heap:"), m_javaHeap);
    form->addRow(tr("Data &volume:"), m_totalGB);
    form->addRow(tr("&Objects:"), m_objectCount);
    tabs->addTab(page, tr("Job"));
}

void OssImportDialog::buildWorkersTab(QTabWidget *tabs)
{
    auto *page = new QWidget(tabs);
    m_workersForm = new QFormLayout(page);
    m_workingDir = new QLineEdit(m_original.workingDir, page);
    m_workingDir->setPlaceholderText(tr("default"));
    m_workerUser = new QLineEdit(m_original.workerUser, page);
    m_workerUser->setObjectName(QStringLiteral("ossWorkerUser"));
    m_sshPort = spin(page, 1, 65535);
    m_sshPort->setValue(m_original.sshPort);
    m_workers = new QPlainTextEdit(m_original.workers.join(QLatin1Char('\n')), page);
    m_workers->setObjectName(QStringLiteral("ossWorkers"));
    m_workers->setTabChangesFocus(true);
    m_workers->setPlaceholderText(tr("One address per line; the first is the master."));
    m_workersForm->addRow(tr("&Working folder:"), m_workingDir);
    m_workersForm->addRow(tr("SSH &user:"), m_workerUser);
    m_workersForm->addRow(tr("SSH &port:"), m_sshPort);
    m_workersForm->addRow(tr("W&orkers:"), m_workers);
    tabs->addTab(page, tr("Workers"));
}

model::OssImportPlan OssImportDialog::job() const
{
    model::OssImportPlan j = m_original;
    j.jobName = m_jobName->text().trimmed();
    j.phaseId = m_phase->currentData().toString();
    j.mode = m_mode->currentIndex() == 1 ? model::OssImportMode::Distributed
                                         : model::OssImportMode::Standalone;
    j.source = sources().value(m_source->currentIndex(), j.source);
    j.srcDomain = m_srcDomain->text().trimmed();
    j.srcBucket = m_srcBucket->text().trimmed();
    j.srcPrefix = m_srcPrefix->text().trimmed();
    j.srcAppId = m_srcAppId->text().trimmed();
    j.hdfsPath = m_hdfsPath->text().trimmed();
    j.httpListFilePath = m_httpListFile->text().trimmed();
    j.httpPrefixColumn = m_httpPrefixColumn->text().trimmed();
    j.relativePathColumn = m_relativePathColumn->text().trimmed();
    j.destDomain = m_destDomain->text().trimmed();
    j.destBucket = m_destBucket->text().trimmed();
    j.destPrefix = m_destPrefix->text().trimmed();
    j.incremental = m_incremental->isChecked();
    j.incrementalIntervalSeconds = m_interval->value();
    j.auditAfterImport = m_audit->isChecked();
    j.auditMode = model::OssImportAuditMode(m_auditMode->currentIndex());
    j.recordMd5 = m_recordMd5->isChecked();
    j.skipExistingFiles = m_skipExisting->isChecked();
    j.serverSideEncryption = m_sse->isChecked();
    j.allowSymbolicLink = m_symlinks->isChecked();
    j.taskObjectCountLimit = m_taskObjects->value();
    j.taskObjectSizeLimit = qint64(std::llround(m_taskSizeMB->value() * 1e6));
    j.scanThreadCount = m_scanThreads->value();
    j.maxMultiThreadScanDepth = m_scanDepth->value();
    j.workerTaskThreadNum = m_workerThreads->value();
    j.workerMaxThroughputKBps = m_workerMaxKBps->value();
    j.javaHeapMaxSize = m_javaHeap->text().trimmed();
    j.totalBytes = m_totalGB->value() > 0
                       ? std::optional<qint64>(qint64(std::llround(m_totalGB->value() * 1e9)))
                       : std::nullopt;
    j.objectCount = m_objectCount->value() > 0
                        ? std::optional<qint64>(qint64(std::llround(m_objectCount->value())))
                        : std::nullopt;
    j.workingDir = m_workingDir->text().trimmed();
    j.workerUser = m_workerUser->text().trimmed();
    j.sshPort = m_sshPort->value();
    j.workers.clear();
    for (const QString &line : m_workers->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            j.workers << line.trimmed();
    }
    return j;
}

void OssImportDialog::updateVisibility()
{
    using S = model::OssImportSource;
    const S source = sources().value(m_source->currentIndex(), S::S3);
    const bool local = source == S::Local || source == S::Hdfs;
    const bool http = source == S::Http;
    m_sourceForm->setRowVisible(m_srcDomain, !local && !http);
    m_sourceForm->setRowVisible(m_srcBucket, !local && !http);
    m_sourceForm->setRowVisible(m_srcAppId, source == S::Cos);
    m_sourceForm->setRowVisible(m_hdfsPath, source == S::Hdfs);
    m_sourceForm->setRowVisible(m_httpListFile, http);
    m_sourceForm->setRowVisible(m_httpPrefixColumn, http);
    m_sourceForm->setRowVisible(m_relativePathColumn, http);
    const bool distributed = m_mode->currentIndex() == 1;
    m_workersForm->setRowVisible(m_workerUser, distributed);
    m_workersForm->setRowVisible(m_sshPort, distributed);
    m_workersForm->setRowVisible(m_workers, distributed);
    m_interval->setEnabled(m_incremental->isChecked() && m_incremental->isEnabled());
    m_auditMode->setEnabled(m_audit->isChecked() && m_audit->isEnabled());
}

void OssImportDialog::regenerate()
{
    updateVisibility();
    const model::OssImportPlan j = job();
    m_files = model::generateOssImportConfig(j);
    m_issues->clear();
    QStyle *style = QApplication::style();
    bool errors = false;
    for (const model::OssImportIssue &issue : std::as_const(m_files.issues)) {
        const bool error = issue.severity == model::Severity::Error;
        errors = errors || error;
        auto *item = new QListWidgetItem(
            style->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                      : QStyle::SP_MessageBoxWarning),
            issue.field.isEmpty() ? model::describeIssue(issue)
                                  : tr("%1 (%2)").arg(model::describeIssue(issue), issue.field),
            m_issues);
        item->setToolTip(item->text());
    }
    if (m_files.issues.isEmpty())
        new QListWidgetItem(tr("No issues."), m_issues);
    const QString placeholder = tr("# Nothing is generated while there are errors (see Issues).");
    m_preview->setTabText(0, m_files.jobFileName.isEmpty()
                                 ? (j.mode == model::OssImportMode::Distributed
                                        ? QStringLiteral("job.cfg")
                                        : QStringLiteral("local_job.cfg"))
                                 : m_files.jobFileName);
    m_jobText->setPlainText(m_files.ok() ? m_files.jobConfig : placeholder);
    m_sysText->setPlainText(m_files.ok() ? m_files.sysProperties : placeholder);
    m_workersText->setPlainText(m_files.ok() ? m_files.workers : placeholder);
    m_preview->setTabVisible(2, j.mode == model::OssImportMode::Distributed);
    m_saveFiles->setEnabled(m_files.ok());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!j.jobName.isEmpty());
    m_status->setText(errors ? tr("Fix the errors to generate the files.") : QString());
}

bool OssImportDialog::saveFilesTo(const QString &directory)
{
    if (!m_files.ok()) {
        m_status->setText(tr("Fix the errors to generate the files."));
        return false;
    }
    QList<QPair<QString, QString>> files{{m_files.jobFileName, m_files.jobConfig},
                                         {QStringLiteral("sys.properties"), m_files.sysProperties}};
    if (!m_files.workers.isEmpty())
        files.append({QStringLiteral("workers"), m_files.workers});
    const QDir dir(directory);
    QStringList written;
    for (const auto &[name, text] : files) {
        QSaveFile file(dir.filePath(name));
        // sys.properties and the job file are read as ISO-8859-1; the model escapes the rest.
        const QByteArray bytes = name == QLatin1String("workers") ? text.toUtf8() : text.toLatin1();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            m_status->setText(
                tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        written << name;
    }
    m_status->setText(
        tr("Saved %1 in %2.")
            .arg(written.join(QStringLiteral(", ")), QDir::toNativeSeparators(directory)));
    return true;
}

} // namespace ferry::gui
