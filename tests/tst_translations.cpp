// The Dutch and German translations: complete against the current sources, carried as .qm
// resources by the programs, with every placeholder kept; and the language choice.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include "TestCommon.h"
#include "common/Language.h"

using namespace oneshot;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    std::vector<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{
                context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            m.unfinished = type == QLatin1String("unfinished");
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out.push_back(m);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList placeholders(const QString &s)
{
    QStringList out;
    auto it = QRegularExpression(QStringLiteral("%(\\d|n)")).globalMatch(s);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ONESHOT_SOURCE_DIR "/translations/oneshot_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneshotStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << QStringLiteral("nl");
        QTest::newRow("German") << QStringLiteral("de");
    }

    // lupdate on a copy of the .ts against today's sources: nothing may come back unfinished.
    void languages()
    {
        QFETCH(QString, language);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ONESHOT_SOURCE_DIR));
        lupdate.start(QStringLiteral(ONESHOT_LUPDATE),
                      {QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("core"),
                       QStringLiteral("cli"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                       copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const std::vector<Message> messages = readTs(copy);
        QVERIFY2(messages.size() > 400, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));
        QStringList missing;
        for (const Message &m : messages) {
            const bool empty = std::any_of(m.translations.begin(), m.translations.end(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty || m.translations.isEmpty())
                missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a %2 translation, e.g. %3. Run `cmake --build build "
                                           "--target update_translations` and translate them in %4.")
                                .arg(missing.size())
                                .arg(language, missing.mid(0, 5).join(QStringLiteral("; ")), tsPath(language))));
    }

    // The compiled .qm that the programs carry holds every entry of the .ts, and each keeps
    // the source's placeholders.
    void qmMatchesTs_data() { languages_data(); }

    void qmMatchesTs()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/oneshot_%1.qm").arg(language)),
                 "the .qm is not in the resources");
        QCOMPARE(translator.language().left(2), language);
        int checked = 0;
        for (const Message &m : readTs(tsPath(language))) {
            for (const QString &t : m.translations)
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ in \"%1\" -> \"%2\"").arg(m.source, t)));
            const QString got = translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                     nullptr, m.numerus ? 1 : -1);
            QVERIFY2(!got.isEmpty(), qPrintable(QStringLiteral("not in the .qm: %1 \"%2\"").arg(m.context, m.source)));
            if (!m.numerus)
                QCOMPARE(got, m.translations.value(0));
            ++checked;
        }
        QVERIFY(checked > 400);
    }

    void chooseLanguage()
    {
        qunsetenv("ONESHOT_LANGUAGE");
        QCOMPARE(oneshot::chooseLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
        QCOMPARE(oneshot::chooseLanguage(QStringLiteral("de_AT")), QStringLiteral("de"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        QCOMPARE(oneshot::chooseLanguage(), QStringLiteral("de"));
        QCOMPARE(oneshot::chooseLanguage(QStringLiteral("system")), QStringLiteral("de"));
        qputenv("ONESHOT_LANGUAGE", "nl");
        QCOMPARE(oneshot::chooseLanguage(), QStringLiteral("nl")); // the environment beats the setting
        QCOMPARE(oneshot::chooseLanguage(QStringLiteral("en")), QStringLiteral("en")); // --language beats both
        qputenv("ONESHOT_LANGUAGE", "fr");                                             // unknown: look further
        QCOMPARE(oneshot::chooseLanguage(), QStringLiteral("de"));
        qunsetenv("ONESHOT_LANGUAGE");
        QSettings().remove(QStringLiteral("ui/language"));
        QVERIFY(availableLanguages().contains(oneshot::chooseLanguage())); // the system locale, or English
        QCOMPARE(nativeLanguageName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        QCOMPARE(nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    void installedTranslationsReachCoreAndCli()
    {
        QVERIFY(!installTranslations(QStringLiteral("en")));
        QCOMPARE(QObject::tr("Unknown error"), QStringLiteral("Unknown error"));
        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(QObject::tr("Unknown error"), QStringLiteral("Unbekannter Fehler"));
        QCOMPARE(QObject::tr("error: "), QStringLiteral("Fehler: "));
        QCOMPARE(QCoreApplication::translate("oneshot::cli", "Similarity of two images"),
                 QStringLiteral("Ähnlichkeit zweier Bilder"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
