#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace oneshot {

/// The project's random generator. std::mt19937_64 is specified bit for bit by the standard;
/// the helpers below avoid std::*_distribution, whose output differs between standard libraries,
/// so a seed gives the same pairs and distortions everywhere.
using Rng = std::mt19937_64;

/// Uniform integer in [0, n), by rejection so there is no modulo bias.
inline int uniformInt(Rng &rng, int n)
{
    const auto range = static_cast<std::uint64_t>(n);
    const std::uint64_t limit = Rng::max() - Rng::max() % range;
    std::uint64_t x;
    do {
        x = rng();
    } while (x >= limit);
    return static_cast<int>(x % range);
}

/// Uniform double in [0, 1) with 53 random bits.
inline double uniformReal(Rng &rng)
{
    return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0);
}

inline double uniformReal(Rng &rng, double lo, double hi)
{
    return lo + (hi - lo) * uniformReal(rng);
}

inline bool bernoulli(Rng &rng, double p)
{
    return uniformReal(rng) < p;
}

/// Fisher-Yates shuffle with uniformInt.
template<typename T>
void shuffle(std::vector<T> &v, Rng &rng)
{
    for (int i = static_cast<int>(v.size()) - 1; i > 0; --i)
        std::swap(v[i], v[uniformInt(rng, i + 1)]);
}

/// Derives an independent stream seed from a base seed and up to two indices (splitmix64).
inline std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0)
{
    auto mix = [](std::uint64_t z) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    return mix(mix(mix(seed) ^ a) ^ (b * 0x632be59bd9b4e019ULL));
}

} // namespace oneshot
