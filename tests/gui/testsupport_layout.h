// SPDX-License-Identifier: GPL-3.0-or-later
// Layout checks shared by the screenshot tests: text that does not fit, and text that is not
// Chinese where it should be.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace ferry::test {

/// Whether `text` holds a CJK unified ideograph.
bool hasCjk(const QString &text);

/// Visible text under `root` that does not fit: a label without word wrap, or a push or tool
/// button, narrower than its text, or a word-wrapped label lower than its lines need. One line
/// per finding, naming the text and both sizes.
QStringList clipped(QWidget *root);

} // namespace ferry::test
