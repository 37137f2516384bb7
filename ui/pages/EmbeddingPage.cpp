#include "pages/EmbeddingPage.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

#include <opencv2/imgproc.hpp>

#include "FutureError.h"
#include "ImageConvert.h"
#include "data/CharacterFolder.h"
#include "data/Omniglot.h"

namespace oneshot::ui {

namespace {

constexpr double kMapSide = 1000; ///< the map's extent in scene units
constexpr int kThumb = 30;        ///< a thumbnail's side in scene units
constexpr int kNeighbours = 10;   ///< listed and ringed for a selected point
constexpr int kLegendMax = 30;    ///< more groups than this get no legend
constexpr int kDataRole = 0;      ///< QGraphicsItem::data key holding the point's index

/// A colour per group, hues spread by the golden angle so neighbours in the list differ.
QColor groupColour(int group)
{
    const double hue = std::fmod(group * 137.508, 360.0);
    return QColor::fromHsvF(hue / 360.0, 0.8, group % 2 ? 0.62 : 0.8);
}

/// A drawing shrunk to a thumbnail, its strokes thickened first (ink is dark: erosion widens it)
/// so they survive the shrinking.
cv::Mat thumbnailOf(const cv::Mat &image)
{
    cv::Mat bold;
    cv::erode(image, bold, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
    cv::Mat small;
    cv::resize(bold, small, cv::Size(kThumb, kThumb), 0, 0, cv::INTER_AREA);
    return small;
}

/// A thumbnail whose ink is the colour and whose paper is transparent. The colour is read once:
/// a QColor made from HSV converts to RGB on every red(), which made a map of 400 drawings take
/// 17 ms on the GUI thread.
QImage tinted(const cv::Mat &small, const QColor &colour)
{
    const QRgb rgb = colour.rgb();
    const int red = qRed(rgb), green = qGreen(rgb), blue = qBlue(rgb);
    QImage out(kThumb, kThumb, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < kThumb; ++y) {
        auto *row = reinterpret_cast<QRgb *>(out.scanLine(y));
        const auto *ink = small.ptr<std::uint8_t>(y);
        for (int x = 0; x < kThumb; ++x)
            row[x] = qPremultiply(qRgba(red, green, blue, 255 - ink[x]));
    }
    return out;
}

/// The view: the wheel zooms about the cursor; until then the map fits the view.
class MapView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;
    void fit()
    {
        m_zoomed = false;
        if (scene())
            fitInView(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        m_zoomed = true;
        const double factor = std::pow(1.0015, event->angleDelta().y());
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        scale(factor, factor);
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        if (!m_zoomed)
            fit();
    }

private:
    bool m_zoomed = false;
};

} // namespace

EmbeddingPage::EmbeddingPage(ModelService *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_set = new QComboBox;
    m_set->setObjectName(QStringLiteral("embeddingSet"));
    m_method = new QComboBox;
    m_method->addItem(tr("PCA"));
    m_method->addItem(tr("t-SNE"));
    m_method->setToolTip(tr("PCA: the two directions of largest variance (linear, fast). t-SNE: keeps neighbourhoods "
                            "(perplexity 30, 1000 iterations, seeded), distances between clusters mean little."));
    m_colour = new QComboBox;
    m_colour->addItem(tr("Colour by alphabet"));
    m_colour->addItem(tr("Colour by character"));
    m_export = new QPushButton(tr("Export..."));
    m_export->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Set:")));
    bar->addWidget(m_set, 1);
    bar->addWidget(m_method);
    bar->addWidget(m_colour);
    bar->addWidget(m_export);

    m_scene = new QGraphicsScene(this);
    auto *view = new MapView(m_scene);
    m_view = view;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setToolTip(QString());
    m_neighbourList = new QListWidget;
    m_neighbourList->setIconSize(QSize(36, 36));
    m_neighbourList->setFixedWidth(260);
    m_status = new QLabel(tr("Choose a set to map its embeddings."));
    m_status->setWordWrap(true);

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("<b>Nearest neighbours</b> (click a point)")));
    side->addWidget(m_neighbourList, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);

