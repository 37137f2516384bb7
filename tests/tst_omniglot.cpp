#include <set>

#include "TestCommon.h"
#include "data/DataLocator.h"
#include "data/Omniglot.h"

using namespace oneshot;
using namespace oneshot::data;

class TestOmniglot : public QObject
{
    Q_OBJECT

private:
    Omniglot m_all;

private Q_SLOTS:
    void initTestCase() { m_all = Omniglot::load(test::dataDir(), Omniglot::Both, 2); }

    void counts_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("alphabets");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("firstId");
        QTest::addColumn<int>("lastId");
        QTest::newRow("background") << "background" << 30 << 964 << 19280 << 1 << 964;
        QTest::newRow("evaluation") << "evaluation" << 20 << 659 << 13180 << 965 << 1623;
    }

    void counts()
    {
        QFETCH(QString, set);
        QFETCH(int, alphabets);
        QFETCH(int, characters);
        QFETCH(int, images);
        QFETCH(int, firstId);
        QFETCH(int, lastId);
        const auto &sums = m_all.summaries();
        const auto it = std::find_if(sums.begin(), sums.end(), [&](const SetSummary &s) { return s.name == set; });
        QVERIFY(it != sums.end());
        QCOMPARE(it->alphabets, alphabets);
        QCOMPARE(it->characters, characters);
        QCOMPARE(it->images, images);
        QCOMPARE(it->drawersMin, 20);
        QCOMPARE(it->drawersMax, 20);
        // Ids are contiguous per set.
        std::set<int> ids;
        for (const Character &c : m_all.characters()) {
            const bool inSet = (m_all.alphabets()[c.alphabet].set == OmniglotSet::Background)
                == (set == QLatin1String("background"));
            if (inSet)
                ids.insert(c.id);
        }
        QCOMPARE(static_cast<int>(ids.size()), characters);
        QCOMPARE(*ids.begin(), firstId);
        QCOMPARE(*ids.rbegin(), lastId);
    }

    void idsAndDrawersFromNames_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("alphabet");
        QTest::addColumn<QString>("folder");
        QTest::newRow("Balinese") << 108 << "Balinese"
                                  << "character01";
        QTest::newRow("Magi") << 709 << "Alphabet_of_the_Magi"
                              << "character01";
        QTest::newRow("Angelic") << 965 << "Angelic"
                                 << "character01";
        QTest::newRow("last") << 1623 << "ULOG"
                              << "character26";
    }

    void idsAndDrawersFromNames()
    {
        QFETCH(int, id);
        QFETCH(QString, alphabet);
        QFETCH(QString, folder);
        const int c = m_all.characterIndexById(id);
        QVERIFY(c >= 0);
        const Character &ch = m_all.characters()[c];
        QCOMPARE(m_all.alphabets()[ch.alphabet].name, alphabet);
        QCOMPARE(ch.folder, folder);
        QCOMPARE(ch.imageCount, 20);
        for (int d = 1; d <= 20; ++d) {
            const int i = m_all.imageIndex(c, d);
            QVERIFY(i >= 0);
            QCOMPARE(m_all.images()[i].drawer, d);
            QVERIFY(m_all.imagePath(i).endsWith(
                QStringLiteral("%1_%2.png").arg(id, 4, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'))));
        }
    }

    void knownDuplicateIsTwoImages()
    {
        // Braille 0192_03 and 0192_19 hold the same pixels but are two drawers' images.
        const int c = m_all.characterIndexById(192);
        const int a = m_all.imageIndex(c, 3);
        const int b = m_all.imageIndex(c, 19);
        QVERIFY(a != b);
        cv::Mat diff;
        cv::absdiff(m_all.image(a), m_all.image(b), diff);
        QCOMPARE(cv::countNonZero(diff), 0);
    }

    void pixelsRoundTrip()
    {
        // Every image has ink, and the ink pixels are a minority (black strokes on white).
        for (int i = 0; i < m_all.store().size(); i += 97) {
            const int ink = m_all.store().inkCount(i);
            QVERIFY2(ink > 20 && ink < 11025 / 2, qPrintable(m_all.imagePath(i)));
            const cv::Mat img = m_all.image(i);
            QCOMPARE(img.rows, 105);
            QCOMPARE(105 * 105 - cv::countNonZero(img), ink);
        }
        QCOMPARE(m_all.store().bytes(), std::size_t(32460) * 1379);
    }

    void extractedFolderMatchesZip()
    {
        // A small set loaded from an extracted folder equals the same set from its zip.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"),
                     test::dataFile(QStringLiteral("images_background_small1.zip")), tmp.path()});
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);
        const Omniglot fromZip = Omniglot::loadSet(test::dataFile(QStringLiteral("images_background_small1.zip")),
                                                   OmniglotSet::Background, 2);
        const Omniglot fromDir
            = Omniglot::loadSet(tmp.filePath(QStringLiteral("images_background_small1")), OmniglotSet::Background, 2);
        QCOMPARE(fromDir.images().size(), fromZip.images().size());
        QCOMPARE(fromZip.summaries().front().alphabets, 5);
        for (std::size_t i = 0; i < fromZip.images().size(); i += 13) {
            QCOMPARE(fromDir.imagePath(int(i)), fromZip.imagePath(int(i)));
            cv::Mat diff;
            cv::absdiff(fromDir.image(int(i)), fromZip.image(int(i)), diff);
            QCOMPARE(cv::countNonZero(diff), 0);
        }
        // And small1's pixels equal the full set's at the same name.
        for (std::size_t i = 0; i < fromZip.images().size(); i += 101) {
            const ImageInfo &im = fromZip.images()[i];
            const int id = fromZip.characters()[im.character].id;
            const int j = m_all.imageIndex(m_all.characterIndexById(id), im.drawer);
            cv::Mat diff;
            cv::absdiff(fromZip.image(int(i)), m_all.image(j), diff);
            QCOMPARE(cv::countNonZero(diff), 0);
        }
    }

    void locatorFindsSharedCopy()
    {
        qputenv("ONESHOT_DATA", test::dataDir().toUtf8());
        const DataLocation loc = locateData();
        QVERIFY(loc.found());
        QCOMPARE(QDir(loc.folder).canonicalPath(), QDir(test::dataDir()).canonicalPath());
        const DataLocation bad = locateData(QStringLiteral("/nonexistent/omniglot"));
        QVERIFY(!bad.found());
        QVERIFY(notFoundMessage(bad).contains(QLatin1String("/nonexistent/omniglot")));
    }
};

QTEST_GUILESS_MAIN(TestOmniglot)
#include "tst_omniglot.moc"
