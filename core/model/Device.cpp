#include "model/Device.h"

#include "common/Error.h"

namespace oneshot::model {

torch::Device chooseDevice(const QString &wanted)
{
    const bool cuda = torch::cuda::is_available();
    if (wanted == QLatin1String("cuda") && !cuda)
        throw Error(QObject::tr("--device cuda: this LibTorch has no CUDA or no GPU is visible"));
    return (wanted != QLatin1String("cpu") && cuda) ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

} // namespace oneshot::model
