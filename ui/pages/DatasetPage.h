#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

/// The data set browser: alphabets and characters in a tree, the drawings of the selected
/// character as thumbnails, and the counts.
class DatasetPage : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPage(QWidget *parent = nullptr);

    void setData(std::shared_ptr<const data::Omniglot> data);
    /// Shows a message in place of the data (loading, or where the data was looked for).
    void showMessage(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *thumbnails() const { return m_thumbs; }

    /// Shows the first-run choices (pick a folder, or download the official zips) with a message.
    void showFirstRun(const QString &text);

Q_SIGNALS:
    /// A drawing was chosen (double-click): its image index in the data set.
    void imageActivated(int imageIndex);
    void chooseFolderRequested();
    void downloadRequested();

private:
    void showCharacter(int characterIndex);

    std::shared_ptr<const data::Omniglot> m_data;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_tree = nullptr;
    QListWidget *m_thumbs = nullptr;
    QLabel *m_characterTitle = nullptr;
    QWidget *m_firstRun = nullptr;
};

} // namespace oneshot::ui
