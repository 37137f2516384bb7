#pragma once

#include <memory>
#include <utility>
#include <vector>

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include "eval/KShotTypes.h"
#include "export/FilterGrid.h"
#include "train/Metrics.h"

namespace oneshot::data {
class Omniglot;
struct CharacterFolder;
} // namespace oneshot::data

namespace oneshot::ui {

/// The model the Filters, Activations and Board pages look at: a checkpoint loaded on demand
/// (a run's best, a file, or the live run's last checkpoint after each epoch). Torch stays in
/// the .cpp; every heavy call returns a QFuture run on the thread pool. A mutex guards only
/// which net is loaded: a job takes the net under it and runs without it, so a reload never
/// races a job and the GUI thread never waits for one.
class ModelService : public QObject
{
    Q_OBJECT

public:
    explicit ModelService(QObject *parent = nullptr);
    ~ModelService() override;

    bool hasModel() const;
    QString source() const;
    QString summary() const;
    int inputSide() const;

    /// Loads a checkpoint in the background; emits modelChanged or loadFailed.
    void loadCheckpoint(const QString &path);

    /// Scores a query against candidates (CV_8U, ink dark): one logit per candidate.
    QFuture<std::vector<float>> score(const cv::Mat &query, const std::vector<cv::Mat> &candidates);
    /// The same for many trials at once, embedding every image once.
    struct Trial
    {
        int query = 0;
        std::vector<int> candidates;
    };
    QFuture<std::vector<std::vector<float>>> scoreTrials(const std::vector<cv::Mat> &images,
                                                         const std::vector<Trial> &trials);
    /// Scores a query against characters given by one or more images each (labels: each image's
    /// character, 0..characters-1): one logit per character, against the mean embedding of its
    /// images (the K-shot mode chosen on validation; see README).
    QFuture<std::vector<float>> scoreCharacters(const cv::Mat &query, const std::vector<cv::Mat> &images,
                                                const std::vector<int> &labels, int characters);
    /// Embeddings of a set of images and their map in the plane (PCA or t-SNE), for the
    /// Embedding page. The model is held only while embedding; the projection runs after.
    struct EmbeddingMap
    {
        std::vector<std::pair<double, double>> points; ///< one per image
        std::vector<float> embeddings;                 ///< [images][dims], row-major
        int dims = 0;
        double neighboursKept = 0; ///< share of each image's 10 nearest neighbours the map keeps
    };
    QFuture<EmbeddingMap> embeddingMap(const std::vector<cv::Mat> &images, bool tsne);
    /// A labelled query folder (or zip; one subfolder per character of the support set) ranked
    /// against a support set: the confusion matrix and accuracy, as `oneshot classify --queries`.
    struct FolderClassification
    {
        QStringList characters;
        std::vector<std::vector<int>> confusion; ///< [truth][prediction]
        int correct = 0;
        int labelled = 0;
        int queries = 0;
        QString source;
    };
    QFuture<FolderClassification> classifyFolder(const data::CharacterFolder &support, const QString &queries);
    /// Accuracy against N on tasks sampled from the evaluation alphabets. Runs on the model loaded
    /// when it starts (a reload meanwhile does not disturb it) and does not hold the model's lock,
    /// so the board keeps scoring. Reports progress (points done); cancelling stops it after the
    /// point under way, with the points so far as the result.
    QFuture<std::vector<eval::WaysPoint>> waysCurve(std::shared_ptr<const data::Omniglot> data,
                                                    const eval::WaysCurveOptions &options);
    /// The maps of every conv layer for one image.
    QFuture<std::vector<exporting::LayerMaps>> activations(const cv::Mat &image);
    /// The first-layer filters.
    model::FilterSnapshot filters() const;

Q_SIGNALS:
    void modelChanged();
    void loadFailed(const QString &message);

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace oneshot::ui
