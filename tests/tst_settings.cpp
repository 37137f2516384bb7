// The settings schema against the golden cases in tests/golden/settings: every value case
// through a config's JSON and through --set (in process, and a sample through the `oneshot`
// program), the presets as `oneshot config` prints them, and an old config file. The GUI form
// reads the same cases in tst_configform.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include "TestCommon.h"
#include "common/Error.h"
#include "common/Settings.h"
#include "train/TrainConfig.h"

using namespace oneshot;
using namespace oneshot::train;

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(ONESHOT_SOURCE_DIR "/tests/golden/settings/") + name;
}

QJsonDocument readJson(const QString &name)
{
    QFile f(goldenPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll());
}

/// What a front end made of a case: the value read back as text, or the message.
struct Outcome
{
    QString value;
    QString error;
};

Outcome throughJson(const QJsonObject &caseObject)
{
    const QString key = caseObject[QStringLiteral("key")].toString();
    QJsonObject json = TrainConfig::forPreset(QStringLiteral("cpu")).toJson();
    settings_detail::insert(json, key, caseObject[QStringLiteral("value")]);
    try {
        return {TrainConfig::fromJson(json).text(key), {}};
    } catch (const Error &e) {
        return {{}, e.message()};
    }
}

Outcome throughSet(const QJsonObject &caseObject)
{
    const QString key = caseObject[QStringLiteral("key")].toString();
    TrainConfig c = TrainConfig::forPreset(QStringLiteral("cpu"));
    try {
        c.set(key, caseObject[QStringLiteral("text")].toString());
        c.validate();
        return {c.text(key), {}};
    } catch (const Error &e) {
        return {{}, e.message()};
    }
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runOneshot(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ONESHOT_BINARY_DIR "/app/oneshot"), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueCases_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        const QJsonArray cases = readJson(QStringLiteral("cases.json")).object()[QStringLiteral("values")].toArray();
        QVERIFY(cases.size() > 150);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::addRow("%s=%s", qPrintable(o[QStringLiteral("key")].toString()),
                          qPrintable(o[QStringLiteral("text")].toString()))
                << o;
        }
    }

    void valueCases()
    {
        QFETCH(QJsonObject, caseObject);
        const QString expectedError = caseObject[QStringLiteral("error")].toString();
        const QString expectedValue = caseObject[QStringLiteral("expect")].toString();
        for (const Outcome &got : {throughJson(caseObject), throughSet(caseObject)}) {
            QCOMPARE(got.error, expectedError);
            QCOMPARE(got.value, expectedValue);
        }
    }

    void everySettingHasCases()
    {
        // Both edges and a value just outside: a new setting without golden cases fails here.
        QStringList covered;
        for (const QJsonValue &c : readJson(QStringLiteral("cases.json")).object()[QStringLiteral("values")].toArray())
            covered << c.toObject()[QStringLiteral("key")].toString();
        for (const auto &s : TrainConfig::settings()) {
            QVERIFY2(covered.contains(s.info.key), qPrintable(s.info.key));
            if (s.info.type == SettingType::Integer || s.info.type == SettingType::Real)
                QVERIFY2(covered.count(s.info.key) >= 5, qPrintable(s.info.key));
        }
    }

    void configCases_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        for (const QJsonValue &c : readJson(QStringLiteral("cases.json")).object()[QStringLiteral("configs")].toArray())
            QTest::newRow(qPrintable(c.toObject()[QStringLiteral("name")].toString())) << c.toObject();
    }

    void configCases()
    {
        QFETCH(QJsonObject, caseObject);
        QJsonObject json = TrainConfig::forPreset(QStringLiteral("cpu")).toJson();
        const QJsonObject overlay = caseObject[QStringLiteral("json")].toObject();
        for (const QString &key : settings_detail::leafKeys(overlay))
            settings_detail::insert(json, key, settings_detail::lookup(overlay, key));
        try {
            const TrainConfig c = TrainConfig::fromJson(json);
            QVERIFY2(!caseObject.contains(QStringLiteral("error")), "accepted a config the golden file refuses");
            const QJsonObject expect = caseObject[QStringLiteral("expect")].toObject();
            for (auto it = expect.begin(); it != expect.end(); ++it)
                QCOMPARE(c.text(it.key()), it.value().toString());
        } catch (const Error &e) {
            QCOMPARE(e.message(), caseObject[QStringLiteral("error")].toString());
        }
    }

    void presetsAsPrinted_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString &p : TrainConfig::presetNames())
            QTest::newRow(qPrintable(p)) << p;
    }

    void presetsAsPrinted()
    {
        QFETCH(QString, preset);
        const QJsonObject golden = readJson(QStringLiteral("preset-%1.json").arg(preset)).object();
        QCOMPARE(TrainConfig::forPreset(preset).toJson(), golden);
        // What `oneshot config` prints reads back as the same config.
        const Run r = runOneshot({QStringLiteral("config"), QStringLiteral("--preset"), preset});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), golden);
        QCOMPARE(TrainConfig::fromJson(golden).toJson(), golden);
    }

    void theProgramRefusesAsTheSchemaDoes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--set out of range")
            << QStringList{"config", "--set", "optimizer.lr=20"}
            << "error: --set: Setting 'optimizer.lr': 20 is out of range; allowed: (0, 10]";
        QTest::newRow("--lr out of range")
            << QStringList{"config", "--lr", "20"}
            << "error: --lr: Setting 'optimizer.lr': 20 is out of range; allowed: (0, 10]";
        QTest::newRow("--set unknown key") << QStringList{"config", "--set", "lr=0.1"}
                                           << "error: --set: Unknown setting 'lr' (did you mean 'optimizer.lr'?)";
        QTest::newRow("--set not KEY=VALUE")
            << QStringList{"config", "--set", "epochs"} << "error: --set: 'epochs' is not KEY=VALUE";
        QTest::newRow("--batch not an integer")
            << QStringList{"config", "--batch", "1.5"}
            << "error: --batch: Setting 'batch_size': 1.5 is not an integer; allowed: [1, 8192]";
        QTest::newRow("--preset and --config") << QStringList{"config", "--preset", "cpu", "--config", "x.json"}
                                               << "error: Give --preset or --config, not both";
        QTest::newRow("cyclic base above the lr")
            << QStringList{"config", "--scheduler", "triangular", "--lr", "5e-5"}
            << "error: Setting 'scheduler.base_lr': 0.0001 must be below optimizer.lr (5e-05) for a cyclic schedule";
    }

    void theProgramRefusesAsTheSchemaDoes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runOneshot(args);
        QCOMPARE(r.code, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
    }

    void theProgramAppliesOptionsInOrder()
    {
        // Named options first, then --set in the order given; a 64-bit seed survives.
        const Run r = runOneshot(
            {QStringLiteral("config"), QStringLiteral("--preset"), QStringLiteral("koch2015"), QStringLiteral("--lr"),
             QStringLiteral("0.05"), QStringLiteral("--set"), QStringLiteral("optimizer.lr=0.02"),
             QStringLiteral("--set"), QStringLiteral("loss.batch_softmax=0.5"), QStringLiteral("--seed"),
             QStringLiteral("18446744073709551615"), QStringLiteral("--optimizer"), QStringLiteral("adam"),
             QStringLiteral("--scheduler"), QStringLiteral("triangular2")});
        QVERIFY2(r.code == 0, r.err.constData());
        const TrainConfig c = TrainConfig::fromJson(QJsonDocument::fromJson(r.out).object());
        QCOMPARE(c.optimizer.lr, 0.02);
        QCOMPARE(c.optimizer.kind, QStringLiteral("adam"));
        QCOMPARE(c.scheduler.kind, QStringLiteral("triangular2"));
        QCOMPARE(c.loss.batchSoftmax, 0.5);
        QCOMPARE(c.seed, std::uint64_t(18446744073709551615ULL));
        QCOMPARE(c.model.name, QStringLiteral("koch2015"));
        QCOMPARE(c.augment, 8); // the rest of the preset stays
    }

    void configFromAFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("my config.json"));
        TrainConfig mine = TrainConfig::forPreset(QStringLiteral("tiny"));
        mine.epochs = 7;
        mine.seed = 9007199254740993ULL; // 2^53 + 1: not representable as a double
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(mine.toJson()).toJson());
        f.close();
        const Run r = runOneshot({QStringLiteral("config"), QStringLiteral("--config"), path, QStringLiteral("--set"),
                                  QStringLiteral("epochs=9")});
        QVERIFY2(r.code == 0, r.err.constData());
        const TrainConfig back = TrainConfig::fromJson(QJsonDocument::fromJson(r.out).object());
        QCOMPARE(back.epochs, 9);
        QCOMPARE(back.seed, mine.seed);
        QCOMPARE(back.model, mine.model);
        // A file the program cannot read is named.
        const Run bad = runOneshot(
            {QStringLiteral("config"), QStringLiteral("--config"), tmp.filePath(QStringLiteral("none.json"))});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("none.json"));
    }

    void listNamesEverySetting()
    {
        const Run r = runOneshot({QStringLiteral("config"), QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), int(TrainConfig::settings().size()));
        for (std::size_t i = 0; i < TrainConfig::settings().size(); ++i)
            QVERIFY(lines[int(i)].startsWith(TrainConfig::settings()[i].info.key + QLatin1Char(' ')));
    }

    void configWrittenBeforeTheLossModuleLoads()
    {
        // Format 1 kept the loss weights at the top level; it loads as format 2 with them in "loss".
        const QJsonObject old = readJson(QStringLiteral("legacy-v1.json")).object();
        const QJsonObject expected = readJson(QStringLiteral("legacy-v1.expected.json")).object();
        QCOMPARE(TrainConfig::fromJson(old).toJson(), expected);
    }

    void aPresetsNameOnOtherLayersIsCustom()
    {
        // A model object with a preset's name but edited layers is not that preset.
        QJsonObject json = TrainConfig::forPreset(QStringLiteral("cpu")).toJson();
        QJsonObject model = json[QStringLiteral("model")].toObject();
        QCOMPARE(TrainConfig::fromJson(json).model.name, QStringLiteral("cpu"));
        model[QStringLiteral("embedding")] = model[QStringLiteral("embedding")].toInt() + 1;
        json[QStringLiteral("model")] = model;
        const TrainConfig edited = TrainConfig::fromJson(json);
        QCOMPARE(edited.model.name, QStringLiteral("custom"));
        QCOMPARE(edited.model.embedding, model[QStringLiteral("embedding")].toInt());
        QCOMPARE(TrainConfig::fromJson(edited.toJson()), edited);
    }

    void everyPresetIsValid()
    {
        for (const QString &p : TrainConfig::presetNames()) {
            const TrainConfig c = TrainConfig::forPreset(p);
            for (const auto &s : TrainConfig::settings())
                checkSetting(s.info, s.get(c)); // throws if a preset sets a value out of range
        }
        QVERIFY_THROWS_EXCEPTION(Error, TrainConfig::forPreset(QStringLiteral("huge")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
