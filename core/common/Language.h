#pragma once

#include <QString>
#include <QStringList>

namespace oneshot {

/// The languages the programs speak: "en" (the source), "nl", "de".
QStringList availableLanguages();

/// A language's name in that language ("Nederlands"), for menus.
QString nativeLanguageName(const QString &code);

/// The language to use: `requested` when it is one of availableLanguages(), else the
/// ONESHOT_LANGUAGE environment variable, else the "ui/language" setting, else the system
/// locale's language; English when none of those is available. "system" or an empty string
/// at any step means "look further".
QString chooseLanguage(const QString &requested = {});

/// Loads the translations of `language` (the programs' own from the :/i18n resources, and Qt's
/// when installed) into the running application. Returns false for English, which needs none,
/// and when the translation cannot be loaded.
bool installTranslations(const QString &language);

} // namespace oneshot
