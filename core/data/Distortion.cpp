#include "data/Distortion.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/Error.h"

namespace oneshot::data {

AffineParams AffineParams::koch()
{
    AffineParams p;
    p.name = QStringLiteral("koch");
    return p;
}

AffineParams AffineParams::torchvision()
{
    AffineParams p;
    p.name = QStringLiteral("torchvision");
    p.rotationDeg = 10.0;
    p.shear = 0.3;
    p.shearInDegrees = true;
    p.shearBothAxes = false;
    p.scaleMin = 0.8;
    p.scaleMax = 1.2;
    p.scalePerAxis = false;
    p.shiftPx = 0.0;
    p.shiftFraction = 0.1;
    p.probability = 1.0;
    return p;
}

AffineParams AffineParams::none()
{
    AffineParams p;
    p.name = QStringLiteral("none");
    p.rotationDeg = 0.0;
    p.shear = 0.0;
    p.scaleMin = p.scaleMax = 1.0;
    p.shiftPx = 0.0;
    p.probability = 0.0;
    return p;
}

QStringList AffineParams::names()
{
    return {QStringLiteral("koch"), QStringLiteral("torchvision"), QStringLiteral("none")};
}

AffineParams AffineParams::byName(const QString &name)
{
    if (name == QLatin1String("koch"))
        return koch();
    if (name == QLatin1String("torchvision"))
        return torchvision();
    if (name == QLatin1String("none"))
        return none();
    throw Error(
        QObject::tr("Unknown distortion '%1' (expected one of: %2)").arg(name, names().join(QLatin1String(", "))));
}

AffineParams AffineParams::scaled(double factor) const
{
    AffineParams p = *this;
    p.rotationDeg *= factor;
    p.shear *= factor;
    p.scaleMin = 1.0 - factor * (1.0 - scaleMin);
    p.scaleMax = 1.0 + factor * (scaleMax - 1.0);
    p.shiftPx *= factor;
    p.shiftFraction *= factor;
    return p;
}

cv::Matx23d sampleAffine(const AffineParams &p, int side, Rng &rng)
{
    // Every draw is made whether or not the component is applied, so the random stream does
    // not depend on which components fired.
    const bool doRot = bernoulli(rng, p.probability);
    const double theta = uniformReal(rng, -p.rotationDeg, p.rotationDeg) * CV_PI / 180.0;
    const bool doShear = bernoulli(rng, p.probability);
    double shx = uniformReal(rng, -p.shear, p.shear);
    double shy = uniformReal(rng, -p.shear, p.shear);
    const bool doScale = bernoulli(rng, p.probability);
    const double sx = uniformReal(rng, p.scaleMin, p.scaleMax);
    const double syDraw = uniformReal(rng, p.scaleMin, p.scaleMax);
    const bool doShift = bernoulli(rng, p.probability);
    const double maxShift = p.shiftPx + p.shiftFraction * side;
    double tx = uniformReal(rng, -maxShift, maxShift);
    double ty = uniformReal(rng, -maxShift, maxShift);

    if (p.shearInDegrees) {
        shx = std::tan(shx * CV_PI / 180.0);
        shy = std::tan(shy * CV_PI / 180.0);
    }
    if (!p.shearBothAxes)
        shy = 0.0;
    if (p.shiftFraction > 0.0) { // torchvision rounds the translation to whole pixels
        tx = std::round(tx);
        ty = std::round(ty);
    }
    const double sy = p.scalePerAxis ? syDraw : sx;

    // A = R * Sh * S, applied about the centre, then shifted.
    cv::Matx22d a = cv::Matx22d::eye();
    if (doScale)
        a = cv::Matx22d(sx, 0, 0, sy) * a;
    if (doShear)
        a = cv::Matx22d(1, shx, shy, 1) * a;
    if (doRot)
        a = cv::Matx22d(std::cos(theta), -std::sin(theta), std::sin(theta), std::cos(theta)) * a;
    const double c = (side - 1) / 2.0;
    const cv::Vec2d shift = doShift ? cv::Vec2d(tx, ty) : cv::Vec2d(0, 0);
    const cv::Vec2d offset = cv::Vec2d(c, c) + shift - a * cv::Vec2d(c, c);
    return cv::Matx23d(a(0, 0), a(0, 1), offset[0], a(1, 0), a(1, 1), offset[1]);
}

cv::Mat distort(const cv::Mat &image, const AffineParams &params, Rng &rng)
{
    const cv::Matx23d m = sampleAffine(params, image.cols, rng);
    cv::Mat out;
    cv::warpAffine(image, out, cv::Mat(m), image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}

} // namespace oneshot::data
