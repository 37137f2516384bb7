// metrics.csv as the Runs page and the report read it, also a torn or foreign one.

#include "FuzzCommon.h"
#include "train/Metrics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QString path = fuzz::writeScratch(QStringLiteral("metrics.csv"), fuzz::bytesOf(data, size));
    try {
        // Torn or foreign rows are dropped; the rows kept are counts the charts can place.
        for (const train::MetricsRow &r : train::readMetricsCsv(path)) {
            const long long step = r.kind == QLatin1String("step") ? r.step.step : r.epoch.step;
            const int epoch = r.kind == QLatin1String("step") ? r.step.epoch : r.epoch.epoch;
            if (step < 0 || epoch < 0)
                qFatal("row with step %lld, epoch %d", step, epoch);
        }
    } catch (const Error &) {
    }
    return 0;
}
