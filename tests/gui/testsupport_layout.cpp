// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport_layout.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>

namespace ferry::test {

bool hasCjk(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            // Wrapped text needs its height at the width it has, or lines overlap or vanish.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                out.append(QStringLiteral("wrapped label “%1”: needs %2 px high, has %3")
                               .arg(label->text())
                               .arg(needed)
                               .arg(label->height()));
            continue;
        }
        if (label->sizeHint().width() > label->width() + 1)
            out.append(QStringLiteral("label “%1”: needs %2, has %3")
                           .arg(label->text())
                           .arg(label->sizeHint().width())
                           .arg(label->width()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        // Radio buttons and check boxes elide nothing: their text is laid out by the layout.
        if (!button->isVisible() || button->text().isEmpty() ||
            qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            out.append(QStringLiteral("button “%1”: needs %2, has %3")
                           .arg(button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width()));
    }
    return out;
}

} // namespace ferry::test
