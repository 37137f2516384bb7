#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "TestCommon.h"

/// Runs the built `oneshot` executable as a user would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result oneshot(const QStringList &args, int timeoutMs = 300000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESHOT_DATA"), oneshot::test::dataDir());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot"), args);
        if (!p.waitForFinished(timeoutMs))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private Q_SLOTS:
    void datasetJson()
    {
        const Result r = oneshot(
            {QStringLiteral("dataset"), QStringLiteral("--data"), oneshot::test::dataDir(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("background")].toObject()[QStringLiteral("characters")].toInt(), 964);
        QCOMPARE(o[QStringLiteral("background")].toObject()[QStringLiteral("images")].toInt(), 19280);
        QCOMPARE(o[QStringLiteral("background")].toObject()[QStringLiteral("alphabets")].toInt(), 30);
        QCOMPARE(o[QStringLiteral("evaluation")].toObject()[QStringLiteral("characters")].toInt(), 659);
        QCOMPARE(o[QStringLiteral("evaluation")].toObject()[QStringLiteral("images")].toInt(), 13180);
        QVERIFY(o[QStringLiteral("load_seconds")].toDouble() > 0);
    }

    void datasetFindsDataWithoutPath()
    {
        const Result r = oneshot({QStringLiteral("dataset")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("964 characters"));
    }

    void errorsExitNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("missing data folder")
            << QStringList{"dataset", "--data", "/no/such/folder"} << 1 << "/no/such/folder";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "frobnicate";
        QTest::newRow("unknown option") << QStringList{"dataset", "--bogus"} << 2 << "bogus";
        QTest::newRow("bad set") << QStringList{"dataset", "--set", "neither"} << 1 << "neither";
    }

    void errorsExitNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mustMention);
        const Result r = oneshot(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(mustMention), r.err.constData());
    }

    void version()
    {
        const Result r = oneshot({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("oneshot " ONESHOT_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
