// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsmodespage.h"

#include "gui/wizard/dtswizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

DtsModesPage::DtsModesPage(DtsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_schema(new QCheckBox(tr("&Schema migration: create the tables on the target"), this))
    , m_full(new QCheckBox(tr("&Full data migration: copy the rows there are now"), this))
    , m_incremental(
          new QCheckBox(tr("&Incremental migration: then keep applying changes from the binary "
                           "log until you stop the job"),
                        this))
    , m_note(new QLabel(this))
{
    setTitle(tr("Migration Types"));
    setSubTitle(tr("For a cutover with little downtime, choose all three."));
    m_note->setObjectName(QStringLiteral("dtsModesNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    for (QCheckBox *b : {m_schema, m_full, m_incremental}) {
        b->setChecked(true);
        layout->addWidget(b);
        connect(b, &QCheckBox::toggled, this, &DtsModesPage::updateNote);
    }
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch();
    updateNote();
}

void DtsModesPage::initializePage()
{
    const DtsWizardSettings &s = m_wizard->settings();
    m_schema->setChecked(s.structureInitialization);
    m_full->setChecked(s.dataInitialization);
    m_incremental->setChecked(s.dataSynchronization);
    updateNote();
}

void DtsModesPage::updateNote()
{
    QStringList notes;
    if (m_incremental->isChecked())
        notes << tr("Incremental migration needs the binary log in ROW format with full row "
                    "images; the precheck verifies it.");
    else
        notes << tr("Without incremental migration, writes to the source must stop before the "
                    "job starts, or they will be missing on the target.");
    if (!m_schema->isChecked())
        notes << tr("Without schema migration the target tables must already exist.");
    m_note->setText(notes.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool DtsModesPage::isComplete() const
{
    return m_schema->isChecked() || m_full->isChecked() || m_incremental->isChecked();
}

bool DtsModesPage::validatePage()
{
    DtsWizardSettings &s = m_wizard->settings();
    s.structureInitialization = m_schema->isChecked();
    s.dataInitialization = m_full->isChecked();
    s.dataSynchronization = m_incremental->isChecked();
    return isComplete();
}

} // namespace ferry::gui
