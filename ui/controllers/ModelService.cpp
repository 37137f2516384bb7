#include "controllers/ModelService.h"

#include <mutex>

#include <QFutureWatcher>
#include <QtConcurrent>

#include "common/Error.h"
#include "data/CharacterFolder.h"
#include "eval/Classify.h"
#include "eval/Evaluator.h"
#include "eval/KShot.h"
#include "eval/Projection.h"
#include "export/ModelExport.h"
#include "data/Omniglot.h"
#include "data/Protocol.h"
#include "model/SiameseNet.h"
#include "train/Checkpoint.h"

namespace oneshot::ui {

struct ModelService::Impl
{
    mutable std::mutex mutex;
    model::SiameseNet net{nullptr};
    QString source;
    QString summary;
    int side = 0;
    int views = 1; ///< the model's test_views: the board scores as `oneshot evaluate` does

    /// The loaded net, for a job: taken under the lock, which the job then lets go, so the GUI
    /// thread's questions (hasModel(), summary(), filters()) never wait for a job's inference (a
    /// soak caught the GUI thread blocked for 51 ms behind an embedding map). A reload replaces
    /// the net with a new module, so a job's stays as it is; a loaded net is in eval mode, and
    /// inference without gradients only reads it, so jobs may share it.
    static model::SiameseNet loaded(const std::shared_ptr<Impl> &impl) { return loadedWithViews(impl).first; }

    /// The loaded net and its test-time views, taken together under the lock.
    static std::pair<model::SiameseNet, int> loadedWithViews(const std::shared_ptr<Impl> &impl)
    {
        std::lock_guard<std::mutex> lock(impl->mutex);
        if (impl->net.is_empty())
            throw Error(QObject::tr("No model loaded: train one or open a checkpoint"));
        return {impl->net, impl->views};
    }
};

ModelService::ModelService(QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Impl>())
{
}

ModelService::~ModelService() = default;

bool ModelService::hasModel() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return !d->net.is_empty();
}

QString ModelService::source() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->source;
}

QString ModelService::summary() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->summary;
}

int ModelService::inputSide() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->side;
}

void ModelService::loadCheckpoint(const QString &path)
{
    auto impl = d;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT modelChanged();
        else
            Q_EMIT loadFailed(error);
    });
    watcher->setFuture(QtConcurrent::run([impl, path]() -> QString {
        try {
            train::CheckpointState state;
            model::SiameseNet net = train::loadModel(path, &state);
            std::lock_guard<std::mutex> lock(impl->mutex);
            impl->net = net;
            impl->source = path;
            impl->side = state.config.model.inputSide;
            impl->views = state.config.testViews;
            impl->summary = QObject::tr("%1 (%2), epoch %3")
                                .arg(state.config.model.name, state.config.model.summary())
                                .arg(state.epoch);
            return {};
        } catch (const Error &e) {
            return e.message();
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        }
    }));
}

QFuture<std::vector<float>> ModelService::score(const cv::Mat &query, const std::vector<cv::Mat> &candidates)
{
    auto impl = d;
    std::vector<cv::Mat> images{query.clone()};
    for (const cv::Mat &c : candidates)
        images.push_back(c.clone());
    return QtConcurrent::run([impl, images]() {
        auto [net, views] = Impl::loadedWithViews(impl);
        const torch::Tensor emb = eval::embedImages(net, images, torch::kCPU, 256, views);
        torch::NoGradGuard noGrad;
        const auto n = emb.size(0) - 1;
        const torch::Tensor logits
            = net->score(emb.narrow(0, 0, 1).expand({n, emb.size(1)}), emb.narrow(0, 1, n)).contiguous();
        return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
    });
}

QFuture<std::vector<float>> ModelService::scoreCharacters(const cv::Mat &query, const std::vector<cv::Mat> &images,
                                                          const std::vector<int> &labels, int characters)
{
    auto impl = d;
    std::vector<cv::Mat> all{query.clone()};
    for (const cv::Mat &image : images)
        all.push_back(image.clone());
    return QtConcurrent::run([impl, all, labels, characters]() {
        auto [net, views] = Impl::loadedWithViews(impl);
        const torch::Tensor emb = eval::embedImages(net, all, torch::kCPU, 256, views);
        const auto n = emb.size(0) - 1;
        const torch::Tensor logits = eval::classScores(net, emb.narrow(0, 0, 1), emb.narrow(0, 1, n), labels,
                                                       characters, eval::KShotMode::MeanEmbedding)
                                         .contiguous();
        return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
    });
}

