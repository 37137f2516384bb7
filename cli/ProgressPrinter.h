#pragma once

#include <QTextStream>

#include "train/TrainObserver.h"

namespace oneshot::cli {

/// Prints training progress on stderr: a bar with ETA and pairs/s on a terminal, a line per
/// epoch otherwise, or JSON lines on stdout.
class ProgressPrinter : public train::TrainObserver
{
public:
    ProgressPrinter(bool json, int epochs);

    void onStart(const QJsonObject &info) override;
    void onStep(const train::StepMetrics &m) override;
    void onEpoch(const train::EpochMetrics &m) override;
    void onMessage(const QString &text) override;

private:
    bool m_json;
    bool m_tty;
    int m_epochs;
    QTextStream m_err{stderr};
};

} // namespace oneshot::cli
