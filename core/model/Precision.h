#pragma once

#include <QString>

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

namespace oneshot::model {

/// Whether this CPU computes in bfloat16 natively (AVX-512 BF16 or AMX-BF16), which oneDNN needs
/// for bf16 convolutions and matrix products to be faster than fp32. The environment variable
/// ONESHOT_CPU_BF16=0 makes it say no (to see the fall-back on a machine that has them).
bool cpuHasBf16();

/// Whether this LibTorch has CUDA and sees a GPU.
bool cudaAvailable();

/// The CPU's model name and the instruction sets that decide its speed here (AVX2, AVX-512,
/// AVX-512 BF16, AMX), e.g. "AMD EPYC 9R14 (AVX2, AVX-512, AVX-512 BF16)".
QString cpuSummary();

/// What a "precision" setting ("fp32", "bf16", "fp16") gives on a device: the precision used and,
/// when it is not the one asked for, a sentence saying why (bf16 on a CPU without bf16
/// instructions, fp16 on a CPU: fp32).
struct PrecisionChoice
{
    QString used;
    QString note;
};
PrecisionChoice choosePrecision(const QString &wanted, const c10::Device &device);

/// Mixed precision on the calling thread for the scope's lifetime: LibTorch's autocast runs the
/// convolutions and matrix products in bfloat16 (CPU, CUDA) or float16 (CUDA) and keeps
/// everything else, the master weights and their gradients included, in fp32. "fp32" changes
/// nothing. The previous autocast state comes back on exit, and the cast weights are dropped.
class AutocastScope
{
public:
    AutocastScope(const QString &precision, const c10::Device &device);
    ~AutocastScope();
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool m_active = false;
    bool m_cuda = false;
    bool m_wasEnabled = false;
    c10::ScalarType m_previousType = c10::ScalarType::Float;
};

/// Whether autocast is on for the calling thread on that kind of device.
bool autocastEnabled(c10::DeviceType type);

} // namespace oneshot::model
