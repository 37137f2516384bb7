#include <algorithm>
#include <cmath>
#include <limits>

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>

#include "TestCommon.h"
#include "common/Error.h"
#include "model/Precision.h"
#include "model/SiameseNet.h"
#include "train/Checkpoint.h"
#include "train/Loss.h"
#include "train/LossScaler.h"
#include "train/Optimizer.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

using namespace oneshot;
using namespace oneshot::train;

namespace {

/// Stops the run after a given number of logged steps.
class StopAfter : public TrainObserver
{
public:
    StopAfter(Trainer *t, long long step)
        : m_trainer(t)
        , m_step(step)
    {
    }
    void onStep(const StepMetrics &m) override
    {
        steps.push_back(m);
        if (m.step >= m_step)
            m_trainer->requestStop();
    }
    void onEpoch(const EpochMetrics &m) override { epochs.push_back(m); }
    void onFilters(const model::FilterSnapshot &) override { ++filters; }
    void onStart(const QJsonObject &info) override { started = info; }
    void onMessage(const QString &message) override { messages << message; }
    std::vector<StepMetrics> steps;
    QJsonObject started;
    QStringList messages;
    std::vector<EpochMetrics> epochs;
    int filters = 0;

private:
    Trainer *m_trainer;
    long long m_step;
};

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const data::Omniglot> m_data;
    QTemporaryDir m_tmp;

    TrainConfig tinyConfig() const
    {
        TrainConfig c = TrainConfig::forPreset(QStringLiteral("tiny"));
        c.protocol = QStringLiteral("lake");
        c.pairsPerEpoch = 1280;
        c.batchSize = 64;
        c.augment = 1;
        c.epochs = 2;
        c.threads = 2;
        c.logEvery = 5;
        c.validationPairs = 400;
        c.validationTrials = 40;
        c.evaluateTestAtEnd = false;
        c.dataFolder = test::dataDir();
        return c;
    }

    std::vector<MetricsRow> stepRows(const QString &dir)
    {
        std::vector<MetricsRow> rows;
        for (const MetricsRow &r : readMetricsCsv(QDir(dir).filePath(QStringLiteral("metrics.csv"))))
            if (r.kind == QLatin1String("step"))
                rows.push_back(r);
        return rows;
    }

    /// Trains a few steps, damages the weights of last.pt, and resumes from it.
    TrainResult resumeWithDamagedWeights(const QString &name, int epochs,
                                         const std::function<void(model::SiameseNet &)> &damage)
    {
        TrainConfig c = tinyConfig();
        c.epochs = epochs;
        const QString dir = m_tmp.filePath(name);
        {
            Trainer t(c, dir, m_data);
            StopAfter obs(&t, 5);
            t.run(&obs);
        }
        const QString last = QDir(dir).filePath(QStringLiteral("checkpoints/last.pt"));
        const CheckpointState st = readCheckpointState(last);
        model::SiameseNet net(st.config.model);
        loadCheckpointTensors(last, net, nullptr);
        {
            torch::NoGradGuard g;
            damage(net);
        }
        saveCheckpoint(last, net, nullptr, st);
        return Trainer::resume(dir, m_data)->run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = std::make_shared<data::Omniglot>(data::Omniglot::load(test::dataDir(), data::Omniglot::Background, 2));
    }

