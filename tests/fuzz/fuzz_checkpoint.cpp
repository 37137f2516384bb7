// Checkpoints (best.pt, last.pt, the default model) as `--resume`, `evaluate` and the GUI read
// them: a truncated, corrupt, foreign or stale file is refused with a message naming it.

#include "FuzzCommon.h"
#include "train/Checkpoint.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    oneshot::fuzz::ensureApplication();
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QString path = fuzz::writeScratch(QStringLiteral("last.pt"), fuzz::bytesOf(data, size));
    try {
        train::readCheckpointState(path);
    } catch (const Error &) {
    }
    try {
        train::CheckpointState state;
        model::SiameseNet net = train::loadModel(path, &state);
        // A model that loaded answers for a pair of blank images.
        const int side = state.config.model.inputSide;
        const torch::NoGradGuard noGrad;
        net->eval();
        const torch::Tensor x = torch::ones({1, 1, side, side});
        net->forward(x, x);
    } catch (const Error &) {
    }
    return 0;
}
