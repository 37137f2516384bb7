#include "common/Error.h"
#include "common/Parallel.h"
#include "TestCommon.h"
#include "data/OneShotTasks.h"
#include "eval/Baselines.h"
#include "eval/Evaluator.h"

using namespace oneshot;
using namespace oneshot::eval;

class TestEval : public QObject
{
    Q_OBJECT

private:
    data::OneShotTaskSet m_runs;

    /// A hand-made task set: each query is an exact copy of its true candidate.
    data::OneShotTaskSet copiesTaskSet()
    {
        data::OneShotTaskSet t;
        t.images = m_runs.images;
        t.runCount = 1;
        for (int k = 0; k < 10; ++k) {
            const data::OneShotTrial &src = m_runs.trials[k * 7];
            data::OneShotTrial trial = src;
            trial.query = src.candidates[src.answer];
            t.trials.push_back(trial);
        }
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(computeThreads(2));
        m_runs = data::loadRunSet(test::dataFile(QStringLiteral("all_runs.zip")));
    }

    void knownAnswers()
    {
        // A head that prefers small distances finds the exact copy every time.
        torch::manual_seed(1);
        model::SiameseNet net(model::ModelSpec::tiny());
        {
            torch::NoGradGuard g;
            net->head()->weight.fill_(-1.0);
        }
        const OneShotResult r = evaluateOneShot(net, copiesTaskSet(), torch::kCPU);
        QCOMPARE(r.trials, 10);
        QCOMPARE(r.correct, 10);
        // With the opposite head it never does.
        {
            torch::NoGradGuard g;
            net->head()->weight.fill_(1.0);
        }
        QCOMPARE(evaluateOneShot(net, copiesTaskSet(), torch::kCPU).correct, 0);
    }

    void tiesCountAsWrong()
    {
        // A constant net scores every candidate the same: no trial counts as right, even those
        // whose answer is at index 0.
        model::SiameseNet net(model::ModelSpec::tiny());
        {
            torch::NoGradGuard g;
            for (auto &p : net->parameters())
                p.zero_();
        }
        const OneShotResult r = evaluateOneShot(net, m_runs, torch::kCPU);
        QCOMPARE(r.trials, 400);
        QCOMPARE(r.correct, 0);
        for (int p : r.picks)
            QCOMPARE(p, -1);
        OneShotResult manual;
        manual.scores = {{1.f, 1.f, 0.f}, {0.f, 2.f, 1.f}};
        manual.answers = {0, 1};
        decide(manual);
        QCOMPARE(manual.correct, 1);
        QCOMPARE(manual.picks[0], -1);
    }

    void hausdorffMatchesLakesDemo()
    {
        // Lake's demo_classification: 38.8 % error on the 20 runs.
        const OneShotResult r = modifiedHausdorff(m_runs, 2);
        QCOMPARE(r.trials, 400);
        const double errorPercent = 100.0 * (1.0 - r.accuracy());
        QVERIFY2(std::abs(errorPercent - 38.8) <= 1.0, qPrintable(QStringLiteral("error %1%").arg(errorPercent)));
        // Identical point sets are at distance zero, shifted ones not.
        const std::vector<float> a{0, 0, 1, 0, 0, 1};
        ONESHOT_FUZZY_COMPARE(modifiedHausdorffDistance(a, a), 0.0, 0.0);
        const std::vector<float> b{0, 0, 3, 0};
        ONESHOT_FUZZY_COMPARE(modifiedHausdorffDistance({0, 0}, b), 1.5, 1e-9);
    }

    void pixelBaselineIsWeak()
    {
        const OneShotResult r = pixelNearestNeighbour(m_runs);
        QCOMPARE(r.trials, 400);
        // Far below the modified Hausdorff distance, far above chance (5 %).
        QVERIFY2(r.accuracy() > 0.10 && r.accuracy() < 0.40, qPrintable(QString::number(r.accuracy())));
    }

    void testTimeViews()
    {
        torch::manual_seed(3);
        model::SiameseNet net(model::ModelSpec::tiny());
        const std::vector<cv::Mat> images(m_runs.images.begin(), m_runs.images.begin() + 6);
        // One view is the image alone.
        const torch::Tensor plain = embedImages(net, images, torch::kCPU);
        QVERIFY(torch::equal(embedImages(net, images, torch::kCPU, 256, 1), plain));
        // View 0 is the image; later views are deterministic distortions of it.
        QVERIFY(cv::norm(testView(images[0], 0), images[0], cv::NORM_INF) == 0);
        QVERIFY(cv::norm(testView(images[0], 2), testView(images[0], 2), cv::NORM_INF) == 0);
        bool anyDiffers = false;
        for (int k = 1; k < 4; ++k)
            anyDiffers = anyDiffers || cv::norm(testView(images[0], k), images[0], cv::NORM_INF) > 0;
        QVERIFY(anyDiffers);
        // V views: the mean of the embeddings of views 0 .. V-1.
        const int views = 4;
        torch::Tensor sum = torch::zeros_like(plain);
        for (int k = 0; k < views; ++k) {
            std::vector<cv::Mat> view;
            for (const cv::Mat &m : images)
                view.push_back(testView(m, k));
            sum += embedImages(net, view, torch::kCPU);
        }
        const torch::Tensor averaged = embedImages(net, images, torch::kCPU, 256, views);
        QVERIFY(torch::allclose(averaged, sum / views, 1e-5, 1e-6));
        QVERIFY(!torch::allclose(averaged, plain, 1e-3, 1e-4));
        // An image's views do not depend on the images scored with it, nor on the batch size.
        const torch::Tensor alone = embedImages(net, {images[3]}, torch::kCPU, 256, views);
        QVERIFY(torch::allclose(alone[0], averaged[3], 1e-5, 1e-6));
        QVERIFY(torch::allclose(embedImages(net, images, torch::kCPU, 2, views), averaged, 1e-5, 1e-6));
        // Out-of-range counts are refused with a message that names the value.
        for (int bad : {0, -1, kMaxTestViews + 1}) {
            try {
                embedImages(net, images, torch::kCPU, 256, bad);
                QFAIL("accepted a bad view count");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QString::number(bad)), qPrintable(e.message()));
            }
        }
        // The one-shot evaluation scores with the averaged embeddings, not the plain ones.
        const OneShotResult one = evaluateOneShot(net, m_runs, torch::kCPU);
        const OneShotResult many = evaluateOneShot(net, m_runs, torch::kCPU, views);
        QCOMPARE(many.trials, 400);
        QVERIFY(many.scores != one.scores);
        QVERIFY(evaluateOneShot(net, m_runs, torch::kCPU, views).scores == many.scores);
    }

    void verificationThresholdTuning()
    {
        data::VerificationSet v;
        v.images = {m_runs.images[0], m_runs.images[1]};
        for (int i = 0; i < 10; ++i) {
            v.pairs.emplace_back(0, i % 2 ? 0 : 1);
            v.labels.push_back(i % 2);
        }
        model::SiameseNet net(model::ModelSpec::tiny());
        {
            torch::NoGradGuard g;
            net->head()->weight.fill_(-50.0);
            net->head()->bias.fill_(10.0); // identical pair: p = sigmoid(10); different: lower
        }
        const VerificationResult r = evaluateVerification(net, v, torch::kCPU);
        QCOMPARE(r.accuracyTuned, 1.0);
        QVERIFY(r.tunedThreshold > 0.0 && r.tunedThreshold < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
