#pragma once

#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <opencv2/core.hpp>

#include "controllers/ModelService.h"

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QListWidget;
class QPushButton;

namespace oneshot::data {
class Omniglot;
struct CharacterFolder;
} // namespace oneshot::data

namespace oneshot::ui {

/// A map of the embedding: the model's embeddings of a set (one alphabet, one drawing of every
/// evaluation or background character, or your own characters) projected to the plane with PCA or
/// t-SNE, each point drawn as its own thumbnail, tinted by alphabet or character. Hovering shows
/// the character and drawer; clicking lists its nearest neighbours in the embedding (L1, the
/// distance the net's head weighs) and rings them on the map. Exports PNG and SVG.
class EmbeddingPage : public QWidget
{
    Q_OBJECT

public:
    EmbeddingPage(ModelService *model, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const data::Omniglot> data);
    /// Maps your own characters (a folder or zip, one subfolder per character).
    void openSupportSet(const QString &folderOrZip);
    /// Chooses the set by its entry in the list ("evaluation", "background", or an alphabet's
    /// name) and maps it; false if there is no such entry.
    bool chooseSet(const QString &key);
    void setTsne(bool tsne);
    /// Colours by character instead of by alphabet.
    void setColourByCharacter(bool byCharacter);

    int pointCount() const { return static_cast<int>(m_map.points.size()); }
    double neighboursKept() const { return m_map.neighboursKept; }
    /// Whether the current map is drawn; a map made while the page is hidden waits to be shown.
    bool mapDrawn() const { return !m_map.points.empty() && !m_drawPending; }
    /// Selects a point as a click does; the neighbour list fills.
    void selectPoint(int index);
    /// The nearest neighbours of the selected point: (index, L1 distance), nearest first.
    const std::vector<std::pair<int, double>> &neighbours() const { return m_neighbours; }
    QString pointLabel(int index) const;
    QString caption() const;
    /// Export the map (drawn first if the page is hidden); false if there is none or the file
    /// cannot be written.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

Q_SIGNALS:
    void mapped();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Item
    {
        cv::Mat image;
        QString character;      ///< e.g. "Greek / character07", or your folder's name
        QString group;          ///< the alphabet (or, for your characters, the set's name)
        QString detail;         ///< e.g. "drawer 3" or the file's name
        int omniglotImage = -1; ///< where the image comes from, until it is read
        cv::Mat thumbnail;      ///< the map's small grey version, strokes thickened
    };

    void compute();
    /// Draws the map, or, while the page is hidden, marks it to be drawn when shown.
    void draw();
    /// Draws the map whether or not the page is shown.
    void drawNow();
    void showNeighbours();
    void exportDialog();
    /// Reads the items' images and makes their thumbnails in the background, then maps them.
    void setItems(std::vector<Item> items, const QString &setName);

    ModelService *m_model;
    std::shared_ptr<const data::Omniglot> m_data;
    QComboBox *m_set = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_colour = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QListWidget *m_neighbourList = nullptr;
    std::vector<Item> m_items;
    QString m_setName;
    QString m_supportPath;
    ModelService::EmbeddingMap m_map;
    std::vector<std::pair<int, double>> m_neighbours;
    int m_selected = -1;
    bool m_drawPending = false; ///< a map arrived while the page was hidden
    quint64 m_itemsVersion = 0; ///< counts the sets shown
    quint64 m_mapVersion = 0;   ///< the set the map under way is of
    QFutureWatcher<ModelService::EmbeddingMap> m_watcher;
    QFutureWatcher<std::vector<Item>> m_prepareWatcher;
    QFutureWatcher<std::shared_ptr<data::CharacterFolder>> m_supportWatcher;
};

} // namespace oneshot::ui