    connect(m_set, &QComboBox::activated, this, [this](int index) {
        const QString key = m_set->itemData(index).toString();
        if (key == QLatin1String("support")) {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Your characters (one subfolder each)"));
            if (!dir.isEmpty())
                openSupportSet(dir);
            return;
        }
        chooseSet(key);
    });
    connect(m_method, &QComboBox::activated, this, [this] { compute(); });
    connect(m_colour, &QComboBox::activated, this, [this] { draw(); });
    connect(m_export, &QPushButton::clicked, this, &EmbeddingPage::exportDialog);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> chosen = m_scene->selectedItems();
        if (!chosen.isEmpty() && chosen.first()->data(kDataRole).isValid())
            selectPoint(chosen.first()->data(kDataRole).toInt());
    });
    connect(m_neighbourList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectPoint(item->data(Qt::UserRole).toInt()); });
    connect(&m_watcher, &QFutureWatcher<ModelService::EmbeddingMap>::finished, this, [this] {
        const QString error = futureError(m_watcher.future());
        if (!error.isEmpty()) {
            m_status->setText(tr("Cannot map %1: %2").arg(m_setName, error));
            Q_EMIT failed(error);
            return;
        }
        if (m_mapVersion != m_itemsVersion)
            return; // a map of a set replaced since
        m_map = m_watcher.result();
        m_selected = -1;
        m_neighbours.clear();
        m_neighbourList->clear();
        draw();
        Q_EMIT mapped();
    });
    connect(&m_supportWatcher, &QFutureWatcher<std::shared_ptr<data::CharacterFolder>>::finished, this, [this] {
        const QString error = futureError(m_supportWatcher.future());
        if (!error.isEmpty()) {
            m_status->setText(error);
            Q_EMIT failed(error);
            return;
        }
        const std::shared_ptr<data::CharacterFolder> set = m_supportWatcher.result();
        std::vector<Item> items;
        const QString name = QFileInfo(set->source).fileName();
        for (std::size_t i = 0; i < set->images.size(); ++i)
            items.push_back({set->images[i], set->labels[i] >= 0 ? set->characters[set->labels[i]] : tr("(unlabelled)"),
                             name, set->imageNames[static_cast<qsizetype>(i)], -1, cv::Mat()});
        m_colour->setCurrentIndex(1);
        setItems(std::move(items), tr("your characters in %1").arg(name));
    });
    connect(&m_prepareWatcher, &QFutureWatcher<std::vector<Item>>::finished, this, [this] {
        const QString error = futureError(m_prepareWatcher.future());
        if (!error.isEmpty()) {
            m_status->setText(tr("Cannot map %1: %2").arg(m_setName, error));
            Q_EMIT failed(error);
            return;
        }
        m_items = m_prepareWatcher.result();
        ++m_itemsVersion;
        m_map = {};
        compute();
    });
    connect(m_model, &ModelService::modelChanged, this, [this] {
        if (isVisible() && !m_items.empty())
            compute();
    });
}

void EmbeddingPage::setData(std::shared_ptr<const data::Omniglot> data)
{
    m_data = std::move(data);
    m_set->clear();
    m_set->addItem(tr("Evaluation characters, one drawing each"), QStringLiteral("evaluation"));
    m_set->addItem(tr("Background characters, one drawing each"), QStringLiteral("background"));
    for (const data::Alphabet &a : m_data->alphabets())
        m_set->addItem(tr("%1 (%2), all drawings")
                           .arg(a.name, a.set == data::OmniglotSet::Evaluation ? tr("evaluation") : tr("background")),
                       a.name);
    m_set->addItem(tr("Your characters..."), QStringLiteral("support"));
    m_set->setCurrentIndex(-1);
}

bool EmbeddingPage::chooseSet(const QString &key)
{
    const int index = m_set->findData(key);
    if (!m_data || index < 0 || key == QLatin1String("support"))
        return false;
    m_set->setCurrentIndex(index);
    std::vector<Item> items;
    const auto addImage = [&](int image) {
        const data::ImageInfo &info = m_data->images()[image];
        const data::Character &ch = m_data->characters()[info.character];
        const QString alphabet = m_data->alphabets()[ch.alphabet].name;
        items.push_back({cv::Mat(), alphabet + QLatin1String(" / ") + ch.folder, alphabet,
                         tr("drawer %1").arg(info.drawer), image, cv::Mat()});
    };
    if (key == QLatin1String("evaluation") || key == QLatin1String("background")) {
        const auto set
            = key == QLatin1String("evaluation") ? data::OmniglotSet::Evaluation : data::OmniglotSet::Background;
        for (const data::Alphabet &a : m_data->alphabets())
            if (a.set == set)
                for (int c : a.characters)
                    addImage(m_data->characters()[c].firstImage);
        m_colour->setCurrentIndex(0);
    } else {
        const data::Alphabet &a = m_data->alphabets()[m_data->alphabetIndex(key)];
        for (int c : a.characters) {
            const data::Character &ch = m_data->characters()[c];
            for (int i = ch.firstImage; i < ch.firstImage + ch.imageCount; ++i)
                addImage(i);
        }
        m_colour->setCurrentIndex(1);
    }
    setItems(std::move(items), m_set->itemText(index));
    return true;
}

