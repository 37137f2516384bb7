// oneshot's reproductions at the tiny scale: every experiment end to end with a table that has
// every cell, figures that decode, and a stop mid-experiment that keeps the finished cells.
#include <opencv2/imgcodecs.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include "TestCommon.h"
#include "common/Error.h"
#include "reproduce/ExperimentTable.h"
#include "reproduce/Reproduction.h"

using namespace oneshot;
using namespace oneshot::reproduce;

namespace {

QString mnistDir()
{
    return QDir(test::dataDir()).filePath(QStringLiteral("../mnist"));
}

/// Records what the cells did; can stop the experiment at a cell's first logged step.
class Recorder : public ReproductionObserver
{
public:
    void onCell(int index, int, const Cell &cell, const QString &what) override
    {
        events << QStringLiteral("%1 %2").arg(cell.id, what);
        m_current = index;
    }
    void onStep(const train::StepMetrics &) override
    {
        if (m_current == stopAtCell && reproduction)
            reproduction->requestStop();
    }
    QStringList events;
    int stopAtCell = -1;
    Reproduction *reproduction = nullptr;

private:
    int m_current = -1;
};

bool wellFormedSvg(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    bool svg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        svg = svg || (xml.isStartElement() && xml.name() == QLatin1String("svg"));
    }
    return svg && !xml.hasError();
}

} // namespace

class TestReproduce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExperimentWritesItsTable_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : experimentNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void everyExperimentWritesItsTable()
    {
        QFETCH(QString, name);
        QTemporaryDir tmp;
        const Experiment e = experiment(name, QStringLiteral("tiny"), 0);
        Reproduction r(e, tmp.path(), test::dataDir(), mnistDir());
        const QJsonObject table = r.run();
        QVERIFY(table.value(QStringLiteral("complete")).toBool());
        const QJsonArray cells = table.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), qsizetype(e.cells.size()));
        for (int i = 0; i < cells.size(); ++i) {
            const QJsonObject row = cells[i].toObject();
            QCOMPARE(row.value(QStringLiteral("id")).toString(), e.cells[i].id);
            const QString kind = row.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("cited")) {
                QVERIFY(row.value(QStringLiteral("paper")).isDouble());
                continue;
            }
            // Ours is measured: a fraction, and for trained cells an ordinary run folder.
            const double ours = row.value(QStringLiteral("ours")).toDouble(-1);
            QVERIFY2(ours >= 0 && ours <= 1, qPrintable(row.value(QStringLiteral("id")).toString()));
            if (kind == QLatin1String("ours")) {
                const QString run = QDir(tmp.path()).filePath(row.value(QStringLiteral("run")).toString());
                for (const char *f : {"config.json", "metrics.csv", "result.json", "checkpoints/best.pt"})
                    QVERIFY2(QFileInfo::exists(QDir(run).filePath(QString::fromLatin1(f))), f);
            }
        }
        for (const char *f : {"table.json", "table.csv", "table.md", "experiment.json"})
            QVERIFY2(QFileInfo::exists(QDir(tmp.path()).filePath(QString::fromLatin1(f))), f);
        const QStringList csv = [&] {
            QFile f(QDir(tmp.path()).filePath(QStringLiteral("table.csv")));
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        }();
        QCOMPARE(csv.size(), cells.size() + 1);
        for (const auto &[figure, plot] : experimentPlots(table, tmp.path())) {
            (void)plot;
            const QString base = QDir(tmp.path()).filePath(figure);
            QVERIFY2(!cv::imread(QString(base + QLatin1String(".png")).toStdString()).empty(), qPrintable(base));
            QVERIFY2(wellFormedSvg(base + QLatin1String(".svg")), qPrintable(base));
        }
    }

    void aStoppedExperimentResumesKeepingFinishedCells()
    {
        QTemporaryDir tmp;
        const Experiment e = experiment(QStringLiteral("schedules"), QStringLiteral("tiny"), 0);
        {
            Reproduction r(e, tmp.path(), test::dataDir(), mnistDir());
            Recorder rec;
            rec.reproduction = &r;
            rec.stopAtCell = 1;
            const QJsonObject table = r.run(&rec);
            QVERIFY(!table.value(QStringLiteral("complete")).toBool());
            QCOMPARE(table.value(QStringLiteral("cells")).toArray().size(), 1);
        }
        const QString first = QDir(tmp.path()).filePath(e.cells[0].id + QLatin1String("/result.json"));
        const QDateTime written = QFileInfo(first).lastModified();
        Reproduction again(e, tmp.path(), test::dataDir(), mnistDir());
        Recorder rec;
        const QJsonObject table = again.run(&rec);
        QVERIFY(table.value(QStringLiteral("complete")).toBool());
        QCOMPARE(table.value(QStringLiteral("cells")).toArray().size(), 3);
        // The finished cell was kept, the stopped one resumed, the last one trained.
        QCOMPARE(QFileInfo(first).lastModified(), written);
        QVERIFY2(!rec.events.join(QLatin1Char(' ')).contains(e.cells[0].id),
                 qPrintable(rec.events.join(QLatin1String("; "))));
        QVERIFY2(rec.events.contains(e.cells[1].id + QLatin1String(" resuming")),
                 qPrintable(rec.events.join(QLatin1String("; "))));
        QVERIFY2(rec.events.contains(e.cells[2].id + QLatin1String(" training")),
                 qPrintable(rec.events.join(QLatin1String("; "))));
    }

    void anotherExperimentsFolderIsRefused()
    {
        QTemporaryDir tmp;
        Reproduction(experiment(QStringLiteral("mnist"), QStringLiteral("tiny"), 0), tmp.path(), test::dataDir(),
                     mnistDir())
            .run();
        try {
            Reproduction(experiment(QStringLiteral("mnist"), QStringLiteral("cpu"), 2), tmp.path(), test::dataDir(),
                         mnistDir())
                .run();
            QFAIL("a folder of another scale was used");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(tmp.path()) && e.message().contains(QLatin1String("tiny")),
                     qPrintable(e.message()));
        }
    }

    void unknownNamesAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, experiment(QStringLiteral("table4"), QStringLiteral("cpu"), 1));
        QVERIFY_THROWS_EXCEPTION(Error, experiment(QStringLiteral("mnist"), QStringLiteral("laptop"), 1));
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "tst_reproduce.moc"
