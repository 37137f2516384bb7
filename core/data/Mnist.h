#pragma once

#include <cstdint>
#include <vector>

#include <QString>

#include <opencv2/core.hpp>

#include "data/OneShotTasks.h"

namespace oneshot::data {

/// MNIST digits as Omniglot-style images: CV_8U, 28x28, dark ink on white paper (MNIST's white
/// digits on black, inverted), with their labels 0-9.
struct MnistSet
{
    QString source;
    std::vector<cv::Mat> images;
    std::vector<int> labels;
    /// How many images each digit has.
    std::vector<int> countsPerDigit() const;
};

/// Reads a pair of MNIST IDX files (images: magic 2051; labels: magic 2049), plain or gzipped
/// (.gz), of any count. Throws Error naming the file for a wrong magic number, a header that
/// does not match the file's length, counts that differ between the two files, or a label
/// outside 0-9.
MnistSet loadMnist(const QString &imagesPath, const QString &labelsPath);

/// Finds the images and labels in a folder under MNIST's own names (t10k-* before train-*, each
/// plain or .gz) and reads them; throws Error listing the names tried if there are none.
MnistSet loadMnistFolder(const QString &folder);

/// Where MNIST is when not given: $ONESHOT_MNIST, else ../mnist beside the Omniglot folder (as in
/// a source checkout's shared data).
QString defaultMnistFolder(const QString &omniglotFolder);

/// Koch's MNIST test: N-way one-shot trials, each with a query digit and one candidate image of
/// each of N digits (never the query image itself), the true digit at a random position. Drawn
/// from the seed.
OneShotTaskSet sampleMnistTasks(const MnistSet &mnist, int trials, int ways, std::uint64_t seed);

} // namespace oneshot::data
