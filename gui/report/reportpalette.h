// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The colours of the rendered report, in one place so pages, tables and notes agree.

#include "model/report.h"

#include <QColor>

namespace ferry::gui::palette {

inline const QColor kBrand(0x1f, 0x3a, 0x5f);
inline const QColor kInk(0x1f, 0x29, 0x33);
inline const QColor kMutedInk(0x6b, 0x74, 0x80);
inline const QColor kHeaderFill(0x2d, 0x4a, 0x6f);
inline const QColor kHeaderInk(0xff, 0xff, 0xff);
inline const QColor kZebra(0xf5, 0xf7, 0xfa);
inline const QColor kLabelFill(0xee, 0xf1, 0xf5);
inline const QColor kLabelInk(0x33, 0x40, 0x4d);
inline const QColor kRule(0xd5, 0xdb, 0xe3);

/// Text colour of a tone.
inline QColor ink(model::ReportTone tone)
{
    switch (tone) {
    case model::ReportTone::Good:
        return QColor(0x1b, 0x6e, 0x3c);
    case model::ReportTone::Bad:
        return QColor(0xa8, 0x23, 0x1a);
    case model::ReportTone::Warning:
        return QColor(0x85, 0x55, 0x00);
    case model::ReportTone::Muted:
        return kMutedInk;
    case model::ReportTone::Normal:
        break;
    }
    return kInk;
}

/// Background of a toned cell or note; invalid for none. Notes get a tint even when Normal.
inline QColor tint(model::ReportTone tone, bool note)
{
    switch (tone) {
    case model::ReportTone::Good:
        return QColor(0xe5, 0xf4, 0xea);
    case model::ReportTone::Bad:
        return QColor(0xfb, 0xe8, 0xe6);
    case model::ReportTone::Warning:
        return QColor(0xff, 0xf3, 0xdc);
    case model::ReportTone::Muted:
    case model::ReportTone::Normal:
        break;
    }
    return note ? QColor(0xee, 0xf2, 0xf7) : QColor();
}

/// The bar beside a note.
inline QColor accent(model::ReportTone tone)
{
    switch (tone) {
    case model::ReportTone::Good:
        return QColor(0x2e, 0x8b, 0x57);
    case model::ReportTone::Bad:
        return QColor(0xc0, 0x39, 0x2b);
    case model::ReportTone::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case model::ReportTone::Muted:
        return QColor(0xa0, 0xa8, 0xb3);
    case model::ReportTone::Normal:
        break;
    }
    return kBrand;
}

} // namespace ferry::gui::palette
