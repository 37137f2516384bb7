#pragma once

#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

namespace oneshot::data {

/// Fixed-size binary images, bit-packed into one contiguous buffer (ink = 1 bit).
/// All 32,460 Omniglot images take 45 MB this way instead of 358 MB as bytes.
class ImageStore
{
public:
    explicit ImageStore(int side = 105);

    int side() const { return m_side; }
    int size() const { return m_count; }
    std::size_t bytes() const { return m_bits.size(); }

    /// Makes room for `count` images, all blank.
    void resize(int count);
    /// Appends all images of another store of the same side.
    void append(const ImageStore &other);
    /// Stores a side x side CV_8U image; pixels below 128 are ink. Thread-safe for distinct i.
    void set(int i, const cv::Mat &grey);
    /// The image as CV_8U, ink 0 and paper 255, as in the Omniglot PNGs.
    cv::Mat image(int i) const;
    /// Writes the image as floats, ink 1 and paper 0, into side*side values.
    void unpackInk(int i, float *dst) const;
    /// Number of ink pixels.
    int inkCount(int i) const;

private:
    int m_side;
    int m_bytesPerImage;
    int m_count = 0;
    std::vector<std::uint8_t> m_bits;
};

} // namespace oneshot::data
