#include <opencv2/imgproc.hpp>

#include "TestCommon.h"
#include "data/Distortion.h"
#include "data/Omniglot.h"

using namespace oneshot;
using namespace oneshot::data;

class TestDistortion : public QObject
{
    Q_OBJECT

private:
    Omniglot m_small;

private Q_SLOTS:
    void initTestCase()
    {
        m_small = Omniglot::loadSet(test::dataFile(QStringLiteral("images_background_small1.zip")),
                                    OmniglotSet::Background, 2);
    }

    void identityGivesInputBack()
    {
        Rng rng(1);
        for (int i = 0; i < m_small.store().size(); i += 211) {
            const cv::Mat img = m_small.image(i);
            const cv::Mat out = distort(img, AffineParams::none(), rng);
            cv::Mat diff;
            cv::absdiff(img, out, diff);
            QCOMPARE(cv::countNonZero(diff), 0);
        }
        // Components with probability 0 are identity too, whatever their ranges.
        AffineParams p = AffineParams::koch();
        p.probability = 0.0;
        const cv::Matx23d m = sampleAffine(p, 105, rng);
        QVERIFY(cv::norm(cv::Mat(m) - cv::Mat(cv::Matx23d(1, 0, 0, 0, 1, 0))) < 1e-12);
    }

    void inkSurvives_data()
    {
        QTest::addColumn<QString>("params");
        QTest::newRow("koch") << "koch";
        QTest::newRow("torchvision") << "torchvision";
    }

    void inkSurvives()
    {
        QFETCH(QString, params);
        const AffineParams p = AffineParams::byName(params);
        Rng rng(5);
        int changed = 0;
        for (int i = 0; i < m_small.store().size(); i += 17) {
            const cv::Mat img = m_small.image(i);
            const cv::Mat out = distort(img, p, rng);
            const double inkIn = cv::countNonZero(img < 128);
            const double inkOut = cv::countNonZero(out < 128);
            // Scale 0.8-1.2 per axis changes the ink area by at most about 1.44x either way.
            QVERIFY2(inkOut > 0.45 * inkIn && inkOut < 2.2 * inkIn,
                     qPrintable(QStringLiteral("%1 -> %2").arg(inkIn).arg(inkOut)));
            // White border: the corners stay paper.
            QCOMPARE(int(out.at<uchar>(0, 0)), 255);
            QCOMPARE(int(out.at<uchar>(104, 104)), 255);
            cv::Mat diff;
            cv::absdiff(img, out, diff);
            changed += cv::countNonZero(diff) > 0;
        }
        QVERIFY(changed > 100); // it does distort
    }

    void kochRanges()
    {
        // Each component with probability 0.5: about 1/16 of draws are the identity.
        Rng rng(11);
        int identity = 0;
        for (int i = 0; i < 4000; ++i) {
            const cv::Matx23d m = sampleAffine(AffineParams::koch(), 105, rng);
            if (cv::norm(cv::Mat(m) - cv::Mat(cv::Matx23d(1, 0, 0, 0, 1, 0))) < 1e-12)
                ++identity;
            // Scale, shear and rotation bounded: the linear part's norm stays within limits.
            const double det = m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0);
            QVERIFY(det > 0.8 * 0.8 * 0.9 - 0.1 && det < 1.2 * 1.2 * 1.1);
        }
        QVERIFY(test::fuzzyEqual(identity / 4000.0, 1.0 / 16, 0.015));
    }

    void scaledRanges()
    {
        const AffineParams twice = AffineParams::koch().scaled(2.0);
        QCOMPARE(twice.rotationDeg, 20.0);
        QCOMPARE(twice.shear, 0.6);
        QVERIFY(test::fuzzyEqual(twice.scaleMin, 0.6, 1e-12));
        QVERIFY(test::fuzzyEqual(twice.scaleMax, 1.4, 1e-12));
        QCOMPARE(twice.shiftPx, 4.0);
        QCOMPARE(twice.probability, 0.5); // how often a component fires is not a range
        QVERIFY(test::fuzzyEqual(AffineParams::torchvision().scaled(2.0).shiftFraction, 0.2, 1e-12));

        // Rotation alone: the drawn angles fill the doubled range, and only it.
        AffineParams rot = AffineParams::koch();
        rot.shear = 0.0;
        rot.scaleMin = rot.scaleMax = 1.0;
        rot.shiftPx = 0.0;
        rot.probability = 1.0;
        for (const double factor : {1.0, 2.0}) {
            Rng rng(3);
            double largest = 0.0;
            for (int i = 0; i < 2000; ++i) {
                const cv::Matx23d m = sampleAffine(rot.scaled(factor), 105, rng);
                largest = std::max(largest, std::abs(std::atan2(m(1, 0), m(0, 0))) * 180.0 / CV_PI);
            }
            QVERIFY2(largest > 9.8 * factor && largest <= 10.0 * factor + 1e-9, qPrintable(QString::number(largest)));
        }

        // Factor 0 is the identity, whatever fires.
        Rng rng(4);
        const cv::Mat img = m_small.image(0);
        for (int i = 0; i < 50; ++i) {
            cv::Mat diff;
            cv::absdiff(img, distort(img, AffineParams::koch().scaled(0.0), rng), diff);
            QCOMPARE(cv::countNonZero(diff), 0);
        }
    }

    void seeded()
    {
        const cv::Mat img = m_small.image(0);
        Rng a(123);
        Rng b(123);
        Rng c(124);
        const cv::Mat x = distort(img, AffineParams::torchvision(), a);
        const cv::Mat y = distort(img, AffineParams::torchvision(), b);
        const cv::Mat z = distort(img, AffineParams::torchvision(), c);
        QCOMPARE(cv::norm(x, y, cv::NORM_L1), 0.0);
        QVERIFY(cv::norm(x, z, cv::NORM_L1) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDistortion)
#include "tst_distortion.moc"
