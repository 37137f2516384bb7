#include "data/OneShotTasks.h"

#include <map>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "common/Error.h"
#include "common/Random.h"
#include "data/ImageDecode.h"
#include "data/PairSampler.h"
#include "data/ZipArchive.h"

namespace oneshot::data {

namespace {

/// Reads files of a run set from a zip or a folder, by their relative names.
class RunSource
{
public:
    explicit RunSource(const QString &path)
        : m_path(path)
    {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(QObject::tr("Run set not found: %1").arg(path));
        if (info.isDir()) {
            m_names = QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (QString &n : m_names)
                n += QLatin1Char('/');
        } else {
            m_zip = std::make_unique<ZipArchive>(path);
            m_names = m_zip->entryNames();
        }
    }

    /// Relative prefixes of the runs ("run01/" or "all_runs/run01/").
    QStringList runPrefixes() const
    {
        static const QRegularExpression re(QStringLiteral("^(.*?run[0-9]+/)class_labels\\.txt$"));
        QStringList prefixes;
        if (m_zip) {
            for (const QString &n : m_names) {
                const auto m = re.match(n);
                if (m.hasMatch())
                    prefixes << m.captured(1);
            }
        } else {
            for (const QString &n : m_names) {
                if (QFileInfo(QDir(m_path).filePath(n + QLatin1String("class_labels.txt"))).isFile())
                    prefixes << n;
            }
        }
        prefixes.sort();
        return prefixes;
    }

