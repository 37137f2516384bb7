#include "TestCommon.h"
#include "common/Error.h"
#include "train/LrSchedule.h"

using namespace oneshot;
using namespace oneshot::train;

/// Learning rates from PyTorch 1.13's Python schedulers (python3-torch, SGD with lr 0.1), the
/// value before each step. The table was printed by the scheduler classes themselves.
class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesPyTorch_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("StepLR(3, 0.5)") << "step" << QList<double>{0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025};
        QTest::newRow("ExponentialLR(0.9)") << "exponential"
                                            << QList<double>{0.1,
                                                             0.09000000000000001,
                                                             0.08100000000000002,
                                                             0.07290000000000002,
                                                             0.06561000000000002,
                                                             0.05904900000000002,
                                                             0.05314410000000002,
                                                             0.04782969000000002};
        QTest::newRow("CosineAnnealingLR(6, 0.01)") << "cosine" << QList<double>{0.1,
                                                                                 0.09397114317029975,
                                                                                 0.07750000000000001,
                                                                                 0.055000000000000014,
                                                                                 0.032500000000000015,
                                                                                 0.01602885682970026,
                                                                                 0.01};
        QTest::newRow("CyclicLR triangular(0.01, 0.1, 4)")
            << "triangular" << QList<double>{0.01,  0.0325, 0.055, 0.0775, 0.1,   0.0775, 0.055, 0.0325, 0.01,  0.0325,
                                             0.055, 0.0775, 0.1,   0.0775, 0.055, 0.0325, 0.01,  0.0325, 0.055, 0.0775};
        QTest::newRow("CyclicLR triangular2(0.01, 0.1, 4)")
            << "triangular2"
            << QList<double>{0.01,   0.0325,  0.055, 0.0775,  0.1,    0.0775,  0.055, 0.0325,   0.01,    0.02125,
                             0.0325, 0.04375, 0.055, 0.04375, 0.0325, 0.02125, 0.01,  0.015625, 0.02125, 0.026875};
    }

    void matchesPyTorch()
    {
        QFETCH(QString, kind);
        QFETCH(QList<double>, expected);
        SchedulerConfig c;
        c.kind = kind;
        if (kind == QLatin1String("step")) {
            c.stepSize = 3;
            c.gamma = 0.5;
        } else if (kind == QLatin1String("exponential")) {
            c.gamma = 0.9;
        } else if (kind == QLatin1String("cosine")) {
            c.totalEpochs = 6;
            c.minLr = 0.01;
        } else {
            c.baseLr = 0.01;
            c.stepSize = 4;
        }
        const LrSchedule s(c, 0.1, 100);
        for (int i = 0; i < expected.size(); ++i) {
            const double lr = s.perBatch() ? 0.1 * s.factor(i, 0) : 0.1 * s.factor(0, i);
            ONESHOT_FUZZY_COMPARE(lr, expected[i], 1e-12);
        }
    }

    void plateauMatchesPyTorch()
    {
        // ReduceLROnPlateau(mode='max', factor=0.5, patience=2, threshold=1e-4, min_lr=0.01):
        // the lr after each epoch's step(metric).
        const QList<double> metrics{0.5, 0.6, 0.6, 0.6, 0.6, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61, 0.61};
        const QList<double> expected{0.1,  0.1,   0.1,   0.1,   0.05,   0.05,   0.05,
                                     0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125, 0.0125};
        SchedulerConfig c;
        c.kind = QStringLiteral("plateau");
        c.gamma = 0.5;
        c.patience = 2;
        c.threshold = 1e-4;
        c.minLr = 0.01;
        LrSchedule s(c, 0.1, 100);
        for (int i = 0; i < metrics.size(); ++i) {
            s.epochEnd(metrics[i], true);
            ONESHOT_FUZZY_COMPARE(0.1 * s.factor(0, i + 1), expected[i], 1e-12);
        }
        // Its state survives a save and load.
        LrSchedule restored(c, 0.1, 100);
        restored.setState(s.state());
        ONESHOT_FUZZY_COMPARE(restored.factor(0, 0), s.factor(0, 0), 0);
    }

    void exponentialRunSpansTheRun()
    {
        SchedulerConfig c;
        c.kind = QStringLiteral("exponential_run");
        c.finalFactor = 0.01;
        const LrSchedule s(c, 0.1, 10);
        ONESHOT_FUZZY_COMPARE(s.factor(0, 0, 0.0), 1.0, 1e-15);
        ONESHOT_FUZZY_COMPARE(s.factor(123, 3, 0.5), 0.1, 1e-12);
        ONESHOT_FUZZY_COMPARE(s.factor(0, 0, 1.0), 0.01, 1e-15);
        ONESHOT_FUZZY_COMPARE(s.factor(0, 0, 1.7), 0.01, 1e-15); // past the end: stays at the end
        // The step and epoch do not matter, only the progress: it decays within an epoch.
        QVERIFY(s.factor(0, 0, 0.26) < s.factor(0, 0, 0.25));
        QCOMPARE(s.factor(5, 1, 0.25), s.factor(900, 7, 0.25));

        // Progress: the steps' share of the epochs, or the time's share of the budget if larger.
        ONESHOT_FUZZY_COMPARE(LrSchedule::runProgress(30, 4, 20, 500.0, 0.0), 30.0 / 80.0, 1e-15);
        ONESHOT_FUZZY_COMPARE(LrSchedule::runProgress(30, 4, 20, 90.0, 100.0), 0.9, 1e-15);
        ONESHOT_FUZZY_COMPARE(LrSchedule::runProgress(60, 4, 20, 10.0, 100.0), 0.75, 1e-15);
        QCOMPARE(LrSchedule::runProgress(200, 4, 20, 0.0, 0.0), 1.0);
        QCOMPARE(LrSchedule::runProgress(0, 4, 20, 250.0, 100.0), 1.0);
        QCOMPARE(LrSchedule::runProgress(0, 0, 0, 0.0, 0.0), 0.0);

        QVERIFY_THROWS_EXCEPTION(Error, SchedulerConfig::fromJson({{QStringLiteral("final_factor"), 0.0}}));
        QVERIFY_THROWS_EXCEPTION(Error, SchedulerConfig::fromJson({{QStringLiteral("final_factor"), 1.5}}));
    }

    void configRejectsBadValues()
    {
        QVERIFY_THROWS_EXCEPTION(
            Error, SchedulerConfig::fromJson({{QStringLiteral("kind"), QStringLiteral("linear-warmup")}}));
        QVERIFY_THROWS_EXCEPTION(Error, SchedulerConfig::fromJson({{QStringLiteral("gamma"), 1.5}}));
        QVERIFY_THROWS_EXCEPTION(Error, SchedulerConfig::fromJson({{QStringLiteral("step_size"), 0}}));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
