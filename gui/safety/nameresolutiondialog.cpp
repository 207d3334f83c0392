// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/nameresolutiondialog.h"

#include "gui/safety/copyabletable.h"
#include "gui/safety/nameresolutionview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

NameResolutionDialog::NameResolutionDialog(const model::Resolution &resolution,
                                           const QString &objectKind, QWidget *parent)
    : QDialog(parent)
    , m_view(new NameResolutionView(this))
{
    setObjectName(QStringLiteral("nameResolutionDialog"));
    setWindowTitle(tr("Which %1?").arg(objectKind));
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectKind(objectKind);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(resolution.needsPick() ? tr("Use the selected one") : tr("OK"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NameResolutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_view, &NameResolutionView::selectionChanged, this, &NameResolutionDialog::updateOk);
    m_view->setResolution(resolution);
    updateOk();
    resize(std::max(sizeHint().width(), 760), std::max(sizeHint().height(), 360));
    if (resolution.needsPick())
        m_view->table()->setFocus();
}

std::optional<model::NameCandidate> NameResolutionDialog::chosen() const
{
    return m_view->resolvedCandidate();
}

void NameResolutionDialog::updateOk()
{
    const model::Resolution &r = m_view->resolution();
    m_ok->setEnabled(r.kind == model::ResolutionKind::Exact ||
                     (r.needsPick() && m_view->selectedCandidate().has_value()));
}

void NameResolutionDialog::accept()
{
    const model::Resolution &r = m_view->resolution();
    if (r.needsPick() && !m_view->confirmSelection())
        return;
    const std::optional<model::NameCandidate> c = m_view->resolvedCandidate();
    if (!c)
        return;
    QDialog::accept();
    Q_EMIT candidateChosen(*c);
}

} // namespace ferry::gui
