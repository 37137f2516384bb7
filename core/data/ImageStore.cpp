#include "data/ImageStore.h"

namespace oneshot::data {

ImageStore::ImageStore(int side)
    : m_side(side)
    , m_bytesPerImage((side * side + 7) / 8)
{
}

void ImageStore::resize(int count)
{
    m_count = count;
    m_bits.assign(static_cast<std::size_t>(count) * m_bytesPerImage, 0);
}

void ImageStore::append(const ImageStore &other)
{
    CV_Assert(other.m_side == m_side);
    m_bits.insert(m_bits.end(), other.m_bits.begin(), other.m_bits.end());
    m_count += other.m_count;
}

void ImageStore::set(int i, const cv::Mat &grey)
{
    CV_Assert(grey.type() == CV_8UC1 && grey.rows == m_side && grey.cols == m_side);
    std::uint8_t *out = m_bits.data() + static_cast<std::size_t>(i) * m_bytesPerImage;
    std::fill(out, out + m_bytesPerImage, 0);
    int bit = 0;
    for (int y = 0; y < m_side; ++y) {
        const auto *row = grey.ptr<std::uint8_t>(y);
        for (int x = 0; x < m_side; ++x, ++bit) {
            if (row[x] < 128)
                out[bit >> 3] |= static_cast<std::uint8_t>(1u << (bit & 7));
        }
    }
}

cv::Mat ImageStore::image(int i) const
{
    cv::Mat img(m_side, m_side, CV_8UC1);
    const std::uint8_t *in = m_bits.data() + static_cast<std::size_t>(i) * m_bytesPerImage;
    auto *px = img.ptr<std::uint8_t>(0);
    for (int bit = 0; bit < m_side * m_side; ++bit)
        px[bit] = (in[bit >> 3] >> (bit & 7)) & 1u ? 0 : 255;
    return img;
}

void ImageStore::unpackInk(int i, float *dst) const
{
    const std::uint8_t *in = m_bits.data() + static_cast<std::size_t>(i) * m_bytesPerImage;
    for (int bit = 0; bit < m_side * m_side; ++bit)
        dst[bit] = static_cast<float>((in[bit >> 3] >> (bit & 7)) & 1u);
}

int ImageStore::inkCount(int i) const
{
    const std::uint8_t *in = m_bits.data() + static_cast<std::size_t>(i) * m_bytesPerImage;
    int n = 0;
    for (int b = 0; b < m_bytesPerImage; ++b)
        n += __builtin_popcount(in[b]);
    return n;
}

} // namespace oneshot::data
