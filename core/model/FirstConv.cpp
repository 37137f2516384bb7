#include "model/FirstConv.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <ATen/Parallel.h>

#include "model/Precision.h"

#pragma GCC diagnostic ignored "-Wpsabi"

// GCC builds each kernel twice, for x86-64-v3 (AVX2, FMA) and for the baseline, and picks one
// when the program loads; the vector types below lower to whatever the clone's target has.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ONESHOT_KERNEL __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define ONESHOT_KERNEL
#endif

namespace oneshot::model {

namespace {

using v8 = float __attribute__((vector_size(32)));
using v4 = float __attribute__((vector_size(16)));
constexpr int kBlock = 8;    // output channels per register block
constexpr int kTileRows = 4; // rows of the gradient kept in L1 while all K x K taps run over them
constexpr int kSlabs = 8;    // fixed split of the batch for the weight gradient: same sums on any thread count

template<typename V>
[[gnu::always_inline]] inline V load(const float *p)
{
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template<typename V>
[[gnu::always_inline]] inline void store(float *p, V v)
{
    std::memcpy(p, &v, sizeof v);
}

template<typename V>
[[gnu::always_inline]] inline float sum(V v)
{
    float s = 0;
    for (std::size_t i = 0; i < sizeof v / sizeof(float); ++i)
        s += v[i];
    return s;
}

struct Shape
{
    int h, w, c, k;
    int ho() const { return h - k + 1; }
    int wo() const { return w - k + 1; }
};

/// One image: in [H, W] -> out [C, Ho, Wo]. Needs Wo >= 8; a last, partial block of columns
/// is computed as an overlapping full one.
ONESHOT_KERNEL void forwardImage(const float *in, const float *w, const float *b, Shape s, float *out)
{
    const int ho = s.ho(), wo = s.wo(), kk = s.k * s.k;
    int c0 = 0;
    for (; c0 + kBlock <= s.c; c0 += kBlock) {
        for (int y = 0; y < ho; ++y) {
            for (int xs = 0; xs < wo; xs += 8) {
                const int x0 = std::min(xs, wo - 8);
                v8 acc[kBlock];
                for (int cc = 0; cc < kBlock; ++cc)
                    acc[cc] = v8{} + b[c0 + cc];
                for (int i = 0; i < s.k; ++i) {
                    const float *row = in + (y + i) * s.w + x0;
                    const float *wr = w + c0 * kk + i * s.k;
                    for (int j = 0; j < s.k; ++j) {
                        const v8 v = load<v8>(row + j);
                        for (int cc = 0; cc < kBlock; ++cc)
                            acc[cc] += v * wr[cc * kk + j];
                    }
                }
                for (int cc = 0; cc < kBlock; ++cc)
                    store(out + ((c0 + cc) * ho + y) * wo + x0, acc[cc]);
            }
        }
    }
    for (; c0 < s.c; ++c0) {
        for (int y = 0; y < ho; ++y) {
            for (int x = 0; x < wo; ++x) {
                float acc = b[c0];
                for (int i = 0; i < s.k; ++i)
                    for (int j = 0; j < s.k; ++j)
                        acc += in[(y + i) * s.w + x + j] * w[c0 * kk + i * s.k + j];
                out[(c0 * ho + y) * wo + x] = acc;
            }
        }
    }
}

/// dW[c][i][j] += sum over images [n0, n1), y, x of g[n][c][y][x] * in[n][y + i][x + j].
ONESHOT_KERNEL void weightGradient(const float *in, const float *g, int n0, int n1, Shape s, float *dw)
{
    const int ho = s.ho(), wo = s.wo(), kk = s.k * s.k;
    const int plane = ho * wo, image = s.h * s.w;
    const int full = wo / 8 * 8;                       // columns done 8 at a time
    const int quad = wo - full >= 4 ? full + 4 : full; // then 4 at a time, then one at a time
    // Plain float storage: the vector types are only loaded from and stored to it.
    std::vector<float> acc8(static_cast<std::size_t>(kBlock) * kk * 8);
    std::vector<float> acc4(static_cast<std::size_t>(kBlock) * kk * 4);
    std::vector<float> acc1(static_cast<std::size_t>(kBlock) * kk);
    for (int c0 = 0; c0 < s.c; c0 += kBlock) {
        const int cb = std::min(kBlock, s.c - c0);
        std::fill(acc8.begin(), acc8.end(), 0.0f);
        std::fill(acc4.begin(), acc4.end(), 0.0f);
        std::fill(acc1.begin(), acc1.end(), 0.0f);
        for (int n = n0; n < n1; ++n) {
            const float *src = in + static_cast<std::size_t>(n) * image;
            const float *grad = g + (static_cast<std::size_t>(n) * s.c + c0) * plane;
            for (int y0 = 0; y0 < ho; y0 += kTileRows) {
                const int y1 = std::min(y0 + kTileRows, ho);
                for (int t = 0; t < kk; ++t) {
                    const int i = t / s.k, j = t % s.k;
                    if (cb == kBlock) {
                        v8 a[kBlock];
                        for (int cc = 0; cc < kBlock; ++cc)
                            a[cc] = load<v8>(&acc8[(t * kBlock + cc) * 8]);
                        for (int y = y0; y < y1; ++y) {
                            const float *row = src + (y + i) * s.w + j;
                            const float *gy = grad + y * wo;
                            for (int x = 0; x < full; x += 8) {
                                const v8 v = load<v8>(row + x);
                                for (int cc = 0; cc < kBlock; ++cc)
                                    a[cc] += v * load<v8>(gy + cc * plane + x);
                            }
                        }
                        for (int cc = 0; cc < kBlock; ++cc)
                            store(&acc8[(t * kBlock + cc) * 8], a[cc]);
                        if (quad > full) {
                            for (int y = y0; y < y1; ++y) {
                                const v4 v = load<v4>(src + (y + i) * s.w + j + full);
                                for (int cc = 0; cc < kBlock; ++cc) {
                                    float *a4 = &acc4[(t * kBlock + cc) * 4];
                                    store(a4, load<v4>(a4) + v * load<v4>(grad + cc * plane + y * wo + full));
                                }
                            }
                        }
                        for (int y = y0; y < y1; ++y)
                            for (int x = quad; x < wo; ++x)
                                for (int cc = 0; cc < kBlock; ++cc)
                                    acc1[t * kBlock + cc] += src[(y + i) * s.w + x + j] * grad[cc * plane + y * wo + x];
                    } else {
                        for (int y = y0; y < y1; ++y)
                            for (int x = 0; x < wo; ++x)
                                for (int cc = 0; cc < cb; ++cc)
                                    acc1[t * kBlock + cc] += src[(y + i) * s.w + x + j] * grad[cc * plane + y * wo + x];
                    }
                }
            }
        }
        for (int cc = 0; cc < cb; ++cc)
            for (int t = 0; t < kk; ++t)
                dw[(c0 + cc) * kk + t] += sum(load<v8>(&acc8[(t * kBlock + cc) * 8]))
                    + sum(load<v4>(&acc4[(t * kBlock + cc) * 4])) + acc1[t * kBlock + cc];
    }
}

Shape shapeOf(const torch::Tensor &input, const torch::Tensor &weight)
{
    return Shape{static_cast<int>(input.size(2)), static_cast<int>(input.size(3)), static_cast<int>(weight.size(0)),
                 static_cast<int>(weight.size(2))};
}

torch::Tensor convolve(const torch::Tensor &input, const torch::Tensor &weight, const torch::Tensor &bias)
{
    const Shape s = shapeOf(input, weight);
    const auto x = input.contiguous();
    const auto w = weight.contiguous();
    const auto b = bias.defined() ? bias.contiguous() : torch::zeros({s.c}, w.options());
    const long n = x.size(0);
    auto out = torch::empty({n, s.c, s.ho(), s.wo()}, x.options());
    const float *src = x.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const long image = static_cast<long>(s.h) * s.w;
    const long outImage = static_cast<long>(s.c) * s.ho() * s.wo();
    at::parallel_for(0, n, 1, [&](long begin, long end) {
        for (long i = begin; i < end; ++i)
            forwardImage(src + i * image, w.data_ptr<float>(), b.data_ptr<float>(), s, dst + i * outImage);
    });
    return out;
}

torch::Tensor gradientOfWeight(const torch::Tensor &input, const torch::Tensor &grad, const torch::Tensor &weight)
{
    const Shape s = shapeOf(input, weight);
    const auto x = input.contiguous();
    const auto g = grad.contiguous();
    const long n = x.size(0);
    const long slabs = std::min<long>(kSlabs, n);
    auto partial = torch::zeros({slabs, s.c, s.k * s.k}, x.options());
    at::parallel_for(0, slabs, 1, [&](long begin, long end) {
        for (long k = begin; k < end; ++k)
            weightGradient(x.data_ptr<float>(), g.data_ptr<float>(), static_cast<int>(k * n / slabs),
                           static_cast<int>((k + 1) * n / slabs), s, partial[k].data_ptr<float>());
    });
    auto total = partial[0].clone();
    for (long k = 1; k < slabs; ++k)
        total += partial[k]; // in slab order, so the sum does not depend on the thread count
    return total.view_as(weight);
}

class SingleChannelConv : public torch::autograd::Function<SingleChannelConv>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &input,
                                 const torch::Tensor &weight, const torch::Tensor &bias)
    {
        ctx->save_for_backward({input, weight});
        return convolve(input, weight, bias);
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *ctx,
                                                 torch::autograd::tensor_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &g = grads[0];
        torch::Tensor dw, db;
        if (ctx->needs_input_grad(1))
            dw = gradientOfWeight(saved[0], g, saved[1]);
        if (ctx->needs_input_grad(2))
            db = g.sum({0, 2, 3});
        return {torch::Tensor(), dw, db};
    }
};

} // namespace

bool singleChannelConvApplies(const torch::Tensor &input, const torch::Tensor &weight)
{
    // Under autocast to bf16 oneDNN's bf16 convolution is the faster way (and the layer's output
    // in bf16 halves the traffic of the ReLU and pooling after it).
    if (autocastEnabled(c10::DeviceType::CPU))
        return false;
    return input.dim() == 4 && input.size(1) == 1 && input.device().is_cpu() && weight.device().is_cpu()
        && input.scalar_type() == torch::kFloat && weight.scalar_type() == torch::kFloat && !input.requires_grad()
        && weight.dim() == 4 && weight.size(1) == 1 && weight.size(2) == weight.size(3)
        && input.size(3) - weight.size(3) + 1 >= 8 && input.size(2) >= weight.size(2);
}

torch::Tensor singleChannelConv(const torch::Tensor &input, const torch::Tensor &weight, const torch::Tensor &bias)
{
    return SingleChannelConv::apply(input, weight, bias);
}

} // namespace oneshot::model
