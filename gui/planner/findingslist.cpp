// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/findingslist.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

FindingsList::FindingsList(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("findingsList"));
    m_title->setObjectName(QStringLiteral("findingsTitle"));
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Press Enter on a finding to select its phase."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (!id.isEmpty())
            Q_EMIT phaseActivated(id);
    });
    setFindings({}, false);
}

void FindingsList::setFindings(const QList<model::SequencingFinding> &findings, bool hasPhases)
{
    m_list->clear();
    QList<model::SequencingFinding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const model::SequencingFinding &a, const model::SequencingFinding &b) {
                         return a.severity > b.severity;
                     });
    QStyle *style = QApplication::style();
    int errors = 0;
    int warnings = 0;
    for (const model::SequencingFinding &f : std::as_const(sorted)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == model::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (f.severity == model::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
        }
        auto *item =
            new QListWidgetItem(style->standardIcon(icon), model::describeFinding(f), m_list);
        item->setData(Qt::UserRole, f.phaseIds.value(0));
        item->setToolTip(tr("Rule %1").arg(f.ruleId));
    }
    if (!hasPhases) {
        m_title->setText(tr("<b>Sequencing</b>"));
        auto *item = new QListWidgetItem(
            tr("Add phases and Ferry checks their order here: dependencies, cutovers after "
               "checks and backups, DNS/LB last, decommission after the rollback window."),
            m_list);
        item->setFlags(Qt::ItemIsEnabled);
    } else if (findings.isEmpty()) {
        m_title->setText(tr("<b>Sequencing</b> — no problems"));
        auto *item = new QListWidgetItem(
            style->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Every rule Ferry checks holds: dependencies, cutovers after checks and backups, "
               "DNS/LB last, gates and rollback paths on cutovers, decommission after the "
               "rollback window, dates in order."),
            m_list);
        item->setFlags(Qt::ItemIsEnabled);
    } else {
        m_title->setText(
            tr("<b>Sequencing</b> — errors: %1, warnings: %2").arg(errors).arg(warnings));
    }
}

QStringList FindingsList::texts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsSelectable)
            out << m_list->item(i)->text();
    }
    return out;
}

} // namespace ferry::gui
