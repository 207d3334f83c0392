// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ferry::gui {

/// What the row colours of the job table mean: one swatch and name per health, each with a
/// tooltip saying when a job gets it.
class HealthLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthLegend)

public:
    explicit HealthLegend(QWidget *parent = nullptr);
};

} // namespace ferry::gui
