// The PNG reader and writer of builds without OpenCV's imgcodecs, with OpenCV's own reader as the
// oracle: every colour type, bit depth, palette transparency, colour key, row filter and Adam7
// interlacing, the Omniglot images, and damaged files.
#include <array>
#include <cstdint>
#include <random>
#include <vector>

#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include "TestCommon.h"
#include "data/PngCodec.h"
#include "data/ZipArchive.h"

using namespace oneshot;

namespace {

using Bytes = std::vector<std::uint8_t>;

void be32(Bytes &out, std::uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8)
        out.push_back(std::uint8_t(v >> s));
}

void chunk(Bytes &png, const char *type, const Bytes &body)
{
    be32(png, std::uint32_t(body.size()));
    const std::size_t start = png.size();
    png.insert(png.end(), type, type + 4);
    png.insert(png.end(), body.begin(), body.end());
    be32(png, std::uint32_t(crc32(0L, png.data() + start, uInt(png.size() - start))));
}

/// PNG's signature and an IHDR chunk.
Bytes pngStart(std::uint32_t width, std::uint32_t height, int depth = 8, int colour = 0, bool interlace = false)
{
    Bytes png = {137, 80, 78, 71, 13, 10, 26, 10};
    Bytes header;
    be32(header, width);
    be32(header, height);
    header.insert(header.end(), {std::uint8_t(depth), std::uint8_t(colour), 0, 0, std::uint8_t(interlace ? 1 : 0)});
    chunk(png, "IHDR", header);
    return png;
}

int samplesPerPixel(int colour)
{
    return colour == 0 || colour == 3 ? 1 : colour == 4 ? 2 : colour == 2 ? 3 : 4;
}

/// An independent PNG writer for the tests: samples (rows x cols x samples per pixel, each below
/// 2^depth), every row with a random filter of the five, Adam7 when asked.
struct PngSpec
{
    int width = 0, height = 0, colour = 0, depth = 8;
    bool interlace = false;
    std::vector<int> samples;
    Bytes palette, transparency;
};

