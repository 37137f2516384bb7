// config.json as `train --config`, `--resume` and the Runs page read it: either refused with a
// message or accepted, and an accepted config writes JSON that reads back to the same config.

#include <QJsonDocument>
#include <QJsonObject>

#include "FuzzCommon.h"
#include "train/TrainConfig.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    oneshot::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    train::TrainConfig config;
    try {
        config = train::TrainConfig::fromJson(doc.object());
    } catch (const Error &) {
        return 0;
    }
    const QJsonObject written = config.toJson();
    train::TrainConfig again;
    try {
        again = train::TrainConfig::fromJson(written);
    } catch (const Error &e) {
        qFatal("an accepted config writes JSON that is refused: %s\n%s", e.what(),
               QJsonDocument(written).toJson().constData());
    }
    if (!(again == config))
        qFatal("an accepted config does not read back the same:\n%s\n%s", QJsonDocument(written).toJson().constData(),
               QJsonDocument(again.toJson()).toJson().constData());
    // Every setting's text form reads back too (the CLI's --set and `config --list`). The model's
    // text is a preset's name, so a custom network has none.
    const bool presetModel = model::ModelSpec::presetNames().contains(config.model.name);
    for (const auto &setting : train::TrainConfig::settings()) {
        const QString &key = setting.info.key;
        if (key == QLatin1String("model") && !presetModel)
            continue;
        train::TrainConfig copy = config;
        try {
            copy.set(key, config.text(key));
        } catch (const Error &e) {
            qFatal("setting %s refuses its own text: %s", qPrintable(key), e.what());
        }
        if (!(copy == config))
            qFatal("setting %s does not read back its own text %s", qPrintable(key), qPrintable(config.text(key)));
    }
    return 0;
}
