#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestCommon.h"
#include "common/Error.h"
#include "data/Omniglot.h"
#include "data/Preprocess.h"

using namespace oneshot;
using namespace oneshot::data;

namespace {

QByteArray encode(const cv::Mat &m, const char *ext = ".png")
{
    std::vector<uchar> buf;
    cv::imencode(ext, m, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), int(buf.size()));
}

/// Intersection over union of the ink of two images after centring both ink boxes.
double centredInkIou(const cv::Mat &a, const cv::Mat &b)
{
    auto centred = [](const cv::Mat &m) {
        cv::Mat ink = m < 128;
        const cv::Rect r = cv::boundingRect(ink);
        cv::Mat out = cv::Mat::zeros(160, 160, CV_8U);
        ink(r).copyTo(out(cv::Rect((160 - r.width) / 2, (160 - r.height) / 2, r.width, r.height)));
        return out;
    };
    const cv::Mat x = centred(a);
    const cv::Mat y = centred(b);
    return double(cv::countNonZero(x & y)) / std::max(1, cv::countNonZero(x | y));
}

} // namespace

class TestPreprocess : public QObject
{
    Q_OBJECT

private:
    Omniglot m_small;

private Q_SLOTS:
    void initTestCase()
    {
        m_small = Omniglot::loadSet(test::dataFile(QStringLiteral("images_background_small2.zip")),
                                    OmniglotSet::Background, 2);
    }

    void omniglotImageComesBackClose()
    {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < m_small.store().size(); i += 53, ++n) {
            const cv::Mat img = m_small.image(i);
            const cv::Mat out = preprocessImage(encode(img), m_small.imagePath(i));
            QCOMPARE(out.rows, 105);
            QCOMPARE(out.cols, 105);
            sum += centredInkIou(img, out);
        }
        QVERIFY2(sum / n > 0.6, qPrintable(QStringLiteral("mean IoU %1").arg(sum / n)));
    }

    void userImages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("white on black photo, colour, large") << "inverted";
        QTest::newRow("thick marker, grey jpeg") << "thick";
        QTest::newRow("strokes on transparent canvas") << "alpha";
        QTest::newRow("small and off-centre") << "small";
    }

    void userImages()
    {
        QFETCH(QString, kind);
        // The shape: an Omniglot character drawn large in the style of each kind.
        const cv::Mat ref = m_small.image(100);
        cv::Mat big;
        cv::resize(ref, big, cv::Size(840, 840), 0, 0, cv::INTER_NEAREST);
        QByteArray bytes;
        if (kind == QLatin1String("inverted")) {
            cv::Mat inv = 255 - big;
            cv::Mat colour;
            cv::cvtColor(inv, colour, cv::COLOR_GRAY2BGR);
            colour += cv::Scalar(10, 30, 0); // a tinted, noisy-ish background
            bytes = encode(colour);
        } else if (kind == QLatin1String("thick")) {
            bytes = encode(big, ".jpg");
        } else if (kind == QLatin1String("alpha")) {
            std::vector<cv::Mat> ch{cv::Mat(big.size(), CV_8U, cv::Scalar(20)),
                                    cv::Mat(big.size(), CV_8U, cv::Scalar(20)),
                                    cv::Mat(big.size(), CV_8U, cv::Scalar(20)), 255 - big};
            cv::Mat bgra;
            cv::merge(ch, bgra);
            bytes = encode(bgra);
        } else {
            cv::Mat canvas(400, 600, CV_8U, cv::Scalar(255));
            ref.copyTo(canvas(cv::Rect(10, 250, 105, 105)));
            bytes = encode(canvas);
        }
        const cv::Mat out = preprocessImage(bytes, kind);
        QCOMPARE(out.type(), CV_8UC1);
        QCOMPARE(out.rows, 105);
        // Black on white: the border is paper, the ink a minority.
        QCOMPARE(int(out.at<uchar>(0, 0)), 255);
        const double ink = cv::countNonZero(out < 128) / 11025.0;
        QVERIFY2(ink > 0.02 && ink < 0.35, qPrintable(QStringLiteral("ink fraction %1").arg(ink)));
        // Centred, and about the shape it came from.
        const cv::Rect box = cv::boundingRect(out < 128);
        QVERIFY(std::abs(box.x + box.width / 2 - 52) <= 2);
        QVERIFY(std::abs(box.y + box.height / 2 - 52) <= 2);
        const double iou = centredInkIou(ref, out);
        QVERIFY2(iou > 0.3, qPrintable(QStringLiteral("IoU %1").arg(iou)));
        // Stroke width near Omniglot's.
        const double width = strokeWidth(out < 128);
        QVERIFY2(width > 1.2 && width < 5.5, qPrintable(QStringLiteral("stroke width %1").arg(width)));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("blank") << encode(cv::Mat(200, 200, CV_8U, cv::Scalar(255))) << "no ink";
        QTest::newRow("black") << encode(cv::Mat(200, 200, CV_8U, cv::Scalar(0))) << "no ink";
        QTest::newRow("text file") << QByteArray("hello, this is not an image\n") << "not an image";
        QTest::newRow("empty") << QByteArray() << "empty";
        // A PNG header claiming 10000 x 10000 pixels: refused before decoding.
        QByteArray huge = encode(cv::Mat(8, 8, CV_8U, cv::Scalar(0)));
        const uchar dims[8] = {0, 0, 0x27, 0x10, 0, 0, 0x27, 0x10};
        huge.replace(16, 8, reinterpret_cast<const char *>(dims), 8);
        QTest::newRow("huge") << huge << "megapixels";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mustMention);
        try {
            preprocessImage(bytes, QStringLiteral("input.png"));
            QFAIL("no refusal");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(mustMention) && e.message().contains(QLatin1String("input.png")),
                     qPrintable(e.message()));
        }
    }

    void omniglotStrokeWidthConstant()
    {
        // kOmniglotStrokeWidth is the median stroke width of real Omniglot images.
        std::vector<double> widths;
        for (int i = 0; i < m_small.store().size(); i += 7)
            widths.push_back(strokeWidth(m_small.image(i) < 128));
        std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
        ONESHOT_FUZZY_COMPARE(widths[widths.size() / 2], kOmniglotStrokeWidth, 0.35);
    }
};

QTEST_GUILESS_MAIN(TestPreprocess)
#include "tst_preprocess.moc"
