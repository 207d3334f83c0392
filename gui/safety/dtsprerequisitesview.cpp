// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/dtsprerequisitesview.h"

#include "gui/safety/copyabletext.h"
#include "gui/safety/prerequisitelist.h"
#include "model/prerequisites.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPlainTextEdit *pasteBox(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * 4);
    edit->setMaximumHeight(line * 7);
    return edit;
}

QStyle::StandardPixmap severityIcon(model::GrantSeverity s)
{
    switch (s) {
    case model::GrantSeverity::Critical:
        return QStyle::SP_MessageBoxCritical;
    case model::GrantSeverity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case model::GrantSeverity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

DtsPrerequisitesView::DtsPrerequisitesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new PrerequisiteList(this))
{
    setObjectName(QStringLiteral("dtsPrerequisitesView"));
    auto *layout = new QVBoxLayout(this);

    auto *grantsLabel = wrapped(
        tr("&Replication account: run SHOW GRANTS FOR 'account'@'host'; on the source and paste "
           "the output. DTS needs REPLICATION SLAVE and REPLICATION CLIENT on *.*; Ferry flags "
           "anything more."),
        this);
    m_grants = pasteBox(
        QStringLiteral("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'dts'@'%'"), this);
    m_grants->setObjectName(QStringLiteral("grantsInput"));
    m_grants->setAccessibleName(tr("SHOW GRANTS output"));
    grantsLabel->setBuddy(m_grants);
    layout->addWidget(grantsLabel);
    layout->addWidget(m_grants);
    m_maskedNote = wrapped(tr("A password in the pasted text was masked."), this);
    m_maskedNote->setObjectName(QStringLiteral("maskedNote"));
    m_maskedNote->hide();
    layout->addWidget(m_maskedNote);

    m_findings = new QWidget(this);
    m_findings->setObjectName(QStringLiteral("grantFindings"));
    m_findings->setAccessibleName(tr("Findings about the replication account"));
    auto *findingsLayout = new QGridLayout(m_findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->setColumnStretch(1, 1);
    layout->addWidget(m_findings);

    auto *variablesLabel = wrapped(tr("&Binary log settings: run this statement on the source and "
                                      "paste the output."),
                                   this);
    auto *query = new CopyableText(this);
    query->setObjectName(QStringLiteral("variablesQuery"));
    query->setText(variablesQuery());
    query->setCopyLabel(tr("Copy &statement"));
    m_variables = pasteBox(QStringLiteral("| binlog_format | ROW |"), this);
    m_variables->setObjectName(QStringLiteral("variablesInput"));
    m_variables->setAccessibleName(tr("SHOW VARIABLES output"));
    variablesLabel->setBuddy(m_variables);
    layout->addWidget(variablesLabel);
    layout->addWidget(query);
    layout->addWidget(m_variables);

    m_fullLoad = new QCheckBox(tr("DTS copies the existing data first (&full load)"), this);
    m_fullLoad->setObjectName(QStringLiteral("fullLoad"));
    m_fullLoad->setChecked(true);
    layout->addWidget(m_fullLoad);
    layout->addWidget(m_list);
    layout->addStretch(1);

    connect(m_grants, &QPlainTextEdit::textChanged, this, [this] {
        maskPastedSecrets();
        reevaluate();
    });
    connect(m_variables, &QPlainTextEdit::textChanged, this, &DtsPrerequisitesView::reevaluate);
    connect(m_fullLoad, &QCheckBox::toggled, this, &DtsPrerequisitesView::reevaluate);
    connect(m_list, &PrerequisiteList::metChanged, this, &DtsPrerequisitesView::metChanged);
    reevaluate();
}

QStringList DtsPrerequisitesView::findingTexts() const
{
    QStringList out;
    for (int i = 0; i < m_findings->layout()->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_findings->layout()->itemAt(i)->widget());
            label && label->objectName() == QLatin1String("grantFinding"))
            out.append(label->text());
    }
    return out;
}

QString DtsPrerequisitesView::variablesQuery()
{
    return QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('log_bin', "
                          "'binlog_format', 'binlog_row_image', 'server_id', "
                          "'binlog_expire_logs_seconds', 'expire_logs_days');");
}

void DtsPrerequisitesView::setWithFullLoad(bool withFullLoad)
{
    m_fullLoad->setChecked(withFullLoad);
}

void DtsPrerequisitesView::setGrantsText(const QString &text)
{
    m_grants->setPlainText(text);
}

void DtsPrerequisitesView::setVariablesText(const QString &text)
{
    m_variables->setPlainText(text);
}

bool DtsPrerequisitesView::allMet() const
{
    return m_list->allMet();
}

void DtsPrerequisitesView::maskPastedSecrets()
{
    const QString text = m_grants->toPlainText();
    const QString masked = model::maskGrantSecrets(text);
    if (masked == text)
        return;
    // Replace the secret in the box itself, so it is not left on screen.
    const int position = m_grants->textCursor().position();
    {
        const QSignalBlocker block(m_grants);
        m_grants->setPlainText(masked);
    }
    QTextCursor cursor = m_grants->textCursor();
    cursor.setPosition(std::min(position, int(masked.size())));
    m_grants->setTextCursor(cursor);
    m_maskedNote->show();
}

void DtsPrerequisitesView::reevaluate()
{
    const QString grants = m_grants->toPlainText();
    m_report = model::checkReplicationGrants(model::parseShowGrants(grants));
    auto *grid = static_cast<QGridLayout *>(m_findings->layout());
    while (QLayoutItem *child = grid->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    const auto addFinding = [&](QStyle::StandardPixmap icon, const QString &text) {
        auto *iconLabel = new QLabel(m_findings);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
        iconLabel->setAlignment(Qt::AlignTop);
        auto *textLabel = wrapped(text, m_findings);
        textLabel->setObjectName(QStringLiteral("grantFinding"));
        textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(iconLabel, row, 0);
        grid->addWidget(textLabel, row, 1);
        ++row;
    };
    if (!grants.trimmed().isEmpty()) {
        for (const model::GrantFinding &f : std::as_const(m_report.findings))
            addFinding(severityIcon(f.severity),
                       f.line > 0 ? tr("Line %1: %2").arg(f.line).arg(f.message) : f.message);
        if (m_report.findings.isEmpty())
            addFinding(QStyle::SP_DialogApplyButton,
                       tr("%1 holds exactly what replication needs.").arg(m_report.account.sql()));
    }
    m_findings->setVisible(row > 0);

    QList<model::PrerequisiteItem> items{model::replicationAccountItem(m_report)};
    items += model::binlogChecklist(model::parseMysqlVariables(m_variables->toPlainText()),
                                    m_fullLoad->isChecked());
    m_list->setItems(items);
}

} // namespace ferry::gui
