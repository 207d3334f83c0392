// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace ferry::gui {

/// Installs Ferry's and Qt's translators for `language` ("en", "zh_CN"; empty = system locale)
/// and sets the default QLocale to match. Returns the language actually in effect.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace ferry::gui
