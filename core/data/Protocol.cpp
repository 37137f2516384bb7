#include "data/Protocol.h"

#include <numeric>

#include "common/Error.h"
#include "common/Random.h"

namespace oneshot::data {

namespace {

std::vector<int> drawerRange(int first, int last)
{
    std::vector<int> d(last - first + 1);
    std::iota(d.begin(), d.end(), first);
    return d;
}

/// A seeded, platform-independent shuffle of a list of names.
QStringList shuffled(QStringList names, std::uint64_t seed)
{
    std::vector<QString> v(names.begin(), names.end());
    Rng rng(seed);
    shuffle(v, rng);
    return QStringList(v.begin(), v.end());
}

} // namespace

SplitPart evaluationPart()
{
    SplitPart part;
    part.alphabets = lakeRunAlphabets() + kochExtraAlphabets();
    for (int d = 1; d <= 20; ++d)
        part.drawers.push_back(d);
    return part;
}

QStringList backgroundAlphabets()
{
    return {QStringLiteral("Alphabet_of_the_Magi"),
            QStringLiteral("Anglo-Saxon_Futhorc"),
            QStringLiteral("Arcadian"),
            QStringLiteral("Armenian"),
            QStringLiteral("Asomtavruli_(Georgian)"),
            QStringLiteral("Balinese"),
            QStringLiteral("Bengali"),
            QStringLiteral("Blackfoot_(Canadian_Aboriginal_Syllabics)"),
            QStringLiteral("Braille"),
            QStringLiteral("Burmese_(Myanmar)"),
            QStringLiteral("Cyrillic"),
            QStringLiteral("Early_Aramaic"),
            QStringLiteral("Futurama"),
            QStringLiteral("Grantha"),
            QStringLiteral("Greek"),
            QStringLiteral("Gujarati"),
            QStringLiteral("Hebrew"),
            QStringLiteral("Inuktitut_(Canadian_Aboriginal_Syllabics)"),
            QStringLiteral("Japanese_(hiragana)"),
            QStringLiteral("Japanese_(katakana)"),
            QStringLiteral("Korean"),
            QStringLiteral("Latin"),
            QStringLiteral("Malay_(Jawi_-_Arabic)"),
            QStringLiteral("Mkhedruli_(Georgian)"),
            QStringLiteral("N_Ko"),
            QStringLiteral("Ojibwe_(Canadian_Aboriginal_Syllabics)"),
            QStringLiteral("Sanskrit"),
            QStringLiteral("Syriac_(Estrangelo)"),
            QStringLiteral("Tagalog"),
            QStringLiteral("Tifinagh")};
}

QStringList lakeRunAlphabets()
{
    return {QStringLiteral("Atlantean"),  QStringLiteral("Ge_ez"),
            QStringLiteral("Glagolitic"), QStringLiteral("Gurmukhi"),
            QStringLiteral("Kannada"),    QStringLiteral("Malayalam"),
            QStringLiteral("Manipuri"),   QStringLiteral("Old_Church_Slavonic_(Cyrillic)"),
            QStringLiteral("Tengwar"),    QStringLiteral("Tibetan")};
}

QStringList kochExtraAlphabets()
{
    return {QStringLiteral("Angelic"),        QStringLiteral("Atemayar_Qelisayer"),
            QStringLiteral("Aurek-Besh"),     QStringLiteral("Avesta"),
            QStringLiteral("Keble"),          QStringLiteral("Mongolian"),
            QStringLiteral("Oriya"),          QStringLiteral("Sylheti"),
            QStringLiteral("Syriac_(Serto)"), QStringLiteral("ULOG")};
}

QStringList Protocol::names()
{
    return {QStringLiteral("lake"), QStringLiteral("koch"), QStringLiteral("seed")};
}

Protocol Protocol::byName(const QString &name)
{
    Protocol p;
    p.name = name;
    if (name == QLatin1String("lake")) {
        // Lake et al. 2015: the 30 background alphabets for training. Selection must not touch
        // the evaluation set, so 4 background alphabets (fixed, chosen by a seeded shuffle) are
        // held out for validation; the network trains on the other 26 with all 20 drawers.
        const QStringList bg = shuffled(backgroundAlphabets(), 2015);
        p.validation = {bg.mid(0, 4), drawerRange(1, 20)};
        p.train = {bg.mid(4), drawerRange(1, 20)};
        p.test = {lakeRunAlphabets(), drawerRange(1, 8)};
        p.sets = Omniglot::Background;
        p.description = QObject::tr("Lake: train on 26 background alphabets (all drawers), "
                                    "select on 4 held-out background alphabets, test on Lake's 20 runs");
    } else if (name == QLatin1String("koch")) {
        // Koch et al. 2015: 40 background alphabets (30 + 10 evaluation alphabets not in the
        // runs); 30 train on drawers 1-12, 10 validate on drawers 13-16; test on the 10 run
        // alphabets, drawers 17-20, and on Lake's 20 runs.
        const QStringList forty = shuffled(backgroundAlphabets() + kochExtraAlphabets(), 2015);
        p.train = {forty.mid(0, 30), drawerRange(1, 12)};
        p.validation = {forty.mid(30), drawerRange(13, 16)};
        p.test = {lakeRunAlphabets(), drawerRange(17, 20)};
        p.description = QObject::tr("Koch: train on 30 of 40 alphabets (drawers 1-12), select on "
                                    "the other 10 (drawers 13-16), test on the 10 run alphabets "
                                    "(drawers 17-20) and Lake's 20 runs");
    } else if (name == QLatin1String("seed")) {
        // The reproduction's own split: the 40 alphabets shuffled with seed 42; 20 train,
        // 10 validate, 10 test; one-shot distractors across alphabets.
        const QStringList forty = shuffled(backgroundAlphabets() + kochExtraAlphabets(), 42);
        p.train = {forty.mid(0, 20), drawerRange(1, 12)};
        p.validation = {forty.mid(20, 10), drawerRange(13, 16)};
        p.test = {forty.mid(30, 10), drawerRange(17, 20)};
        p.oneShotTestIsLakeRuns = false;
        p.crossAlphabetTasks = true;
        p.description = QObject::tr("Seed: 40 alphabets shuffled with seed 42; train on 20 "
                                    "(drawers 1-12), select on 10 (drawers 13-16), test on 10 "
                                    "(drawers 17-20) with distractors across alphabets");
    } else {
        throw Error(
            QObject::tr("Unknown protocol '%1' (expected one of: %2)").arg(name, names().join(QLatin1String(", "))));
    }
    return p;
}

int Subset::characterCount() const
{
    int n = 0;
    for (const Group &g : groups)
        n += static_cast<int>(g.characters.size());
    return n;
}

int Subset::imageCount() const
{
    int n = 0;
    for (const Group &g : groups) {
        for (const auto &im : g.images)
            n += static_cast<int>(im.size());
    }
    return n;
}

std::vector<int> Subset::allImages() const
{
    std::vector<int> all;
    for (const Group &g : groups) {
        for (const auto &im : g.images)
            all.insert(all.end(), im.begin(), im.end());
    }
    return all;
}

Subset selectSubset(const Omniglot &data, const SplitPart &part)
{
    Subset s;
    for (const QString &name : part.alphabets) {
        const int a = data.alphabetIndex(name);
        if (a < 0)
            throw Error(QObject::tr("Alphabet %1 is not in the loaded data").arg(name));
        Subset::Group g;
        g.alphabet = a;
        for (int c : data.alphabets()[a].characters) {
            std::vector<int> images;
            for (int d : part.drawers) {
                const int i = data.imageIndex(c, d);
                if (i >= 0)
                    images.push_back(i);
            }
            if (images.size() >= 2) {
                g.characters.push_back(c);
                g.images.push_back(std::move(images));
            }
        }
        if (!g.characters.empty())
            s.groups.push_back(std::move(g));
    }
    if (s.groups.empty())
        throw Error(QObject::tr("The split selects no characters with two or more drawers"));
    return s;
}

} // namespace oneshot::data
