// Run sets in Lake's layout (all_runs.zip or its folder), as `evaluate` and the board read them.

#include "FuzzCommon.h"
#include "data/OneShotTasks.h"

namespace {

void load(const QString &source)
{
    using namespace oneshot;
    try {
        const data::OneShotTaskSet set = data::loadRunSet(source);
        const int images = static_cast<int>(set.images.size());
        for (const data::OneShotTrial &trial : set.trials) {
            if (trial.query < 0 || trial.query >= images || trial.answer < 0
                || trial.answer >= static_cast<int>(trial.candidates.size()))
                qFatal("trial refers to a missing image or answer");
            for (int c : trial.candidates)
                if (c < 0 || c >= images)
                    qFatal("candidate %d of %d images", c, images);
        }
    } catch (const Error &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QString zip = fuzz::writeScratch(QStringLiteral("all_runs.zip"), fuzz::bytesOf(data, size));
    load(zip);
    const QString folder = fuzz::freshFolder(QStringLiteral("all_runs"));
    fuzz::unpackInto(zip, folder);
    load(folder);
    return 0;
}
