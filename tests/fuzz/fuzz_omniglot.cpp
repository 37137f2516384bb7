// The Omniglot loader, from a zip (as downloaded) and from the folder that zip unpacks to.

#include "FuzzCommon.h"
#include "data/Omniglot.h"

namespace {

void load(const QString &source)
{
    using namespace oneshot;
    try {
        const data::Omniglot o = data::Omniglot::loadSet(source, data::OmniglotSet::Background, 1);
        // What was loaded is consistent: every image belongs to a character of an alphabet.
        for (const data::ImageInfo &info : o.images())
            if (info.character < 0 || info.character >= static_cast<int>(o.characters().size()))
                qFatal("image of character %d out of %zu", info.character, o.characters().size());
        for (int i = 0; i < static_cast<int>(o.images().size()); ++i)
            if (o.image(i).empty())
                qFatal("image %d is empty", i);
    } catch (const Error &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QString zip = fuzz::writeScratch(QStringLiteral("images_background.zip"), fuzz::bytesOf(data, size));
    load(zip);
    const QString folder = fuzz::freshFolder(QStringLiteral("images_background"));
    fuzz::unpackInto(zip, folder);
    load(folder);
    return 0;
}
