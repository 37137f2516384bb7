#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "TestCommon.h"
#include "common/Error.h"
#include "data/BatchQueue.h"
#include "data/PairSampler.h"
#include "data/Protocol.h"

using namespace oneshot;
using namespace oneshot::data;

class TestPairSampler : public QObject
{
    Q_OBJECT

private:
    Omniglot m_all;
    Subset m_train;

private Q_SLOTS:
    void initTestCase()
    {
        m_all = Omniglot::load(test::dataDir(), Omniglot::Both, 2);
        m_train = selectSubset(m_all, Protocol::byName(QStringLiteral("koch")).train);
    }

    void invariants_data()
    {
        QTest::addColumn<double>("sameAlphabetNegatives");
        QTest::newRow("across alphabets") << 0.0;
        QTest::newRow("half within") << 0.5;
        QTest::newRow("all within") << 1.0;
    }

    void invariants()
    {
        QFETCH(double, sameAlphabetNegatives);
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 100000;
        opts.seed = 7;
        opts.sameAlphabetNegatives = sameAlphabetNegatives;
        PairSampler sampler(m_train, opts);
        const std::vector<Pair> pairs = sampler.epochPairs(0);
        QCOMPARE(int(pairs.size()), 100000);

        std::set<int> allowed;
        for (int i : m_train.allImages())
            allowed.insert(i);
        int same = 0;
        int withinAlphabet = 0;
        std::map<int, int> perAlphabet;
        for (const Pair &p : pairs) {
            QVERIFY(p.a != p.b); // never one image twice
            QVERIFY(allowed.count(p.a) && allowed.count(p.b));
            const ImageInfo &a = m_all.images()[p.a];
            const ImageInfo &b = m_all.images()[p.b];
            const int alphaA = m_all.characters()[a.character].alphabet;
            const int alphaB = m_all.characters()[b.character].alphabet;
            if (p.same) {
                ++same;
                QCOMPARE(a.character, b.character);
                QVERIFY(a.drawer != b.drawer);
                perAlphabet[alphaA]++;
            } else {
                QVERIFY(a.character != b.character);
                if (alphaA == alphaB)
                    ++withinAlphabet;
            }
        }
        QCOMPARE(same, 50000);
        // Same pairs: equal counts per alphabet, within one (the remainder of 50000 / 30).
        QCOMPARE(int(perAlphabet.size()), 30);
        int lo = INT_MAX;
        int hi = 0;
        for (const auto &[alpha, n] : perAlphabet) {
            lo = std::min(lo, n);
            hi = std::max(hi, n);
        }
        QVERIFY2(hi - lo <= 1, qPrintable(QStringLiteral("per-alphabet counts %1..%2").arg(lo).arg(hi)));
        QVERIFY(test::fuzzyEqual(withinAlphabet / 50000.0, sameAlphabetNegatives, 0.01));
        // Same and different are interleaved, not in two blocks.
        int sameInFirstHalf = 0;
        for (int i = 0; i < 50000; ++i)
            sameInFirstHalf += pairs[i].same;
        QVERIFY(test::fuzzyEqual(sameInFirstHalf, 25000, 600));
    }