    void metricsAreFollowedWhileWritten()
    {
        // Rows appear as whole lines are added; a torn line waits; a rewritten file (a resumed run
        // keeps its rows up to the checkpoint) is read again from its start; a foreign file is
        // refused by name.
        const QString path = m_tmp.filePath(QStringLiteral("followed.csv"));
        StepMetrics a;
        a.step = 10;
        a.loss = 0.7;
        StepMetrics b = a;
        b.step = 20;
        b.loss = 0.6;
        EpochMetrics e;
        e.epoch = 1;
        e.step = 20;
        e.valOneShot = 0.5;
        const QByteArray header = (metricsCsvHeader() + QLatin1Char('\n')).toUtf8();
        const QByteArray rowA = (toCsvRow(a) + QLatin1Char('\n')).toUtf8();
        const QByteArray rowB = (toCsvRow(b) + QLatin1Char('\n')).toUtf8();
        const QByteArray rowE = (toCsvRow(e) + QLatin1Char('\n')).toUtf8();
        const auto write = [&path](const QByteArray &bytes, QIODevice::OpenMode mode) {
            QFile f(path);
            QVERIFY(f.open(mode));
            f.write(bytes);
        };
        write(header + rowA + rowB.left(5), QIODevice::WriteOnly);
        MetricsFollower follower(path);
        QVERIFY(follower.update());
        QCOMPARE(follower.rows().size(), std::size_t(1));
        QVERIFY(!follower.update()); // nothing whole added
        write(rowB.mid(5) + rowE, QIODevice::Append);
        QVERIFY(follower.update());
        QCOMPARE(follower.rows().size(), std::size_t(3));
        QCOMPARE(follower.rows()[1].step.step, 20LL);
        QCOMPARE(follower.rows()[2].kind, QStringLiteral("epoch"));
        QCOMPARE(follower.rows()[2].epoch.valOneShot, 0.5);
        // Rewritten with fewer rows: read again from the start; then grown: the rows added.
        write(header + rowA, QIODevice::WriteOnly | QIODevice::Truncate);
        QVERIFY(follower.update());
        QCOMPARE(follower.rows().size(), std::size_t(1));
        StepMetrics c = a;
        c.step = 15;
        c.loss = 0.65123;
        write(header + rowA + (toCsvRow(c) + QLatin1Char('\n')).toUtf8() + rowB + rowE,
              QIODevice::WriteOnly | QIODevice::Truncate);
        QVERIFY(follower.update());
        QCOMPARE(follower.rows().size(), std::size_t(4));
        QCOMPARE(follower.rows()[1].step.step, 15LL);
        QCOMPARE(follower.rows().size(), readMetricsCsv(path).size());
        write("name,value\nx,1\n", QIODevice::WriteOnly | QIODevice::Truncate);
        try {
            follower.update();
            QFAIL("read a file that is no metrics file");
        } catch (const Error &err) {
            QVERIFY2(err.message().contains(path), qPrintable(err.message()));
        }
    }

    void tinyRunLowersLossAndWritesRunFolder_data()
    {
        QTest::addColumn<double>("batchNegatives");
        QTest::addColumn<double>("batchSoftmax");
        QTest::addColumn<int>("batchAlphabets");
        QTest::newRow("sampled pairs only") << 0.0 << 0.0 << 0;
        QTest::newRow("with the batch's cross pairs") << 1.0 << 0.0 << 0;
        QTest::newRow("one-shot loss, batches from 4 alphabets") << 1.0 << 1.0 << 4;
    }

