#pragma once

#include <vector>

#include <torch/torch.h>

#include "data/OneShotTasks.h"
#include "eval/OneShotResult.h"
#include "eval/TestViews.h"
#include "model/SiameseNet.h"

namespace oneshot::eval {

/// Images (CV_8U, ink dark) as a network input batch [N, 1, side, side], ink 1.
torch::Tensor imagesToTensor(const std::vector<cv::Mat> &images, int side);

/// Embeddings of all images, computed once, in batches, in inference mode. The model's
/// train/eval mode is restored afterwards. With `views` > 1 (up to kMaxTestViews), each image's
/// embedding is the mean over the image and views - 1 distortions of it (testView).
torch::Tensor embedImages(model::SiameseNet &net, const std::vector<cv::Mat> &images, const torch::Device &device,
                          int batch = 256, int views = 1);

/// The k-th test-time view of an image: k = 0 the image itself, k > 0 an affine distortion of
/// Koch's kind with every range doubled (rotation 20 degrees, shear 0.6, scale 0.6 to 1.4 per
/// axis, shift 4 pixels, each with probability 0.5; chosen on validation, see the README), drawn
/// from seed k, so that view k is the same transform for every image, whatever it is scored with.
cv::Mat testView(const cv::Mat &image, int k);

/// Scores every trial with the model (the head's logit: higher is more alike); ties are wrong.
/// Each image is embedded over `views` test-time views.
OneShotResult evaluateOneShot(model::SiameseNet &net, const data::OneShotTaskSet &tasks, const torch::Device &device,
                              int views = 1);

struct VerificationResult
{
    double loss = 0;             ///< mean binary cross-entropy
    double accuracyAtHalf = 0;   ///< threshold 0.5 on the probability
    double tunedThreshold = 0.5; ///< the threshold that maximises accuracy on these pairs
    double accuracyTuned = 0;    ///< accuracy at tunedThreshold
    double accuracyAtGiven = 0;  ///< accuracy at the threshold passed in (e.g. tuned on validation)
    double scoreStd = 0;         ///< spread of the probabilities; ~0 means a collapsed model
};

/// Verification accuracy on labelled pairs. `givenThreshold` < 0 means 0.5.
VerificationResult evaluateVerification(model::SiameseNet &net, const data::VerificationSet &pairs,
                                        const torch::Device &device, double givenThreshold = -1);

} // namespace oneshot::eval
