#include "eval/Classify.h"

#include <algorithm>
#include <numeric>

#include "common/Error.h"
#include "common/Format.h"
#include "eval/Evaluator.h"

namespace oneshot::eval {

std::vector<int> Classification::ranking(int query) const
{
    const std::vector<float> &s = scores[static_cast<std::size_t>(query)];
    std::vector<int> order(s.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&s](int a, int b) { return s[a] > s[b]; });
    return order;
}

QString confusionCsv(const QStringList &characters, const std::vector<std::vector<int>> &confusion)
{
    QString csv = QStringLiteral("truth \\ prediction");
    for (const QString &c : characters)
        csv += QLatin1Char(',') + csvField(c);
    csv += QLatin1Char('\n');
    for (int t = 0; t < characters.size(); ++t) {
        csv += csvField(characters[t]);
        for (int count : confusion[static_cast<std::size_t>(t)])
            csv += QLatin1Char(',') + QString::number(count);
        csv += QLatin1Char('\n');
    }
    return csv;
}

QString Classification::confusionCsv() const
{
    return eval::confusionCsv(characters, confusion);
}

Classification classify(model::SiameseNet &net, const data::CharacterFolder &support,
                        const data::CharacterFolder &queries, const torch::Device &device, KShotMode mode)
{
    Classification result;
    result.characters = support.characters;
    const auto classes = static_cast<int>(support.characters.size());
    // Query folders name support characters.
    std::vector<int> toSupport;
    for (const QString &name : queries.characters) {
        const auto index = static_cast<int>(support.characters.indexOf(name));
        if (index < 0)
            throw Error(QObject::tr("Query folder '%1' in %2 is not a character of the support set %3")
                            .arg(name, queries.source, support.source));
        toSupport.push_back(index);
    }
    const torch::Tensor supportEmb = embedImages(net, support.images, device);
    const torch::Tensor queryEmb = embedImages(net, queries.images, device);
    const torch::Tensor logits
        = classScores(net, queryEmb, supportEmb, support.labels, classes, mode).to(torch::kCPU).contiguous();
    result.confusion.assign(static_cast<std::size_t>(classes), std::vector<int>(static_cast<std::size_t>(classes), 0));
    for (int q = 0; q < static_cast<int>(queries.images.size()); ++q) {
        const float *row = logits.data_ptr<float>() + static_cast<std::ptrdiff_t>(q) * classes;
        result.scores.emplace_back(row, row + classes);
        const auto prediction = static_cast<int>(std::max_element(row, row + classes) - row);
        const int label = queries.labels[static_cast<std::size_t>(q)];
        const int truth = label >= 0 ? toSupport[static_cast<std::size_t>(label)] : -1;
        result.queryNames << queries.imageNames[q];
        result.predictions.push_back(prediction);
        result.truths.push_back(truth);
        if (truth >= 0) {
            ++result.labelled;
            result.correct += prediction == truth ? 1 : 0;
            ++result.confusion[static_cast<std::size_t>(truth)][static_cast<std::size_t>(prediction)];
        }
    }
    return result;
}

} // namespace oneshot::eval
