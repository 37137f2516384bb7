#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include "data/Preprocess.h"

namespace oneshot::data {

/// Images of characters a user brings: a folder, or a zip of one, with one subfolder per
/// character (its name is the character's) holding 1 to k images in any format and size. Each
/// image went through preprocessImage, like a dropped file.
struct CharacterFolder
{
    QString source;
    QStringList characters;      ///< subfolder names, sorted
    std::vector<cv::Mat> images; ///< CV_8U, ink dark on white
    std::vector<int> labels;     ///< per image, its index in characters; -1 for an unlabelled image
    QStringList imageNames;      ///< per image, its path inside the folder or zip

    /// Images of each character.
    std::vector<int> countsPerCharacter() const;
    /// Keeps at most k images of each character (the first by name).
    void keepShots(int k);
};

struct CharacterFolderOptions
{
    /// Images directly in the folder (not in a character's subfolder) are read as unlabelled
    /// queries; otherwise they are refused.
    bool allowUnlabelled = false;
    /// At least this many characters (a support set needs two to choose between).
    int minCharacters = 2;
    PreprocessOptions preprocess;
};

/// Reads a folder or zip in that layout. A zip of a single folder that holds the characters is
/// read from inside it. Hidden files and folders (a leading dot, __MACOSX) are skipped. Throws
/// Error naming the file or folder at fault: a missing path, a file that is no image, a character
/// folder without images, too few characters, an image outside any character folder.
CharacterFolder loadCharacterFolder(const QString &folderOrZip, const CharacterFolderOptions &options = {});

/// Saves a drawing (CV_8U, ink dark on white) as one more image of `character` in a support
/// folder, making the folder and the character's subfolder if they are missing:
/// FOLDER/CHARACTER/drawn-N.png with the first free N. Returns the file's path. Throws Error
/// naming the character for a name that cannot be a folder (empty, hidden, with a slash), or the
/// file that cannot be written.
QString addDrawing(const QString &folder, const QString &character, const cv::Mat &image);

/// The character subfolders of a support folder (not hidden), sorted; none if it does not exist.
QStringList characterSubfolders(const QString &folder);

} // namespace oneshot::data
