// The headless command-line tool: every command lives in cli/.
#include <QCoreApplication>

#include "Cli.h"
#include "common/Allocator.h"
#include "common/Language.h"

int main(int argc, char *argv[])
{
    oneshot::keepFreedMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneshotStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("oneshot-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONESHOT_VERSION));
    oneshot::installTranslations(oneshot::chooseLanguage()); // ONESHOT_LANGUAGE, the GUI's setting, or the locale
    return oneshot::cli::run(QCoreApplication::arguments());
}
