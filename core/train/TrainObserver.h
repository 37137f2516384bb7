#pragma once

#include <QJsonObject>
#include <QString>

#include "model/FilterSnapshot.h"
#include "train/Metrics.h"

namespace oneshot::train {

/// Receives a run's progress. Called on the training thread: an implementation that feeds a GUI
/// must only copy the values and hand them over (a queued signal), never block.
class TrainObserver
{
public:
    virtual ~TrainObserver() = default;
    virtual void onStart(const QJsonObject & /*info*/) { }
    virtual void onStep(const StepMetrics & /*m*/) { }
    virtual void onEpoch(const EpochMetrics & /*m*/) { }
    virtual void onFilters(const model::FilterSnapshot & /*f*/) { }
    virtual void onMessage(const QString & /*text*/) { }
};

} // namespace oneshot::train
