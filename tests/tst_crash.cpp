// Crash safety: `oneshot train` killed with SIGKILL at many moments (also while it writes a
// checkpoint or a metrics row) always resumes and finishes; its checkpoints load and its
// metrics.csv parses. A run killed before its first checkpoint starts again from its config.
#include <algorithm>
#include <csignal>
#include <random>
#include <sys/types.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "TestCommon.h"
#include "train/Checkpoint.h"
#include "train/Metrics.h"
#include "train/RunFolder.h"

using namespace oneshot;

namespace {

QProcess *startTrain(const QStringList &args)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONESHOT_DATA"), test::dataDir());
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot"), QStringList{QStringLiteral("train")} + args);
    return p;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAnywhereItResumesAndFinishes()
    {
        QTemporaryDir tmp;
        QString run = tmp.filePath(QStringLiteral("crash run"));
        int runs = 1;
        // A tiny run of short epochs whose last checkpoint is also written every 0.3 s, and a
        // metrics row every step: many writes to be caught in.
        const auto fresh = [&run] {
            return QStringList{QStringLiteral("--preset"),  QStringLiteral("tiny"),
                               QStringLiteral("--pairs"),   QStringLiteral("3200"),
                               QStringLiteral("--epochs"),  QStringLiteral("25"),
                               QStringLiteral("--threads"), QStringLiteral("1"),
                               QStringLiteral("--set"),     QStringLiteral("checkpoint_minutes=0.005"),
                               QStringLiteral("--set"),     QStringLiteral("log_every=1"),
                               QStringLiteral("--set"),     QStringLiteral("evaluate_test_at_end=false"),
                               QStringLiteral("--set"),     QStringLiteral("validation_pairs=200"),
                               QStringLiteral("--set"),     QStringLiteral("validation_trials=20"),
                               QStringLiteral("--out"),     run};
        };
        // Sanitized builds run several times slower: their start-up alone can outlast 5 s.
        const int scale = test::scaledMs(1);
        std::mt19937 rng(7);
        int kills = 0;
        int restarted = 0;
        bool first = true;
        QElapsedTimer clock;
        clock.start();
        while (kills < 30 || first) { // and until the last run has a config.json to resume
            std::unique_ptr<QProcess> p(
                startTrain(first ? fresh() : QStringList{QStringLiteral("--resume"), run, QStringLiteral("--json")}));
            QVERIFY(p->waitForStarted(10000));
            // Kill between 0.5 s (still loading) and 5 s in: before, between and during writes.
            const int after = std::uniform_int_distribution<int>(500, 5000)(rng) * scale;
            if (p->waitForFinished(after)) {
                // It finished before the kill (the kills' times scale with a sanitized build's
                // time limits, more than its training slows down): the run is done; the kills
                // go on with a fresh run in a new folder.
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                run = tmp.filePath(QStringLiteral("crash run %1").arg(++runs));
                first = true;
                continue;
            }
            ::kill(static_cast<pid_t>(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(10000));
            const QByteArray err = p->readAllStandardError();
            restarted += err.contains("no checkpoint yet");
            ++kills;
            // Killed before it wrote config.json: there is nothing to resume, start it again.
            first = !QFileInfo::exists(QDir(run).filePath(QStringLiteral("config.json")));
            QVERIFY2(clock.elapsed() < 480000 * scale, "the kills took too long");
        }
        qInfo("%d kills in %d run(s), %d of them between config.json and the first checkpoint", kills, runs, restarted);
        QVERIFY(kills >= 30);

        QVERIFY2(QFileInfo::exists(QDir(run).filePath(QStringLiteral("config.json"))),
                 "every kill came before config.json: raise ONESHOT_TEST_TIME_SCALE for a slow build");
        // The last resume runs to the end.
        std::unique_ptr<QProcess> last(startTrain({QStringLiteral("--resume"), run, QStringLiteral("--json")}));
        QVERIFY(last->waitForFinished(300000 * scale));
        QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
        const QJsonObject result
            = QJsonDocument::fromJson(last->readAllStandardOutput().trimmed().split('\n').last()).object();
        QCOMPARE(result[QStringLiteral("stop_reason")].toString(), QStringLiteral("epochs"));
        QCOMPARE(result[QStringLiteral("epochs_done")].toInt(), 25);

        // Both checkpoints load; metrics.csv parses into one run's rows: steps in order without
        // repeats, and one row per epoch.
        const train::RunFolder folder(run);
        train::loadModel(folder.lastCheckpoint());
        train::loadModel(folder.bestCheckpoint());
        long long previous = 0;
        int epochs = 0;
        for (const train::MetricsRow &r : train::readMetricsCsv(folder.metricsPath())) {
            if (r.kind == QLatin1String("step")) {
                QVERIFY2(r.step.step == previous + 1,
                         qPrintable(QStringLiteral("step %1 after %2").arg(r.step.step).arg(previous)));
                previous = r.step.step;
            } else {
                QCOMPARE(r.epoch.epoch, ++epochs);
            }
        }
        QCOMPARE(epochs, 25);
        QCOMPARE(previous, result[QStringLiteral("steps")].toInteger());
    }

    void aRunWithoutCheckpointStartsAgainFromItsConfig()
    {
        QTemporaryDir tmp;
        const QString run = tmp.filePath(QStringLiteral("early"));
        QDir().mkpath(run);
        // What a run killed while loading its data leaves: its config and the metrics header.
        QFile config(QDir(run).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("tiny"));
        c.pairsPerEpoch = 320;
        c.epochs = 1;
        c.threads = 1;
        c.validationPairs = 100;
        c.validationTrials = 10;
        c.evaluateTestAtEnd = false;
        c.dataFolder = test::dataDir();
        config.write(QJsonDocument(c.toJson()).toJson());
        config.close();
        std::unique_ptr<QProcess> p(startTrain({QStringLiteral("--resume"), run}));
        QVERIFY(p->waitForFinished(120000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, err.constData());
        QVERIFY2(err.contains("no checkpoint yet"), err.constData());
        QVERIFY(QFileInfo::exists(train::RunFolder(run).lastCheckpoint()));
    }

    void unwritablePlacesAreNamed()
    {
        // A run folder under a regular file cannot be made (permissions mean nothing to root,
        // which CI is; a file in the way stops everyone).
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("not a folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString run = tmp.filePath(QStringLiteral("not a folder/run"));
        std::unique_ptr<QProcess> p(
            startTrain({QStringLiteral("--preset"), QStringLiteral("tiny"), QStringLiteral("--out"), run}));
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 1);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains(run.toUtf8()), err.constData());
    }

    void aFullDiskStopsWithAMessageAndKeepsTheCheckpoint()
    {
        // A file-size limit stands in for a full disk: metrics.csv (a row every step) outgrows it
        // after the first checkpoint was written.
        QTemporaryDir tmp;
        const QString run = tmp.filePath(QStringLiteral("full"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESHOT_DATA"), test::dataDir());
        p.setProcessEnvironment(env);
        // 600 blocks of 512 bytes (sh's unit): room for the tiny net's checkpoints (about 200 KB),
        // not for a metrics row every step of many epochs.
        const QString command
            = QStringLiteral("ulimit -f 600; trap '' XFSZ; exec '%1' train --preset tiny --pairs 12800 --batch 16 "
                             "--epochs 200 --threads 1 --set log_every=1 --set validation_pairs=100 "
                             "--set validation_trials=10 --out '%2'")
                  .arg(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot"), run);
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(p.waitForFinished(test::scaledMs(300000)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(run.toUtf8()) && err.contains("Cannot"), err.constData());
        // The checkpoint written before the disk filled up is whole.
        const train::RunFolder folder(run);
        QVERIFY(QFileInfo::exists(folder.lastCheckpoint()));
        QVERIFY(train::readCheckpointState(folder.lastCheckpoint()).step > 0);
        train::loadModel(folder.lastCheckpoint());
    }

    void pathsWithSpacesAndAccents()
    {
        QTemporaryDir tmp;
        const QString run = tmp.filePath(QStringLiteral("Läufe mit Ümlauten/ein Lauf"));
        std::unique_ptr<QProcess> p(
            startTrain({QStringLiteral("--preset"), QStringLiteral("tiny"), QStringLiteral("--pairs"),
                        QStringLiteral("640"), QStringLiteral("--epochs"), QStringLiteral("1"),
                        QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), run}));
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(train::RunFolder(run).bestCheckpoint()));
        train::loadModel(train::runCheckpoint(run));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
