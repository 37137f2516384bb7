#pragma once

#include <cstdint>
#include <vector>

#include "common/Random.h"
#include "data/Protocol.h"

namespace oneshot::data {

/// A training pair as two image indices; images are never copied per pair.
struct Pair
{
    int a = 0;
    int b = 0;
    bool same = false;
    int id = 0; ///< the pair's index in its draw: the same pair has the same id in every epoch of a fixed set
    /// The pose of each image, with rotated or mirrored classes; 0 otherwise. Bits 0-1: quarter
    /// turns (counter-clockwise); bit 2 (kMirrored): mirrored left to right before turning. A same
    /// pair's images take the same pose: a character turned or mirrored is a class of its own.
    int poseA = 0;
    int poseB = 0;
};

/// Pose bit: the image is mirrored left to right (before it is turned).
inline constexpr int kMirrored = 4;
/// Poses per character: four quarter turns times plain and mirrored.
inline constexpr int kPoses = 8;

/// A training class: the character and its pose (character * kPoses + pose), so that a character
/// and its rotations or mirror image never count as one class.
inline std::int64_t poseClass(int character, int pose)
{
    return static_cast<std::int64_t>(character) * kPoses + pose;
}

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
    /// A fixed set (Koch's and the reproduction's "30k pairs"): the pairs are drawn once from the
    /// seed and every epoch shows the same ones, in a new order. Otherwise every epoch draws afresh.
    bool fixedSet = false;
    /// Each training character also makes three more classes: itself turned by 90, 180 and 270
    /// degrees (as Vinyals et al. 2016 did for Omniglot), four times the classes to tell apart.
    /// Same pairs and negatives are drawn over (character, pose); rotations reach only the
    /// subset given, the training alphabets.
    bool rotatedClasses = false;
    /// Each training character mirrored left to right is a class of its own (with rotated classes,
    /// each of its four turns too): twice the classes. Like rotations, training alphabets only.
    bool mirroredClasses = false;
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

    /// All pairs of one epoch, shuffled, same and different interleaved at random. With a fixed
    /// set, every epoch holds the same pairs (same ids) in its own order.
    std::vector<Pair> epochPairs(int epoch) const;

    State state() const { return m_state; }
    void setState(const State &state);
    /// The next pair of the current epoch; false at the epoch's end (then call nextEpoch()).
    bool next(Pair &pair);
    void nextEpoch();

private:
    /// Draws pairsPerEpoch pairs (ids in draw order) and the alphabet each was drawn for.
    std::vector<Pair> draw(Rng &rng, std::vector<int> &anchor) const;
    /// The epoch's order of the drawn pairs (grouped by alphabet when alphabetsPerBatch is set).
    std::vector<Pair> order(const std::vector<Pair> &pairs, const std::vector<int> &anchor, Rng &rng) const;

    Subset m_subset;
    PairSamplerOptions m_options;
    State m_state;
    std::vector<Pair> m_current;
    int m_currentEpoch = -1;
};

} // namespace oneshot::data