void EmbeddingPage::openSupportSet(const QString &folderOrZip)
{
    m_supportPath = folderOrZip;
    m_set->setCurrentIndex(m_set->findData(QStringLiteral("support")));
    m_status->setText(tr("Reading %1...").arg(folderOrZip));
    m_supportWatcher.setFuture(QtConcurrent::run(
        [folderOrZip] { return std::make_shared<data::CharacterFolder>(data::loadCharacterFolder(folderOrZip)); }));
}

void EmbeddingPage::setTsne(bool tsne)
{
    m_method->setCurrentIndex(tsne ? 1 : 0);
    compute();
}

void EmbeddingPage::setColourByCharacter(bool byCharacter)
{
    m_colour->setCurrentIndex(byCharacter ? 1 : 0);
    draw();
}

void EmbeddingPage::setItems(std::vector<Item> items, const QString &setName)
{
    m_setName = setName;
    m_status->setText(tr("Reading %1...").arg(setName));
    // Off the GUI thread: a set of a thousand drawings takes a tenth of a second to read and shrink.
    m_prepareWatcher.setFuture(QtConcurrent::run([data = m_data, items = std::move(items)]() mutable {
        for (Item &item : items) {
            if (item.image.empty() && data && item.omniglotImage >= 0)
                item.image = data->image(item.omniglotImage);
            item.thumbnail = thumbnailOf(item.image);
        }
        return items;
    }));
}

void EmbeddingPage::compute()
{
    if (m_items.empty())
        return;
    if (!m_model->hasModel()) {
        m_status->setText(tr("No model: train one or open a checkpoint (File menu)."));
        return;
    }
    const bool tsne = m_method->currentIndex() == 1;
    m_status->setText(tr("Embedding %1 images of %2 and mapping them with %3...")
                          .arg(m_items.size())
                          .arg(m_setName, m_method->currentText()));
    std::vector<cv::Mat> images;
    images.reserve(m_items.size());
    for (const Item &item : m_items)
        images.push_back(item.image);
    // A newer request replaces the watched future; the older one's result is never shown.
    m_mapVersion = m_itemsVersion;
    m_watcher.setFuture(m_model->embeddingMap(images, tsne));
}

void EmbeddingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_drawPending)
        draw();
}

void EmbeddingPage::draw()
{
    // A hidden page draws when it is shown (or exported): the soak maps a set every 12 s while
    // other pages are up, and each drawing of hundreds of items was a pause of the GUI thread.
    m_drawPending = !isVisible();
    m_export->setEnabled(!m_map.points.empty());
    m_status->setText(caption());
    if (!m_drawPending)
        drawNow();
}

void EmbeddingPage::drawNow()
{
    m_drawPending = false;
    m_scene->clear();
    if (m_map.points.size() != m_items.size() || m_items.empty())
        return;
    const bool byCharacter = m_colour->currentIndex() == 1;
    std::map<QString, int> groups; // name -> colour index, in order of first appearance
    std::vector<QString> groupOrder;
    for (const Item &item : m_items) {
        const QString &g = byCharacter ? item.character : item.group;
        if (groups.emplace(g, static_cast<int>(groups.size())).second)
            groupOrder.push_back(g);
    }
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (const auto &[x, y] : m_map.points) {
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    const double span = std::max({maxX - minX, maxY - minY, 1e-12});
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        const QColor colour = groupColour(groups[byCharacter ? item.character : item.group]);
        auto *pixmap = m_scene->addPixmap(QPixmap::fromImage(tinted(item.thumbnail, colour)));
        pixmap->setPos((m_map.points[i].first - minX) / span * kMapSide - kThumb / 2.0,
                       // y up, as in every plot
                       (maxY - m_map.points[i].second) / span * kMapSide - kThumb / 2.0);
        pixmap->setToolTip(pointLabel(static_cast<int>(i)));
        pixmap->setFlag(QGraphicsItem::ItemIsSelectable);
        pixmap->setData(kDataRole, static_cast<int>(i));
        pixmap->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    }
    if (groupOrder.size() <= static_cast<std::size_t>(kLegendMax)) {
        const double x0 = kMapSide * (maxX - minX) / span + 60;
        QFont font;
        font.setPixelSize(16);
        for (std::size_t g = 0; g < groupOrder.size(); ++g) {
            const double y = 24.0 * static_cast<double>(g);
            m_scene->addRect(x0, y, 14, 14, Qt::NoPen, groupColour(static_cast<int>(g)));
            auto *text = m_scene->addSimpleText(groupOrder[g], font);
            text->setPos(x0 + 22, y - 3);
        }
    }
    static_cast<MapView *>(m_view)->fit();
    if (m_selected >= 0)
        showNeighbours();
}

