#include "data/PairSampler.h"

#include <algorithm>

#include "common/Error.h"
#include "common/Random.h"

namespace oneshot::data {

PairSampler::PairSampler(Subset subset, PairSamplerOptions options)
    : m_subset(std::move(subset))
    , m_options(options)
{
    if (m_options.pairsPerEpoch < 2)
        throw Error(QObject::tr("Pairs per epoch must be at least 2, got %1").arg(m_options.pairsPerEpoch));
    if (m_subset.groups.size() < 2)
        throw Error(QObject::tr("Pair sampling needs at least two alphabets"));
    m_state.seed = m_options.seed;
}

std::vector<Pair> PairSampler::epochPairs(int epoch) const
{
    // A fresh epoch draws and orders from one stream; a fixed set draws epoch 0's pairs and
    // orders them with a stream of its own per epoch.
    Rng rng(deriveSeed(m_options.seed, 0x5a3b, static_cast<std::uint64_t>(m_options.fixedSet ? 0 : epoch)));
    std::vector<int> anchor;
    const std::vector<Pair> pairs = draw(rng, anchor);
    if (m_options.fixedSet)
        rng = Rng(deriveSeed(m_options.seed, 0xf1e5, static_cast<std::uint64_t>(epoch)));
    return order(pairs, anchor, rng);
}

std::vector<Pair> PairSampler::draw(Rng &rng, std::vector<int> &anchor) const
{
    const auto &groups = m_subset.groups;
    const int alphabets = static_cast<int>(groups.size());
    const int total = m_options.pairsPerEpoch;
    const int sameCount = total / 2;

    // Alphabet order per epoch, so the remainder of N / alphabets falls on random alphabets.
    std::vector<int> order(alphabets);
    for (int i = 0; i < alphabets; ++i)
        order[i] = i;
    shuffle(order, rng);

    auto randomImage = [&](const Subset::Group &g, int c) {
        const auto &imgs = g.images[c];
        return imgs[uniformInt(rng, static_cast<int>(imgs.size()))];
    };

    // The poses a character takes: quarter turns with rotated classes, each also mirrored with
    // mirrored classes. A pose's index in this list times the character numbers the classes.
    std::vector<int> poses;
    for (int mirror : m_options.mirroredClasses ? std::vector<int>{0, kMirrored} : std::vector<int>{0})
        for (int t = 0; t < (m_options.rotatedClasses ? 4 : 1); ++t)
            poses.push_back(mirror | t);
    const int poseCount = static_cast<int>(poses.size()); // classes per character
    auto randomPose = [&] { return poseCount > 1 ? poses[uniformInt(rng, poseCount)] : 0; };
    auto poseIndex
        = [&](int pose) { return static_cast<int>(std::find(poses.begin(), poses.end(), pose) - poses.begin()); };

    std::vector<Pair> pairs;
    anchor.clear();
    pairs.reserve(total);
    anchor.reserve(total);
    for (int k = 0; k < total; ++k) {
        const bool same = k < sameCount;
        const int slot = same ? k : k - sameCount;
        const Subset::Group &g = groups[order[slot % alphabets]];
        const int c1 = uniformInt(rng, static_cast<int>(g.characters.size()));
        Pair p;
        p.same = same;
        p.id = k;
        if (same) {
            const auto &imgs = g.images[c1];
            const int n = static_cast<int>(imgs.size());
            const int i = uniformInt(rng, n);
            const int j = (i + 1 + uniformInt(rng, n - 1)) % n; // a different drawer
            p.a = imgs[i];
            p.b = imgs[j];
            p.poseA = p.poseB = randomPose();
        } else {
            p.a = randomImage(g, c1);
            p.poseA = randomPose();
            // Another class of the same alphabet: another character, or (with rotated or mirrored
            // classes) the same one in another pose.
            const int classes = static_cast<int>(g.characters.size()) * poseCount;
            const bool within = classes > 1 && bernoulli(rng, m_options.sameAlphabetNegatives);
            if (within) {
                const int k2 = (c1 * poseCount + poseIndex(p.poseA) + 1 + uniformInt(rng, classes - 1)) % classes;
                p.b = randomImage(g, k2 / poseCount);
                p.poseB = poses[k2 % poseCount];
            } else {
                const int other = (order[slot % alphabets] + 1 + uniformInt(rng, alphabets - 1)) % alphabets;
                const Subset::Group &h = groups[other];
                p.b = randomImage(h, uniformInt(rng, static_cast<int>(h.characters.size())));
                p.poseB = randomPose();
            }
        }
        // Which twin sees which image should not matter; randomise it anyway.
        if (bernoulli(rng, 0.5)) {
            std::swap(p.a, p.b);
            std::swap(p.poseA, p.poseB);
        }
        pairs.push_back(p);
        anchor.push_back(order[slot % alphabets]);
    }
    return pairs;
}

std::vector<Pair> PairSampler::order(const std::vector<Pair> &pairs, const std::vector<int> &anchor, Rng &rng) const
{
    const int total = static_cast<int>(pairs.size());
    const int alphabets = static_cast<int>(m_subset.groups.size());
    std::vector<int> index(total);
    for (int i = 0; i < total; ++i)
        index[i] = i;
    shuffle(index, rng);
    const int k = m_options.alphabetsPerBatch;
    if (k > 0 && m_options.batchSize > 0) {
        // Cut each alphabet's pairs (in shuffled order) into chunks of batchSize / k, shuffle the
        // full chunks and lay them end to end: k consecutive chunks make one batch. Pairs left
        // over from each alphabet go last, mixed.
        const int chunk = std::max(1, m_options.batchSize / k);
        std::vector<std::vector<int>> byAlphabet(alphabets);
        for (int i : index)
            byAlphabet[anchor[i]].push_back(i);
        std::vector<std::vector<int>> chunks;
        std::vector<int> rest;
        for (const auto &list : byAlphabet) {
            const int full = static_cast<int>(list.size()) / chunk * chunk;
            for (int s = 0; s < full; s += chunk)
                chunks.emplace_back(list.begin() + s, list.begin() + s + chunk);
            rest.insert(rest.end(), list.begin() + full, list.end());
        }
        shuffle(chunks, rng);
        shuffle(rest, rng);
        index.clear();
        for (const auto &c : chunks)
            index.insert(index.end(), c.begin(), c.end());
        index.insert(index.end(), rest.begin(), rest.end());
    }
    std::vector<Pair> ordered;
    ordered.reserve(total);
    for (int i : index)
        ordered.push_back(pairs[i]);
    return ordered;
}

void PairSampler::setState(const State &state)
{
    if (state.seed != m_options.seed)
        throw Error(
            QObject::tr("Sampler state has seed %1 but the run's seed is %2").arg(state.seed).arg(m_options.seed));
    if (state.position < 0 || state.position > m_options.pairsPerEpoch || state.epoch < 0)
        throw Error(
            QObject::tr("Sampler state is out of range (epoch %1, position %2)").arg(state.epoch).arg(state.position));
    m_state = state;
}

bool PairSampler::next(Pair &pair)
{
    if (m_currentEpoch != m_state.epoch) {
        m_current = epochPairs(m_state.epoch);
        m_currentEpoch = m_state.epoch;
    }
    if (m_state.position >= static_cast<int>(m_current.size()))
        return false;
    pair = m_current[m_state.position++];
    return true;
}

void PairSampler::nextEpoch()
{
    m_state.epoch++;
    m_state.position = 0;
}

} // namespace oneshot::data
