#pragma once

#include <QMetaType>
#include <QVector>

#include "model/FilterSnapshot.h"
#include "train/Metrics.h"

// The small values the controllers' workers hand to the GUI thread in queued signals.
Q_DECLARE_METATYPE(oneshot::train::StepMetrics)
Q_DECLARE_METATYPE(oneshot::train::EpochMetrics)
Q_DECLARE_METATYPE(oneshot::model::FilterSnapshot)

namespace oneshot::ui {

/// Registers them (once is enough; repeated calls are harmless).
inline void registerMetaTypes()
{
    qRegisterMetaType<train::StepMetrics>();
    qRegisterMetaType<train::EpochMetrics>();
    qRegisterMetaType<model::FilterSnapshot>();
    qRegisterMetaType<QVector<train::StepMetrics>>();
}

} // namespace oneshot::ui
