#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "data/ImageStore.h"

namespace oneshot::data {

/// Which of the two Omniglot sets an alphabet comes from.
enum class OmniglotSet { Background, Evaluation };

struct Alphabet
{
    QString name;
    OmniglotSet set;
    std::vector<int> characters; ///< indices into Omniglot::characters()
};

struct Character
{
    int id = 0;         ///< the official id, 1..1623, from the file names
    int alphabet = 0;   ///< index into Omniglot::alphabets()
    QString folder;     ///< "character07"
    int firstImage = 0; ///< images of a character are contiguous, sorted by drawer
    int imageCount = 0;
};

struct ImageInfo
{
    int character = 0; ///< index into Omniglot::characters()
    int drawer = 0;    ///< 1..20, the two digits after the underscore
};

/// Counts of one loaded set, as `oneshot dataset` prints them.
struct SetSummary
{
    QString name;
    QString source;
    int alphabets = 0;
    int characters = 0;
    int images = 0;
    int drawersMin = 0;
    int drawersMax = 0;
};

/// The Omniglot images of one or both sets, in one bit-packed store. Alphabets are ordered by
/// their first character id (the official order), characters by id and images by drawer.
class Omniglot
{
public:
    enum Sets { Background = 1, Evaluation = 2, Both = 3 };

    /// Loads from a data folder holding images_background.zip / images_evaluation.zip or the
    /// extracted images_background/ / images_evaluation/ folders (an extracted folder wins).
    /// Decodes on `threads` threads (0: all). Throws Error naming the file or entry at fault.
    static Omniglot load(const QString &dataDir, Sets sets = Both, int threads = 0);
    /// Loads one set from one zip or extracted folder, e.g. images_background_small1.zip.
    static Omniglot loadSet(const QString &zipOrFolder, OmniglotSet set, int threads = 0);

    const std::vector<Alphabet> &alphabets() const { return m_alphabets; }
    const std::vector<Character> &characters() const { return m_characters; }
    const std::vector<ImageInfo> &images() const { return m_images; }
    const ImageStore &store() const { return m_store; }
    const std::vector<SetSummary> &summaries() const { return m_summaries; }

    int alphabetIndex(const QString &name) const;         ///< -1 if absent
    int characterIndexById(int id) const;                 ///< -1 if absent
    int imageIndex(int characterIndex, int drawer) const; ///< -1 if absent
    /// "Greek/character03/0412_05.png"
    QString imagePath(int imageIndex) const;
    cv::Mat image(int i) const { return m_store.image(i); }

    /// Appends another set (disjoint character ids), as when both zips are loaded.
    void merge(Omniglot &&other);

private:
    void rebuildIndex();

    std::vector<Alphabet> m_alphabets;
    std::vector<Character> m_characters;
    std::vector<ImageInfo> m_images;
    ImageStore m_store;
    std::vector<SetSummary> m_summaries;
    std::vector<int> m_characterById;
};

/// The names the official zips and folders have.
QString setFileStem(OmniglotSet set);

} // namespace oneshot::data
