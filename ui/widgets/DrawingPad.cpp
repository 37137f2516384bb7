#include "widgets/DrawingPad.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QtConcurrent>

#include "FutureError.h"
#include "ImageConvert.h"
#include "data/Preprocess.h"

namespace oneshot::ui {

DrawingPad::DrawingPad(QWidget *parent)
    : QWidget(parent)
    , m_canvas(420, 420, QImage::Format_RGB32)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 160);
    setToolTip(tr("Draw a character with the mouse, drop an image file here, or paste one (Ctrl+V). "
                  "Right-click or Delete clears."));
    m_canvas.fill(Qt::white);
    connect(&m_watcher, &QFutureWatcher<cv::Mat>::finished, this, [this] {
        if (m_preparing != m_input)
            return; // another input (an image, or one refused at once) came since
        const QString error = futureError(m_watcher.future());
        if (!error.isEmpty()) {
            Q_EMIT refused(error);
            return;
        }
        const cv::Mat img = m_watcher.result();
        m_shown = toQImage(img);
        update();
        Q_EMIT imageReady(img);
    });
}

void DrawingPad::showImage(const cv::Mat &image)
{
    m_canvas.fill(Qt::white);
    m_shown = toQImage(image);
    update();
}

void DrawingPad::clear()
{
    m_canvas.fill(Qt::white);
    m_shown = QImage();
    update();
}

QPointF DrawingPad::toCanvas(const QPointF &p) const
{
    const double side = std::min(width(), height());
    const QPointF origin((width() - side) / 2, (height() - side) / 2);
    return (p - origin) * (m_canvas.width() / side);
}

void DrawingPad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    p.fillRect(square, Qt::white);
    if (!m_shown.isNull() && !m_drawing) {
        // Nearest neighbour keeps the binary strokes sharp at any size and DPI.
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(square, m_shown);
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(square, m_canvas);
    }
    p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    p.drawRect(square.adjusted(0, 0, -1, -1));
    if (m_shown.isNull() && !m_dirty) {
        p.setPen(palette().mid().color());
        p.drawText(square, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw here\nor drop an image"));
    }
}

void DrawingPad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        clear();
        m_dirty = false;
        return;
    }
    if (!m_drawing && !m_shown.isNull()) {
        m_canvas.fill(Qt::white);
        m_shown = QImage();
    }
    m_drawing = true;
    m_dirty = true;
    m_last = toCanvas(event->position());
}

void DrawingPad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing)
        return;
    const QPointF now = toCanvas(event->position());
    QPainter p(&m_canvas);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(m_last, now);
    m_last = now;
    update();
}

void DrawingPad::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_drawing)
        return;
    m_drawing = false;
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    m_canvas.save(&buf, "PNG");
    preprocessAsync(png, tr("your drawing"));
}

void DrawingPad::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void DrawingPad::dropEvent(QDropEvent *event)
{
    acceptMime(event->mimeData());
    event->acceptProposedAction();
}

void DrawingPad::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        acceptMime(QApplication::clipboard()->mimeData());
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DrawingPad::acceptMime(const QMimeData *mime)
{
    if (!mime) {
        refuse(tr("Nothing to paste"));
        return;
    }
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().first();
        if (!url.isLocalFile()) {
            refuse(tr("%1 is not a local file").arg(url.toString()));
            return;
        }
        loadFile(url.toLocalFile());
        return;
    }
    if (mime->hasImage()) {
        const QImage img = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        preprocessAsync(png, tr("the pasted image"));
        return;
    }
    refuse(tr("The dropped data is neither an image nor a file"));
}

void DrawingPad::loadFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        refuse(tr("%1 is not a file").arg(path));
        return;
    }
    if (info.size() > 512LL * 1024 * 1024) {
        refuse(tr("%1 is too large (%2 MB) to be an image of a character").arg(path).arg(info.size() / (1024 * 1024)));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    preprocessAsync(f.readAll(), info.fileName());
}

void DrawingPad::refuse(const QString &why)
{
    ++m_input;
    Q_EMIT refused(why);
}

void DrawingPad::preprocessAsync(const QByteArray &bytes, const QString &name)
{
    m_preparing = ++m_input;
    m_watcher.setFuture(QtConcurrent::run([bytes, name] { return data::preprocessImage(bytes, name); }));
}

} // namespace oneshot::ui
