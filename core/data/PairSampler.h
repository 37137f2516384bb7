#pragma once

#include <cstdint>
#include <vector>

#include "data/Protocol.h"

namespace oneshot::data {

/// A training pair as two image indices; images are never copied per pair.
struct Pair
{
    int a = 0;
    int b = 0;
    bool same = false;
};

struct PairSamplerOptions
{
    int pairsPerEpoch = 30000;
    /// Fraction of the different pairs whose second character comes from the same alphabet
    /// (harder negatives); the rest come from another alphabet.
    double sameAlphabetNegatives = 0.0;
    /// When positive (with batchSize), the epoch's pairs are ordered so that each batch of
    /// batchSize draws its pairs from this many alphabets (from one more when it does not divide
    /// batchSize): the batch's cross pairs then hold harder, same-alphabet negatives. The pairs
    /// themselves are the same as without it; only their order changes. 0: fully shuffled.
    int alphabetsPerBatch = 0;
    int batchSize = 0;
    std::uint64_t seed = 42;
};

/// Draws pairs for training: half same (same character, two different drawers), half different,
/// with equal counts per alphabet as Koch did. An epoch's pairs depend only on (seed, epoch), so
/// the sampler's whole state is three numbers and a run resumes exactly.
class PairSampler
{
public:
    struct State
    {
        std::uint64_t seed = 0;
        int epoch = 0;
        int position = 0; ///< pairs of this epoch already handed out
    };

    PairSampler(Subset subset, PairSamplerOptions options);

    const PairSamplerOptions &options() const { return m_options; }
    const Subset &subset() const { return m_subset; }

    /// All pairs of one epoch, shuffled, same and different interleaved at random.
    std::vector<Pair> epochPairs(int epoch) const;

    State state() const { return m_state; }
    void setState(const State &state);
    /// The next pair of the current epoch; false at the epoch's end (then call nextEpoch()).
    bool next(Pair &pair);
    void nextEpoch();

private:
    Subset m_subset;
    PairSamplerOptions m_options;
    State m_state;
    std::vector<Pair> m_current;
    int m_currentEpoch = -1;
};

} // namespace oneshot::data