QString EmbeddingPage::caption() const
{
    if (m_map.points.empty())
        return {};
    return tr("%1: %2 images, %3 of the embedding's %4 dimensions. Of each image's %5 nearest neighbours in the "
              "embedding, %6 % are also nearest on this map.")
        .arg(m_setName)
        .arg(m_map.points.size())
        .arg(m_method->currentIndex() == 1 ? tr("t-SNE") : tr("PCA"))
        .arg(m_map.dims)
        .arg(std::min<int>(kNeighbours, pointCount() - 1))
        .arg(100.0 * m_map.neighboursKept, 0, 'f', 0);
}

QString EmbeddingPage::pointLabel(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_items.size()))
        return {};
    const Item &item = m_items[static_cast<std::size_t>(index)];
    return item.character + QLatin1String(" · ") + item.detail;
}

void EmbeddingPage::selectPoint(int index)
{
    if (index < 0 || index >= pointCount() || m_map.dims <= 0)
        return;
    m_selected = index;
    const int dims = m_map.dims;
    const float *a = m_map.embeddings.data() + static_cast<std::size_t>(index) * dims;
    std::vector<std::pair<int, double>> all;
    for (int j = 0; j < pointCount(); ++j) {
        if (j == index)
            continue;
        const float *b = m_map.embeddings.data() + static_cast<std::size_t>(j) * dims;
        double d = 0;
        for (int k = 0; k < dims; ++k)
            d += std::abs(double(a[k]) - double(b[k]));
        all.emplace_back(j, d / dims);
    }
    const auto n = std::min<std::size_t>(kNeighbours, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(),
                      [](const auto &l, const auto &r) { return l.second < r.second; });
    all.resize(n);
    m_neighbours = std::move(all);
    showNeighbours();
}

void EmbeddingPage::showNeighbours()
{
    if (m_drawPending)
        return; // the drawing rings them
    m_neighbourList->clear();
    for (QGraphicsItem *item : m_scene->items())
        if (item->data(kDataRole + 1).toBool())
            delete item;
    const auto ring = [this](int index, const QPen &pen) {
        for (QGraphicsItem *item : m_scene->items())
            if (item->data(kDataRole).isValid() && item->data(kDataRole).toInt() == index) {
                auto *circle = m_scene->addEllipse(item->sceneBoundingRect().adjusted(-4, -4, 4, 4), pen);
                circle->setData(kDataRole + 1, true);
                circle->setZValue(1);
                return;
            }
    };
    auto *self = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(m_items[m_selected].image))),
                                     tr("%1 (selected)").arg(pointLabel(m_selected)), m_neighbourList);
    self->setData(Qt::UserRole, m_selected);
    ring(m_selected, QPen(Qt::black, 3));
    for (const auto &[index, distance] : m_neighbours) {
        auto *row = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(m_items[index].image))),
                                        tr("%1\nmean |difference| %2").arg(pointLabel(index)).arg(distance, 0, 'f', 4),
                                        m_neighbourList);
        row->setData(Qt::UserRole, index);
        ring(index, QPen(QColor(0, 0, 0, 140), 1.5));
    }
}

bool EmbeddingPage::exportPng(const QString &path)
{
    if (m_map.points.empty())
        return false;
    if (m_drawPending)
        drawNow();
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    const double scale = 2.0; // about 2400 px wide for a map with a legend
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    return image.save(path, "PNG");
}

bool EmbeddingPage::exportSvg(const QString &path)
{
    if (m_map.points.empty())
        return false;
    if (m_drawPending)
        drawNow();
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(caption());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end() && QFileInfo(path).size() > 0;
}

void EmbeddingPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the map"), QStringLiteral("embedding.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const bool ok = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? exportSvg(path) : exportPng(path);
    m_status->setText(ok ? tr("Wrote %1").arg(path) : tr("Cannot write %1").arg(path));
}

} // namespace oneshot::ui