    void tinyRunLowersLossAndWritesRunFolder()
    {
        QFETCH(double, batchNegatives);
        QFETCH(double, batchSoftmax);
        QFETCH(int, batchAlphabets);
        TrainConfig c = tinyConfig();
        c.epochs = 3;
        c.pairsPerEpoch = 3200;
        c.loss.batchNegatives = batchNegatives;
        c.loss.batchSoftmax = batchSoftmax;
        c.batchAlphabets = batchAlphabets;
        const QString dir = m_tmp.filePath(
            QStringLiteral("lowers%1-%2-%3").arg(batchNegatives).arg(batchSoftmax).arg(batchAlphabets));
        Trainer t(c, dir, m_data);
        StopAfter obs(&t, 1 << 30);
        const TrainResult r = t.run(&obs);
        QVERIFY2(!r.failed, qPrintable(r.message));
        QCOMPARE(r.stopReason, QStringLiteral("epochs"));
        QCOMPARE(int(obs.epochs.size()), 3);
        QVERIFY(obs.filters >= 3);
        // The loss falls: the mean of the last logged rows is below the first row's. With the
        // cross pairs the logged loss (of the sampled pairs) is not what is minimised; there the
        // net must rank: 20-way one-shot on validation well above chance (5 %).
        if (batchNegatives > 0) {
            QVERIFY2(obs.epochs.back().valOneShot > 0.15,
                     qPrintable(QStringLiteral("one-shot %1").arg(obs.epochs.back().valOneShot)));
        } else {
            const double first = obs.steps.front().loss;
            const double last = (obs.steps.end()[-1].loss + obs.steps.end()[-2].loss) / 2;
            QVERIFY2(last < first - 0.05, qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));
        }
        QVERIFY(obs.epochs.back().valAccTuned > 0.6);
        for (const char *f :
             {"config.json", "metrics.csv", "result.json", "checkpoints/best.pt", "checkpoints/last.pt"})
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(f))), f);
        // config.json is enough to rerun it.
        QCOMPARE(TrainConfig::fromFile(QDir(dir).filePath(QStringLiteral("config.json"))).toJson(), c.toJson());
        // metrics.csv: a row per logged step (5 steps each) and one per epoch.
        const auto rows = readMetricsCsv(QDir(dir).filePath(QStringLiteral("metrics.csv")));
        int steps = 0;
        int epochs = 0;
        for (const auto &row : rows) {
            steps += row.kind == QLatin1String("step");
            epochs += row.kind == QLatin1String("epoch");
        }
        QCOMPARE(epochs, 3);
        QCOMPARE(steps, int(r.steps / 5));
        // Each loss term has its own column: filled for the terms that are on, empty for the
        // others, and the logged total is their weighted sum.
        const QStringList names = lossTermNames();
        for (const auto &row : rows) {
            if (row.kind != QLatin1String("step"))
                continue;
            QCOMPARE(int(row.step.terms.size()), int(names.size()));
            double total = 0;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const double weight = findSetting(LossConfig::settings(), names[i])->get(c.loss).toDouble();
                QCOMPARE(std::isnan(row.step.terms[i]), weight == 0);
                if (weight > 0)
                    total += weight * row.step.terms[i];
            }
            ONESHOT_FUZZY_COMPARE(row.step.loss, total, 1e-5 + 1e-5 * total);
        }
    }

    void exactResume_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::newRow("fp32") << "fp32";
        QTest::newRow("bf16") << "bf16"; // fp32 where the CPU has no bf16: the same test
    }

    void exactResume()
    {
        QFETCH(QString, precision);
        TrainConfig c = tinyConfig();
        c.precision = precision;
        const QString full = m_tmp.filePath(QStringLiteral("full-") + precision);
        {
            Trainer t(c, full, m_data);
            QVERIFY(!t.run().failed);
        }
        // The same run stopped mid-epoch in the distorted pass (step 35 of 40 in epoch 1: 1280
        // pairs seen plain and once distorted make 40 batches of 64), then resumed.
        const QString part = m_tmp.filePath(QStringLiteral("part-") + precision);
        {
            Trainer t(c, part, m_data);
            StopAfter obs(&t, 35);
            const TrainResult r = t.run(&obs);
            QCOMPARE(r.stopReason, QStringLiteral("stopped"));
            QCOMPARE(readCheckpointState(QDir(part).filePath(QStringLiteral("checkpoints/last.pt"))).batchInEpoch, 35);
        }
        {
            auto t = Trainer::resume(part, m_data);
            const TrainResult r = t->run();
            QCOMPARE(r.stopReason, QStringLiteral("epochs"));
        }
        const auto a = stepRows(full);
        const auto b = stepRows(part);
        QCOMPARE(b.size(), a.size());
        QVERIFY(a.size() >= 6);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].step.step, a[i].step.step);
            QVERIFY2(test::fuzzyEqual(b[i].step.loss, a[i].step.loss, 1e-6),
                     qPrintable(QStringLiteral("step %1: %2 vs %3")
                                    .arg(a[i].step.step)
                                    .arg(b[i].step.loss, 0, 'g', 10)
                                    .arg(a[i].step.loss, 0, 'g', 10)));
            QCOMPARE(b[i].step.lr, a[i].step.lr);
        }
    }

    void bf16TrainsOrSaysWhyNot_data()
    {
        QTest::addColumn<bool>("hideBf16");
        QTest::newRow("this CPU") << false;
        QTest::newRow("a CPU without bf16") << true;
    }

    void bf16TrainsOrSaysWhyNot()
    {
        QFETCH(bool, hideBf16);
        if (hideBf16)
            qputenv("ONESHOT_CPU_BF16", "0");
        const auto restore = qScopeGuard([] { qunsetenv("ONESHOT_CPU_BF16"); });
        TrainConfig c = tinyConfig();
        c.precision = QStringLiteral("bf16");
        c.epochs = 1;
        c.device = QStringLiteral("cpu");
        Trainer t(c, m_tmp.filePath(hideBf16 ? QStringLiteral("bf16-hidden") : QStringLiteral("bf16")), m_data);
        StopAfter obs(&t, 1 << 30);
        const TrainResult r = t.run(&obs);
        QVERIFY2(!r.failed, qPrintable(r.message));
        const bool bf16 = model::cpuHasBf16();
        QCOMPARE(bf16, !hideBf16 && model::cpuSummary().contains(QLatin1String("BF16")));
        QCOMPARE(obs.started[QStringLiteral("precision")].toString(),
                 bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32"));
        const bool said = std::any_of(obs.messages.begin(), obs.messages.end(), [](const QString &m) {
            return m.contains(QLatin1String("bf16")) && m.contains(QLatin1String("fp32"));
        });
        QCOMPARE(said, !bf16); // the fall-back says so; a run in bf16 says nothing
        // The weights stay fp32 (bf16 is the arithmetic, not the storage) and the net learned.
        QVERIFY(obs.epochs.back().valAccTuned > 0.6);
        const QString last = m_tmp.filePath(hideBf16 ? QStringLiteral("bf16-hidden") : QStringLiteral("bf16"))
            + QStringLiteral("/checkpoints/last.pt");
        model::SiameseNet net(c.model);
        loadCheckpointTensors(last, net, nullptr);
        for (const torch::Tensor &p : net->parameters())
            QCOMPARE(p.scalar_type(), torch::kFloat);
    }

    void lossScalerKeepsSmallFp16GradientsAndSkipsOverflows()
    {
        // A gradient of 1e-8 on its way through a float16 activation flushes to zero (fp16's
        // smallest subnormal is 6e-8); scaled by 65536 it passes, and divided back in fp32 it is
        // 1e-8 again.
        const auto gradient = [](const LossScaler &scaler) {
            const torch::Tensor w = torch::ones({4}).requires_grad_();
            const torch::Tensor a = w.to(torch::kHalf) * torch::full({4}, 1e-4, torch::kHalf);
            scaler.scaled(a.to(torch::kFloat).sum() * 1e-4).backward();
            const bool finite = scaler.unscale({w});
            return std::make_pair(finite, w.grad()[0].item<double>());
        };
        const LossScaler off(false);
        QCOMPARE(off.scale(), 1.0);
        const auto [offFinite, offGrad] = gradient(off);
        QVERIFY(offFinite);
        QCOMPARE(offGrad, 0.0); // lost, as fp16 training without scaling would lose it
        const LossScaler on(true);
        const auto [onFinite, onGrad] = gradient(on);
        QVERIFY(onFinite);
        QVERIFY2(std::abs(onGrad - 1e-8) < 1e-10, qPrintable(QString::number(onGrad)));

        // An overflow: the step is skipped and the scale halves; good steps in a row double it.
        LossScaler scaler(true, 1024.0, 3);
        const torch::Tensor w = torch::ones({2}).requires_grad_();
        w.mutable_grad() = torch::tensor({1.0f, std::numeric_limits<float>::infinity()});
        QVERIFY(!scaler.unscale({w}));
        scaler.update(false);
        QCOMPARE(scaler.scale(), 512.0);
        for (int i = 0; i < 3; ++i)
            scaler.update(true);
        QCOMPARE(scaler.scale(), 1024.0);
        scaler.update(true);
        // A resumed run scales as the uninterrupted one would.
        LossScaler resumed(true, 65536.0, 3); // the interval is the program's, not the state's
        resumed.setState(scaler.state());
        QCOMPARE(resumed.scale(), 1024.0);
        resumed.update(true);
        resumed.update(true);
        QCOMPARE(resumed.scale(), 2048.0);
        CheckpointState st;
        st.config = tinyConfig();
        st.lossScale = scaler.state();
        QCOMPARE(CheckpointState::fromJson(st.toJson()).lossScale, scaler.state());
    }

    void divergenceIsDetected()
    {
        // A run whose weights became NaN: the first step's loss is NaN and the run says so.
        const TrainResult r = resumeWithDamagedWeights(QStringLiteral("diverge"), 2, [](model::SiameseNet &net) {
            net->head()->weight.fill_(std::numeric_limits<float>::quiet_NaN());
        });
        QVERIFY(r.failed);
        QCOMPARE(r.stopReason, QStringLiteral("diverged"));
        QVERIFY2(r.message.contains(QLatin1String("NaN")) && r.message.contains(QLatin1String("diverged")),
                 qPrintable(r.message));
    }

    void collapseIsDetected()
    {
        // All weights zero: every pair gets the same score, and no gradient can change that.
        const TrainResult r = resumeWithDamagedWeights(QStringLiteral("collapse"), 3, [](model::SiameseNet &net) {
            for (auto &p : net->parameters())
                p.zero_();
        });
        QVERIFY(r.failed);
        QCOMPARE(r.stopReason, QStringLiteral("collapsed"));
        QVERIFY(r.message.contains(QLatin1String("same score")));
    }

    void timeBudgetStops()
    {
        TrainConfig c = tinyConfig();
        c.epochs = 1000;
        c.minutes = 0.05; // 3 s
        c.scheduler.kind = QStringLiteral("exponential_run");
        c.scheduler.finalFactor = 0.01;
        const QString dir = m_tmp.filePath(QStringLiteral("budget"));
        Trainer t(c, dir, m_data);
        const TrainResult r = t.run();
        QCOMPARE(r.stopReason, QStringLiteral("time budget"));
        QVERIFY(r.wallSeconds < 60);
        QVERIFY(!r.best.isEmpty()); // the last minutes were validated
        // The schedule follows the budget, not the 1000 epochs: by the last logged step the rate
        // has fallen past half way (in log scale) towards lr x 0.01, and not below it.
        const std::vector<MetricsRow> rows = stepRows(dir);
        QVERIFY(!rows.empty());
        const double last = rows.back().step.lr;
        QVERIFY2(last < c.optimizer.lr * 0.1 && last >= c.optimizer.lr * 0.01 * (1 - 1e-6),
                 qPrintable(QString::number(last)));
    }

    void distortionScaleReachesTheBatches()
    {
        // One epoch: 20 batches of plain pairs, then 20 of their distorted views. Koch's
        // distortion at strength 0 is the identity, so it must train exactly as no distortion;
        // at strength 1 the distorted half differs.
        std::vector<std::vector<MetricsRow>> runs;
        for (const auto &[distortion, scale] : {std::pair{"none", 1.0}, {"koch", 0.0}, {"koch", 1.0}}) {
            TrainConfig c = tinyConfig();
            c.epochs = 1;
            c.distortion = QString::fromLatin1(distortion);
            c.distortionScale = scale;
            const QString dir = m_tmp.filePath(QStringLiteral("distortion-%1-%2").arg(c.distortion).arg(scale));
            Trainer t(c, dir, m_data);
            QCOMPARE(t.run().stopReason, QStringLiteral("epochs"));
            runs.push_back(stepRows(dir));
        }
        QCOMPARE(runs[0].size(), std::size_t(8));
        for (std::size_t i = 0; i < runs[0].size(); ++i)
            QVERIFY2(test::fuzzyEqual(runs[1][i].step.loss, runs[0][i].step.loss, 1e-6),
                     qPrintable(QStringLiteral("step %1").arg(runs[0][i].step.step)));
        QVERIFY(!test::fuzzyEqual(runs[2].back().step.loss, runs[0].back().step.loss, 1e-6));
    }

    void exponentialRunScheduleSpansTheEpochs()
    {
        TrainConfig c = tinyConfig();
        c.scheduler.kind = QStringLiteral("exponential_run");
        c.scheduler.finalFactor = 0.1;
        const QString dir = m_tmp.filePath(QStringLiteral("exponential-run"));
        Trainer t(c, dir, m_data);
        QCOMPARE(t.run().stopReason, QStringLiteral("epochs"));
        // 2 epochs of 1280 pairs x 2 views in batches of 64: 80 steps; a row's rate is the one
        // its last step used, lr x 0.1^((step - 1) / 80), falling within each epoch too.
        const std::vector<MetricsRow> rows = stepRows(dir);
        QCOMPARE(rows.size(), std::size_t(16));
        for (const MetricsRow &row : rows) {
            const double expected = c.optimizer.lr * std::pow(0.1, static_cast<double>(row.step.step - 1) / 80.0);
            QVERIFY2(
                std::abs(row.step.lr - expected) <= 1e-4 * expected,
                qPrintable(
                    QStringLiteral("step %1: lr %2, expected %3").arg(row.step.step).arg(row.step.lr).arg(expected)));
        }
    }

    void nonEmptyRunFolderIsRefused()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("occupied"));
        QVERIFY(QDir().mkpath(dir));
        QFile other(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        Trainer t(tinyConfig(), dir, m_data);
        try {
            t.run();
            QFAIL("a folder with files in it was used for a new run");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(dir) && e.message().contains(QLatin1String("not empty")),
                     qPrintable(e.message()));
        }
        QVERIFY(other.exists()); // nothing of the user's is touched
    }

    void lossTermsAreWhatTheyClaim()
    {
        // A batch of 4 pairs over 3 characters: pairs 0 and 2 are same pairs (characters 7 and
        // 9), pairs 1 and 3 different; left 3 and right 0 share character 7.
        data::Batch batch;
        batch.count = 4;
        batch.labels = {1, 0, 1, 0};
        batch.leftCharacters = {7, 8, 9, 7};
        batch.rightCharacters = {7, 9, 9, 8};
        torch::manual_seed(3);
        model::SiameseNet net(model::ModelSpec::tiny());
        const torch::Tensor left = torch::rand({4, 32}), right = torch::rand({4, 32});
        const torch::Tensor logits = net->score(left, right);
        LossConfig c;
        c.pairBce = 0.5;
        c.batchNegatives = 2;
        c.batchSoftmax = 3;
        const LossValue v = Loss(c)(net, left, right, logits, batch);

        const torch::Tensor labels = torch::tensor({1.f, 0.f, 1.f, 0.f});
        const double bce = torch::binary_cross_entropy_with_logits(logits, labels).item<double>();
        const torch::Tensor cross = net->score(left.unsqueeze(1), right.unsqueeze(0));
        // Negatives: every cross pair of different characters, mean of -log(1 - p).
        double negatives = 0;
        int count = 0;
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                if (batch.leftCharacters[i] != batch.rightCharacters[j]) {
                    negatives += -std::log(1 - torch::sigmoid(cross[i][j]).item<double>());
                    ++count;
                }
        negatives /= count;
        // One-shot: same pair i picks right i among the right images not of its character
        // (plus itself), and right i picks left i the same way; mean over rows, halved.
        auto pick = [&](int i, bool fromLeft) {
            double denominator = 0;
            for (int j = 0; j < 4; ++j) {
                const bool sameChar = fromLeft ? batch.leftCharacters[i] == batch.rightCharacters[j]
                                               : batch.rightCharacters[i] == batch.leftCharacters[j];
                if (j == i || !sameChar)
                    denominator += std::exp((fromLeft ? cross[i][j] : cross[j][i]).item<double>());
            }
            return -std::log(std::exp(cross[i][i].item<double>()) / denominator);
        };
        const double oneShot = 0.5 * ((pick(0, true) + pick(2, true)) / 2 + (pick(0, false) + pick(2, false)) / 2);

        const QStringList names = lossTermNames();
        ONESHOT_FUZZY_COMPARE(v.terms[names.indexOf(QLatin1String("pair_bce"))].item<double>(), bce, 1e-5);
        ONESHOT_FUZZY_COMPARE(v.terms[names.indexOf(QLatin1String("batch_negatives"))].item<double>(), negatives, 1e-5);
        ONESHOT_FUZZY_COMPARE(v.terms[names.indexOf(QLatin1String("batch_softmax"))].item<double>(), oneShot, 1e-5);
        ONESHOT_FUZZY_COMPARE(v.total.item<double>(), 0.5 * bce + 2 * negatives + 3 * oneShot, 1e-4);

        // A term that is off is NaN in the metrics and absent from the total.
        c.batchNegatives = 0;
        const LossValue w = Loss(c)(net, left, right, logits, batch);
        QVERIFY(std::isnan(w.terms[names.indexOf(QLatin1String("batch_negatives"))].item<double>()));
        ONESHOT_FUZZY_COMPARE(w.total.item<double>(), 0.5 * bce + 3 * oneShot, 1e-4);
    }

    void reproductionAdamSettings()
    {
        // The reproduction's notebooks: lr 3e-4 in every group, weight decay 2e-4, and 1e-3 on
        // the head.
        const TrainConfig c = TrainConfig::forPreset(QStringLiteral("reproduction"));
        model::SiameseNet net(model::ModelSpec::tiny());
        const auto optimizer = makeOptimizer(net, c.optimizer);
        auto &groups = optimizer->param_groups();
        QCOMPARE(int(groups.size()), 2);
        const auto &twin = static_cast<const torch::optim::AdamOptions &>(groups[0].options());
        const auto &head = static_cast<const torch::optim::AdamOptions &>(groups[1].options());
        QCOMPARE(twin.lr(), 3e-4);
        QCOMPARE(head.lr(), 3e-4);
        QCOMPARE(twin.weight_decay(), 2e-4);
        QCOMPARE(head.weight_decay(), 1e-3);
        QCOMPARE(groups[1].params().size(), net->head()->parameters().size());
        QCOMPARE(c.pairSet, QStringLiteral("fixed"));
        QCOMPARE(c.earlyStopMetric, QStringLiteral("val_acc_05"));
    }

    void badCheckpointsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("missing") << "missing"
                                 << "not found";
        QTest::newRow("garbage") << "garbage"
                                 << "not a readable checkpoint";
        QTest::newRow("truncated") << "truncated"
                                   << "not a readable checkpoint";
        // One flipped byte in a tensor's data: libzip's CRC check names the entry.
        QTest::newRow("bit flip") << "flipped"
                                  << "is corrupt";
        QTest::newRow("foreign") << "foreign"
                                 << "not a Oneshot Studio checkpoint";
        QTest::newRow("stale") << "stale"
                               << "does not fit";
    }

    void badCheckpointsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mustMention);
        const QString run = m_tmp.filePath(QStringLiteral("bad-") + kind);
        {
            Trainer t(tinyConfig(), run, m_data);
            StopAfter obs(&t, 5);
            t.run(&obs);
        }
        const QString good = RunFolder(run).lastCheckpoint();
        QVERIFY(QFileInfo::exists(good));
        const QString path = m_tmp.filePath(kind + QLatin1String(".pt"));
        QFile src(good);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray bytes = src.readAll();
        if (kind == QLatin1String("garbage") || kind == QLatin1String("truncated")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kind == QLatin1String("garbage") ? QByteArray(4096, 'z') : bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("flipped")) {
            QByteArray flipped = bytes;
            flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(flipped);
        } else if (kind == QLatin1String("foreign")) {
            torch::save(torch::ones({3, 3}), QFile::encodeName(path).toStdString());
        }
        try {
            if (kind == QLatin1String("stale")) {
                model::SiameseNet other(model::ModelSpec::cpu());
                loadCheckpointTensors(good, other, nullptr);
            } else {
                loadModel(path);
            }
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(mustMention), qPrintable(e.message()));
            QVERIFY2(e.message().contains(kind == QLatin1String("stale") ? good : path), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
