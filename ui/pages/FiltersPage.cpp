#include "pages/FiltersPage.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "data/ImageDecode.h"

#include "ImageConvert.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "export/FilterGrid.h"

namespace oneshot::ui {

FiltersPage::FiltersPage(QWidget *parent)
    : QWidget(parent)
{
    auto *bar = new QHBoxLayout;
    m_live = new QCheckBox(tr("Follow training"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Show the newest filters as they change"));
    m_epoch = new QSlider(Qt::Horizontal);
    m_epoch->setRange(0, 0);
    m_epoch->setToolTip(tr("Go back through the epochs of the run"));
    m_norm = new QComboBox;
    m_norm->addItem(tr("Normalise per filter"));
    m_norm->addItem(tr("Normalise globally (grey = 0)"));
    m_zoom = new QSpinBox;
    m_zoom->setRange(0, 64);
    m_zoom->setValue(0);
    m_zoom->setSpecialValueText(tr("fit to window"));
    m_zoom->setSuffix(tr(" px per weight"));
    m_zoom->setToolTip(tr("Zoom: pixels per filter weight"));
    auto *exportButton = new QPushButton(tr("Export..."));
    bar->addWidget(m_live);
    bar->addWidget(new QLabel(tr("Epoch")));
    bar->addWidget(m_epoch, 1);
    bar->addWidget(m_norm);
    bar->addWidget(m_zoom);
    bar->addWidget(exportButton);
    m_caption = new QLabel(tr("No filters yet: start a run or open a checkpoint."));
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea;
    auto *scroll = m_scroll;
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    layout->addWidget(scroll, 1);

    connect(m_epoch, &QSlider::valueChanged, this, [this] {
        m_live->setChecked(m_epoch->value() == m_epoch->maximum());
        render();
    });
    connect(m_live, &QCheckBox::toggled, this, &FiltersPage::render);
    connect(m_norm, &QComboBox::currentIndexChanged, this, &FiltersPage::render);
    connect(m_zoom, &QSpinBox::valueChanged, this, &FiltersPage::render);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Export filters (PNG, with SVG beside)"),
                                                    QStringLiteral("filters.png"), tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        bool ok = false;
        const int width = QInputDialog::getInt(
            this, tr("Export size"), tr("Width in pixels (each weight a crisp square)"), 1024, 128, 8192, 64, &ok);
        if (!ok)
            return;
        if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            path.chop(4);
        const exporting::GridFigure fig = figure(width);
        try {
            exporting::writeGridFigure(fig, path);
            m_caption->setText(tr("Wrote %1.png and %1.svg").arg(path));
        } catch (const Error &e) {
            m_caption->setText(e.message());
        }
    });
}

void FiltersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render(); // the fit depends on the visible size
}

void FiltersPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_zoom->value() == 0)
        render();
}

void FiltersPage::addSnapshot(const model::FilterSnapshot &s)
{
    m_latest = s;
    // Keep one snapshot per epoch for the slider: the last one seen of each epoch.
    if (!m_history.empty() && m_history.back().epoch == s.epoch)
        m_history.back() = s;
    else
        m_history.push_back(s);
    const QSignalBlocker block(m_epoch);
    m_epoch->setRange(0, static_cast<int>(m_history.size()) - 1);
    if (m_live->isChecked())
        m_epoch->setValue(m_epoch->maximum());
    if (isVisible()) // a hidden page renders when shown: snapshots come every few seconds
        render();
}

void FiltersPage::clearHistory()
{
    m_history.clear();
    m_latest = {};
    m_epoch->setRange(0, 0);
    render();
}

const model::FilterSnapshot *FiltersPage::current() const
{
    if (m_history.empty())
        return nullptr;
    if (m_live->isChecked())
        return &m_latest;
    return &m_history[std::clamp(m_epoch->value(), 0, static_cast<int>(m_history.size()) - 1)];
}

exporting::GridFigure FiltersPage::figure(int width, int cellScale) const
{
    const model::FilterSnapshot *s = current();
    if (!s || s->weights.empty())
        return {};
    exporting::FigureOptions o;
    o.width = width;
    o.cellScale = cellScale;
    o.perCellNorm = m_norm->currentIndex() == 0;
    o.title = tr("First-layer filters: %1 of %2x%2, epoch %3").arg(s->out).arg(s->kernel).arg(s->epoch);
    return exporting::filterFigure(*s, o);
}

QImage FiltersPage::gridImage(int scale) const
{
    const model::FilterSnapshot *s = current();
    if (!s || s->weights.empty())
        return {};
    exporting::GridOptions o;
    o.cellScale = scale;
    o.gap = std::max(1, scale / 2);
    o.perCellNorm = m_norm->currentIndex() == 0;
    return toQImage(exporting::filterGrid(*s, o));
}

void FiltersPage::render()
{
    const model::FilterSnapshot *s = current();
    if (!s) {
        m_image->clear();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    int zoom = m_zoom->value();
    if (zoom == 0) {
        // Fit: the largest whole number of pixels per weight that fits the visible area.
        const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(s->out))));
        const int rows = (s->out + cols - 1) / cols;
        const QSize area = m_scroll->viewport()->size();
        const double perCell = std::min(area.width() / double(cols), area.height() / double(rows)) * 0.95;
        zoom = std::clamp(static_cast<int>(perCell / (s->kernel * 1.5)), 1, 64);
    }
    // Render at device pixels so the cells stay sharp on high-DPI screens.
    QImage img = gridImage(std::max(1, qRound(zoom * dpr)));
    img.setDevicePixelRatio(dpr);
    m_image->setPixmap(QPixmap::fromImage(img));
    m_caption->setText(
        tr("%1 filters of %2x%2 · epoch %3 · step %4").arg(s->out).arg(s->kernel).arg(s->epoch).arg(s->step));
}

bool FiltersPage::exportPng(const QString &path, int scale) const
{
    const exporting::GridFigure fig = figure(0, scale);
    std::vector<uchar> png;
    if (fig.image.empty() || !data::encodePngImage(fig.image, png))
        return false;
    try {
        writeFileAtomically(path,
                            QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
    } catch (const Error &) {
        return false;
    }
    return true;
}

bool FiltersPage::exportSvg(const QString &path, int scale) const
{
    const exporting::GridFigure fig = figure(0, scale);
    if (fig.svg.isEmpty())
        return false;
    try {
        writeFileAtomically(path, fig.svg.toUtf8());
    } catch (const Error &) {
        return false;
    }
    return true;
}

} // namespace oneshot::ui
