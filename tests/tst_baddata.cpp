#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestCommon.h"
#include "ZipWriter.h"
#include "common/Error.h"
#include "data/Omniglot.h"
#include "data/ZipArchive.h"

using namespace oneshot;
using namespace oneshot::data;

namespace {

QByteArray pngOf(const cv::Mat &m)
{
    std::vector<uchar> buf;
    cv::imencode(".png", m, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), int(buf.size()));
}

QByteArray goodPng()
{
    cv::Mat m(105, 105, CV_8U, cv::Scalar(255));
    cv::line(m, {20, 20}, {80, 80}, cv::Scalar(0), 3);
    return pngOf(m);
}

} // namespace

class TestBadData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    /// Loads and returns the error message; fails the test if loading succeeds.
    QString loadError(const QString &path)
    {
        try {
            Omniglot::loadSet(path, OmniglotSet::Background, 2);
        } catch (const Error &e) {
            return e.message();
        }
        return QStringLiteral("<no error>");
    }

private Q_SLOTS:
    void badInputNamesCulprit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("missing folder") << "missing"
                                        << "does-not-exist";
        QTest::newRow("wrong layout") << "layout"
                                      << "flat_image.png";
        QTest::newRow("non-png entry") << "text"
                                       << "readme.txt";
        QTest::newRow("truncated zip") << "truncated"
                                       << "truncated.zip";
        QTest::newRow("garbage zip") << "garbage"
                                     << "garbage.zip";
        QTest::newRow("corrupt png") << "corruptpng"
                                     << "0001_02.png";
        QTest::newRow("wrong size") << "size"
                                    << "0001_03.png";
        QTest::newRow("empty set") << "empty"
                                   << "empty.zip";
    }

    void badInputNamesCulprit()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mustMention);
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.path();
        const QString good = goodPng();
        QString path;
        if (kind == QLatin1String("missing")) {
            path = dir + QStringLiteral("/does-not-exist");
        } else if (kind == QLatin1String("layout")) {
            path = dir + QStringLiteral("/layout.zip");
            test::writeZip(path,
                           {{QStringLiteral("root/Greek/character01/0001_01.png"), goodPng()},
                            {QStringLiteral("flat_image.png"), goodPng()}});
        } else if (kind == QLatin1String("text")) {
            path = dir + QStringLiteral("/text.zip");
            test::writeZip(path,
                           {{QStringLiteral("root/Greek/character01/0001_01.png"), goodPng()},
                            {QStringLiteral("root/readme.txt"), QByteArray("hello")}});
        } else if (kind == QLatin1String("truncated")) {
            // The real background zip cut to half its length.
            QFile real(test::dataFile(QStringLiteral("images_background_small2.zip")));
            QVERIFY(real.open(QIODevice::ReadOnly));
            const QByteArray bytes = real.readAll();
            path = dir + QStringLiteral("/truncated.zip");
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("garbage")) {
            path = dir + QStringLiteral("/garbage.zip");
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray(5000, 'x'));
        } else if (kind == QLatin1String("corruptpng")) {
            path = dir + QStringLiteral("/corruptpng.zip");
            QByteArray broken = goodPng();
            broken.truncate(40);
            test::writeZip(path,
                           {{QStringLiteral("r/Greek/character01/0001_01.png"), goodPng()},
                            {QStringLiteral("r/Greek/character01/0001_02.png"), broken}});
        } else if (kind == QLatin1String("size")) {
            path = dir + QStringLiteral("/size.zip");
            test::writeZip(
                path,
                {{QStringLiteral("r/Greek/character01/0001_01.png"), goodPng()},
                 {QStringLiteral("r/Greek/character01/0001_03.png"), pngOf(cv::Mat(50, 60, CV_8U, cv::Scalar(255)))}});
        } else if (kind == QLatin1String("empty")) {
            path = dir + QStringLiteral("/empty.zip");
            test::writeZip(path, {{QStringLiteral("r/Greek/"), QByteArray()}});
        }
        const QString message = loadError(path);
        QVERIFY2(message != QLatin1String("<no error>"), qPrintable(kind));
        QVERIFY2(message.contains(mustMention), qPrintable(message));
    }

    void duplicateDrawerIsRefused()
    {
        const QString path = m_tmp.path() + QStringLiteral("/dup.zip");
        test::writeZip(path,
                       {{QStringLiteral("a/Greek/character01/0001_01.png"), goodPng()},
                        {QStringLiteral("b/Greek/character01/0001_01.png"), goodPng()}});
        QVERIFY(loadError(path).contains(QLatin1String("Duplicate drawer")));
    }

    void oneIdInTwoFoldersIsRefused()
    {
        const QString path = m_tmp.path() + QStringLiteral("/twofolders.zip");
        test::writeZip(path,
                       {{QStringLiteral("r/Greek/character01/0001_01.png"), goodPng()},
                        {QStringLiteral("r/Latin/character01/0001_02.png"), goodPng()}});
        QVERIFY(loadError(path).contains(QLatin1String("two folders")));
    }

    void dataFolderWithoutZips()
    {
        try {
            Omniglot::load(m_tmp.path());
            QFAIL("loading an empty folder succeeded");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("images_background")));
        }
    }
};

QTEST_GUILESS_MAIN(TestBadData)
#include "tst_baddata.moc"
