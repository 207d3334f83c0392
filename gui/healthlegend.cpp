// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/healthlegend.h"

#include "gui/jobtabledelegate.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ferry::gui {

HealthLegend::HealthLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Health:"), this);
    layout->addWidget(title);
    const struct
    {
        model::JobHealth health;
        QString meaning;
    } entries[] = {
        {model::JobHealth::Ok, tr("Running, waiting or completed as expected.")},
        {model::JobHealth::Attention,
         tr("Needs a look: paused, stopped, retrying, or lag at or over the threshold.")},
        {model::JobHealth::Stalled, tr("Running, but no progress for longer than the stall "
                                       "threshold.")},
        {model::JobHealth::Failed, tr("The service reports a failure.")},
    };
    for (const auto &entry : entries) {
        auto *swatch = new QLabel(this);
        const int size = fontMetrics().height() * 2 / 3;
        swatch->setFixedSize(size, size);
        swatch->setStyleSheet(QStringLiteral("background:%1;border-radius:%2px;")
                                  .arg(healthColor(entry.health).name())
                                  .arg(size / 2));
        auto *name = new QLabel(model::displayName(entry.health), this);
        swatch->setToolTip(entry.meaning);
        name->setToolTip(entry.meaning);
        layout->addWidget(swatch);
        layout->addWidget(name);
        layout->addSpacing(10);
    }
    layout->addStretch(1);
}

} // namespace ferry::gui
