#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace oneshot::train {

/// The model that works out of the box: trained by scripts/train-default-model.sh with the
/// project's documented command, shipped as models/default.pt with its provenance
/// (models/default.json: command, commit, seed, training time, validation and test figures).
/// Looked for in this order: $ONESHOT_MODEL, the install prefix's share/oneshot-studio/models,
/// /usr/share/oneshot-studio/models, share/oneshot-studio/models beside the program, and the
/// source checkout's resources/models.
QString defaultModelPath();
/// The places defaultModelPath() looks, for messages.
QStringList defaultModelPlaces();
/// The provenance next to a model file (<name>.json), or an empty object.
QJsonObject modelProvenance(const QString &modelPath);

} // namespace oneshot::train
