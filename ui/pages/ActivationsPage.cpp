#include "pages/ActivationsPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "FutureError.h"
#include "ImageConvert.h"
#include "common/Error.h"
#include "controllers/ModelService.h"
#include "widgets/DrawingPad.h"

namespace oneshot::ui {

namespace {

QImage layerImage(const exporting::LayerMaps &m, double dpr, int availableWidth = 16 * 48)
{
    exporting::GridOptions o;
    // About 46 logical pixels per map, whatever the layer's resolution, as many to a row as fit.
    o.cellScale = std::max(1, qRound(46.0 * dpr / std::max(m.width, 1)));
    o.gap = std::max(1, qRound(2 * dpr));
    o.columns = std::clamp(availableWidth / 48, 1, std::min(16, m.channels));
    return toQImage(exporting::mapGrid(m.values.data(), m.channels, m.height, m.width, o));
}

} // namespace

ActivationsPage::ActivationsPage(ModelService *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *left = new QVBoxLayout;
    m_pad = new DrawingPad;
    m_pad->setFixedSize(240, 240);
    auto *hint = new QLabel(tr("Input: draw, drop, paste, or double-click a drawing on the Data set page"));
    hint->setWordWrap(true);
    left->addWidget(hint);
    left->addWidget(m_pad);
    m_status = new QLabel(tr("No image yet."));
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    auto *exportButton = new QPushButton(tr("Export all layers..."));
    left->addWidget(exportButton);
    left->addStretch(1);

    auto *content = new QWidget;
    m_layers = new QVBoxLayout(content);
    m_layers->addStretch(1);
    m_scroll = new QScrollArea;
    auto *scroll = m_scroll;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto *layout = new QHBoxLayout(this);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setFixedWidth(270);
    layout->addWidget(leftWidget);
    layout->addWidget(scroll, 1);

    connect(m_pad, &DrawingPad::imageReady, this, [this](const cv::Mat &img) {
        m_image = img.clone();
        m_name = tr("your image");
        compute();
    });
    connect(m_pad, &DrawingPad::refused, m_status, &QLabel::setText);
    connect(m_model, &ModelService::modelChanged, this, &ActivationsPage::compute);
    connect(&m_watcher, &QFutureWatcher<std::vector<exporting::LayerMaps>>::finished, this, [this] {
        const QString error = futureError(m_watcher.future());
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        m_maps = m_watcher.result();
        render();
        Q_EMIT mapsReady();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the activation maps"));
        if (!dir.isEmpty())
            m_status->setText(exportAll(dir) ? tr("Wrote %1 layers to %2 (PNG and SVG)").arg(m_maps.size()).arg(dir)
                                             : tr("Cannot write to %1").arg(dir));
    });
}

void ActivationsPage::setImage(const cv::Mat &image, const QString &name)
{
    m_image = image.clone();
    m_name = name;
    m_pad->showImage(image);
    compute();
}

void ActivationsPage::compute()
{
    if (m_image.empty())
        return;
    if (!m_model->hasModel()) {
        m_status->setText(tr("No model: train one or open a checkpoint (File menu)."));
        return;
    }
    m_status->setText(tr("Computing the maps of %1...").arg(m_name));
    m_watcher.waitForFinished();
    m_watcher.setFuture(m_model->activations(m_image));
}

void ActivationsPage::render()
{
    while (m_layers->count() > 1) {
        QLayoutItem *item = m_layers->takeAt(0);
        delete item->widget();
        delete item;
    }
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < static_cast<int>(m_maps.size()); ++i) {
        const exporting::LayerMaps &m = m_maps[i];
        auto *title = new QLabel(
            tr("<b>%1</b>: %2 maps of %3x%4 (after ReLU)").arg(m.name).arg(m.channels).arg(m.width).arg(m.height));
        QImage img = layerImage(m, dpr, m_scroll->viewport()->width() - 8);
        img.setDevicePixelRatio(dpr);
        auto *pic = new QLabel;
        pic->setPixmap(QPixmap::fromImage(img));
        m_layers->insertWidget(2 * i, title);
        m_layers->insertWidget(2 * i + 1, pic);
    }
    m_status->setText(tr("Maps of %1 with %2").arg(m_name, m_model->summary()));
}

bool ActivationsPage::exportAll(const QString &folder) const
{
    if (m_maps.empty() || !QDir().mkpath(folder))
        return false;
    if (!toQImage(m_image).save(QDir(folder).filePath(QStringLiteral("input.png"))))
        return false;
    try {
        for (const exporting::LayerMaps &m : m_maps) {
            exporting::FigureOptions o;
            o.columns = std::min(16, m.channels);
            o.title = tr("%1: %2 maps of %3x%4 after ReLU, %5")
                          .arg(m.name)
                          .arg(m.channels)
                          .arg(m.width)
                          .arg(m.height)
                          .arg(m_name);
            exporting::writeGridFigure(exporting::gridFigure(m.values.data(), m.channels, m.height, m.width, o),
                                       QDir(folder).filePath(m.name));
        }
    } catch (const Error &) {
        return false;
    }
    return true;
}

} // namespace oneshot::ui
