#include <map>
#include <set>

#include <opencv2/imgcodecs.hpp>

#include "TestCommon.h"
#include "ZipWriter.h"
#include "common/Error.h"
#include "data/OneShotTasks.h"

using namespace oneshot;
using namespace oneshot::data;

class TestRunSet : public QObject
{
    Q_OBJECT

private:
    Omniglot m_eval;

    static QByteArray key(const cv::Mat &m)
    {
        cv::Mat bin = m < 128;
        return QByteArray(reinterpret_cast<const char *>(bin.data), int(bin.total()));
    }

private Q_SLOTS:
    void initTestCase() { m_eval = Omniglot::load(test::dataDir(), Omniglot::Evaluation, 2); }

    void lakeTwentyRuns()
    {
        const OneShotTaskSet runs = loadRunSet(test::dataFile(QStringLiteral("all_runs.zip")));
        QCOMPARE(runs.runCount, 20);
        QCOMPARE(int(runs.trials.size()), 400);
        QCOMPARE(runs.ways(), 20);
        QCOMPARE(int(runs.images.size()), 800);
        std::map<int, int> perRun;
        std::set<int> answers;
        for (const OneShotTrial &t : runs.trials) {
            perRun[t.run]++;
            QCOMPARE(int(t.candidates.size()), 20);
            QVERIFY(t.answer >= 0 && t.answer < 20);
            answers.insert(t.answer);
            QVERIFY(runs.imageNames[t.query].contains(QLatin1String("/test/")));
            QVERIFY(runs.imageNames[t.candidates[t.answer]].contains(QLatin1String("/training/")));
        }
        QCOMPARE(int(perRun.size()), 20);
        for (const auto &[r, n] : perRun)
            QCOMPARE(n, 20);
        QCOMPARE(int(answers.size()), 20); // the truth is not always in one slot

        // Every run image is an evaluation image, and each test item maps to its own character.
        std::map<QByteArray, std::vector<int>> byPixels;
        for (int i = 0; i < m_eval.store().size(); ++i)
            byPixels[key(m_eval.image(i))].push_back(i);
        std::set<QString> runAlphabets;
        for (const OneShotTrial &t : runs.trials) {
            const auto q = byPixels.find(key(runs.images[t.query]));
            const auto c = byPixels.find(key(runs.images[t.candidates[t.answer]]));
            QVERIFY2(q != byPixels.end(), qPrintable(runs.imageNames[t.query]));
            QVERIFY2(c != byPixels.end(), qPrintable(runs.imageNames[t.candidates[t.answer]]));
            const int qc = m_eval.images()[q->second.front()].character;
            const int cc = m_eval.images()[c->second.front()].character;
            QCOMPARE(qc, cc);
            runAlphabets.insert(m_eval.alphabets()[m_eval.characters()[qc].alphabet].name);
            QVERIFY(m_eval.images()[q->second.front()].drawer <= 8);
        }
        const QStringList expected = lakeRunAlphabets();
        QCOMPARE(runAlphabets, std::set<QString>(expected.begin(), expected.end()));
    }

    void otherShapeOfRunSet()
    {
        // A 3-way, 2-run set in a folder inside a zip: any number of runs, any N.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("mini.zip"));
        const OneShotTaskSet real = loadRunSet(test::dataFile(QStringLiteral("all_runs.zip")));
        auto png = [&](int i) {
            std::vector<uchar> buf;
            cv::imencode(".png", real.images[i], buf);
            return QByteArray(reinterpret_cast<const char *>(buf.data()), int(buf.size()));
        };
        QList<QPair<QString, QByteArray>> entries;
        for (int r = 1; r <= 2; ++r) {
            const QString run = QStringLiteral("set/run%1/").arg(r, 2, 10, QLatin1Char('0'));
            QByteArray labels;
            for (int k = 1; k <= 3; ++k) {
                entries.append({run + QStringLiteral("test/item0%1.png").arg(k), png(k)});
                entries.append({run + QStringLiteral("training/class0%1.png").arg(k), png(10 + k)});
                labels += QStringLiteral("run%1/test/item0%2.png run%1/training/class0%3.png\n")
                              .arg(r, 2, 10, QLatin1Char('0'))
                              .arg(k)
                              .arg(4 - k)
                              .toUtf8();
            }
            entries.append({run + QStringLiteral("class_labels.txt"), labels});
        }
        test::writeZip(path, entries);
        const OneShotTaskSet mini = loadRunSet(path);
        QCOMPARE(mini.runCount, 2);
        QCOMPARE(int(mini.trials.size()), 6);
        QCOMPARE(mini.ways(), 3);
        QCOMPARE(mini.trials[0].answer, 2); // item01 -> class03, the third candidate
    }

    void badRunSet()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("bad.zip"));
        test::writeZip(path, {{QStringLiteral("run01/class_labels.txt"), QByteArray("only-one-column\n")}});
        try {
            loadRunSet(path);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("class_labels.txt, line 1")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, loadRunSet(tmp.filePath(QStringLiteral("none.zip"))));
    }

    void sampledTasks_data()
    {
        QTest::addColumn<bool>("within");
        QTest::newRow("within alphabet") << true;
        QTest::newRow("across alphabets") << false;
    }

    void sampledTasks()
    {
        QFETCH(bool, within);
        SplitPart part{lakeRunAlphabets(), {1, 2, 3, 4}};
        const Subset s = selectSubset(m_eval, part);
        TaskSamplingOptions o;
        o.ways = 20;
        o.trials = 200;
        o.withinAlphabet = within;
        const OneShotTaskSet tasks = sampleTasks(m_eval, s, o);
        QCOMPARE(int(tasks.trials.size()), 200);
        std::map<int, int> positions;
        int crossTrials = 0;
        for (const OneShotTrial &t : tasks.trials) {
            positions[t.answer]++;
            const QString qName = tasks.imageNames[t.query];
            const QString truth = tasks.imageNames[t.candidates[t.answer]];
            QCOMPARE(truth.section(QLatin1Char('/'), 0, 1), qName.section(QLatin1Char('/'), 0, 1));
            QVERIFY(qName != truth); // another drawer
            std::set<QString> chars;
            std::set<QString> alphabets;
            for (int c : t.candidates) {
                chars.insert(tasks.imageNames[c].section(QLatin1Char('/'), 0, 1));
                alphabets.insert(tasks.imageNames[c].section(QLatin1Char('/'), 0, 0));
            }
            QCOMPARE(int(chars.size()), 20); // 20 different characters
            if (within)
                QCOMPARE(int(alphabets.size()), 1);
            crossTrials += alphabets.size() > 1;
        }
        if (!within)
            QVERIFY(crossTrials > 190);
        QVERIFY(positions.size() >= 18); // truth spread over the slots
        QVERIFY(positions[0] < 40);
    }
};

QTEST_GUILESS_MAIN(TestRunSet)
#include "tst_runset.moc"
