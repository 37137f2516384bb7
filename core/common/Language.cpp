#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "common/AppSettings.h"

namespace oneshot {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")};
}

QString nativeLanguageName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString chooseLanguage(const QString &requested)
{
    const QStringList known = availableLanguages();
    for (const QString &candidate : {requested, qEnvironmentVariable("ONESHOT_LANGUAGE"), AppSettings::language()}) {
        const QString code = candidate.trimmed().toLower().left(2);
        if (known.contains(code))
            return code;
    }
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().left(2);
        if (known.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    if (language == QLatin1String("en") || !availableLanguages().contains(language))
        return false;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/oneshot_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) when Debian's qt6-translations-l10n is there.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace oneshot
