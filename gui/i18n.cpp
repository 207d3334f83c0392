// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ferry::gui {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const bool chinese = locale.language() == QLocale::Chinese;
    if (!chinese) {
        // English is the source language; its file only holds the plural forms of %n texts.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/ferry_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return QStringLiteral("en");
    }

    // Owned by the application object so they live exactly as long as it does.
    auto *ferry = new QTranslator(&app);
    if (ferry->load(QStringLiteral(":/i18n/ferry_zh_CN.qm")))
        QCoreApplication::installTranslator(ferry);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace ferry::gui
