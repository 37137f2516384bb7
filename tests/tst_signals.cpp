// SIGTERM and SIGINT to either program during training (a logout, `kill`, Ctrl-C): the run stops
// cleanly, keeps its last checkpoint, the GUI saves its settings, and the exit status is 0.
#include <algorithm>
#include <csignal>
#include <sys/types.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QThread>

#include "TestCommon.h"
#include "train/Checkpoint.h"
#include "train/RunFolder.h"

using namespace oneshot;

namespace {

/// Waits until `path` exists (the first checkpoint), up to `ms`.
bool waitForFile(const QString &path, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!QFileInfo::exists(path)) {
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(100);
    }
    return true;
}

} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiStopsSavesAndExitsZero_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void guiStopsSavesAndExitsZero()
    {
        QFETCH(int, signal);
        QTemporaryDir tmp;
        const QString run = tmp.filePath(QStringLiteral("gui run"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), tmp.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot-studio"),
                {QStringLiteral("--data"), test::dataDir(), QStringLiteral("--train"), QStringLiteral("tiny"),
                 QStringLiteral("--pairs"), QStringLiteral("6400"), QStringLiteral("--run-dir"), run});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(waitForFile(train::RunFolder(run).lastCheckpoint(), test::scaledMs(120000)), "no checkpoint came");
        ::kill(static_cast<pid_t>(p.processId()), signal);
        QVERIFY(p.waitForFinished(test::scaledMs(120000)));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, err.constData());
        QVERIFY2(p.exitCode() == 0, err.constData());
        // The run stopped as a stop request stops it; its checkpoint loads and can be resumed.
        QFile result(train::RunFolder(run).resultPath());
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(result.readAll()).object()[QStringLiteral("stop_reason")].toString(),
                 QStringLiteral("stopped"));
        QCOMPARE(train::loadModel(train::RunFolder(run).lastCheckpoint())->spec().name, QStringLiteral("tiny"));
        // The settings were saved on the way out.
        const QSettings saved(tmp.filePath(QStringLiteral("config/OneshotStudio/oneshot-studio.conf")),
                              QSettings::IniFormat);
        QVERIFY(saved.contains(QStringLiteral("window/geometry")));
        QVERIFY(saved.contains(QStringLiteral("train/config")));
    }

    void cliStopsAndExitsZero()
    {
        QTemporaryDir tmp;
        const QString run = tmp.filePath(QStringLiteral("cli run"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESHOT_DATA"), test::dataDir());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot"),
                {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("tiny"), QStringLiteral("--pairs"),
                 QStringLiteral("6400"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), run,
                 QStringLiteral("--json")});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(waitForFile(train::RunFolder(run).lastCheckpoint(), test::scaledMs(120000)), "no checkpoint came");
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(test::scaledMs(60000)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject last
            = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
        QCOMPARE(last[QStringLiteral("stop_reason")].toString(), QStringLiteral("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