    QByteArray read(const QString &name) const
    {
        if (m_zip)
            return m_zip->read(name);
        QFile f(QDir(m_path).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QObject::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        return f.readAll();
    }

    QString location(const QString &name) const
    {
        return m_zip ? m_path + QLatin1Char(':') + name : QDir(m_path).filePath(name);
    }

private:
    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    QStringList m_names;
};

} // namespace

OneShotTaskSet loadRunSet(const QString &zipOrFolder)
{
    RunSource src(zipOrFolder);
    OneShotTaskSet set;
    set.source = zipOrFolder;
    const QStringList prefixes = src.runPrefixes();
    if (prefixes.isEmpty())
        throw Error(QObject::tr("No runs (runNN/class_labels.txt) found in %1").arg(zipOrFolder));

    // The paths inside class_labels.txt start at the run folder ("run01/test/item01.png").
    const QString root = prefixes.first().section(QLatin1Char('/'), 0, -3);
    const QString base = root.isEmpty() ? QString() : root + QLatin1Char('/');
    std::map<QString, int> imageByName;
    auto imageIndex = [&](const QString &rel) {
        auto it = imageByName.find(rel);
        if (it != imageByName.end())
            return it->second;
        const QString name = base + rel;
        cv::Mat img = decodeImage(src.read(name), src.location(name), cv::IMREAD_GRAYSCALE);
        const int index = static_cast<int>(set.images.size());
        set.images.push_back(img);
        set.imageNames << rel;
        imageByName.emplace(rel, index);
        return index;
    };

    for (int r = 0; r < prefixes.size(); ++r) {
        const QString labelsName = prefixes[r] + QLatin1String("class_labels.txt");
        const QStringList lines = QString::fromUtf8(src.read(labelsName)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::vector<std::pair<int, int>> mapping; // test image -> training image
        std::vector<int> training;
        for (int l = 0; l < lines.size(); ++l) {
            const QStringList parts = lines[l].simplified().split(QLatin1Char(' '));
            if (lines[l].trimmed().isEmpty())
                continue;
            if (parts.size() != 2)
                throw Error(QObject::tr("%1, line %2: expected 'test/itemNN.png training/classNN.png'")
                                .arg(src.location(labelsName))
                                .arg(l + 1));
            const int q = imageIndex(parts[0]);
            const int t = imageIndex(parts[1]);
            mapping.emplace_back(q, t);
            if (std::find(training.begin(), training.end(), t) == training.end())
                training.push_back(t);
        }
        if (mapping.empty())
            throw Error(QObject::tr("%1 lists no trials").arg(src.location(labelsName)));
        // Candidates in the order of their names (class01..classNN), as Lake's demo does.
        std::sort(training.begin(), training.end(),
                  [&](int a, int b) { return set.imageNames[a] < set.imageNames[b]; });
        for (const auto &[q, t] : mapping) {
            OneShotTrial trial;
            trial.run = r;
            trial.query = q;
            trial.candidates = training;
            trial.answer = static_cast<int>(std::find(training.begin(), training.end(), t) - training.begin());
            set.trials.push_back(std::move(trial));
        }
    }
    set.runCount = prefixes.size();
    return set;
}

OneShotTaskSet sampleTasks(const Omniglot &data, const Subset &subset, const TaskSamplingOptions &options)
{
    if (options.ways < 2)
        throw Error(QObject::tr("A one-shot task needs at least 2 ways, got %1").arg(options.ways));
    if (options.shots < 1 || options.shots > 19)
        throw Error(QObject::tr("Shots must be 1 to 19 (Omniglot has 20 drawers, one is the query's), got %1")
                        .arg(options.shots));
    Rng rng(deriveSeed(options.seed, 0x7a5c));
    OneShotTaskSet set;
    const QString where = options.withinAlphabet ? QObject::tr("within alphabet") : QObject::tr("across alphabets");
    set.source = options.shots > 1
        ? QObject::tr("sampled %1-way %2-shot tasks (%3)").arg(options.ways).arg(options.shots).arg(where)
        : QObject::tr("sampled %1-way tasks (%2)").arg(options.ways).arg(where);
    std::map<int, int> local;
    auto addImage = [&](int global) {
        auto it = local.find(global);
        if (it != local.end())
            return it->second;
        const int index = static_cast<int>(set.images.size());
        set.images.push_back(data.image(global));
        set.imageNames << data.imagePath(global);
        local.emplace(global, index);
        return index;
    };

    // Flattened characters for sampling across alphabets.
    std::vector<std::pair<int, int>> all; // (group, character within group)
    for (int g = 0; g < static_cast<int>(subset.groups.size()); ++g) {
        for (int c = 0; c < static_cast<int>(subset.groups[g].characters.size()); ++c)
            all.emplace_back(g, c);
    }
    if (static_cast<int>(all.size()) < options.ways)
        throw Error(QObject::tr("Only %1 characters available for %2-way tasks").arg(all.size()).arg(options.ways));

    if (options.withinAlphabet) {
        for (const Subset::Group &group : subset.groups) {
            const int n = static_cast<int>(group.characters.size());
            if (n < options.ways)
                set.notes << QObject::tr("%1 has %2 characters: its within-alphabet trials are %2-way, not %3-way")
                                 .arg(data.alphabets()[group.alphabet].name)
                                 .arg(n)
                                 .arg(options.ways);
        }
    }
    for (int t = 0; t < options.trials; ++t) {
        // Alphabets in turn, so each contributes equally.
        const int g = t % static_cast<int>(subset.groups.size());
        const Subset::Group &group = subset.groups[g];
        std::vector<std::pair<int, int>> pool;
        if (options.withinAlphabet) {
            for (int c = 0; c < static_cast<int>(group.characters.size()); ++c)
                pool.emplace_back(g, c);
        } else {
            pool = all;
        }
        const int ways = std::min(options.ways, static_cast<int>(pool.size()));
        // The true character from this alphabet, the distractors from the pool.
        const std::pair<int, int> truth(g, uniformInt(rng, static_cast<int>(group.characters.size())));
        std::vector<std::pair<int, int>> chosen{truth};
        while (static_cast<int>(chosen.size()) < ways) {
            const auto cand = pool[uniformInt(rng, static_cast<int>(pool.size()))];
            if (std::find(chosen.begin(), chosen.end(), cand) == chosen.end())
                chosen.push_back(cand);
        }
        // Two drawers: the query's and the candidates'.
        const auto &truthImages = group.images[truth.second];
        const int n = static_cast<int>(truthImages.size());
        const int qi = uniformInt(rng, n);
        const int query = truthImages[qi];
        const int queryDrawer = data.images()[query].drawer;
        OneShotTrial trial;
        trial.query = addImage(query);
        for (const auto &[cg, cc] : chosen) {
            const auto &imgs = subset.groups[cg].images[cc];
            int pick;
            do {
                pick = imgs[uniformInt(rng, static_cast<int>(imgs.size()))];
            } while (data.images()[pick].drawer == queryDrawer && imgs.size() > 1);
            trial.candidates.push_back(addImage(pick));
            if (options.shots > 1) {
                // The other shots: distinct images, none by the query's drawer.
                std::vector<int> rest;
                for (int image : imgs)
                    if (image != pick && data.images()[image].drawer != queryDrawer)
                        rest.push_back(image);
                std::vector<int> shots;
                for (int k = 0; k < options.shots - 1 && !rest.empty(); ++k) {
                    const int r = uniformInt(rng, static_cast<int>(rest.size()));
                    shots.push_back(addImage(rest[r]));
                    rest.erase(rest.begin() + r);
                }
                trial.moreShots.push_back(std::move(shots));
            }
        }
        // Put the truth at a random position: a net that always picks slot 0 must not score.
        const int pos = uniformInt(rng, ways);
        std::swap(trial.candidates[0], trial.candidates[pos]);
        if (!trial.moreShots.empty())
            std::swap(trial.moreShots[0], trial.moreShots[pos]);
        trial.answer = pos;
        set.trials.push_back(std::move(trial));
    }
    set.runCount = 1;
    return set;
}

VerificationSet sampleVerificationPairs(const Omniglot &data, const Subset &subset, int count, std::uint64_t seed)
{
    PairSamplerOptions opts;
    opts.pairsPerEpoch = count;
    opts.seed = seed;
    PairSampler sampler(subset, opts);
    const std::vector<Pair> pairs = sampler.epochPairs(0);
    VerificationSet v;
    std::map<int, int> local;
    auto addImage = [&](int global) {
        auto [it, inserted] = local.emplace(global, static_cast<int>(v.images.size()));
        if (inserted)
            v.images.push_back(data.image(global));
        return it->second;
    };
    for (const Pair &p : pairs) {
        v.pairs.emplace_back(addImage(p.a), addImage(p.b));
        v.labels.push_back(p.same ? 1 : 0);
    }
    return v;
}

} // namespace oneshot::data