QFuture<ModelService::EmbeddingMap> ModelService::embeddingMap(const std::vector<cv::Mat> &images, bool tsne)
{
    auto impl = d;
    return QtConcurrent::run([impl, images, tsne]() {
        model::SiameseNet net = Impl::loaded(impl);
        const torch::Tensor emb = eval::embedImages(net, images, torch::kCPU).contiguous();
        EmbeddingMap map;
        const eval::Points2d points = tsne ? eval::projectTsne(emb) : eval::projectPca(emb);
        map.points.assign(points.begin(), points.end());
        map.dims = static_cast<int>(emb.size(1));
        map.embeddings.assign(emb.data_ptr<float>(), emb.data_ptr<float>() + emb.numel());
        map.neighboursKept = eval::neighboursKept(emb, points, std::min<int>(10, int(images.size()) - 1));
        return map;
    });
}

QFuture<ModelService::FolderClassification> ModelService::classifyFolder(const data::CharacterFolder &support,
                                                                         const QString &queries)
{
    auto impl = d;
    return QtConcurrent::run([impl, support, queries]() {
        data::CharacterFolderOptions options;
        options.allowUnlabelled = true;
        options.minCharacters = 0;
        const data::CharacterFolder queryFolder = data::loadCharacterFolder(queries, options);
        model::SiameseNet net = Impl::loaded(impl);
        const eval::Classification c
            = eval::classify(net, support, queryFolder, torch::kCPU, eval::KShotMode::MeanEmbedding);
        if (c.labelled == 0)
            throw Error(QObject::tr("%1 has no labelled queries: put each query in a subfolder named after its "
                                    "character")
                            .arg(queries));
        return FolderClassification{
            c.characters, c.confusion, c.correct, c.labelled, static_cast<int>(c.queryNames.size()), queries};
    });
}

QFuture<std::vector<eval::WaysPoint>> ModelService::waysCurve(std::shared_ptr<const data::Omniglot> data,
                                                              const eval::WaysCurveOptions &options)
{
    auto impl = d;
    return QtConcurrent::run([impl, data, options](QPromise<std::vector<eval::WaysPoint>> &promise) {
        model::SiameseNet net = Impl::loaded(impl);
        if (!data)
            throw Error(QObject::tr("The Omniglot data is not loaded yet"));
        const data::Subset subset = data::selectSubset(*data, data::evaluationPart());
        promise.setProgressRange(0, static_cast<int>(options.ways.size() * options.shots.size()));
        promise.addResult(eval::waysCurve(net, *data, subset, options, torch::kCPU, [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    });
}

QFuture<std::vector<std::vector<float>>> ModelService::scoreTrials(const std::vector<cv::Mat> &images,
                                                                   const std::vector<Trial> &trials)
{
    auto impl = d;
    return QtConcurrent::run([impl, images, trials]() {
        auto [net, views] = Impl::loadedWithViews(impl);
        const torch::Tensor emb = eval::embedImages(net, images, torch::kCPU, 256, views);
        torch::NoGradGuard noGrad;
        std::vector<std::vector<float>> out;
        for (const Trial &t : trials) {
            const auto idx = torch::tensor(std::vector<long>(t.candidates.begin(), t.candidates.end()), torch::kLong);
            const torch::Tensor c = emb.index_select(0, idx);
            const torch::Tensor logits = net->score(emb[t.query].unsqueeze(0).expand_as(c), c).contiguous();
            out.emplace_back(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        }
        return out;
    });
}

QFuture<std::vector<exporting::LayerMaps>> ModelService::activations(const cv::Mat &image)
{
    auto impl = d;
    const cv::Mat copy = image.clone();
    return QtConcurrent::run([impl, copy]() {
        model::SiameseNet net = Impl::loaded(impl);
        return exporting::activationMaps(net, copy);
    });
}

model::FilterSnapshot ModelService::filters() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->net.is_empty())
        return {};
    return model::filtersOf(d->net);
}

} // namespace oneshot::ui
