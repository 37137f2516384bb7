// The HTML report: well-formed, its images decode, its tables hold the numbers of the runs and
// experiments it was given; bad folders are named.
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <opencv2/imgcodecs.hpp>

#include "TestCommon.h"
#include "common/Error.h"
#include "export/Report.h"
#include "reproduce/Reproduction.h"
#include "train/Trainer.h"

using namespace oneshot;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_run;
    QString m_experiment;

    QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A tiny run tested on Lake's runs, and a tiny experiment: what the report is about.
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("tiny"));
        c.pairsPerEpoch = 640;
        c.epochs = 2;
        c.threads = 2;
        c.validationPairs = 200;
        c.validationTrials = 20;
        c.dataFolder = test::dataDir();
        c.runsPath = test::dataFile(QStringLiteral("all_runs.zip"));
        m_run = m_tmp.filePath(QStringLiteral("a run"));
        QVERIFY(!train::Trainer(c, m_run).run().failed);
        m_experiment = m_tmp.filePath(QStringLiteral("one-shot"));
        reproduce::Reproduction(reproduce::experiment(QStringLiteral("one-shot"), QStringLiteral("tiny"), 0),
                                m_experiment, test::dataDir())
            .run();
    }

    void reportIsWellFormedAndHoldsTheNumbers()
    {
        exporting::ReportInput input;
        input.runs = {m_run};
        input.experiments = {m_experiment};
        input.dataFolder = test::dataDir();
        const QString path = m_tmp.filePath(QStringLiteral("report.html"));
        exporting::writeReport(input, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());

        // Well-formed (it is XHTML), and every image is inline and decodes.
        QXmlStreamReader xml(html);
        int images = 0;
        int svgs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("img")) {
                const QString src = xml.attributes().value(QLatin1String("src")).toString();
                QVERIFY2(src.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(src.left(40)));
                const QByteArray png = QByteArray::fromBase64(src.mid(22).toLatin1());
                const std::vector<uchar> buf(png.begin(), png.end());
                QVERIFY(!cv::imdecode(buf, cv::IMREAD_UNCHANGED).empty());
                ++images;
            }
            svgs += xml.isStartElement() && xml.name() == QLatin1String("svg");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QVERIFY(images >= 4); // filters, the sample and its maps, failed trials
        QVERIFY(svgs >= 4);   // the run's three charts and the experiment's figure

        // The run's test accuracy and the experiment's rows, as the files say.
        const QJsonObject test
            = readJson(QDir(m_run).filePath(QStringLiteral("result.json"))).value(QStringLiteral("test")).toObject();
        const QString accuracy
            = QStringLiteral("%1 %").arg(100 * test.value(QStringLiteral("accuracy")).toDouble(), 0, 'f', 2);
        QVERIFY2(html.contains(accuracy), qPrintable(accuracy));
        const QJsonArray cells = reproduce::readTable(m_experiment).value(QStringLiteral("cells")).toArray();
        for (const QJsonValue &v : cells) {
            const QJsonObject row = v.toObject();
            QVERIFY2(html.contains(row.value(QStringLiteral("label")).toString().toHtmlEscaped()),
                     qPrintable(row.value(QStringLiteral("label")).toString()));
            const QJsonValue value = row.value(QStringLiteral("kind")).toString() == QLatin1String("cited")
                ? row.value(QStringLiteral("paper"))
                : row.value(QStringLiteral("ours"));
            QVERIFY(html.contains(QStringLiteral("%1 %").arg(100 * value.toDouble(), 0, 'f', 2)));
        }
        // Cited rows are marked as such.
        QVERIFY(html.contains(QLatin1String("class=\"cited\"")));
    }

    void chartsAsImagesForRenderersWithoutSvg()
    {
        exporting::ReportInput input;
        input.runs = {m_run};
        input.dataFolder = test::dataDir();
        const exporting::ReportDocument doc = exporting::buildReport(input, true);
        QVERIFY(!doc.html.contains(QLatin1String("<svg")));
        for (const auto &[name, bytes] : doc.images)
            QVERIFY2(doc.html.contains(QStringLiteral("src=\"%1\"").arg(name)), qPrintable(name));
    }

    void badFoldersAreNamed()
    {
        exporting::ReportInput input;
        input.experiments = {m_run}; // a run is not an experiment
        try {
            exporting::buildReport(input);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(m_run), qPrintable(e.message()));
        }
        input.experiments.clear();
        input.runs = {m_tmp.filePath(QStringLiteral("nothing here"))};
        QVERIFY_THROWS_EXCEPTION(Error, exporting::buildReport(input));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
