#include <map>
#include <set>

#include "TestCommon.h"
#include "common/Error.h"
#include "data/OneShotTasks.h"
#include "data/Protocol.h"

using namespace oneshot;
using namespace oneshot::data;

class TestProtocol : public QObject
{
    Q_OBJECT

private:
    Omniglot m_all;

    static std::set<QString> asSet(const QStringList &l) { return {l.begin(), l.end()}; }

private Q_SLOTS:
    void initTestCase() { m_all = Omniglot::load(test::dataDir(), Omniglot::Both, 2); }

    void splits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("trainAlphabets");
        QTest::addColumn<int>("valAlphabets");
        QTest::addColumn<bool>("drawersDisjoint");
        QTest::newRow("lake") << "lake" << 26 << 4 << false;
        QTest::newRow("koch") << "koch" << 30 << 10 << true;
        QTest::newRow("seed") << "seed" << 20 << 10 << true;
    }

    void splits()
    {
        QFETCH(QString, name);
        QFETCH(int, trainAlphabets);
        QFETCH(int, valAlphabets);
        QFETCH(bool, drawersDisjoint);
        const Protocol p = Protocol::byName(name);
        QCOMPARE(p.train.alphabets.size(), trainAlphabets);
        QCOMPARE(p.validation.alphabets.size(), valAlphabets);
        const auto train = asSet(p.train.alphabets);
        const auto val = asSet(p.validation.alphabets);
        const auto test = asSet(p.test.alphabets);
        QCOMPARE(int(train.size()), trainAlphabets); // no alphabet twice
        for (const QString &a : val)
            QVERIFY2(!train.count(a), qPrintable(a + " is in train and validation"));
        for (const QString &a : test) {
            QVERIFY2(!train.count(a), qPrintable(a + " is in train and test"));
            QVERIFY2(!val.count(a), qPrintable(a + " is in validation and test"));
        }
        // Model selection never sees the test alphabets, and training never the run alphabets.
        for (const QString &a : lakeRunAlphabets()) {
            QVERIFY(!train.count(a));
            QVERIFY(!val.count(a));
        }
        if (drawersDisjoint) {
            std::set<int> trainDrawers(p.train.drawers.begin(), p.train.drawers.end());
            for (int d : p.validation.drawers)
                QVERIFY(!trainDrawers.count(d));
            for (int d : p.test.drawers)
                QVERIFY(!trainDrawers.count(d));
        }
        // Every alphabet named exists in the real data, and the subsets select real images.
        const Subset tr = selectSubset(m_all, p.train);
        QCOMPARE(int(tr.groups.size()), trainAlphabets);
        const Subset va = selectSubset(m_all, p.validation);
        std::set<int> trainImages;
        for (int i : tr.allImages())
            trainImages.insert(i);
        for (int i : va.allImages())
            QVERIFY(!trainImages.count(i));
        QCOMPARE(tr.imageCount(), tr.characterCount() * int(p.train.drawers.size()));
    }

    void kochHasFortyAlphabets()
    {
        const Protocol p = Protocol::byName(QStringLiteral("koch"));
        const auto forty = asSet(p.train.alphabets + p.validation.alphabets);
        QCOMPARE(int(forty.size()), 40);
        QCOMPARE(forty, asSet(backgroundAlphabets() + kochExtraAlphabets()));
        QCOMPARE(asSet(p.test.alphabets), asSet(lakeRunAlphabets()));
    }

    void lakeTrainsOnBackgroundOnly()
    {
        const Protocol p = Protocol::byName(QStringLiteral("lake"));
        QCOMPARE(asSet(p.train.alphabets + p.validation.alphabets), asSet(backgroundAlphabets()));
        QCOMPARE(int(p.train.drawers.size()), 20);
        QVERIFY(p.oneShotTestIsLakeRuns);
    }

    void withinAlphabetTrialsNeverMixAlphabets()
    {
        // Under koch, some validation alphabets have fewer than 20 characters: their trials get
        // fewer ways, never distractors from another alphabet, and the notes say so.
        const Omniglot all = Omniglot::load(test::dataDir(), Omniglot::Both, 2);
        const Subset val = selectSubset(all, Protocol::byName(QStringLiteral("koch")).validation);
        TaskSamplingOptions o;
        o.ways = 20;
        o.trials = 320;
        o.withinAlphabet = true;
        const OneShotTaskSet tasks = sampleTasks(all, val, o);
        QCOMPARE(int(tasks.trials.size()), 320);
        // Sampled task sets name their images by path.
        std::map<QString, int> alphabetOfPath;
        for (int i = 0; i < int(all.images().size()); ++i)
            alphabetOfPath[all.imagePath(i)] = all.characters()[all.images()[i].character].alphabet;
        int fewer = 0;
        for (const OneShotTrial &t : tasks.trials) {
            const int alphabet = alphabetOfPath.at(tasks.imageNames[t.query]);
            for (int c : t.candidates)
                QCOMPARE(alphabetOfPath.at(tasks.imageNames[c]), alphabet);
            QVERIFY(t.answer >= 0 && t.answer < int(t.candidates.size()));
            fewer += t.candidates.size() < 20;
        }
        int small = 0;
        for (const auto &g : val.groups)
            small += g.characters.size() < 20;
        QCOMPARE(int(tasks.notes.size()), small);
        QCOMPARE(fewer > 0, small > 0);
    }

    void unknownNameIsRefused()
    {
        try {
            Protocol::byName(QStringLiteral("bogus"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("bogus")));
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