Bytes writePng(const PngSpec &spec, std::mt19937 &rng)
{
    const int spp = samplesPerPixel(spec.colour);
    const std::size_t bpp = std::max(1, spp * spec.depth / 8);
    struct P
    {
        int x0, y0, dx, dy;
    };
    const std::vector<P> passes = spec.interlace
        ? std::vector<P>{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                         {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
        : std::vector<P>{{0, 0, 1, 1}};
    Bytes filtered;
    for (const P &p : passes) {
        const int w = spec.width > p.x0 ? (spec.width - p.x0 + p.dx - 1) / p.dx : 0;
        const int h = spec.height > p.y0 ? (spec.height - p.y0 + p.dy - 1) / p.dy : 0;
        if (w == 0 || h == 0)
            continue;
        const std::size_t rowBytes = (std::size_t(w) * spp * spec.depth + 7) / 8;
        Bytes prev(rowBytes, 0);
        for (int sy = 0; sy < h; ++sy) {
            Bytes row(rowBytes, 0);
            std::size_t bit = 0;
            for (int sx = 0; sx < w; ++sx) {
                const int y = p.y0 + sy * p.dy, x = p.x0 + sx * p.dx;
                for (int c = 0; c < spp; ++c) {
                    const int v = spec.samples[(std::size_t(y) * spec.width + x) * spp + c];
                    if (spec.depth == 16) {
                        row[bit / 8] = std::uint8_t(v >> 8);
                        row[bit / 8 + 1] = std::uint8_t(v);
                    } else if (spec.depth == 8) {
                        row[bit / 8] = std::uint8_t(v);
                    } else {
                        row[bit / 8] |= std::uint8_t(v << (8 - spec.depth - bit % 8));
                    }
                    bit += std::size_t(spec.depth);
                }
            }
            const int type = int(rng() % 5);
            filtered.push_back(std::uint8_t(type));
            for (std::size_t i = 0; i < rowBytes; ++i) {
                const int a = i >= bpp ? row[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                int pred = 0;
                if (type == 1)
                    pred = a;
                else if (type == 2)
                    pred = b;
                else if (type == 3)
                    pred = (a + b) / 2;
                else if (type == 4) {
                    const int pa = std::abs(b - c), pb = std::abs(a - c), pc = std::abs(a + b - 2 * c);
                    pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                }
                filtered.push_back(std::uint8_t(row[i] - pred));
            }
            prev = row;
        }
    }
    uLongf size = compressBound(uLong(filtered.size()));
    Bytes packed(size);
    compress2(packed.data(), &size, filtered.data(), uLong(filtered.size()), 9);
    packed.resize(size);

    Bytes png
        = pngStart(std::uint32_t(spec.width), std::uint32_t(spec.height), spec.depth, spec.colour, spec.interlace);
    if (!spec.palette.empty())
        chunk(png, "PLTE", spec.palette);
    if (!spec.transparency.empty())
        chunk(png, "tRNS", spec.transparency);
    chunk(png, "tEXt", Bytes{'C', 'o', 'm', 'm', 'e', 'n', 't', 0, 'x'}); // an ancillary chunk is skipped
    // Split the data over two IDAT chunks, as writers may.
    const std::size_t half = packed.size() / 2;
    chunk(png, "IDAT", Bytes(packed.begin(), packed.begin() + std::ptrdiff_t(half)));
    chunk(png, "IDAT", Bytes(packed.begin() + std::ptrdiff_t(half), packed.end()));
    chunk(png, "IEND", {});
    return png;
}

cv::Mat opencvDecode(const Bytes &png, int flags)
{
    return cv::imdecode(cv::Mat(1, int(png.size()), CV_8UC1, const_cast<std::uint8_t *>(png.data())), flags);
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    return cv::norm(a.reshape(1), b.reshape(1), cv::NORM_INF) == 0;
}

QString describe(const cv::Mat &m)
{
    return QStringLiteral("%1x%2 type %3").arg(m.cols).arg(m.rows).arg(m.type());
}

} // namespace

class TestPngCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOfPngMatchesOpenCV_data()
    {
        QTest::addColumn<int>("colour");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("interlace");
        QTest::addColumn<bool>("transparency");
        const std::vector<std::pair<int, std::vector<int>>> kinds
            = {{0, {1, 2, 4, 8, 16}}, {2, {8, 16}}, {3, {1, 2, 4, 8}}, {4, {8, 16}}, {6, {8, 16}}};
        for (const auto &[colour, depths] : kinds)
            for (int depth : depths)
                for (bool interlace : {false, true})
                    for (bool trns : {false, true}) {
                        if (trns && (colour == 4 || colour == 6))
                            continue; // tRNS is not allowed beside an alpha channel
                        QTest::addRow("colour %d, %d bit%s%s", colour, depth, interlace ? ", Adam7" : "",
                                      trns ? ", tRNS" : "")
                            << colour << depth << interlace << trns;
                    }
    }

    void everyKindOfPngMatchesOpenCV()
    {
        QFETCH(int, colour);
        QFETCH(int, depth);
        QFETCH(bool, interlace);
        QFETCH(bool, transparency);
        std::mt19937 rng(std::uint32_t(colour * 1000 + depth * 10 + interlace * 2 + transparency));
        // Odd sizes so that Adam7's passes are uneven and some rows end mid-byte.
        for (const auto &[w, h] : std::vector<std::pair<int, int>>{{1, 1}, {3, 2}, {13, 11}, {37, 29}}) {
            PngSpec spec;
            spec.width = w;
            spec.height = h;
            spec.colour = colour;
            spec.depth = depth;
            spec.interlace = interlace;
            const int spp = samplesPerPixel(colour);
            const int paletteSize = colour == 3 ? std::min(1 << depth, 200) : 0;
            const int top = colour == 3 ? paletteSize - 1 : (1 << depth) - 1;
            spec.samples.resize(std::size_t(w) * h * spp);
            for (int &s : spec.samples)
                s = int(rng() % std::uint32_t(top + 1));
            if (colour == 0 && depth >= 8) // grey pixels of equal samples, and one colour-keyed value
                spec.samples[0] = top;
            for (int i = 0; i < paletteSize * 3; ++i)
                spec.palette.push_back(std::uint8_t(rng()));
            if (paletteSize > 0) // a grey entry too, which the grey conversion passes through
                spec.palette[0] = spec.palette[1] = spec.palette[2] = 77;
            if (transparency) {
                if (colour == 3) {
                    for (int i = 0; i < std::min(paletteSize, 5); ++i)
                        spec.transparency.push_back(std::uint8_t(i * 60));
                } else {
                    // The colour key is the first pixel's colour, so that some pixels match it.
                    for (int c = 0; c < spp; ++c) {
                        spec.transparency.push_back(std::uint8_t(spec.samples[std::size_t(c)] >> 8));
                        spec.transparency.push_back(std::uint8_t(spec.samples[std::size_t(c)]));
                    }
                }
            }
            const Bytes png = writePng(spec, rng);
            for (int flags : {cv::IMREAD_UNCHANGED, cv::IMREAD_GRAYSCALE, cv::IMREAD_COLOR}) {
                const cv::Mat expected = opencvDecode(png, flags);
                QVERIFY(!expected.empty());
                QString why;
                const cv::Mat got = data::decodePng(png.data(), png.size(), flags, &why);
                QVERIFY2(!got.empty(), qPrintable(why));
                QVERIFY2(identical(got, expected),
                         qPrintable(QStringLiteral("%1x%2, flags %3: got %4, OpenCV %5")
                                        .arg(w)
                                        .arg(h)
                                        .arg(flags)
                                        .arg(describe(got), describe(expected))));
            }
        }
    }

    void omniglotImagesMatchOpenCV()
    {
        data::ZipArchive zip(test::dataFile(QStringLiteral("images_background_small1.zip")));
        int checked = 0;
        for (const QString &name : zip.entryNames()) {
            if (!name.endsWith(QLatin1String(".png")) || checked++ % 7 != 0)
                continue;
            const QByteArray bytes = zip.read(name);
            const Bytes png(bytes.begin(), bytes.end());
            const cv::Mat got = data::decodePng(png.data(), png.size(), cv::IMREAD_GRAYSCALE);
            QVERIFY2(identical(got, opencvDecode(png, cv::IMREAD_GRAYSCALE)), qPrintable(name));
        }
        QVERIFY(checked > 1000);
    }

    void writtenImagesReadBackUnchanged()
    {
        std::mt19937 rng(5);
        for (int type : {CV_8UC1, CV_8UC3, CV_8UC4}) {
            cv::Mat image(23, 41, type);
            cv::randu(image, 0, 256);
            std::vector<std::uint8_t> png;
            QVERIFY(data::encodePng(image, png));
            QVERIFY(identical(opencvDecode(png, cv::IMREAD_UNCHANGED), image));
            QVERIFY(identical(data::decodePng(png.data(), png.size(), cv::IMREAD_UNCHANGED), image));
        }
        std::vector<std::uint8_t> png;
        QVERIFY(!data::encodePng(cv::Mat(4, 4, CV_32FC1, cv::Scalar(0.5)), png));
        QVERIFY(!data::encodePng(cv::Mat(), png));
    }

    void damagedFilesAreRefusedWithAReason()
    {
        std::mt19937 rng(9);
        PngSpec spec;
        spec.width = spec.height = 20;
        spec.samples.assign(400, 0);
        for (int &s : spec.samples)
            s = int(rng() % 256);
        const Bytes good = writePng(spec, rng);
        QVERIFY(!data::decodePng(good.data(), good.size(), cv::IMREAD_GRAYSCALE).empty());

        const auto refused = [](const Bytes &png, const char *what) {
            QString why;
            const cv::Mat m = data::decodePng(png.data(), png.size(), cv::IMREAD_GRAYSCALE, &why);
            QVERIFY2(m.empty(), what);
            QVERIFY2(!why.isEmpty(), what);
        };
        // Cut anywhere before the end of the image data: never a partial image.
        for (std::size_t cut :
             {std::size_t(0), std::size_t(5), std::size_t(8), std::size_t(20), std::size_t(40), good.size() - 30})
            refused(Bytes(good.begin(), good.begin() + std::ptrdiff_t(cut)), "truncated");
        Bytes flipped = good;
        flipped[good.size() - 40] ^= 0x10; // inside the second IDAT: its CRC fails
        refused(flipped, "a flipped bit");
        refused(Bytes{'G', 'I', 'F', '8', '9', 'a', 0, 0, 0, 0}, "not a PNG");

        // A header that claims 100,000 x 100,000 pixels is refused before any memory is taken.
        Bytes huge = pngStart(100000, 100000);
        chunk(huge, "IEND", {});
        QString why;
        QVERIFY(data::decodePng(huge.data(), huge.size(), cv::IMREAD_GRAYSCALE, &why).empty());
        QVERIFY2(why.contains(QLatin1String("100000 x 100000")), qPrintable(why));

        // A row filter of type 7 (with valid checksums) and an unknown critical chunk.
        Bytes rows(21, 0);
        rows[0] = 7;
        uLongf size = compressBound(21);
        Bytes packed(size);
        compress2(packed.data(), &size, rows.data(), 21, 6);
        packed.resize(size);
        Bytes badFilter = pngStart(20, 1);
        Bytes unknown = badFilter;
        chunk(badFilter, "IDAT", packed);
        chunk(badFilter, "IEND", {});
        refused(badFilter, "filter type 7");
        chunk(unknown, "ZZZZ", Bytes{1});
        chunk(unknown, "IDAT", packed);
        refused(unknown, "an unknown critical chunk");
    }
};

QTEST_GUILESS_MAIN(TestPngCodec)
#include "tst_pngcodec.moc"
