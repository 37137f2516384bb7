#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <opencv2/imgcodecs.hpp>

#include "common/Parallel.h"
#include "TestCommon.h"
#include "common/Error.h"
#include "export/ModelExport.h"

using namespace oneshot;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(computeThreads(2)); }

    void pythonRoundTrip_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("cpu (batch norm)") << "cpu";
        QTest::newRow("tiny") << "tiny";
    }

    void pythonRoundTrip()
    {
        QFETCH(QString, preset);
        QTemporaryDir tmp;
        torch::manual_seed(5);
        model::SiameseNet net(model::ModelSpec::preset(preset));
        // Train-mode statistics differ from fresh ones: run a few batches so the batch-norm
        // buffers are not at their defaults.
        for (int i = 0; i < 3; ++i)
            net->forward(torch::rand({8, 1, net->spec().inputSide, net->spec().inputSide}),
                         torch::rand({8, 1, net->spec().inputSide, net->spec().inputSide}));
        net->eval();
        exporting::exportPython(net, tmp.path());
        const int side = net->spec().inputSide;
        const torch::Tensor a = torch::rand({4, 1, side, side});
        const torch::Tensor b = torch::rand({4, 1, side, side});
        const std::vector<char> bytes = torch::pickle_save(c10::IValue(c10::List<at::Tensor>({a, b})));
        QFile in(tmp.filePath(QStringLiteral("inputs.pt")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(bytes.data(), qsizetype(bytes.size()));
        in.close();
        torch::NoGradGuard g;
        const torch::Tensor expected = net->forward(a, b);

        // Debian's python3 with python3-torch, as a PyTorch user would load it.
        QProcess py;
        py.setWorkingDirectory(tmp.path());
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, torch, model\n"
                                 "net = model.load('.')\n"
                                 "a, b = torch.load('inputs.pt')\n"
                                 "with torch.no_grad():\n"
                                 "    print(json.dumps(net(a, b).tolist()))\n")});
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonArray got = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QCOMPARE(got.size(), 4);
        for (int i = 0; i < 4; ++i)
            ONESHOT_FUZZY_COMPARE(got[i].toDouble(), expected[i].item<double>(), 1e-5);
    }

    void filterAndActivationGrids()
    {
        model::SiameseNet net(model::ModelSpec::koch2015());
        const model::FilterSnapshot f = model::filtersOf(net);
        QCOMPARE(f.out, 64);
        QCOMPARE(f.kernel, 10);
        exporting::GridOptions o;
        o.cellScale = 3;
        o.gap = 2;
        const cv::Mat grid = exporting::filterGrid(f, o);
        // 64 filters: 8 x 8 cells of 30 px with 2 px gaps.
        QCOMPARE(grid.cols, 8 * 30 + 9 * 2);
        QCOMPARE(grid.rows, 8 * 30 + 9 * 2);
        double lo, hi;
        cv::minMaxLoc(grid, &lo, &hi);
        QVERIFY(hi > lo);
        cv::Mat img(105, 105, CV_8U, cv::Scalar(255));
        img(cv::Rect(30, 30, 40, 8)) = 0;
        const auto maps = exporting::activationMaps(net, img);
        QCOMPARE(int(maps.size()), 4);
        QCOMPARE(maps[0].channels, 64);
        QCOMPARE(maps[0].width, 96);
        QCOMPARE(maps[3].width, 6);
        QTemporaryDir tmp;
        const QString png = tmp.filePath(QStringLiteral("filters.png"));
        exporting::writePng(png, grid);
        QCOMPARE(cv::imread(png.toStdString(), cv::IMREAD_GRAYSCALE).cols, grid.cols);
    }

    void figuresForReports()
    {
        // The CPU preset's 24 filters of 5x5 were a 168 px grid; a figure is about 1024 px wide
        // with each weight a whole square, numbered, with a colour bar.
        model::FilterSnapshot f;
        f.out = 24;
        f.in = 1;
        f.kernel = 5;
        for (int i = 0; i < 24 * 25; ++i)
            f.weights.push_back(std::sin(0.37f * i) * (i % 25 == 12 ? 3.0f : 1.0f));
        exporting::FigureOptions o;
        const exporting::GridFigure fig = exporting::filterFigure(f, o);
        QVERIFY2(fig.image.cols > 900 && fig.image.cols <= 1024, qPrintable(QString::number(fig.image.cols)));
        QCOMPARE(fig.image.type(), CV_8UC3);
        // Crisp: inside the first cell's first weight, one grey value only.
        const int scale = (1024 - 32 - 120 - 4 * 8) / 25;
        const cv::Mat firstWeight = fig.image(cv::Rect(16, 16, scale, scale));
        double lo, hi;
        cv::minMaxLoc(firstWeight.reshape(1), &lo, &hi);
        QCOMPARE(lo, hi);
        // The SVG draws each weight as a square, numbers each filter and has the bar.
        QCOMPARE(int(fig.svg.count(QLatin1String("<rect x="))), 24 * 25 + 24 + 1);
        QVERIFY(fig.svg.contains(QLatin1String(">24</text>")));
        QVERIFY(fig.svg.contains(QLatin1String("linearGradient")));
        // One range for all: the bar says its values, symmetric about zero.
        o.perCellNorm = false;
        o.labels = false;
        o.colourBar = true;
        const exporting::GridFigure global = exporting::filterFigure(f, o);
        QVERIFY(global.svg.contains(QLatin1String(">-3</text>")) || global.svg.contains(QLatin1String(">-2.99")));
        QVERIFY(!global.svg.contains(QLatin1String(">24</text>")));
        // Pixels per value instead of a width.
        o.cellScale = 4;
        QCOMPARE(exporting::filterFigure(f, o).image.cols, 16 + 5 * 20 + 4 * 8 + 120 + 16);
        // Large maps are embedded as images drawn pixelated, not millions of squares.
        std::vector<float> maps(64 * 96 * 96, 0.5f);
        const exporting::GridFigure big = exporting::gridFigure(maps.data(), 64, 96, 96, {});
        QCOMPARE(int(big.svg.count(QLatin1String("<image "))), 64);
        QVERIFY(big.svg.contains(QLatin1String("pixelated")));
        QTemporaryDir tmp;
        exporting::writeGridFigure(fig, tmp.filePath(QStringLiteral("figure")));
        QCOMPARE(cv::imread(tmp.filePath(QStringLiteral("figure.png")).toStdString()).cols, fig.image.cols);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 exporting::writeGridFigure(fig, tmp.filePath(QStringLiteral("no/such/figure"))));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