    void batchesFromFewAlphabets_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("alphabetsPerBatch");
        QTest::newRow("128 from 4") << 128 << 4;
        QTest::newRow("100 from 3 (does not divide)") << 100 << 3;
        QTest::newRow("64 from 1") << 64 << 1;
    }

    void batchesFromFewAlphabets()
    {
        QFETCH(int, batchSize);
        QFETCH(int, alphabetsPerBatch);
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 20000;
        opts.seed = 11;
        opts.sameAlphabetNegatives = 1.0; // every image of a pair from the alphabet it was drawn for
        const std::vector<Pair> plain = PairSampler(m_train, opts).epochPairs(2);
        opts.alphabetsPerBatch = alphabetsPerBatch;
        opts.batchSize = batchSize;
        const std::vector<Pair> grouped = PairSampler(m_train, opts).epochPairs(2);

        // The same pairs, in another order.
        const auto sorted = [](std::vector<Pair> v) {
            std::vector<std::tuple<int, int, bool>> t;
            for (const Pair &p : v)
                t.emplace_back(p.a, p.b, p.same);
            std::sort(t.begin(), t.end());
            return t;
        };
        QVERIFY(sorted(plain) == sorted(grouped));

        // Every batch but the mixed leftovers at the end spans at most k alphabets (k + 1 when
        // k does not divide the batch size); the plain order spans many more.
        const int limit = alphabetsPerBatch + (batchSize % alphabetsPerBatch ? 1 : 0);
        const auto alphabetsIn = [&](const std::vector<Pair> &pairs, int batch) {
            std::set<int> alphabets;
            for (int i = batch * batchSize; i < (batch + 1) * batchSize; ++i) {
                alphabets.insert(m_all.characters()[m_all.images()[pairs[i].a].character].alphabet);
                alphabets.insert(m_all.characters()[m_all.images()[pairs[i].b].character].alphabet);
            }
            return static_cast<int>(alphabets.size());
        };
        const int batches = opts.pairsPerEpoch / batchSize;
        // Leftovers: under one chunk per alphabet, 30 alphabets.
        const int leftoverBatches = (30 * (batchSize / alphabetsPerBatch)) / batchSize + 2;
        for (int b = 0; b < batches - leftoverBatches; ++b)
            QVERIFY2(alphabetsIn(grouped, b) <= limit,
                     qPrintable(QStringLiteral("batch %1 spans %2 alphabets").arg(b).arg(alphabetsIn(grouped, b))));
        QVERIFY(alphabetsIn(plain, 0) > 10);
        // Same and different pairs stay mixed within the batches.
        int sameInFirstBatch = 0;
        for (int i = 0; i < batchSize; ++i)
            sameInFirstBatch += grouped[i].same;
        QVERIFY(sameInFirstBatch > 0 && sameInFirstBatch < batchSize);
    }

    void seededAndResumable()
    {
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 1000;
        opts.seed = 99;
        PairSampler a(m_train, opts);
        PairSampler b(m_train, opts);
        const auto pa = a.epochPairs(3);
        const auto pb = b.epochPairs(3);
        for (std::size_t i = 0; i < pa.size(); ++i)
            QVERIFY(pa[i].a == pb[i].a && pa[i].b == pb[i].b && pa[i].same == pb[i].same);
        const auto p4 = a.epochPairs(4);
        int equal = 0;
        for (std::size_t i = 0; i < pa.size(); ++i)
            equal += pa[i].a == p4[i].a && pa[i].b == p4[i].b;
        QVERIFY(equal < 20); // epochs differ
        opts.seed = 100;
        const auto other = PairSampler(m_train, opts).epochPairs(3);
        equal = 0;
        for (std::size_t i = 0; i < pa.size(); ++i)
            equal += pa[i].a == other[i].a && pa[i].b == other[i].b;
        QVERIFY(equal < 20); // seeds differ

        // Resume from a saved state mid-epoch gives the rest of the same sequence.
        opts.seed = 99;
        PairSampler full(m_train, opts);
        std::vector<Pair> seq;
        Pair p;
        for (int i = 0; i < 1500; ++i) {
            if (!full.next(p)) {
                full.nextEpoch();
                QVERIFY(full.next(p));
            }
            seq.push_back(p);
        }
        PairSampler first(m_train, opts);
        for (int i = 0; i < 700; ++i) {
            if (!first.next(p)) {
                first.nextEpoch();
                first.next(p);
            }
        }
        const PairSampler::State saved = first.state();
        PairSampler resumed(m_train, opts);
        resumed.setState(saved);
        for (int i = 700; i < 1500; ++i) {
            if (!resumed.next(p)) {
                resumed.nextEpoch();
                QVERIFY(resumed.next(p));
            }
            QVERIFY(p.a == seq[i].a && p.b == seq[i].b);
        }
        PairSampler::State foreign = saved;
        foreign.seed = 1;
        QVERIFY_THROWS_EXCEPTION(Error, resumed.setState(foreign));
    }

    void batchesAreDeterministic()
    {
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 256;
        PairSampler sampler(m_train, opts);
        BatchPlan plan;
        plan.batchSize = 64;
        plan.augment = 2;
        plan.side = 52;
        plan.threads = 2;
        BatchQueue q1(m_all, sampler.epochPairs(0), 0, plan);
        BatchQueue q2(m_all, sampler.epochPairs(0), 0, plan);
        QCOMPARE(q1.batchCount(), 256 * 3 / 64);
        Batch b1;
        Batch b2;
        int n = 0;
        while (q1.pop(b1)) {
            QVERIFY(q2.pop(b2));
            QCOMPARE(b1.index, n);
            QCOMPARE(int(b1.left.size()), 64 * 52 * 52);
            QVERIFY(b1.left == b2.left && b1.right == b2.right && b1.labels == b2.labels);
            ++n;
        }
        QCOMPARE(n, 12);
        // Pass 0 is plain, later passes distorted: batch 0 and batch 4 hold the same pairs.
        const Batch plain = q1.build(0);
        const Batch distorted = q1.build(4);
        QVERIFY(plain.labels == distorted.labels);
        QVERIFY(plain.left != distorted.left);
    }

    void rotatedClasses()
    {
        // The lake protocol's training part: 26 background alphabets, its 4 validation alphabets
        // and all evaluation alphabets left out.
        const Protocol lake = Protocol::byName(QStringLiteral("lake"));
        const Subset train = selectSubset(m_all, lake.train);
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 40000;
        opts.seed = 3;
        opts.sameAlphabetNegatives = 0.5;
        opts.rotatedClasses = true;
        const std::vector<Pair> pairs = PairSampler(train, opts).epochPairs(0);
        std::set<int> allowed;
        for (int i : train.allImages())
            allowed.insert(i);
        int turnsSeen[4] = {};
        int turnedOfItself = 0; // negatives of one character against itself turned
        for (const Pair &p : pairs) {
            QVERIFY(allowed.count(p.a) && allowed.count(p.b)); // never evaluation or validation
            QVERIFY(p.poseA >= 0 && p.poseA < 4 && p.poseB >= 0 && p.poseB < 4);
            const int ca = m_all.images()[p.a].character;
            const int cb = m_all.images()[p.b].character;
            const bool sameClass = poseClass(ca, p.poseA) == poseClass(cb, p.poseB);
            QCOMPARE(sameClass, p.same);
            if (p.same) {
                QCOMPARE(p.poseA, p.poseB);
                ++turnsSeen[p.poseA];
            } else if (ca == cb) {
                QVERIFY(p.poseA != p.poseB);
                ++turnedOfItself;
            }
        }
        for (int t = 0; t < 4; ++t)
            QVERIFY2(test::fuzzyEqual(turnsSeen[t], 5000, 300), qPrintable(QString::number(turnsSeen[t])));
        // Half the negatives come from the same alphabet, of its ~4 x 40 classes about 3 are the
        // same character turned: some hundreds, not none and not most.
        QVERIFY2(turnedOfItself > 100 && turnedOfItself < 1000, qPrintable(QString::number(turnedOfItself)));

        // The batch shows each image turned, and labels each by its class.
        BatchPlan plan;
        plan.batchSize = 64;
        plan.side = 105;
        plan.threads = 1;
        const std::vector<Pair> first(pairs.begin(), pairs.begin() + 64);
        const Batch b = BatchQueue(m_all, first, 0, plan).build(0);
        std::vector<float> expected(105 * 105);
        int turnedViews = 0;
        for (int i = 0; i < 64; ++i) {
            const Pair &p = first[i];
            imageToInput(posed(m_all.image(p.a), p.poseA), 105, expected.data());
            QVERIFY(std::equal(expected.begin(), expected.end(), b.left.begin() + i * 105 * 105));
            QCOMPARE(b.leftCharacters[i], poseClass(m_all.images()[p.a].character, p.poseA));
            QCOMPARE(b.rightCharacters[i], poseClass(m_all.images()[p.b].character, p.poseB));
            turnedViews += p.poseA != 0;
        }
        QVERIFY(turnedViews > 30);

        // Turns compose: four make the image again; without rotated classes no pair turns.
        const cv::Mat image = m_all.image(pairs[0].a);
        QVERIFY(cv::countNonZero(posed(posed(image, 1), 3) != image) == 0);
        QVERIFY(cv::countNonZero(posed(posed(image, 1), 1) != posed(image, 2)) == 0);
        QVERIFY(cv::countNonZero(posed(image, 1) != image) > 0);
        opts.rotatedClasses = false;
        for (const Pair &p : PairSampler(train, opts).epochPairs(0))
            QVERIFY(p.poseA == 0 && p.poseB == 0);
    }

    void mirroredClasses_data()
    {
        QTest::addColumn<bool>("rotated");
        QTest::newRow("mirrored and rotated") << true;
        QTest::newRow("mirrored only") << false;
    }

    void mirroredClasses()
    {
        QFETCH(bool, rotated);
        const Protocol lake = Protocol::byName(QStringLiteral("lake"));
        const Subset train = selectSubset(m_all, lake.train);
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 40000;
        opts.seed = 5;
        opts.sameAlphabetNegatives = 0.5;
        opts.rotatedClasses = rotated;
        opts.mirroredClasses = true;
        const std::vector<Pair> pairs = PairSampler(train, opts).epochPairs(0);
        std::set<int> allowed;
        for (int i : train.allImages())
            allowed.insert(i);
        const std::set<int> poses = rotated ? std::set<int>{0, 1, 2, 3, 4, 5, 6, 7} : std::set<int>{0, kMirrored};
        std::map<int, int> posesSeen;
        int mirrorOfItself = 0; // negatives of one character against its own mirror image
        for (const Pair &p : pairs) {
            QVERIFY(allowed.count(p.a) && allowed.count(p.b)); // never evaluation or validation
            QVERIFY(poses.count(p.poseA) && poses.count(p.poseB));
            const int ca = m_all.images()[p.a].character;
            const int cb = m_all.images()[p.b].character;
            // A character mirrored never shares a label with the character itself.
            QCOMPARE(poseClass(ca, p.poseA) == poseClass(cb, p.poseB), p.same);
            if (p.same) {
                QCOMPARE(p.poseA, p.poseB);
                ++posesSeen[p.poseA];
            } else if (ca == cb) {
                QVERIFY(p.poseA != p.poseB);
                mirrorOfItself += (p.poseA ^ p.poseB) == kMirrored;
            }
        }
        // Every pose is drawn about equally often among the 20000 same pairs.
        QCOMPARE(posesSeen.size(), poses.size());
        const int each = 20000 / static_cast<int>(poses.size());
        for (const auto &[pose, n] : posesSeen)
            QVERIFY2(test::fuzzyEqual(n, each, each / 10), qPrintable(QStringLiteral("pose %1: %2").arg(pose).arg(n)));
        QVERIFY2(mirrorOfItself > 20, qPrintable(QString::number(mirrorOfItself)));

        // The batch shows each mirrored image flipped left to right before it is turned (built
        // here with OpenCV directly, not with posed()).
        BatchPlan plan;
        plan.batchSize = 64;
        plan.side = 105;
        plan.threads = 1;
        const std::vector<Pair> first(pairs.begin(), pairs.begin() + 64);
        const Batch b = BatchQueue(m_all, first, 0, plan).build(0);
        std::vector<float> expected(105 * 105);
        int mirroredViews = 0;
        for (int i = 0; i < 64; ++i) {
            const Pair &p = first[i];
            cv::Mat image = m_all.image(p.b).clone();
            if (p.poseB & kMirrored) {
                cv::flip(image.clone(), image, 1);
                ++mirroredViews;
            }
            for (int t = 0; t < (p.poseB & 3); ++t)
                cv::rotate(image.clone(), image, cv::ROTATE_90_COUNTERCLOCKWISE);
            imageToInput(image, 105, expected.data());
            QVERIFY(std::equal(expected.begin(), expected.end(), b.right.begin() + i * 105 * 105));
            QCOMPARE(b.rightCharacters[i], poseClass(m_all.images()[p.b].character, p.poseB));
        }
        QVERIFY(mirroredViews > 16 && mirroredViews < 48);
        // Mirroring twice gives the image again, and a character is not its own mirror image.
        const cv::Mat image = m_all.image(pairs[0].a);
        QVERIFY(cv::countNonZero(posed(posed(image, kMirrored), kMirrored) != image) == 0);
        QVERIFY(cv::countNonZero(posed(image, kMirrored) != image) > 0);
    }

    void fixedSetRepeatsPairsAndViews_data()
    {
        QTest::addColumn<bool>("fixed");
        QTest::newRow("fixed set") << true;
        QTest::newRow("fresh pairs") << false;
    }

    void fixedSetRepeatsPairsAndViews()
    {
        QFETCH(bool, fixed);
        PairSamplerOptions opts;
        opts.pairsPerEpoch = 96;
        opts.fixedSet = fixed;
        opts.seed = 5;
        const PairSampler sampler(m_train, opts);
        BatchPlan plan;
        plan.batchSize = 32;
        plan.augment = 2;
        plan.side = 40;
        plan.threads = 1;
        plan.fixedViews = fixed;
        plan.seed = opts.seed;
        // Each view of each epoch by (pair, copy): its images and its pixels.
        using View = std::tuple<int, int, bool>; // a, b, same
        std::map<std::pair<int, int>, std::pair<View, std::vector<float>>> epoch[2];
        std::vector<int> order[2];
        for (int e = 0; e < 2; ++e) {
            const std::vector<Pair> pairs = sampler.epochPairs(e);
            for (const Pair &p : pairs)
                order[e].push_back(p.id);
            const BatchQueue queue(m_all, pairs, e, plan);
            const int pixels = plan.side * plan.side;
            for (int k = 0; k < queue.batchCount(); ++k) {
                const Batch b = queue.build(k);
                for (int i = 0; i < b.count; ++i) {
                    const int view = k * plan.batchSize + i;
                    const Pair &p = pairs[view % pairs.size()];
                    std::vector<float> px(b.left.begin() + i * pixels, b.left.begin() + (i + 1) * pixels);
                    px.insert(px.end(), b.right.begin() + i * pixels, b.right.begin() + (i + 1) * pixels);
                    epoch[e][{p.id, view / int(pairs.size())}] = {View(p.a, p.b, p.same), px};
                }
            }
        }
        QCOMPARE(epoch[0].size(), std::size_t(96 * 3));
        QVERIFY(order[0] != order[1]); // a new order every epoch, either way
        int samePairs = 0;
        int sameViews = 0;
        for (const auto &[key, value] : epoch[0]) {
            const auto &other = epoch[1].at(key);
            samePairs += value.first == other.first;
            sameViews += key.second > 0 && value.second == other.second;
        }
        if (fixed) {
            QCOMPARE(samePairs, 96 * 3); // every pair in both epochs
            QCOMPARE(sameViews, 96 * 2); // and every distorted copy bit for bit
        } else {
            QVERIFY2(samePairs < 20, qPrintable(QString::number(samePairs)));
            QCOMPARE(sameViews, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPairSampler)
#include "tst_pairsampler.moc"
