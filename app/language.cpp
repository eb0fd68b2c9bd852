// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace lle {

QString setApplicationLanguage(const QString &requested)
{
    const QString lang = requested == QLatin1String("ko") ? QStringLiteral("ko") : QStringLiteral("en");
    // The locale first: widgets re-read numbers and money when the LanguageChange arrives.
    QLocale::setDefault(lang == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication *app = QCoreApplication::instance();
    for (QTranslator *old : app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        old->deleteLater();
    }
    auto *translator = new QTranslator(app);
    if (translator->load(QStringLiteral(":/i18n/lambda-explorer_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return lang;
}

QString installTranslator(const QString &requested)
{
    // --lang sets the default locale before the window starts; LLE_LANG is for rehearsals.
    QString lang = requested;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("LLE_LANG");
    if (lang.isEmpty())
        lang = QLocale().name().left(2);
    return setApplicationLanguage(lang);
}

}  // namespace lle
