#include "train/Loss.h"

#include <limits>

#include "common/Error.h"

namespace oneshot::train {

const SettingList<LossConfig> &LossConfig::settings()
{
    using C = LossConfig;
    // One entry per term, in the order of the blocks in Loss::operator() below.
    static const SettingList<C> list = {
        field("pair_bce", &C::pairBce)
            .range(0, 100)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Pair loss"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "Weight of the binary cross-entropy of the sampled pairs (Koch's loss)")),
        field("batch_negatives", &C::batchNegatives)
            .range(0, 100)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Cross-pair negatives"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "Weight of a second loss over the batch's cross pairs: every left image against "
                                   "every right image of another character, as a negative (0: off)")),
        field("batch_softmax", &C::batchSoftmax)
            .range(0, 100)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Batch one-shot loss"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "Weight of a one-shot loss over the batch: each same pair's image must pick its "
                                   "partner among all the batch's images (0: off)")),
    };
    return list;
}

QJsonObject LossConfig::toJson() const
{
    return settingsToJson(*this, settings());
}

LossConfig LossConfig::fromJson(const QJsonObject &json)
{
    LossConfig c;
    settingsFromJson(c, json, settings());
    return c;
}

QStringList lossTermNames()
{
    QStringList names;
    for (const auto &s : LossConfig::settings())
        names << s.info.key;
    return names;
}

namespace {

/// Collects the terms that are on, by name, into the total and the metrics vector.
class Terms
{
public:
    explicit Terms(const torch::Device &device)
        : m_values(lossTermNames().size(), std::numeric_limits<float>::quiet_NaN())
        , m_device(device)
    {
    }

    void add(const char *name, double weight, const torch::Tensor &value)
    {
        const qsizetype index = lossTermNames().indexOf(QLatin1String(name));
        if (index < 0)
            throw Error(QStringLiteral("Loss term '%1' has no entry in LossConfig::settings()").arg(name));
        m_total = m_total.defined() ? m_total + weight * value : weight * value;
        m_parts.emplace_back(index, value.detach());
    }

    LossValue finish()
    {
        LossValue v;
        v.total = m_total;
        v.terms = torch::tensor(m_values, torch::TensorOptions().device(m_device));
        if (!m_parts.empty()) {
            std::vector<std::int64_t> at;
            std::vector<torch::Tensor> values;
            for (const auto &[i, t] : m_parts) {
                at.push_back(i);
                values.push_back(t.to(torch::kFloat).reshape({}));
            }
            v.terms.index_put_({torch::tensor(at, torch::TensorOptions().device(m_device))}, torch::stack(values));
        }
        return v;
    }

private:
    std::vector<float> m_values;
    torch::Device m_device;
    torch::Tensor m_total;
    std::vector<std::pair<std::int64_t, torch::Tensor>> m_parts;
};

} // namespace

Loss::Loss(LossConfig config)
    : m_config(std::move(config))
{
}

LossValue Loss::operator()(model::SiameseNet &net, const torch::Tensor &left, const torch::Tensor &right,
                           const torch::Tensor &logits, const data::Batch &batch, dist::Collective *world) const
{
    const LossConfig &c = m_config;
    const torch::Device device = logits.device();
    const bool shared = world && world->size() > 1;
    const long n = batch.count;
    Terms terms(device);

    if (c.pairBce > 0) {
        const torch::Tensor labels = torch::from_blob(const_cast<float *>(batch.labels.data()), {n}).to(device);
        if (shared)
            terms.add("pair_bce", c.pairBce,
                      torch::binary_cross_entropy_with_logits(logits, labels, {}, {}, torch::Reduction::Sum)
                          / batch.globalCount);
        else
            terms.add("pair_bce", c.pairBce, torch::binary_cross_entropy_with_logits(logits, labels));
    }

    if (c.usesCrossPairs()) {
        // The whole batch: on one process this share; data-parallel, every rank's rows.
        const long all = shared ? batch.globalCount : n;
        const torch::Tensor lefts = shared ? world->gatherRows(left, all, batch.offset) : left;
        const torch::Tensor rights = shared ? world->gatherRows(right, all, batch.offset) : right;
        const std::vector<float> &labels = shared ? batch.allLabels : batch.labels;
        const double share = shared ? 1.0 / world->size() : 1.0;
        const auto characters = [&](const std::vector<std::int64_t> &ids) {
            return torch::from_blob(const_cast<std::int64_t *>(ids.data()), {all}, torch::kLong).to(device);
        };
        const torch::Tensor sameCharacter
            = characters(shared ? batch.allLeftCharacters : batch.leftCharacters).unsqueeze(1)
            == characters(shared ? batch.allRightCharacters : batch.rightCharacters).unsqueeze(0);
        const torch::Tensor cross = net->score(lefts.unsqueeze(1), rights.unsqueeze(0)); // [all, all]

        if (c.batchNegatives > 0) {
            const torch::Tensor perPair = torch::binary_cross_entropy_with_logits(cross, torch::zeros_like(cross), {},
                                                                                  {}, torch::Reduction::None);
            const torch::Tensor weight = sameCharacter.logical_not().to(perPair.scalar_type());
            terms.add("batch_negatives", c.batchNegatives,
                      share * ((perPair * weight).sum() / weight.sum().clamp_min(1.0)));
        }

        if (c.batchSoftmax > 0) {
            // Row i of a same pair: its partner (column i) against every other right image; the
            // other images of its character are neither target nor distractor.
            std::vector<std::int64_t> same; // from the host's labels: no device sync
            for (long i = 0; i < all; ++i) {
                if (labels[i] > 0.5f)
                    same.push_back(i);
            }
            if (!same.empty()) {
                const torch::Tensor positives = torch::tensor(same, torch::kLong).to(device);
                const torch::Tensor diagonal
                    = torch::eye(all, torch::TensorOptions().dtype(torch::kBool).device(device));
                const torch::Tensor masked = cross.masked_fill(sameCharacter & diagonal.logical_not(), -1e9);
                const torch::Tensor rows = masked.index_select(0, positives);
                const torch::Tensor columns = masked.t().index_select(0, positives);
                terms.add("batch_softmax", c.batchSoftmax,
                          share * 0.5
                              * (torch::nn::functional::cross_entropy(rows, positives)
                                 + torch::nn::functional::cross_entropy(columns, positives)));
            }
        }
    }
    return terms.finish();
}

} // namespace oneshot::train
