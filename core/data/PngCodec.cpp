#include "data/PngCodec.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

#include <QObject>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

namespace oneshot::data {

namespace {

constexpr std::array<std::uint8_t, 8> kSignature = {137, 80, 78, 71, 13, 10, 26, 10};
// OpenCV refuses images of more pixels than this (CV_IO_MAX_IMAGE_PIXELS's default).
constexpr std::uint64_t kMaxPixels = std::uint64_t(1) << 30;

enum Colour { Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6 };

std::uint32_t be32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

void putBe32(std::vector<std::uint8_t> &out, std::uint32_t v)
{
    out.push_back(std::uint8_t(v >> 24));
    out.push_back(std::uint8_t(v >> 16));
    out.push_back(std::uint8_t(v >> 8));
    out.push_back(std::uint8_t(v));
}

int samplesPerPixel(int colour)
{
    switch (colour) {
    case Grey:
    case Palette:
        return 1;
    case GreyAlpha:
        return 2;
    case Rgb:
        return 3;
    case Rgba:
        return 4;
    default:
        return 0;
    }
}

bool depthAllowed(int colour, int depth)
{
    switch (colour) {
    case Grey:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case Palette:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case Rgb:
    case GreyAlpha:
    case Rgba:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

struct Pass
{
    int x0, y0, dx, dy;
};
constexpr std::array<Pass, 7> kAdam7
    = {Pass{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

/// Undoes the filter of each row in place; false for an unknown filter type.
bool unfilter(std::uint8_t *rows, std::size_t rowCount, std::size_t rowBytes, std::size_t bpp)
{
    const std::uint8_t *prev = nullptr;
    for (std::size_t y = 0; y < rowCount; ++y) {
        std::uint8_t *row = rows + y * (rowBytes + 1);
        const int type = row[0];
        std::uint8_t *px = row + 1;
        for (std::size_t i = 0; i < rowBytes; ++i) {
            const int a = i >= bpp ? px[i - bpp] : 0;
            const int b = prev ? prev[i] : 0;
            const int c = prev && i >= bpp ? prev[i - bpp] : 0;
            switch (type) {
            case 0:
                break;
            case 1:
                px[i] = std::uint8_t(px[i] + a);
                break;
            case 2:
                px[i] = std::uint8_t(px[i] + b);
                break;
            case 3:
                px[i] = std::uint8_t(px[i] + ((a + b) >> 1));
                break;
            case 4:
                px[i] = std::uint8_t(px[i] + paeth(a, b, c));
                break;
            default:
                return false;
            }
        }
        prev = px;
    }
    return true;
}

/// Sample `index` of a packed row at `depth` bits (1, 2, 4, 8 or 16).
int sampleAt(const std::uint8_t *row, std::size_t index, int depth)
{
    if (depth == 8)
        return row[index];
    if (depth == 16)
        return (row[2 * index] << 8) | row[2 * index + 1];
    const std::size_t bit = index * std::size_t(depth);
    const int shift = 8 - depth - int(bit % 8);
    return (row[bit / 8] >> shift) & ((1 << depth) - 1);
}

cv::Mat fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return {};
}

} // namespace

bool isPng(const std::uint8_t *data, std::size_t size)
{
    return data && size >= kSignature.size() && std::memcmp(data, kSignature.data(), kSignature.size()) == 0;
}

cv::Mat decodePng(const std::uint8_t *data, std::size_t size, int flags, QString *why)
{
    if (!isPng(data, size))
        return fail(why, QObject::tr("not a PNG file"));
    std::size_t at = kSignature.size();
    std::uint32_t width = 0, height = 0;
    int depth = 0, colour = -1, interlace = 0;
    std::vector<std::uint8_t> idat;
    std::array<std::uint8_t, 256 * 3> palette{};
    int paletteSize = 0;
    std::array<std::uint8_t, 256> paletteAlpha;
    paletteAlpha.fill(255);
    bool transparency = false;
    std::array<int, 3> colourKey{-1, -1, -1};
    bool sawHeader = false;
    while (true) {
        if (size - at < 12) {
            if (sawHeader && !idat.empty())
                break; // no IEND: what was read decides
            return fail(why, QObject::tr("the PNG file is truncated"));
        }
        const std::uint32_t length = be32(data + at);
        if (length > size - at - 12)
            return fail(why, QObject::tr("the PNG file is truncated"));
        const std::uint8_t *type = data + at + 4;
        const std::uint8_t *body = type + 4;
        const std::uint32_t crc = be32(body + length);
        if (crc32(0L, type, 4 + length) != crc)
            return fail(why,
                        QObject::tr("a PNG chunk (%1) fails its checksum")
                            .arg(QString::fromLatin1(reinterpret_cast<const char *>(type), 4)));
        at += 12 + length;
        const auto is = [type](const char *name) { return std::memcmp(type, name, 4) == 0; };
        if (!sawHeader) {
            if (!is("IHDR") || length != 13)
                return fail(why, QObject::tr("the PNG file does not start with its header"));
            width = be32(body);
            height = be32(body + 4);
            depth = body[8];
            colour = body[9];
            interlace = body[12];
            if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
                return fail(why, QObject::tr("the PNG header gives a size of %1 x %2").arg(width).arg(height));
            if (std::uint64_t(width) * height > kMaxPixels)
                return fail(
                    why,
                    QObject::tr("the image is %1 x %2 pixels, more than %3").arg(width).arg(height).arg(kMaxPixels));
            if (samplesPerPixel(colour) == 0 || !depthAllowed(colour, depth) || body[10] != 0 || body[11] != 0
                || interlace > 1)
                return fail(
                    why,
                    QObject::tr("the PNG header is not valid (colour type %1, bit depth %2)").arg(colour).arg(depth));
            sawHeader = true;
        } else if (is("PLTE")) {
            if (length % 3 != 0 || length / 3 > 256)
                return fail(why, QObject::tr("the PNG palette is not valid"));
            paletteSize = int(length / 3);
            std::memcpy(palette.data(), body, length);
        } else if (is("tRNS")) {
            transparency = true;
            if (colour == Palette) {
                for (std::uint32_t i = 0; i < std::min<std::uint32_t>(length, 256); ++i)
                    paletteAlpha[i] = body[i];
            } else if (colour == Grey && length >= 2) {
                colourKey[0] = (body[0] << 8) | body[1];
            } else if (colour == Rgb && length >= 6) {
                for (int c = 0; c < 3; ++c)
                    colourKey[c] = (body[2 * c] << 8) | body[2 * c + 1];
            }
        } else if (is("IDAT")) {
            idat.insert(idat.end(), body, body + length);
        } else if (is("IEND")) {
            break;
        } else if ((type[0] & 0x20) == 0) {
            return fail(why,
                        QObject::tr("the PNG file has a critical chunk this reader does not know (%1)")
                            .arg(QString::fromLatin1(reinterpret_cast<const char *>(type), 4)));
        }
    }
    if (colour == Palette && paletteSize == 0)
        return fail(why, QObject::tr("the PNG file has no palette"));

    // The passes (one, or Adam7's seven) and the inflated size they need.
    const int spp = samplesPerPixel(colour);
    const std::size_t bpp = std::max<std::size_t>(1, std::size_t(spp) * depth / 8);
    struct Sub
    {
        Pass pass;
        std::size_t w, h, rowBytes, offset;
    };
    std::vector<Sub> subs;
    std::size_t total = 0;
    const std::vector<Pass> passes
        = interlace ? std::vector<Pass>(kAdam7.begin(), kAdam7.end()) : std::vector<Pass>{Pass{0, 0, 1, 1}};
    for (const Pass &p : passes) {
        const std::size_t w = width > std::uint32_t(p.x0) ? (width - p.x0 + p.dx - 1) / p.dx : 0;
        const std::size_t h = height > std::uint32_t(p.y0) ? (height - p.y0 + p.dy - 1) / p.dy : 0;
        if (w == 0 || h == 0)
            continue;
        const std::size_t rowBytes = (w * spp * depth + 7) / 8;
        subs.push_back({p, w, h, rowBytes, total});
        total += h * (rowBytes + 1);
    }
    std::vector<std::uint8_t> raw(total);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return fail(why, QObject::tr("zlib could not start"));
    z.next_in = idat.data();
    z.avail_in = uInt(idat.size());
    z.next_out = raw.data();
    z.avail_out = uInt(raw.size());
    int rc = inflate(&z, Z_FINISH);
    // Trailing bytes after the rows are tolerated (libpng only warns about them).
    const bool complete = z.total_out == raw.size() && (rc == Z_STREAM_END || rc == Z_BUF_ERROR || rc == Z_OK);
    inflateEnd(&z);
    if (!complete)
        return fail(why,
                    rc == Z_DATA_ERROR ? QObject::tr("the PNG image data are corrupt")
                                       : QObject::tr("the PNG image data are truncated"));
    for (const Sub &s : subs)
        if (!unfilter(raw.data() + s.offset, s.h, s.rowBytes, bpp))
            return fail(why, QObject::tr("the PNG image data are corrupt (unknown row filter)"));

    // The native image, as OpenCV would give it unchanged: grey (1), BGR (3) or BGRA (4)
    // channels; 16-bit files stay 16-bit. Alpha comes from an alpha channel or tRNS (except for
    // grey images, whose colour key OpenCV drops).
    const bool wide = depth == 16;
    int channels = 1;
    if (colour == Rgb || colour == Palette)
        channels = transparency ? 4 : 3;
    else if (colour == GreyAlpha || colour == Rgba)
        channels = 4;
    const int maxValue = wide ? 65535 : 255;
    cv::Mat native(int(height), int(width), CV_MAKETYPE(wide ? CV_16U : CV_8U, channels));
    const auto put = [&](int y, int x, int c, int v) {
        if (wide)
            native.ptr<std::uint16_t>(y)[x * channels + c] = std::uint16_t(v);
        else
            native.ptr<std::uint8_t>(y)[x * channels + c] = std::uint8_t(v);
    };
    for (const Sub &s : subs) {
        for (std::size_t sy = 0; sy < s.h; ++sy) {
            const std::uint8_t *row = raw.data() + s.offset + sy * (s.rowBytes + 1) + 1;
            const int y = int(s.pass.y0 + sy * s.pass.dy);
            for (std::size_t sx = 0; sx < s.w; ++sx) {
                const int x = int(s.pass.x0 + sx * s.pass.dx);
                int r = 0, g = 0, b = 0, a = maxValue;
                if (colour == Palette) {
                    const int i = sampleAt(row, sx, depth);
                    if (i < paletteSize) {
                        r = palette[3 * i];
                        g = palette[3 * i + 1];
                        b = palette[3 * i + 2];
                    }
                    a = paletteAlpha[i];
                } else if (colour == Grey || colour == GreyAlpha) {
                    const int v = sampleAt(row, sx * spp, depth);
                    r = g = b = depth < 8 ? v * 255 / ((1 << depth) - 1) : v;
                    if (colour == GreyAlpha)
                        a = sampleAt(row, sx * spp + 1, depth);
                } else {
                    r = sampleAt(row, sx * spp, depth);
                    g = sampleAt(row, sx * spp + 1, depth);
                    b = sampleAt(row, sx * spp + 2, depth);
                    if (colour == Rgba)
                        a = sampleAt(row, sx * spp + 3, depth);
                    else if (transparency && r == colourKey[0] && g == colourKey[1] && b == colourKey[2])
                        a = 0;
                }
                if (channels == 1) {
                    put(y, x, 0, r);
                } else {
                    put(y, x, 0, b);
                    put(y, x, 1, g);
                    put(y, x, 2, r);
                    if (channels == 4)
                        put(y, x, 3, a);
                }
            }
        }
    }
    if (flags == cv::IMREAD_UNCHANGED)
        return native;

    // GRAYSCALE and COLOR: 8 bits (a 16-bit sample's high byte), alpha dropped; colour to grey
    // with libpng's weights for 0.299 and 0.587, as OpenCV asks of it.
    cv::Mat out(native.size(), flags == cv::IMREAD_GRAYSCALE ? CV_8UC1 : CV_8UC3);
    for (int y = 0; y < native.rows; ++y) {
        std::uint8_t *dst = out.ptr<std::uint8_t>(y);
        for (int x = 0; x < native.cols; ++x) {
            std::array<int, 3> bgr{};
            for (int c = 0; c < 3; ++c) {
                const int cc = channels == 1 ? 0 : c;
                bgr[c] = wide ? native.ptr<std::uint16_t>(y)[x * channels + cc]
                              : native.ptr<std::uint8_t>(y)[x * channels + cc];
            }
            if (out.channels() == 1) {
                int v = bgr[0];
                if (bgr[0] != bgr[1] || bgr[0] != bgr[2])
                    v = wide ? (9797 * bgr[2] + 19234 * bgr[1] + 3737 * bgr[0] + 16384) >> 15
                             : (9797 * bgr[2] + 19234 * bgr[1] + 3737 * bgr[0]) >> 15;
                dst[x] = std::uint8_t(wide ? v >> 8 : v);
            } else {
                for (int c = 0; c < 3; ++c)
                    dst[3 * x + c] = std::uint8_t(wide ? bgr[c] >> 8 : bgr[c]);
            }
        }
    }
    return out;
}

bool encodePng(const cv::Mat &image, std::vector<std::uint8_t> &png)
{
    png.clear();
    const int channels = image.channels();
    if (image.empty() || image.depth() != CV_8U || (channels != 1 && channels != 3 && channels != 4))
        return false;
    const std::size_t rowBytes = std::size_t(image.cols) * channels;
    std::vector<std::uint8_t> rows(std::size_t(image.rows) * (rowBytes + 1));
    for (int y = 0; y < image.rows; ++y) {
        std::uint8_t *dst = rows.data() + std::size_t(y) * (rowBytes + 1);
        dst[0] = 0; // no filter
        const std::uint8_t *src = image.ptr<std::uint8_t>(y);
        for (int x = 0; x < image.cols; ++x) {
            for (int c = 0; c < channels; ++c) {
                // BGR(A) to RGB(A).
                const int from = channels >= 3 && c < 3 ? 2 - c : c;
                dst[1 + x * channels + c] = src[x * channels + from];
            }
        }
    }
    uLongf packedSize = compressBound(uLong(rows.size()));
    std::vector<std::uint8_t> packed(packedSize);
    if (compress2(packed.data(), &packedSize, rows.data(), uLong(rows.size()), 6) != Z_OK)
        return false;
    packed.resize(packedSize);

    const auto chunk = [&png](const char *type, const std::uint8_t *body, std::size_t length) {
        putBe32(png, std::uint32_t(length));
        const std::size_t start = png.size();
        png.insert(png.end(), type, type + 4);
        png.insert(png.end(), body, body + length);
        putBe32(png, std::uint32_t(crc32(0L, png.data() + start, uInt(4 + length))));
    };
    png.assign(kSignature.begin(), kSignature.end());
    std::vector<std::uint8_t> header;
    putBe32(header, std::uint32_t(image.cols));
    putBe32(header, std::uint32_t(image.rows));
    header.push_back(8);
    header.push_back(std::uint8_t(channels == 1 ? Grey : channels == 3 ? Rgb : Rgba));
    header.push_back(0);
    header.push_back(0);
    header.push_back(0);
    chunk("IHDR", header.data(), header.size());
    chunk("IDAT", packed.data(), packed.size());
    chunk("IEND", nullptr, 0);
    return true;
}

} // namespace oneshot::data
