#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include "common/Random.h"

namespace oneshot::data {

/// Parameters of the random affine distortion applied on the fly, one transform per image.
struct AffineParams
{
    QString name;
    double rotationDeg = 10.0; ///< rotation uniform in [-r, r] degrees
    double shear = 0.3;        ///< shear uniform in [-s, s] (a factor, or degrees, see below)
    bool shearInDegrees = false;
    bool shearBothAxes = true; ///< Koch shears x and y; torchvision's single value shears x
    double scaleMin = 0.8;
    double scaleMax = 1.2;
    bool scalePerAxis = true;   ///< Koch scales x and y independently
    double shiftPx = 2.0;       ///< shift uniform in [-t, t] pixels (absolute)
    double shiftFraction = 0.0; ///< or a fraction of the side, as torchvision's translate
    double probability = 0.5;   ///< each component applied with this probability (1: always)

    /// Koch et al. 2015: each of rotation, shear, scale and shift with probability 0.5.
    static AffineParams koch();
    /// The reproduction's torchvision RandomAffine(10, (0.1, 0.1), (0.8, 1.2), 0.3), always on.
    static AffineParams torchvision();
    /// No distortion at all (identity).
    static AffineParams none();
    /// "koch", "torchvision" or "none"; throws Error otherwise.
    static AffineParams byName(const QString &name);
    static QStringList names();

    /// The same distortion with every range multiplied by factor (0: none, 2: twice Koch's
    /// rotation, shear, scale and shift); the probabilities are kept.
    AffineParams scaled(double factor) const;
};

/// Draws one affine transform (2x3, about the image centre) for an image of the given side.
cv::Matx23d sampleAffine(const AffineParams &params, int side, Rng &rng);

/// Applies a freshly drawn transform to a CV_8U image (ink dark, paper white) with a white border.
cv::Mat distort(const cv::Mat &image, const AffineParams &params, Rng &rng);

} // namespace oneshot::data
