#include "model/Precision.h"

#include <QFile>
#include <QObject>
#include <QStringList>

#include <ATen/autocast_mode.h>
#include <torch/cuda.h>
#include <torch/version.h>

// LibTorch 2.4 replaced the per-device autocast functions with ones that take the device type.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define ONESHOT_AUTOCAST_BY_DEVICE_TYPE 1
#endif

namespace oneshot::model {

namespace {

void setAutocast(c10::DeviceType type, bool enabled, c10::ScalarType dtype)
{
#ifdef ONESHOT_AUTOCAST_BY_DEVICE_TYPE
    at::autocast::set_autocast_dtype(type, dtype);
    at::autocast::set_autocast_enabled(type, enabled);
#else
    if (type == c10::DeviceType::CUDA) {
        at::autocast::set_autocast_gpu_dtype(dtype);
        at::autocast::set_enabled(enabled);
    } else {
        at::autocast::set_autocast_cpu_dtype(dtype);
        at::autocast::set_cpu_enabled(enabled);
    }
#endif
}

c10::ScalarType autocastType(c10::DeviceType type)
{
#ifdef ONESHOT_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::get_autocast_dtype(type);
#else
    return type == c10::DeviceType::CUDA ? at::autocast::get_autocast_gpu_dtype()
                                         : at::autocast::get_autocast_cpu_dtype();
#endif
}

struct CpuInfo
{
    QString model;
    QStringList flags;
};

/// The first processor's model name and flags from /proc/cpuinfo (empty where there is none).
const CpuInfo &cpuInfo()
{
    static const CpuInfo info = [] {
        CpuInfo i;
        QFile f(QStringLiteral("/proc/cpuinfo"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return i;
        const QString text = QString::fromLatin1(f.readAll());
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QString key = line.left(colon).trimmed();
            if (key == QLatin1String("model name") && i.model.isEmpty())
                i.model = line.mid(colon + 1).trimmed();
            else if (key == QLatin1String("flags") && i.flags.isEmpty())
                i.flags = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return i;
    }();
    return info;
}

} // namespace

bool cpuHasBf16()
{
    if (qEnvironmentVariableIsSet("ONESHOT_CPU_BF16") && qEnvironmentVariableIntValue("ONESHOT_CPU_BF16") == 0)
        return false;
    const QStringList &flags = cpuInfo().flags;
    return flags.contains(QLatin1String("avx512_bf16")) || flags.contains(QLatin1String("amx_bf16"));
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

QString cpuSummary()
{
    const CpuInfo &info = cpuInfo();
    QStringList sets;
    if (info.flags.contains(QLatin1String("avx2")))
        sets << QStringLiteral("AVX2");
    if (info.flags.contains(QLatin1String("avx512f")))
        sets << QStringLiteral("AVX-512");
    if (info.flags.contains(QLatin1String("avx512_bf16")))
        sets << QStringLiteral("AVX-512 BF16");
    if (info.flags.contains(QLatin1String("amx_tile")))
        sets << QStringLiteral("AMX");
    const QString model = info.model.isEmpty() ? QObject::tr("unknown CPU") : info.model;
    return sets.isEmpty() ? model : QStringLiteral("%1 (%2)").arg(model, sets.join(QStringLiteral(", ")));
}

PrecisionChoice choosePrecision(const QString &wanted, const c10::Device &device)
{
    if (wanted == QLatin1String("bf16") && device.is_cpu() && !cpuHasBf16())
        return {QStringLiteral("fp32"),
                QObject::tr("Precision bf16: this CPU has no bfloat16 instructions (AVX-512 BF16 or AMX), where bf16 "
                            "would be slower than fp32; training in fp32")};
    if (wanted == QLatin1String("fp16") && !device.is_cuda())
        return {QStringLiteral("fp32"),
                QObject::tr("Precision fp16 runs on CUDA only; on the CPU use bf16 (where the CPU has it): "
                            "training in fp32")};
    if (wanted == QLatin1String("bf16") || wanted == QLatin1String("fp16"))
        return {wanted, {}};
    return {QStringLiteral("fp32"), {}};
}

AutocastScope::AutocastScope(const QString &precision, const c10::Device &device)
{
    if (precision != QLatin1String("bf16") && precision != QLatin1String("fp16"))
        return;
    const c10::ScalarType type = precision == QLatin1String("fp16") ? c10::ScalarType::Half : c10::ScalarType::BFloat16;
    m_active = true;
    m_cuda = device.is_cuda();
    const c10::DeviceType where = m_cuda ? c10::DeviceType::CUDA : c10::DeviceType::CPU;
    m_wasEnabled = autocastEnabled(where);
    m_previousType = autocastType(where);
    setAutocast(where, true, type);
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope()
{
    if (!m_active)
        return;
    // The weights cast for this scope are stale after the optimiser's step.
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    setAutocast(m_cuda ? c10::DeviceType::CUDA : c10::DeviceType::CPU, m_wasEnabled, m_previousType);
}

bool autocastEnabled(c10::DeviceType type)
{
#ifdef ONESHOT_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::is_autocast_enabled(type);
#else
    return type == c10::DeviceType::CUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
#endif
}

} // namespace oneshot::model
