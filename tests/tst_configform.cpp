// The Train page's config form: built from the settings schema, it accepts and refuses what JSON
// and --set do (the golden cases of tests/golden/settings, as tst_settings runs them), with the
// same messages; presets, hidden rows and values no widget can hold.
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

#include "TestCommon.h"
#include "controllers/TrainingController.h"
#include "pages/TrainPage.h"
#include "train/ConfigForm.h"

using namespace oneshot;
using namespace oneshot::ui;

namespace {

QJsonObject golden()
{
    QFile f(QStringLiteral(ONESHOT_SOURCE_DIR "/tests/golden/settings/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestConfigForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueCases_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        int rows = 0;
        for (const QJsonValue &c : golden()[QStringLiteral("values")].toArray()) {
            const QJsonObject o = c.toObject();
            const auto *s = findSetting(train::TrainConfig::settings(), o[QStringLiteral("key")].toString());
            if (!s || !s->info.inForm)
                continue; // JSON and CLI only
            QTest::addRow("%s=%s", qPrintable(o[QStringLiteral("key")].toString()),
                          qPrintable(o[QStringLiteral("text")].toString()))
                << o;
            ++rows;
        }
        QVERIFY(rows > 150);
    }

    void valueCases()
    {
        QFETCH(QJsonObject, caseObject);
        ConfigForm form;
        const QString key = caseObject[QStringLiteral("key")].toString();
        const QString error = form.setText(key, caseObject[QStringLiteral("text")].toString());
        QCOMPARE(error, caseObject[QStringLiteral("error")].toString());
        if (error.isEmpty())
            QCOMPARE(form.config().text(key), caseObject[QStringLiteral("expect")].toString());
        else
            QCOMPARE(form.config().text(key), train::TrainConfig::forPreset(QStringLiteral("cpu")).text(key));
    }

    void aRefusedFieldBlocksStart()
    {
        ConfigForm form;
        QVERIFY(form.error().isEmpty());
        form.setText(QStringLiteral("optimizer.lr"), QStringLiteral("20"));
        QCOMPARE(form.error(), QStringLiteral("Setting 'optimizer.lr': 20 is out of range; allowed: (0, 10]"));
        form.setText(QStringLiteral("optimizer.lr"), QStringLiteral("0.01"));
        QVERIFY(form.error().isEmpty());
        // A combination is refused as TrainConfig::validate() refuses it.
        form.setText(QStringLiteral("scheduler.kind"), QStringLiteral("triangular"));
        form.setText(QStringLiteral("optimizer.lr"), QStringLiteral("5e-5"));
        QVERIFY2(form.error().startsWith(QLatin1String("Setting 'scheduler.base_lr'")), qPrintable(form.error()));
    }

    void presetsFillTheForm_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString &p : train::TrainConfig::presetNames())
            QTest::newRow(qPrintable(p)) << p;
    }

    void presetsFillTheForm()
    {
        QFETCH(QString, preset);
        TrainingController controller;
        TrainPage page(&controller);
        auto *combo = page.configForm()->findChild<QComboBox *>();
        QVERIFY(combo);
        combo->setCurrentIndex(
            combo->findData(QStringLiteral("tiny") == preset ? QStringLiteral("cpu") : QStringLiteral("tiny")));
        combo->setCurrentIndex(combo->findData(preset));
        train::TrainConfig c = page.config();
        QCOMPARE(c.dataFolder, QString()); // no data loaded
        c.runsPath.clear();
        QCOMPARE(c.toJson(), train::TrainConfig::forPreset(preset).toJson());
    }

    void valuesNoWidgetHoldsRoundTrip()
    {
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("koch2015"));
        c.seed = 18446744073709551615ULL;
        c.optimizer.lr = 0.0123456789012345;
        c.scheduler.baseLr = 1.5e-7;
        c.minutes = 0.125;
        c.dataFolder = QStringLiteral("/data/omniglot");
        ConfigForm form;
        form.setConfig(c);
        QCOMPARE(form.config().toJson(), c.toJson());
        QCOMPARE(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("seed")))->text(),
                 QStringLiteral("18446744073709551615"));
    }

    void rowsThatDoNotApplyAreHidden()
    {
        ConfigForm form;
        form.setText(QStringLiteral("scheduler.kind"), QStringLiteral("exponential"));
        QVERIFY(form.isRowVisible(QStringLiteral("scheduler.gamma")));
        QVERIFY(!form.isRowVisible(QStringLiteral("scheduler.step_size")));
        QVERIFY(!form.isRowVisible(QStringLiteral("scheduler.base_lr")));
        QVERIFY(!form.isRowVisible(QStringLiteral("optimizer.momentum_end")));
        QVERIFY(!form.isRowVisible(QStringLiteral("scheduler.final_factor")));
        form.setText(QStringLiteral("scheduler.kind"), QStringLiteral("exponential_run"));
        QVERIFY(form.isRowVisible(QStringLiteral("scheduler.final_factor")));
        QVERIFY(!form.isRowVisible(QStringLiteral("scheduler.gamma")));
        form.setText(QStringLiteral("scheduler.kind"), QStringLiteral("triangular2"));
        form.setText(QStringLiteral("optimizer.kind"), QStringLiteral("sgd"));
        QVERIFY(!form.isRowVisible(QStringLiteral("scheduler.gamma")));
        QVERIFY(form.isRowVisible(QStringLiteral("scheduler.step_size")));
        QVERIFY(form.isRowVisible(QStringLiteral("scheduler.base_lr")));
        QVERIFY(form.isRowVisible(QStringLiteral("optimizer.momentum_end")));
        // A hidden row's bad value does not block the run.
        form.setText(QStringLiteral("optimizer.kind"), QStringLiteral("adam"));
        form.setText(QStringLiteral("optimizer.momentum_end"), QStringLiteral("7"));
        QVERIFY(form.error().isEmpty());
    }

    void wheelOverAnUnfocusedComboScrollsTheForm()
    {
        // Turning the wheel to scroll the settings must not change the settings it passes over.
        QScrollArea scroll;
        auto *form = new ConfigForm;
        scroll.setWidget(form);
        scroll.setWidgetResizable(true);
        scroll.resize(480, 300);
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        auto *combo = qobject_cast<QComboBox *>(form->editor(QStringLiteral("optimizer.kind")));
        QVERIFY(combo && !combo->hasFocus());
        const QString before = combo->currentData().toString();
        const int top = scroll.verticalScrollBar()->value();
        QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        QCOMPARE(combo->currentData().toString(), before);
        QCOMPARE(form->config().optimizer.kind, before);
        QVERIFY(scroll.verticalScrollBar()->value() > top);
    }

    void everyFormSettingHasARow()
    {
        // A setting added to the schema appears in the form by itself: one row per setting of a
        // group, e.g. every loss term.
        ConfigForm form;
        for (const auto &s : train::TrainConfig::settings())
            QCOMPARE(form.editor(s.info.key) != nullptr, s.info.inForm);
        QCOMPARE(form.groupLayout(QStringLiteral("loss"))->rowCount(), int(train::LossConfig::settings().size()));
    }
};

QTEST_MAIN(TestConfigForm)
#include "tst_configform.moc"
