// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lle {

/// Switches the application's language at runtime ("ko" or "en"): replaces the translator (which
/// sends every widget a LanguageChange) and sets the default QLocale for numbers and money.
/// Returns the language used.
QString setApplicationLanguage(const QString &lang);

/// The language at start-up: `requested` ("ko", "en"; empty: LLE_LANG, else the system locale),
/// installed with setApplicationLanguage(). Returns the language used.
QString installTranslator(const QString &requested = {});

}  // namespace lle
