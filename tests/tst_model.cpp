#include <ATen/autocast_mode.h>

#include "common/Parallel.h"
#include "TestCommon.h"
#include "common/Error.h"
#include "model/FirstConv.h"
#include "model/Precision.h"
#include "model/SiameseNet.h"
#include "train/TrainConfig.h"

using namespace oneshot;
using namespace oneshot::model;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(computeThreads(2)); }

    void parameterCounts_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qlonglong>("parameters");
        QTest::newRow("koch2015") << "koch2015" << 38951745LL; // Koch et al. 2015, DESIGN.md section 4
        QTest::newRow("cpu") << "cpu" << -1LL;
        QTest::newRow("tiny") << "tiny" << -1LL;
    }

    void parameterCounts()
    {
        QFETCH(QString, preset);
        QFETCH(qlonglong, parameters);
        const ModelSpec spec = ModelSpec::preset(preset);
        SiameseNet net(spec);
        QCOMPARE(net->parameterCount(), spec.parameterCount());
        if (parameters > 0)
            QCOMPARE(net->parameterCount(), parameters);
    }

    void bf16AutocastMatchesFp32_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("cpu") << "cpu";
        QTest::newRow("tiny") << "tiny";
    }

    void bf16AutocastMatchesFp32()
    {
        QFETCH(QString, preset);
        torch::manual_seed(3);
        const ModelSpec spec = ModelSpec::preset(preset);
        SiameseNet net(spec);
        net->train();
        const long side = spec.inputSide;
        const torch::Tensor a = (torch::rand({16, 1, side, side}) > 0.8).to(torch::kFloat);
        const torch::Tensor b = (torch::rand({16, 1, side, side}) > 0.8).to(torch::kFloat);
        struct Result
        {
            torch::Tensor logits;
            torch::Tensor grad;
            bool autocastInside = false;
            bool autocastAfter = true;
            torch::ScalarType type = torch::kFloat;
        };
        const auto run = [&](const QString &precision) {
            Result r;
            net->zero_grad();
            {
                const AutocastScope autocast(precision, torch::Device(torch::kCPU));
                r.autocastInside = at::autocast::is_cpu_enabled();
                r.logits = net->forward(a, b);
                r.type = r.logits.scalar_type();
            }
            r.autocastAfter = at::autocast::is_cpu_enabled(); // the scope leaves it as it found it
            r.logits = r.logits.to(torch::kFloat);
            r.logits.sum().backward();
            r.logits = r.logits.detach().clone();
            r.grad = net->twin()->parameters().front().grad().clone();
            return r;
        };
        const Result fp32 = run(QStringLiteral("fp32"));
        const Result bf16 = run(QStringLiteral("bf16"));
        QVERIFY(!fp32.autocastInside && !fp32.autocastAfter && fp32.type == torch::kFloat);
        QVERIFY(bf16.autocastInside && !bf16.autocastAfter && bf16.type == torch::kBFloat16);
        const torch::Tensor &logits32 = fp32.logits;
        const torch::Tensor &grad32 = fp32.grad;
        const torch::Tensor &logits16 = bf16.logits;
        const torch::Tensor &grad16 = bf16.grad;
        // bf16 keeps 8 bits of mantissa (a relative error of 0.4 % per rounding). Measured over seeds
        // 1-8 with 16 pairs: the logits within 0.03-0.10 of their spread of fp32's, the first layer's
        // gradient at a cosine of 0.979-0.994 to fp32's; the tolerance is twice that. The gradient
        // itself is fp32, as the weights are.
        QCOMPARE(grad16.scalar_type(), torch::kFloat);
        const double spread = logits32.std().item<double>() + 1e-6;
        const double worst = (logits16 - logits32).abs().max().item<double>() / spread;
        QVERIFY2(worst < 0.2, qPrintable(QStringLiteral("logits differ by %1 of their spread").arg(worst)));
        const double cosine = torch::cosine_similarity(grad16.flatten(), grad32.flatten(), 0).item<double>();
        qInfo("%s: logits within %.4f of their spread, gradient cosine %.4f", qPrintable(preset), worst, cosine);
        QVERIFY2(cosine > 0.95, qPrintable(QStringLiteral("gradient cosine %1").arg(cosine)));
        // A broken scope (no autocast) would give identical results: bf16 must have changed them.
        QVERIFY(!torch::equal(logits16, logits32));
    }

    void precisionChoiceFallsBackWithAReason()
    {
        const torch::Device cpu(torch::kCPU);
        QCOMPARE(choosePrecision(QStringLiteral("fp32"), cpu).used, QStringLiteral("fp32"));
        QVERIFY(choosePrecision(QStringLiteral("fp32"), cpu).note.isEmpty());
        const PrecisionChoice fp16 = choosePrecision(QStringLiteral("fp16"), cpu);
        QCOMPARE(fp16.used, QStringLiteral("fp32"));
        QVERIFY(fp16.note.contains(QLatin1String("CUDA")));
        qputenv("ONESHOT_CPU_BF16", "0");
        const PrecisionChoice hidden = choosePrecision(QStringLiteral("bf16"), cpu);
        qunsetenv("ONESHOT_CPU_BF16");
        QCOMPARE(hidden.used, QStringLiteral("fp32"));
        QVERIFY(hidden.note.contains(QLatin1String("AVX-512 BF16")));
        const PrecisionChoice here = choosePrecision(QStringLiteral("bf16"), cpu);
        QCOMPARE(here.used, cpuHasBf16() ? QStringLiteral("bf16") : QStringLiteral("fp32"));
        QVERIFY(!cpuSummary().isEmpty());
    }

    void shapesAndActivations()
    {
        const ModelSpec spec = ModelSpec::koch2015();
        QCOMPARE(spec.flattenSize(), 9216);
        SiameseNet net(spec);
        net->eval();
        torch::NoGradGuard g;
        const auto x = torch::rand({2, 1, 105, 105});
        std::vector<torch::Tensor> acts;
        const auto h = net->twin()->forward(x, acts);
        QCOMPARE(h.size(1), 4096);
        QCOMPARE(int(acts.size()), 4);
        QCOMPARE(acts[0].sizes().vec(), (std::vector<int64_t>{2, 64, 96, 96}));
        QCOMPARE(acts[1].sizes().vec(), (std::vector<int64_t>{2, 128, 42, 42}));
        QCOMPARE(acts[2].sizes().vec(), (std::vector<int64_t>{2, 128, 18, 18}));
        QCOMPARE(acts[3].sizes().vec(), (std::vector<int64_t>{2, 256, 6, 6}));
        const auto logits = net->forward(x, torch::rand({2, 1, 105, 105}));
        QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{2}));
        // The head is symmetric: swapping the twins' inputs gives the same logit.
        const auto a = torch::rand({3, 1, 105, 105});
        const auto b = torch::rand({3, 1, 105, 105});
        QVERIFY(torch::allclose(net->forward(a, b), net->forward(b, a), 1e-5, 1e-5));
        // Koch's cost: about 1.82 GFLOP per image forward.
        ONESHOT_FUZZY_COMPARE(2 * spec.forwardMacs() / 1e9, 1.82, 0.05);
    }

    // Training runs max pooling before ReLU (a quarter of the ReLU work); the activation maps
    // keep ReLU before pooling. Both orders must be the same net: outputs and gradients.
    void poolingBeforeReluIsTheSameNet_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("side");
        QTest::newRow("cpu (batch norm)") << "cpu" << 48;
        QTest::newRow("tiny") << "tiny" << 28;
        QTest::newRow("koch2015") << "koch2015" << 105;
    }

    void poolingBeforeReluIsTheSameNet()
    {
        QFETCH(QString, preset);
        QFETCH(int, side);
        torch::manual_seed(3);
        EmbeddingNet twin(ModelSpec::preset(preset));
        twin->train();
        const auto x = torch::rand({4, 1, side, side});
        const auto gradients = [&](bool withMaps) {
            for (auto &p : twin->parameters())
                p.mutable_grad() = torch::Tensor();
            std::vector<torch::Tensor> maps;
            const torch::Tensor h = withMaps ? twin->forward(x, maps) : twin->forward(x);
            (h * torch::linspace(-1, 1, h.size(1))).sum().backward();
            std::vector<torch::Tensor> g{h.detach()};
            for (const auto &p : twin->parameters())
                g.push_back(p.grad().clone());
            return g;
        };
        const auto fast = gradients(false);
        const auto reference = gradients(true);
        QCOMPARE(fast.size(), reference.size());
        for (std::size_t i = 0; i < fast.size(); ++i)
            QVERIFY2(torch::allclose(fast[i], reference[i], 1e-5, 1e-6),
                     qPrintable(QStringLiteral("tensor %1 differs by %2")
                                    .arg(i)
                                    .arg((fast[i] - reference[i]).abs().max().item<double>())));
    }

    // Channels-last activations after the first layer (the CPU default) against NCHW throughout:
    // the same embeddings and parameter gradients in training mode, the same embeddings in eval
    // mode, and parameters and gradients that stay contiguous (checkpoints, the optimiser and the
    // gradient all-reduce rely on it).
    void channelsLastIsTheSameNet_data() { poolingBeforeReluIsTheSameNet_data(); }

    void channelsLastIsTheSameNet()
    {
        QFETCH(QString, preset);
        QFETCH(int, side);
        torch::manual_seed(5);
        EmbeddingNet twin(ModelSpec::preset(preset));
        const auto x = torch::rand({4, 1, side, side});
        const auto run = [&](bool channelsLast, bool training) {
            twin->setChannelsLast(channelsLast);
            twin->train(training);
            for (auto &p : twin->parameters())
                p.mutable_grad() = torch::Tensor();
            const torch::Tensor h = twin->forward(x);
            std::vector<torch::Tensor> g{h.detach()};
            if (!training)
                return g;
            (h * torch::linspace(-1, 1, h.size(1))).sum().backward();
            for (const auto &p : twin->parameters()) {
                if (!p.is_contiguous() || !p.grad().is_contiguous())
                    return std::vector<torch::Tensor>{};
                g.push_back(p.grad().clone());
            }
            return g;
        };
        std::vector<torch::Tensor> maps;
        twin->setChannelsLast(true);
        twin->forward(x, maps);
        QVERIFY(maps.at(1).is_contiguous(torch::MemoryFormat::ChannelsLast));
        for (const bool training : {true, false}) {
            const auto nhwc = run(true, training);
            const auto nchw = run(false, training);
            QVERIFY2(!nhwc.empty() && !nchw.empty(), "a parameter or its gradient is not contiguous");
            QCOMPARE(nhwc.size(), nchw.size());
            // Within 1e-4 of each tensor's largest value, summed in another order. (A bias before
            // batch norm has a gradient of zero up to rounding, so no relative test fits it.)
            for (std::size_t i = 0; i < nhwc.size(); ++i) {
                const double scale = nchw[i].abs().max().item<double>();
                const double diff = (nhwc[i] - nchw[i]).abs().max().item<double>();
                QVERIFY2(diff <= 1e-4 * std::max(scale, 1.0),
                         qPrintable(QStringLiteral("training %1, tensor %2 differs by %3 (largest value %4)")
                                        .arg(training)
                                        .arg(i)
                                        .arg(diff)
                                        .arg(scale)));
            }
        }
    }

    void cpuPresetIsMuchCheaper()
    {
        const double ratio = ModelSpec::koch2015().forwardMacs() / ModelSpec::cpu().forwardMacs();
        QVERIFY2(ratio >= 20.0, qPrintable(QStringLiteral("koch2015 / cpu multiply-adds = %1").arg(ratio)));
    }

    // The hand-written first layer against LibTorch's conv2d: outputs and both gradients, on
    // the presets' shapes and on ones with leftover channels and columns; the same sums on one
    // and on two threads.
    void firstLayerMatchesConv2d_data()
    {
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("side");
        QTest::newRow("koch2015") << 6 << 64 << 10 << 105;
        QTest::newRow("cpu") << 9 << 24 << 5 << 48;
        QTest::newRow("odd channels, 3 spare columns") << 3 << 13 << 3 << 21;
        QTest::newRow("5 spare columns") << 2 << 8 << 4 << 16;
        QTest::newRow("one block of columns") << 1 << 9 << 7 << 14;
    }

    void firstLayerMatchesConv2d()
    {
        QFETCH(int, images);
        QFETCH(int, channels);
        QFETCH(int, kernel);
        QFETCH(int, side);
        torch::manual_seed(7);
        const auto x = torch::rand({images, 1, side, side});
        auto w = (torch::randn({channels, 1, kernel, kernel}) * 0.1).requires_grad_();
        auto b = torch::randn({channels}).requires_grad_();
        QVERIFY(model::singleChannelConvApplies(x, w));

        const auto expected = torch::conv2d(x, w, b);
        const auto g = torch::randn_like(expected);
        expected.backward(g);
        const auto dw = w.grad().clone(), db = b.grad().clone();
        w.mutable_grad().zero_();
        b.mutable_grad().zero_();

        const auto out = model::singleChannelConv(x, w, b);
        QCOMPARE(out.sizes(), expected.sizes());
        QVERIFY2((out - expected).abs().max().item<float>() < 1e-4f, "outputs differ");
        out.backward(g);
        const float scale = dw.abs().max().item<float>();
        QVERIFY2((w.grad() - dw).abs().max().item<float>() < 1e-4f * scale, "weight gradients differ");
        QVERIFY2((b.grad() - db).abs().max().item<float>() < 1e-4f * db.abs().max().item<float>(),
                 "bias gradients differ");

        const auto twoThreads = w.grad().clone();
        w.mutable_grad().zero_();
        torch::set_num_threads(1);
        model::singleChannelConv(x, w, b).backward(g);
        torch::set_num_threads(computeThreads(2));
        QVERIFY2(torch::equal(w.grad(), twoThreads), "the weight gradient depends on the thread count");
    }

    void threadsStayWithinOmpNumThreads()
    {
        const QByteArray saved = qgetenv("OMP_NUM_THREADS");
        const bool wasSet = qEnvironmentVariableIsSet("OMP_NUM_THREADS");
        qunsetenv("OMP_NUM_THREADS");
        QCOMPARE(computeThreads(3), 3);
        QCOMPARE(computeThreads(0), defaultThreads(0));
        qputenv("OMP_NUM_THREADS", "2");
        QCOMPARE(computeThreads(3), 2);
        QCOMPARE(computeThreads(1), 1);
        QCOMPARE(computeThreads(0), std::min(2, defaultThreads(0)));
        qputenv("OMP_NUM_THREADS", "not a number"); // ignored, as LibTorch ignores it
        QCOMPARE(computeThreads(3), 3);
        if (wasSet)
            qputenv("OMP_NUM_THREADS", saved);
        else
            qunsetenv("OMP_NUM_THREADS");
    }

    void firstLayerDeclinesOtherInputs()
    {
        const auto w = torch::randn({8, 1, 3, 3});
        QVERIFY(!model::singleChannelConvApplies(torch::rand({2, 3, 20, 20}), torch::randn({8, 3, 3, 3})));
        QVERIFY(!model::singleChannelConvApplies(torch::rand({2, 1, 20, 20}, torch::kDouble), w));
        QVERIFY(!model::singleChannelConvApplies(torch::rand({2, 1, 20, 20}).requires_grad_(), w));
        QVERIFY(!model::singleChannelConvApplies(torch::rand({2, 1, 9, 9}), w)); // 7 columns out
    }

    void kochInitialisation()
    {
        torch::manual_seed(3);
        SiameseNet net(ModelSpec::koch2015());
        // Within five standard errors of the sample mean and standard deviation.
        auto check = [](const torch::Tensor &t, double mean, double std, const char *what) {
            const double m = t.mean().item<double>();
            const double s = t.std().item<double>();
            const double n = static_cast<double>(t.numel());
            QVERIFY2(test::fuzzyEqual(m, mean, 5 * std / std::sqrt(n))
                         && test::fuzzyEqual(s, std, 5 * std / std::sqrt(2 * n)),
                     qPrintable(QStringLiteral("%1: mean %2 std %3").arg(QLatin1String(what)).arg(m).arg(s)));
        };
        for (int i = 0; i < 4; ++i) {
            check(net->twin()->conv(i)->weight, 0.0, 1e-2, "conv weight");
            check(net->twin()->conv(i)->bias, 0.5, 1e-2, "conv bias");
        }
        check(net->twin()->fc()->weight, 0.0, 2e-1, "fc weight");
        check(net->twin()->fc()->bias, 0.5, 1e-2, "fc bias");
    }

    void specJsonRoundTrip()
    {
        for (const QString &name : ModelSpec::presetNames()) {
            const ModelSpec s = ModelSpec::preset(name);
            QVERIFY(ModelSpec::fromJson(s.toJson()) == s);
        }
        QJsonObject bad = ModelSpec::koch2015().toJson();
        bad.insert(QStringLiteral("input_side"), 20);
        try {
            ModelSpec::fromJson(bad);
            QFAIL("a net that does not fit its input was accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("does not fit"))
                    || e.message().contains(QLatin1String("leaves nothing")));
        }
    }

    void configJsonRoundTrip()
    {
        const train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("koch2015"));
        const train::TrainConfig back = train::TrainConfig::fromJson(c.toJson());
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.optimizer.kind, QStringLiteral("sgd"));
        QJsonObject bad = c.toJson();
        bad.insert(QStringLiteral("batch_size"), -3);
        try {
            train::TrainConfig::fromJson(bad);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("batch_size")));
        }
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
